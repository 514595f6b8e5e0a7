package nl.dichtbij.regie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.platform.Formaat;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One case per household, whoever in it asked: "1 huishouden, 1 plan, 1 regisseur". */
@Table("zaak")
public class Zaak {

    @Id
    private Long id;
    @Version
    private Long versie;
    private String gemeenteCode;
    private long huishoudenId;
    private long leadTeamId;
    private Regievorm regievorm;
    private String regisseur;
    private String regisseurNaam;
    private boolean open;
    private Instant geopendOp;
    private Instant geslotenOp;
    private String sluitreden;
    private Sluitreden sluitredenCode;
    private LocalDate waakvlamDatum;
    private boolean waakvlamAfgerond;
    @MappedCollection(idColumn = "zaak_id", keyColumn = "volgnummer")
    private List<Overdracht> overdrachten = new ArrayList<>();
    @MappedCollection(idColumn = "zaak_id", keyColumn = "volgnummer")
    private List<Bericht> berichten = new ArrayList<>();
    /** Recorded by a state change, published when the case is saved. */
    @Transient
    private final List<Object> teMelden = new ArrayList<>();

    /** A warm handover: the note both the old and the new regisseur see. */
    @Table("zaak_overdracht")
    public record Overdracht(Instant tijdstip, String van, String vanNaam, String naar, String naarNaam, String notitie) {
    }

    /**
     * A message about the case, shown in Mijn Dichtbij and on the case page: {@code betreftBsn} names the member it is about
     * (null: the whole household); {@code vanNaam} who wrote it (null: the system told the household), {@code vanInwoner}
     * whether the resident (or who acts for him) wrote it to his contact person.
     */
    @Table("zaak_bericht")
    public record Bericht(Instant tijdstip, String tekst, String betreftBsn, String vanNaam, boolean vanInwoner) {

        public Bericht(Instant tijdstip, String tekst, String betreftBsn) {
            this(tijdstip, tekst, betreftBsn, null, false);
        }

        @org.springframework.data.annotation.PersistenceCreator
        public Bericht {
        }
    }

    Zaak() {
    }

    static Zaak openen(String gemeenteCode, long huishoudenId, long leadTeamId, Instant nu) {
        Zaak zaak = new Zaak();
        zaak.gemeenteCode = gemeenteCode;
        zaak.huishoudenId = huishoudenId;
        zaak.leadTeamId = leadTeamId;
        zaak.regievorm = Regievorm.CASUSREGIE;
        zaak.open = true;
        zaak.geopendOp = nu;
        return zaak;
    }

    /** The professional who did the intake stays the resident's contact person, unless the case already has one. */
    boolean eersteRegisseur(String gebruikersnaam, String naam, Instant nu) {
        if (regisseur != null) {
            return false;
        }
        regisseur = gebruikersnaam;
        regisseurNaam = naam;
        zeg(new Bericht(nu, naam + " is uw contactpersoon.", null));
        return true;
    }

    void overdragen(String doorNaam, String naar, String naarNaam, String notitie, Instant nu) {
        overdrachten.add(new Overdracht(nu, regisseur, regisseurNaam == null ? doorNaam : regisseurNaam, naar, naarNaam, notitie));
        regisseur = naar;
        regisseurNaam = naarNaam;
        zeg(new Bericht(nu, "Uw nieuwe contactpersoon is " + naarNaam + ".", null));
    }

    void regievorm(Regievorm nieuw, String reden, Instant nu) {
        regievorm = nieuw;
        if (nieuw == Regievorm.PROCESREGIE) {
            zeg(new Bericht(nu, "Omdat er veel partijen bij uw situatie betrokken zijn, zorgt een procesregisseur dat zij samenwerken.", null));
        }
    }

    void sluiten(Sluitreden code, String reden, LocalDate waakvlam, Instant nu) {
        open = false;
        geslotenOp = nu;
        sluitredenCode = code;
        sluitreden = reden;
        waakvlamDatum = waakvlam;
        waakvlamAfgerond = waakvlam == null;
        zeg(new Bericht(nu, waakvlam == null
                ? "Uw zaak is afgesloten. U kunt altijd opnieuw hulp vragen."
                : "Uw zaak is afgesloten. Rond " + Formaat.lang(waakvlam)
                        + " neemt uw contactpersoon nog eens contact op om te horen hoe het gaat.", null));
        teMelden.add(new ZaakGesloten(id, gemeenteCode, huishoudenId, reden, waakvlam, nu));
    }

    /** Adds a message; one for the household (not from the resident himself) is also announced, once the case has its id. */
    private void zeg(Bericht bericht) {
        berichten.add(bericht);
        if (!bericht.vanInwoner() && id != null) {
            teMelden.add(new BerichtVoorHuishouden(id, gemeenteCode, huishoudenId, bericht.betreftBsn(), bericht.tijdstip()));
        }
    }

    @DomainEvents
    List<Object> gebeurtenissen() {
        return List.copyOf(teMelden);
    }

    @AfterDomainEventPublication
    void gemeld() {
        teMelden.clear();
    }

    void bericht(String tekst, String betreftBsn, Instant nu) {
        zeg(new Bericht(nu, tekst, betreftBsn));
    }

    /** A message the resident writes to his contact person, or the professional to the household. */
    void bericht(String tekst, String betreftBsn, String vanNaam, boolean vanInwoner, Instant nu) {
        if (!open) {
            throw new nl.dichtbij.platform.OngeldigeInvoerException("tekst", vanInwoner
                    ? "Uw zaak is afgesloten. Hebt u opnieuw hulp nodig? Vraag dan opnieuw hulp."
                    : "Deze zaak is afgesloten.");
        }
        zeg(new Bericht(nu, tekst, betreftBsn, vanNaam, vanInwoner));
    }

    void waakvlamGehouden(Instant nu) {
        waakvlamAfgerond = true;
    }

    public Long id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public long huishoudenId() { return huishoudenId; }
    public long leadTeamId() { return leadTeamId; }
    public Regievorm regievorm() { return regievorm; }
    public String regisseur() { return regisseur; }
    public String regisseurNaam() { return regisseurNaam; }
    public boolean isOpen() { return open; }
    public Instant geopendOp() { return geopendOp; }
    public Instant geslotenOp() { return geslotenOp; }
    public String sluitreden() { return sluitreden; }
    /** Null for a case closed before the choice existed. */
    public Sluitreden sluitredenCode() { return sluitredenCode; }
    public LocalDate waakvlamDatum() { return waakvlamDatum; }
    public boolean waakvlamAfgerond() { return waakvlamAfgerond; }
    public List<Overdracht> overdrachten() { return List.copyOf(overdrachten); }
    public List<Bericht> berichten() { return List.copyOf(berichten); }
}
