package nl.dichtbij.toegang.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vindplaats;

import org.springframework.format.annotation.DateTimeFormat;

/** The form behind "Hulp vragen" and behind a melding a professional registers. */
public class MeldingFormulier {

    private String persoonBsn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate geboortedatum;
    private String vertegenwoordiger;
    private String omschrijving;
    private Set<Levensgebied> levensgebieden = EnumSet.noneOf(Levensgebied.class);
    private Urgentie urgentie;
    private boolean schulden;
    private boolean dreiging;
    private Contactvoorkeur contactvoorkeur;
    private String telefoon;
    private String email;
    private Kanaal kanaal;
    private Vindplaats vindplaats;

    NieuweMelding naarMelding() {
        return new NieuweMelding(persoonBsn, geboortedatum, null, vertegenwoordiger, omschrijving,
                levensgebieden == null ? Set.of() : levensgebieden, urgentie, schulden, dreiging, contactvoorkeur, telefoon,
                email, kanaal, vindplaats);
    }

    public String getPersoonBsn() { return persoonBsn; }
    public void setPersoonBsn(String persoonBsn) { this.persoonBsn = persoonBsn; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate geboortedatum) { this.geboortedatum = geboortedatum; }
    public String getVertegenwoordiger() { return vertegenwoordiger; }
    public void setVertegenwoordiger(String vertegenwoordiger) { this.vertegenwoordiger = vertegenwoordiger; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public Set<Levensgebied> getLevensgebieden() { return levensgebieden; }
    public void setLevensgebieden(Set<Levensgebied> levensgebieden) { this.levensgebieden = levensgebieden; }
    public Urgentie getUrgentie() { return urgentie; }
    public void setUrgentie(Urgentie urgentie) { this.urgentie = urgentie; }
    public boolean isSchulden() { return schulden; }
    public void setSchulden(boolean schulden) { this.schulden = schulden; }
    public boolean isDreiging() { return dreiging; }
    public void setDreiging(boolean dreiging) { this.dreiging = dreiging; }
    public Contactvoorkeur getContactvoorkeur() { return contactvoorkeur; }
    public void setContactvoorkeur(Contactvoorkeur contactvoorkeur) { this.contactvoorkeur = contactvoorkeur; }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = telefoon; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Kanaal getKanaal() { return kanaal; }
    public void setKanaal(Kanaal kanaal) { this.kanaal = kanaal; }
    public Vindplaats getVindplaats() { return vindplaats; }
    public void setVindplaats(Vindplaats vindplaats) { this.vindplaats = vindplaats; }
}
