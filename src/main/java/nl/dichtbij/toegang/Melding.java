package nl.dichtbij.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A resident's question for help, from receipt to the end of the onderzoek. */
@Table("melding")
public class Melding {

    @Id
    private Long id;
    @Version
    private Long versie;
    private String gemeenteCode;
    private String persoonBsn;
    private long huishoudenId;
    private String ingediendDoor;
    private String vertegenwoordiger;
    private String omschrijving;
    @MappedCollection(idColumn = "melding_id")
    private Set<Gebied> gebieden = new HashSet<>();
    private Urgentie urgentie;
    private boolean schulden;
    private boolean dreiging;
    private Contactvoorkeur contactvoorkeur;
    private String telefoon;
    private String email;
    private Kanaal kanaal;
    private Vindplaats vindplaats;
    private Instant ontvangenOp;
    private LocalDate ontvangenDatum;
    private WettelijkeTermijn termijn;
    private LocalDate termijnEinde;
    private LocalDate risicoDatum;
    private long teamId;
    private long zaakId;
    private String behandelaar;
    private String behandelaarNaam;
    private MeldingStatus status;
    private TriageStap triageStap;
    private String triageReden;
    private Long triageOrganisatieId;
    private LocalDateTime intakeOp;
    private String intakeLocatie;
    @MappedCollection(idColumn = "melding_id", keyColumn = "volgnummer")
    private List<Gebeurtenis> gebeurtenissen = new ArrayList<>();

    /** A line of the timeline the resident sees. */
    @Table("melding_gebeurtenis")
    public record Gebeurtenis(Instant tijdstip, String tekst) {
    }

    @Table("melding_gebied")
    record Gebied(Levensgebied levensgebied) {
    }

    Melding() {
    }

    static Melding ontvangen(NieuweMelding nieuw, String gemeenteCode, long huishoudenId, long teamId, long zaakId,
                             WettelijkeTermijn termijn, Instant nu, LocalDate vandaag) {
        Melding melding = new Melding();
        melding.gemeenteCode = gemeenteCode;
        melding.persoonBsn = nieuw.persoonBsn();
        melding.huishoudenId = huishoudenId;
        melding.ingediendDoor = nieuw.ingediendDoor();
        melding.vertegenwoordiger = leeg(nieuw.vertegenwoordiger());
        melding.omschrijving = nieuw.omschrijving().trim();
        nieuw.levensgebieden().forEach(g -> melding.gebieden.add(new Gebied(g)));
        melding.urgentie = nieuw.urgentie();
        melding.schulden = nieuw.schulden();
        melding.dreiging = nieuw.dreiging();
        melding.contactvoorkeur = nieuw.contactvoorkeur();
        melding.telefoon = leeg(nieuw.telefoon());
        melding.email = leeg(nieuw.email());
        melding.kanaal = nieuw.kanaal();
        melding.vindplaats = nieuw.vindplaats();
        melding.ontvangenOp = nu;
        melding.ontvangenDatum = vandaag;
        melding.termijn = termijn;
        melding.termijnEinde = termijn.einde(vandaag);
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(vandaag, melding.termijnEinde);
        melding.risicoDatum = vandaag.plusDays((long) Math.floor(dagen * nl.dichtbij.termijnen.Termijnbewaking.RISICO_GRENS));
        melding.teamId = teamId;
        melding.zaakId = zaakId;
        melding.status = MeldingStatus.ONTVANGEN;
        melding.gebeurtenissen.add(new Gebeurtenis(nu, "Uw vraag is ontvangen (" + nieuw.kanaal().label().toLowerCase() + ")."));
        return melding;
    }

    void oppakken(String gebruikersnaam, String naam, Instant nu) {
        behandelaar = gebruikersnaam;
        behandelaarNaam = naam;
        if (status == MeldingStatus.ONTVANGEN) {
            status = MeldingStatus.IN_BEHANDELING;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, naam + " is nu uw contactpersoon en neemt contact met u op."));
    }

    void triage(TriageStap stap, String reden, Long organisatieId, String organisatieNaam, Instant nu) {
        triageStap = stap;
        triageReden = reden.trim();
        triageOrganisatieId = organisatieId;
        String tekst = "Er is gekeken welke hulp past: " + stap.label().toLowerCase() + ".";
        if (organisatieNaam != null) {
            tekst += " U kunt terecht bij " + organisatieNaam + ".";
        }
        gebeurtenissen.add(new Gebeurtenis(nu, tekst));
    }

    void planIntake(LocalDateTime moment, String locatie, Instant nu) {
        intakeOp = moment;
        intakeLocatie = locatie.trim();
        if (status != MeldingStatus.ONDERZOEK_AFGEROND) {
            status = MeldingStatus.INTAKE_GEPLAND;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, "Het gesprek is gepland op " + Formaat.datumTijd(moment) + " (" + intakeLocatie + ")."));
    }

    void onderzoekAfgerond(Instant nu) {
        status = MeldingStatus.ONDERZOEK_AFGEROND;
        gebeurtenissen.add(new Gebeurtenis(nu, "Het gesprek over uw situatie is gehouden. " + MeldingStatus.ONDERZOEK_AFGEROND.volgendeStap()));
    }

    public boolean hoortBij(String bsn) {
        return persoonBsn.equals(bsn);
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }

    public Long id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public String persoonBsn() { return persoonBsn; }
    public long huishoudenId() { return huishoudenId; }
    public String ingediendDoor() { return ingediendDoor; }
    public String vertegenwoordiger() { return vertegenwoordiger; }
    public String omschrijving() { return omschrijving; }
    public Set<Levensgebied> levensgebieden() {
        Set<Levensgebied> result = EnumSet.noneOf(Levensgebied.class);
        gebieden.forEach(g -> result.add(g.levensgebied()));
        return result;
    }
    public Urgentie urgentie() { return urgentie; }
    public boolean schulden() { return schulden; }
    public boolean dreiging() { return dreiging; }
    public Contactvoorkeur contactvoorkeur() { return contactvoorkeur; }
    public String telefoon() { return telefoon; }
    public String email() { return email; }
    public Kanaal kanaal() { return kanaal; }
    public Vindplaats vindplaats() { return vindplaats; }
    public Instant ontvangenOp() { return ontvangenOp; }
    public LocalDate ontvangenDatum() { return ontvangenDatum; }
    public WettelijkeTermijn termijn() { return termijn; }
    public LocalDate termijnEinde() { return termijnEinde; }
    public LocalDate risicoDatum() { return risicoDatum; }
    public long teamId() { return teamId; }
    public long zaakId() { return zaakId; }
    public String behandelaar() { return behandelaar; }
    public String behandelaarNaam() { return behandelaarNaam; }
    public MeldingStatus status() { return status; }
    public TriageStap triageStap() { return triageStap; }
    public String triageReden() { return triageReden; }
    public Long triageOrganisatieId() { return triageOrganisatieId; }
    public LocalDateTime intakeOp() { return intakeOp; }
    public String intakeLocatie() { return intakeLocatie; }
    public List<Gebeurtenis> gebeurtenissen() { return List.copyOf(gebeurtenissen); }
}
