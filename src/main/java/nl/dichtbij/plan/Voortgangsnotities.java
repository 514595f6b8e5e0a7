package nl.dichtbij.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingStatus;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's progress note (issue 17): through the portal and the API a provider writes, per client and per goal, one
 * note per evaluation period; it lands at the goal on the regisseur's case page, is read and linked when he records the
 * goal's evaluation, and the resident reads it in Mijn plan.
 * <p>
 * The access rule lives here, not in a controller: the provider writes only (1) under its own toewijzing in the
 * municipality it signed in for, (2) while that toewijzing runs on the day of writing (sent, started, not ended, not
 * withdrawn), (3) for a client who belongs to the household whose plan it is, (4) while the resident shares the PLAN part
 * of the file with this provider, and (5) on a goal of that plan about the client or about the whole household. Anything
 * else is refused with {@link VoortgangGeweigerdException}. A second note in the same period is refused
 * ({@link VoortgangAlDoorgegevenException}): a note is a statement the regisseur may already have read; what comes later
 * goes into the next period's note or a message to the regisseur.
 */
@Service
public class Voortgangsnotities {

    static final String GRONDSLAG = "Toestemming van de inwoner (AVG art. 6 lid 1a); voortgang bij de toewijzing";

    private final Besluiten besluiten;
    private final Plannen plannen;
    private final PersonenRegister register;
    private final Dossiertoegang dossiertoegang;
    private final DossierLog dossierLog;
    private final VoortgangOpslag opslag;
    private final Clock clock;

    Voortgangsnotities(Besluiten besluiten, Plannen plannen, PersonenRegister register, Dossiertoegang dossiertoegang, DossierLog dossierLog,
                       VoortgangOpslag opslag, Clock clock) {
        this.besluiten = besluiten;
        this.plannen = plannen;
        this.register = register;
        this.dossiertoegang = dossiertoegang;
        this.dossierLog = dossierLog;
        this.opslag = opslag;
        this.clock = clock;
    }

    /** A goal the provider may write on now, its running period and the note it already wrote in that period, if any. */
    public record OpenDoel(Doel doel, Evaluatieperiode periode, Optional<Voortgangsnotitie> dezePeriode) {

        public boolean alDoorgegeven() {
            return dezePeriode.isPresent();
        }
    }

    /** Everything the provider may write on for this client: the toewijzing, the client and the goals with their periods. */
    public record Schrijfruimte(Beschikking toewijzing, Persoon client, Ondersteuningsplan plan, List<OpenDoel> doelen) {

        public Optional<OpenDoel> doel(long doelId) {
            return doelen.stream().filter(d -> d.doel().id() == doelId).findFirst();
        }
    }

    /**
     * The goals this provider may write a note on for the client of this toewijzing, or the refusal saying why not.
     * Reads the plan as shared with the provider; the caller logs what it shows.
     */
    @Transactional(readOnly = true)
    public Schrijfruimte schrijfruimte(Gebruiker aanbieder, long beschikkingId) {
        Beschikking toewijzing = eigenToewijzing(aanbieder, beschikkingId);
        LocalDate vandaag = LocalDate.now(clock);
        if (!toewijzing.looptOp(vandaag)) {
            throw new VoortgangGeweigerdException(waaromNietLopend(toewijzing, vandaag));
        }
        Persoon client = register.persoon(toewijzing.gemeenteCode(), toewijzing.persoonBsn())
                .orElseThrow(() -> new VoortgangGeweigerdException("Deze cliënt staat niet (meer) ingeschreven in deze gemeente."));
        Ondersteuningsplan plan = plannen.gedeeld(toewijzing.gemeenteCode(), toewijzing.zaakId())
                .orElseThrow(() -> new VoortgangGeweigerdException("Er is nog geen plan voor deze cliënt. Zijn regisseur schrijft het samen met hem."));
        if (client.huishoudenId() != plan.huishoudenId()) {
            throw new VoortgangGeweigerdException("De cliënt hoort niet (meer) bij het huishouden van dit plan. U kunt geen voortgang doorgeven.");
        }
        if (!dossiertoegang.gedeeldMetAanbieder(aanbieder, plan.gemeenteCode(), plan.huishoudenId()).contains(Dossierdeel.PLAN)) {
            throw new VoortgangGeweigerdException("De inwoner deelt het plan niet (meer) met uw organisatie. "
                    + "Zonder zijn toestemming kunt u geen voortgang doorgeven.");
        }
        Map<Long, List<Evaluatie>> evaluaties = plannen.evaluaties(plan);
        LocalDate begin = plannen.begin(plan);
        List<OpenDoel> doelen = new ArrayList<>();
        for (Doel doel : plan.doelen()) {
            if (doel.persoonBsn() == null || doel.persoonBsn().equals(client.bsn())) {
                Evaluatieperiode periode = Evaluatieperiode.huidige(doel, evaluaties.getOrDefault(doel.id(), List.of()), begin);
                doelen.add(new OpenDoel(doel, periode, opslag.inPeriode(doel.id(), aanbieder.organisatie(), periode.nummer())));
            }
        }
        return new Schrijfruimte(toewijzing, client, plan, doelen);
    }

    /** The provider writes its progress note on a goal of its client's plan, for the period running now. */
    @Transactional
    public Voortgangsnotitie schrijven(Gebruiker aanbieder, long beschikkingId, long doelId, NieuweVoortgang invoer) {
        Schrijfruimte ruimte = schrijfruimte(aanbieder, beschikkingId);
        OpenDoel open = ruimte.doel(doelId).orElseThrow(() -> new VoortgangGeweigerdException(
                "U kunt alleen voortgang doorgeven op de doelen van uw cliënt of van het hele huishouden in het plan dat de inwoner met u deelt."));
        controleer(invoer);
        if (open.alDoorgegeven()) {
            throw alDoorgegeven(open.dezePeriode().get().geschrevenOp(), open.periode());
        }
        Beschikking toewijzing = ruimte.toewijzing();
        long id;
        try {
            id = opslag.schrijven(toewijzing.gemeenteCode(), doelId, toewijzing.id(), aanbieder.organisatie(), toewijzing.aanbiederNaam(),
                    open.periode(), invoer, aanbieder.gebruikersnaam(), aanbieder.actorNaam(), clock.instant());
        } catch (DuplicateKeyException e) {
            // written at the same moment in another request: the unique key lets one through
            throw alDoorgegeven(clock.instant(), open.periode());
        }
        dossierLog.vastleggen(aanbieder, toewijzing.gemeenteCode(), List.of(ruimte.client().bsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN,
                GRONDSLAG);
        return opslag.notitie(toewijzing.gemeenteCode(), aanbieder.organisatie(), id).orElseThrow();
    }

    /** The notes this provider wrote in its municipality, newest first; {@code beschikkingId} null: for all its clients. */
    @Transactional(readOnly = true)
    public List<Voortgangsnotitie> vanAanbieder(Gebruiker aanbieder, Long beschikkingId) {
        if (!aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            return List.of();
        }
        return opslag.vanAanbieder(aanbieder.gemeenteCode(), aanbieder.organisatie(), beschikkingId);
    }

    /** One note this provider wrote. */
    @Transactional(readOnly = true)
    public Voortgangsnotitie vanAanbieder(Gebruiker aanbieder, long id) {
        if (!aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            throw new NietGevondenException("De voortgangsnotitie");
        }
        return opslag.notitie(aanbieder.gemeenteCode(), aanbieder.organisatie(), id)
                .orElseThrow(() -> new NietGevondenException("De voortgangsnotitie"));
    }

    /**
     * The notes on the goals of a plan the caller may read (the regisseur's case page, the resident's Mijn plan): per goal
     * the notes not yet read and, per evaluation, the notes read with it.
     */
    public Overzicht vanPlan(Ondersteuningsplan plan) {
        return new Overzicht(opslag.vanDoelen(plan.gemeenteCode(), plan.doelen().stream().map(Doel::id).toList()));
    }

    /** The notes on a plan's goals, as the pages ask for them. */
    public record Overzicht(List<Voortgangsnotitie> notities) {

        /** Not read yet: the notes of the period running now, for the goal's next evaluation. */
        public List<Voortgangsnotitie> open(long doelId) {
            return notities.stream().filter(n -> n.doelId() == doelId && !n.gelezen()).toList();
        }

        public List<Voortgangsnotitie> bijEvaluatie(long evaluatieId) {
            return notities.stream().filter(n -> n.evaluatieId() != null && n.evaluatieId() == evaluatieId).toList();
        }

        /** All notes on the goal, newest first. */
        public List<Voortgangsnotitie> vanDoel(long doelId) {
            return notities.stream().filter(n -> n.doelId() == doelId).sorted((a, b) -> b.geschrevenOp().compareTo(a.geschrevenOp())).toList();
        }

        public Map<Long, List<Voortgangsnotitie>> perDoel() {
            return notities.stream().collect(Collectors.groupingBy(Voortgangsnotitie::doelId, LinkedHashMap::new, Collectors.toList()));
        }
    }

    private Beschikking eigenToewijzing(Gebruiker aanbieder, long beschikkingId) {
        if (!aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            throw new VoortgangGeweigerdException("Alleen een zorgaanbieder met een toewijzing geeft voortgang door.");
        }
        try {
            return besluiten.vanAanbieder(aanbieder, beschikkingId);
        } catch (NietGevondenException e) {
            throw new VoortgangGeweigerdException("Uw organisatie heeft geen toewijzing voor deze cliënt in deze gemeente. "
                    + "U kunt alleen voortgang doorgeven voor uw eigen cliënten.");
        }
    }

    private static String waaromNietLopend(Beschikking toewijzing, LocalDate vandaag) {
        if (toewijzing.status() == BeschikkingStatus.INGETROKKEN) {
            return "De toewijzing is ingetrokken. U kunt geen voortgang meer doorgeven.";
        }
        if (toewijzing.ingangsdatum() != null && vandaag.isBefore(toewijzing.ingangsdatum())) {
            return "De toewijzing begint op " + Formaat.lang(toewijzing.ingangsdatum()) + ". Vanaf die dag kunt u voortgang doorgeven.";
        }
        if (toewijzing.einddatum() != null && vandaag.isAfter(toewijzing.einddatum())) {
            return "De toewijzing is afgelopen op " + Formaat.lang(toewijzing.einddatum()) + ". U kunt geen voortgang meer doorgeven.";
        }
        return "De toewijzing loopt niet. U kunt geen voortgang doorgeven.";
    }

    private static VoortgangAlDoorgegevenException alDoorgegeven(java.time.Instant op, Evaluatieperiode periode) {
        return new VoortgangAlDoorgegevenException("U gaf de voortgang van dit doel voor de periode " + periode.omschrijving() + " al door op "
                + Formaat.tijdstip(op) + ". Per periode geeft u één keer voortgang door. Na de evaluatie kunt u weer voortgang doorgeven.");
    }

    private static void controleer(NieuweVoortgang invoer) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (invoer.tekst() == null || invoer.tekst().isBlank()) {
            fouten.put("tekst", "Schrijf hoe het gaat met dit doel.");
        } else if (invoer.tekst().trim().length() > Voortgangsnotitie.MAX_TEKST) {
            fouten.put("tekst", "Gebruik maximaal " + Voortgangsnotitie.MAX_TEKST + " tekens.");
        }
        if (invoer.goedGegaan() != null && invoer.goedGegaan().trim().length() > Voortgangsnotitie.MAX_TOELICHTING) {
            fouten.put("goedGegaan", "Gebruik maximaal " + Voortgangsnotitie.MAX_TOELICHTING + " tekens.");
        }
        if (invoer.aandacht() != null && invoer.aandacht().trim().length() > Voortgangsnotitie.MAX_TOELICHTING) {
            fouten.put("aandacht", "Gebruik maximaal " + Voortgangsnotitie.MAX_TOELICHTING + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
