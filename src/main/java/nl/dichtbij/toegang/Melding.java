package nl.dichtbij.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A resident's question for help, from receipt to the end of the onderzoek; after that it follows the rest of the chain
 * for the resident ({@link Vervolg}), so he sees where his question stands. Records {@link MeldingOntvangen} and
 * {@link OnderzoekVastgelegd}, published when it is saved.
 */
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
    private Vervolg vervolg;
    private LocalDate termijnGehaaldOp;
    private Instant ingetrokkenOp;
    private Intrekreden intrekReden;
    private String intrekToelichting;
    @MappedCollection(idColumn = "melding_id")
    private Set<Verwerkt> verwerkt = new HashSet<>();
    /** Events waiting for the save; built then, because a new melding only has its id after it. */
    @Transient
    private final List<Function<Melding, Object>> teMelden = new ArrayList<>();

    /** A line of the timeline the resident sees. */
    @Table("melding_gebeurtenis")
    public record Gebeurtenis(Instant tijdstip, String tekst) {
    }

    @Table("melding_gebied")
    record Gebied(Levensgebied levensgebied) {
    }

    /** A step of the chain already shown on this melding; an event delivered twice adds nothing. */
    @Table("melding_vervolg")
    record Verwerkt(String sleutel) {
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
        melding.teMelden.add(m -> new MeldingOntvangen(m.id, m.gemeenteCode, m.zaakId, m.teamId, m.urgentie, m.kanaal, m.ontvangenDatum,
                m.termijn, m.termijnEinde));
        return melding;
    }

    void oppakken(String gebruikersnaam, String naam, Instant nu) {
        nietIngetrokken();
        behandelaar = gebruikersnaam;
        behandelaarNaam = naam;
        if (status == MeldingStatus.ONTVANGEN) {
            status = MeldingStatus.IN_BEHANDELING;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, naam + " is nu uw contactpersoon en neemt contact met u op."));
        nieuwsVoorDeInwoner(nu);
    }

    void triage(TriageStap stap, String reden, Long organisatieId, String organisatieNaam, Instant nu) {
        nietIngetrokken();
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
        nietIngetrokken();
        intakeOp = moment;
        intakeLocatie = locatie.trim();
        if (status != MeldingStatus.ONDERZOEK_AFGEROND) {
            status = MeldingStatus.INTAKE_GEPLAND;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, "Het gesprek is gepland op " + Formaat.datumTijd(moment) + " (" + intakeLocatie + ")."));
        nieuwsVoorDeInwoner(nu);
    }

    private void nieuwsVoorDeInwoner(Instant nu) {
        teMelden.add(m -> new MeldingBijgewerkt(m.id, m.gemeenteCode, m.huishoudenId, m.persoonBsn, nu));
    }

    void onderzoekAfgerond(Onderzoek onderzoek, Instant nu) {
        gesprekGehouden(onderzoek.gehoudenOp(), nu);
        teMelden.add(m -> new OnderzoekVastgelegd(onderzoek.id(), m.id, m.gemeenteCode, m.zaakId, onderzoek.gehoudenOp(), m.ontvangenDatum));
    }

    /** The gesprek was held on that day: the melding's part of the chain is done. */
    void gesprekGehouden(LocalDate gehoudenOp, Instant nu) {
        nietIngetrokken();
        status = MeldingStatus.ONDERZOEK_AFGEROND;
        if (termijnGehaaldOp == null && termijn.gehaaldMetOnderzoek()) {
            termijnGehaaldOp = gehoudenOp;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, "Het gesprek over uw situatie is gehouden. " + MeldingStatus.ONDERZOEK_AFGEROND.volgendeStap()));
    }

    /**
     * A later step of the chain, told to the resident on this melding: a line on its timeline and, when it is further
     * than where the question stood, its new state. The same step ({@code sleutel}) is shown once; the state never goes
     * back, except that help starting again after it stopped says so.
     *
     * @return whether anything changed
     */
    boolean vervolg(String sleutel, Vervolg stap, String tekst, LocalDate datum, Instant nu) {
        if (status == MeldingStatus.INGETROKKEN || !verwerkt.add(new Verwerkt(sleutel))) {
            return false;
        }
        gebeurtenissen.add(new Gebeurtenis(nu, tekst));
        if (stap == null) {
            return true;
        }
        if (vervolg == null || stap.compareTo(vervolg) > 0 || stap == Vervolg.HULP_GESTART && vervolg == Vervolg.HULP_GESTOPT) {
            vervolg = stap;
        }
        if (termijnGehaaldOp == null && datum != null && (stap == Vervolg.AFGEROND || stap.compareTo(Vervolg.BESLUIT) >= 0 && termijn.gehaaldMetBesluit())) {
            termijnGehaaldOp = datum;
        }
        return true;
    }

    /**
     * The resident withdraws his question before the gesprek was held: it leaves the team's queue and its term stops. A
     * planned gesprek does not go ahead. After the gesprek the question is part of the case; ending that is the case's. A
     * signal from a vindplaats (school, GP) is not his question to withdraw: the team weighs it.
     */
    void intrekken(Intrekreden reden, String toelichting, Instant nu) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!status.open()) {
            fouten.put("reden", status == MeldingStatus.INGETROKKEN ? "U heeft deze vraag al ingetrokken."
                    : "Het gesprek over deze vraag is al gehouden. Wilt u stoppen met de hulp? Stuur dan een bericht aan uw contactpersoon.");
        } else if (vindplaats != null) {
            fouten.put("reden", "Deze melding kwam niet van u, maar van " + vindplaats.label().toLowerCase()
                    + ". Wilt u er iets over zeggen? Bel dan het sociaal team.");
        } else if (reden == null) {
            fouten.put("reden", "Kies waarom u de vraag intrekt.");
        }
        String uitleg = leeg(toelichting);
        if (uitleg != null && uitleg.length() > MAX_TOELICHTING) {
            fouten.put("toelichting", "Schrijf de toelichting in hoogstens " + MAX_TOELICHTING + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (intakeOp != null && status == MeldingStatus.INTAKE_GEPLAND) {
            gebeurtenissen.add(new Gebeurtenis(nu, "Het gesprek op " + Formaat.datumTijd(intakeOp) + " gaat niet door."));
        }
        status = MeldingStatus.INGETROKKEN;
        ingetrokkenOp = nu;
        intrekReden = reden;
        intrekToelichting = uitleg;
        gebeurtenissen.add(new Gebeurtenis(nu, "De vraag is ingetrokken." + (reden == Intrekreden.ANDERS ? "" : " Reden: " + reden.label().toLowerCase() + ".")));
    }

    /** Whether the resident may still withdraw it: his own question (not a signal from a school or GP), before the gesprek. */
    public boolean magIntrekken() {
        return status.open() && vindplaats == null;
    }

    public static final int MAX_TOELICHTING = 500;

    private void nietIngetrokken() {
        if (status == MeldingStatus.INGETROKKEN) {
            throw new OngeldigeInvoerException("status", "De inwoner heeft deze vraag ingetrokken. Er kan niets meer aan veranderen.");
        }
    }

    public boolean ingetrokken() {
        return status == MeldingStatus.INGETROKKEN;
    }

    @DomainEvents
    List<Object> gebeurtenissenVoorAnderen() {
        return teMelden.stream().map(f -> f.apply(this)).toList();
    }

    @AfterDomainEventPublication
    void gemeld() {
        teMelden.clear();
    }

    /** What the resident reads as the state of his question: the furthest step of the chain, else where the melding stands. */
    public String staat() {
        return vervolg != null && status != MeldingStatus.INGETROKKEN ? vervolg.label() : status.label();
    }

    public String volgendeStap() {
        return vervolg != null && status != MeldingStatus.INGETROKKEN ? vervolg.volgendeStap() : status.volgendeStap();
    }

    /** Whether the legal term still runs: not when what it waits for has happened, nor when the case is closed or the question withdrawn. */
    public boolean termijnLoopt() {
        return termijnGehaaldOp == null && status != MeldingStatus.INGETROKKEN;
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
    public Vervolg vervolg() { return vervolg; }
    public LocalDate termijnGehaaldOp() { return termijnGehaaldOp; }
    public Instant ingetrokkenOp() { return ingetrokkenOp; }
    public Intrekreden intrekReden() { return intrekReden; }
    public String intrekToelichting() { return intrekToelichting; }
}
