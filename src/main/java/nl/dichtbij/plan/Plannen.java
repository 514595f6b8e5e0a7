package nl.dichtbij.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.personen.Huishouden;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.interventies.Interventie;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, following and agreeing to the ondersteuningsplan. */
@Service
public class Plannen {

    private final PlanOpslag opslag;
    private final Zaken zaken;
    private final PersonenRegister register;
    private final Zrm zrm;
    private final Clock clock;
    private final nl.dichtbij.dossier.DossierLog dossierLog;
    private final nl.dichtbij.dossier.Vertegenwoordigingen vertegenwoordigingen;

    private final ApplicationEventPublisher events;
    private final VoortgangOpslag voortgangOpslag;
    private final Interventies interventies;

    Plannen(PlanOpslag opslag, Zaken zaken, PersonenRegister register, Zrm zrm, Clock clock, nl.dichtbij.dossier.DossierLog dossierLog,
            nl.dichtbij.dossier.Vertegenwoordigingen vertegenwoordigingen, ApplicationEventPublisher events, VoortgangOpslag voortgangOpslag,
            Interventies interventies) {
        this.interventies = interventies;
        this.voortgangOpslag = voortgangOpslag;
        this.events = events;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.dossierLog = dossierLog;
        this.opslag = opslag;
        this.zaken = zaken;
        this.register = register;
        this.zrm = zrm;
        this.clock = clock;
    }

    /**
     * The case's plan to read: the plan, or while nobody wrote one an empty plan that is not stored (id 0, version 0), so
     * opening a case page changes nothing and names no one as the plan's author.
     */
    @Transactional(readOnly = true)
    public Ondersteuningsplan bekijken(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        return opslag.vanZaak(zaak.gemeenteCode(), zaakId).orElseGet(() -> new Ondersteuningsplan(0, zaak.gemeenteCode(), zaakId,
                zaak.huishoudenId(), 0, null, null, null, null, null, List.of()));
    }

    /** The case's plan to change: made on the first change, by whoever makes it. */
    @Transactional
    public Ondersteuningsplan vanZaak(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        return opslag.vanZaak(zaak.gemeenteCode(), zaakId).orElseGet(() -> {
            opslag.nieuwPlan(zaak.gemeenteCode(), zaakId, zaak.huishoudenId(), medewerker.gebruikersnaam(), medewerker.naam(), clock.instant());
            return opslag.vanZaak(zaak.gemeenteCode(), zaakId).orElseThrow();
        });
    }

    /**
     * The plan of the resident's own household, if there is one, with only the goals he may read: a goal about a
     * 16- or 17-year-old only for him and whom he authorised (docs/decisions/0006).
     */
    @Transactional(readOnly = true)
    public Optional<Ondersteuningsplan> vanInwoner(Gebruiker inwoner) {
        Optional<Ondersteuningsplan> plan = zaken.vanInwoner(inwoner).flatMap(z -> opslag.vanZaak(inwoner.gemeenteCode(), z.id()))
                .map(p -> p.metDoelen(d -> vertegenwoordigingen.magTekstLezenOver(inwoner, d.persoonBsn())));
        plan.ifPresent(p -> dossierLog.inwoner(inwoner, java.util.List.of(inwoner.bsn()), nl.dichtbij.dossier.Dossierdeel.PLAN,
                nl.dichtbij.dossier.Handeling.INZIEN));
        return plan;
    }

    /** Whether the resident's household has a plan, for the summary on Mijn Dichtbij: nothing of it is read, so nothing is logged. */
    public boolean heeftPlan(Gebruiker inwoner) {
        return zaken.vanInwoner(inwoner).flatMap(z -> opslag.vanZaak(inwoner.gemeenteCode(), z.id())).isPresent();
    }

    /** The plan of a case without a user check: for a caller that already checked the resident's consent. */
    public Optional<Ondersteuningsplan> gedeeld(String gemeenteCode, long zaakId) {
        return opslag.vanZaak(gemeenteCode, zaakId);
    }

    @Transactional
    public long doelToevoegen(Gebruiker medewerker, long zaakId, NieuwDoel doel) {
        Ondersteuningsplan plan = vanZaak(medewerker, zaakId);
        controleer(plan, doel);
        LocalDate vandaag = LocalDate.now(clock);
        long id = opslag.nieuwDoel(plan, doel, vandaag.plusMonths(doel.evaluatieMaanden()));
        nieuweVersie(plan, medewerker,
                "Doel toegevoegd: " + doel.omschrijving().trim() + " (" + doel.levensgebied().label() + ").", doel.persoonBsn() == null || doel.persoonBsn().isBlank() ? null : doel.persoonBsn());
        return id;
    }

    @Transactional
    public void doelBeeindigen(Gebruiker medewerker, long zaakId, long doelId, Doeluitkomst uitkomst, String toelichting) {
        Ondersteuningsplan plan = vanZaak(medewerker, zaakId);
        Doel doel = doel(plan, doelId);
        if (uitkomst == null) {
            throw new OngeldigeInvoerException("uitkomst", "Kies hoe het doel is afgelopen: bereikt, deels bereikt, niet bereikt of niet meer nodig.");
        }
        if (toelichting != null && toelichting.strip().length() > 500) {
            throw new OngeldigeInvoerException("reden", "Houd de toelichting korter dan 500 tekens.");
        }
        opslag.doelBeeindigen(doelId, uitkomst, LocalDate.now(clock));
        String tekst = toelichting == null || toelichting.isBlank() ? "" : " " + toelichting.strip();
        nieuweVersie(plan, medewerker, "Doel beëindigd: " + doel.omschrijving() + ". Uitkomst: " + uitkomst.label() + "." + tekst,
                doel.persoonBsn());
    }

    @Transactional
    public long actieToevoegen(Gebruiker medewerker, long zaakId, long doelId, NieuweActie actie) {
        Ondersteuningsplan plan = vanZaak(medewerker, zaakId);
        Doel doel = doel(plan, doelId);
        controleer(actie);
        if (actie.interventieId() != null && interventies.interventie(plan.gemeenteCode(), actie.interventieId()).filter(Interventie::actief).isEmpty()) {
            throw new OngeldigeInvoerException("interventieId", "Kies een interventie uit het register van de gemeente, of geen.");
        }
        long id = opslag.nieuweActie(plan.gemeenteCode(), doelId, actie);
        String wie = new Actie(id, doelId, actie.omschrijving(), actie.uitvoerder(), actie.uitvoerderNaam(), actie.vanaf(), actie.tot()).wie();
        nieuweVersie(plan, medewerker,
                "Actie toegevoegd bij \"" + doel.omschrijving() + "\": " + actie.omschrijving().trim() + " — " + wie
                        + ", vanaf " + nl.dichtbij.platform.Formaat.lang(actie.vanaf())
                        + (actie.tot() == null ? "" : " tot " + nl.dichtbij.platform.Formaat.lang(actie.tot())) + ".", doel.persoonBsn());
        return id;
    }

    @Transactional
    public void actieVerwijderen(Gebruiker medewerker, long zaakId, long actieId) {
        Ondersteuningsplan plan = vanZaak(medewerker, zaakId);
        Actie actie = plan.doelen().stream().flatMap(d -> d.acties().stream()).filter(a -> a.id() == actieId).findFirst()
                .orElseThrow(() -> new NietGevondenException("De actie"));
        opslag.actieVerwijderen(actieId);
        nieuweVersie(plan, medewerker,
                "Actie verwijderd: " + actie.omschrijving() + " — " + actie.wie() + ".", doel(plan, actie.doelId()).persoonBsn());
    }

    /** A professional changed the plan: the next version, which asks the household's agreement again (and tells it so). */
    private void nieuweVersie(Ondersteuningsplan plan, Gebruiker medewerker, String wijziging, String betreftBsn) {
        opslag.nieuweVersie(plan, medewerker.gebruikersnaam(), medewerker.naam(), clock.instant(), wijziging, betreftBsn);
        events.publishEvent(new PlanGewijzigd(plan.id(), plan.gemeenteCode(), plan.zaakId(), plan.huishoudenId(), plan.versienummer() + 1,
                betreftBsn, clock.instant()));
    }

    /** The resident agrees to the version he read; a later change asks for his agreement again. */
    @Transactional
    public void akkoord(Gebruiker inwoner, int versienummer) {
        Ondersteuningsplan plan = vanInwoner(inwoner).orElseThrow(() -> new NietGevondenException("Het plan"));
        if (plan.doelen().isEmpty()) {
            throw new OngeldigeInvoerException("versienummer",
                    "Er staan nog geen doelen in uw plan. Uw contactpersoon schrijft ze samen met u op; daarna kunt u akkoord geven.");
        }
        Instant nu = clock.instant();
        // the version number is the guard: a change saved while the resident read refuses his agreement to the old text
        if (versienummer != plan.versienummer() || !opslag.akkoord(plan.id(), versienummer, inwoner.actorNaam(), nu)) {
            throw new OngeldigeInvoerException("versienummer",
                    "Het plan is gewijzigd terwijl u het las. Lees de nieuwe versie en geef dan opnieuw akkoord.");
        }
        events.publishEvent(new PlanAkkoord(plan.id(), plan.gemeenteCode(), plan.zaakId(), versienummer, inwoner.actorNaam(), nu));
    }

    /**
     * The resident does not agree with the version he read, and says why: his contact person reads the reason on the case
     * page and talks it over with him. He can still agree later, with this version or a changed one.
     */
    @Transactional
    public void nietAkkoord(Gebruiker inwoner, int versienummer, String reden) {
        Ondersteuningsplan plan = vanInwoner(inwoner).orElseThrow(() -> new NietGevondenException("Het plan"));
        if (plan.doelen().isEmpty()) {
            throw new OngeldigeInvoerException("reden", "Er staan nog geen doelen in uw plan.");
        }
        if (versienummer != plan.versienummer()) {
            throw new OngeldigeInvoerException("reden", "Het plan is gewijzigd terwijl u het las. Lees de nieuwe versie eerst.");
        }
        if (plan.akkoordMetHuidigeVersie()) {
            throw new OngeldigeInvoerException("reden", "U ging al akkoord met deze versie. Schrijf een reactie als u iets wilt veranderen.");
        }
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "Schrijf waarmee u het niet eens bent. Uw contactpersoon bespreekt het met u.");
        }
        if (reden.length() > 4000) {
            throw new OngeldigeInvoerException("reden", "Gebruik maximaal 4000 tekens.");
        }
        opslag.reactie(plan, inwoner.gebruikersnaam(), inwoner.actorNaam(), inwoner.bsn(), reden, clock.instant(), true);
    }

    /** The resident's latest reason for not agreeing with the current version, if he gave one and has not agreed since. */
    public Optional<Reactie> nietAkkoordMetHuidigeVersie(Ondersteuningsplan plan) {
        if (plan.akkoordMetHuidigeVersie()) {
            return Optional.empty();
        }
        return opslag.reacties(plan.id()).stream().filter(r -> r.nietAkkoord() && r.versienummer() == plan.versienummer())
                .reduce((eerste, laatste) -> laatste);
    }

    @Transactional
    public void reageren(Gebruiker gebruiker, Long zaakId, String tekst) {
        Ondersteuningsplan plan = gebruiker.is(Rol.INWONER)
                ? vanInwoner(gebruiker).orElseThrow(() -> new NietGevondenException("Het plan"))
                : vanZaak(gebruiker, zaakId);
        if (tekst == null || tekst.isBlank()) {
            throw new OngeldigeInvoerException("tekst", "Schrijf uw reactie.");
        }
        if (tekst.length() > 4000) {
            throw new OngeldigeInvoerException("tekst", "Gebruik maximaal 4000 tekens.");
        }
        opslag.reactie(plan, gebruiker.gebruikersnaam(), gebruiker.actorNaam(), gebruiker.is(Rol.INWONER) ? gebruiker.bsn() : null, tekst,
                clock.instant(), false);
    }

    public List<Planversie> versies(Ondersteuningsplan plan) {
        return opslag.versies(plan.id());
    }

    /** The case's messages to the household as this resident may read them: one about a 16- or 17-year-old only for whom may read about him. */
    public List<nl.dichtbij.regie.Zaak.Bericht> berichtenVoorInwoner(Gebruiker inwoner, nl.dichtbij.regie.Zaak zaak) {
        return zaak == null ? List.of()
                : zaak.berichten().stream().filter(b -> vertegenwoordigingen.magTekstLezenOver(inwoner, b.betreftBsn())).toList();
    }

    /** The changes as the resident may read them: a change to a goal he may not read says only that something changed. */
    public List<Planversie> versiesVoorInwoner(Gebruiker inwoner, Ondersteuningsplan plan) {
        return opslag.versies(plan.id()).stream().map(v -> vertegenwoordigingen.magTekstLezenOver(inwoner, v.betreftBsn()) ? v
                : new Planversie(v.versienummer(), v.doorNaam(), v.op(), "Het plan van een ander gezinslid is gewijzigd.", v.betreftBsn())).toList();
    }

    public List<Reactie> reacties(Ondersteuningsplan plan) {
        return opslag.reacties(plan.id());
    }

    /**
     * The reactions as this resident may read them: a 16- or 17-year-old's own words only for him and whom he authorised
     * (docs/decisions/0006); his parents see that he reacted, not what he wrote (the text is null).
     */
    public List<Reactie> reactiesVoorInwoner(Gebruiker inwoner, Ondersteuningsplan plan) {
        return opslag.reacties(plan.id()).stream().map(r -> leesbaarVoor(inwoner, r)).toList();
    }

    /** The resident's reason for not agreeing with the current version, as this resident may read it. */
    public Optional<Reactie> nietAkkoordVoorInwoner(Gebruiker inwoner, Ondersteuningsplan plan) {
        return nietAkkoordMetHuidigeVersie(plan).map(r -> leesbaarVoor(inwoner, r));
    }

    private Reactie leesbaarVoor(Gebruiker inwoner, Reactie r) {
        return vertegenwoordigingen.magTekstLezenOver(inwoner, r.namensBsn()) ? r
                : new Reactie(r.id(), r.versienummer(), r.doorNaam(), r.vanInwoner(), null, r.op(), r.nietAkkoord(), r.namensBsn());
    }

    /** An interim evaluation; the ZRM re-scores of both sides go into the person's ZRM history. */
    @Transactional
    public void evalueren(Gebruiker medewerker, long zaakId, long doelId, LocalDate datum, String voortgang,
                          Integer zrmProfessional, Integer zrmInwoner) {
        Ondersteuningsplan plan = vanZaak(medewerker, zaakId);
        Doel doel = doel(plan, doelId);
        Map<String, String> fouten = new LinkedHashMap<>();
        LocalDate vandaag = LocalDate.now(clock);
        if (datum == null || datum.isAfter(vandaag)) {
            fouten.put("datum", "Vul de datum van de evaluatie in; die ligt niet in de toekomst.");
        }
        if (voortgang == null || voortgang.isBlank()) {
            fouten.put("voortgang", "Beschrijf de voortgang van dit doel.");
        }
        if (doel.zrmDomein() != null && (zrmProfessional == null || zrmProfessional < 1 || zrmProfessional > 5)) {
            fouten.put("zrmProfessional", "Geef uw ZRM-score voor " + doel.zrmDomein().label() + ": 1 tot en met 5.");
        }
        if (zrmInwoner != null && (zrmInwoner < 1 || zrmInwoner > 5)) {
            fouten.put("zrmInwoner", "Een ZRM-score is 1 tot en met 5.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        long evaluatie = opslag.evaluatie(plan.gemeenteCode(), doelId, datum, voortgang, zrmProfessional, zrmInwoner,
                medewerker.gebruikersnaam(), medewerker.naam(), clock.instant());
        // the providers' progress notes of the period that closes now are read and belong to this evaluation
        voortgangOpslag.koppelen(doelId, evaluatie, medewerker.naam(), clock.instant());
        if (doel.zrmDomein() != null && doel.persoonBsn() != null) {
            zrm.vastleggen(plan.gemeenteCode(), doel.persoonBsn(), plan.zaakId(), null, ZrmMeting.Door.PROFESSIONAL,
                    ZrmMeting.Moment.TUSSENTIJDS, datum, medewerker.gebruikersnaam(), Map.of(doel.zrmDomein(), zrmProfessional));
            if (zrmInwoner != null) {
                zrm.vastleggen(plan.gemeenteCode(), doel.persoonBsn(), plan.zaakId(), null, ZrmMeting.Door.INWONER,
                        ZrmMeting.Moment.TUSSENTIJDS, datum, medewerker.gebruikersnaam(), Map.of(doel.zrmDomein(), zrmInwoner));
            }
        }
        opslag.volgendeEvaluatie(doelId, datum.plusMonths(doel.evaluatieMaanden()));
    }

    /** The day the plan was made: the start of every goal's first evaluation period. */
    LocalDate begin(Ondersteuningsplan plan) {
        return opslag.begin(plan.id());
    }

    public List<Evaluatie> evaluaties(Doel doel) {
        return opslag.evaluaties(doel.id());
    }

    /** The ZRM scores of the goal's person on the goal's domain over time, both sides. */
    public List<ZrmPunt> voortgang(Ondersteuningsplan plan, Doel doel) {
        if (doel.zrmDomein() == null || doel.persoonBsn() == null) {
            return List.of();
        }
        return zrm.historie(plan.gemeenteCode(), doel.persoonBsn()).stream()
                .filter(m -> m.scores().containsKey(doel.zrmDomein()))
                .map(m -> new ZrmPunt(m.datum(), m.door(), m.scores().get(doel.zrmDomein()))).toList();
    }

    public record ZrmPunt(LocalDate datum, ZrmMeting.Door door, int score) {
    }

    /** The evaluations of every goal of the plan, by goal id: one query however many goals. */
    public Map<Long, List<Evaluatie>> evaluaties(Ondersteuningsplan plan) {
        return opslag.evaluaties(plan.doelen().stream().map(Doel::id).toList());
    }

    /** {@link #voortgang(Ondersteuningsplan, Doel)} of every goal of the plan, by goal id, the ZRM histories read at once. */
    public Map<Long, List<ZrmPunt>> voortgang(Ondersteuningsplan plan) {
        List<Doel> metZrm = plan.doelen().stream().filter(d -> d.zrmDomein() != null && d.persoonBsn() != null).toList();
        Map<String, List<ZrmMeting>> historie = zrm.historie(plan.gemeenteCode(), metZrm.stream().map(Doel::persoonBsn).toList());
        Map<Long, List<ZrmPunt>> voortgang = new LinkedHashMap<>();
        for (Doel doel : plan.doelen()) {
            voortgang.put(doel.id(), !metZrm.contains(doel) ? List.of() : historie.getOrDefault(doel.persoonBsn(), List.of()).stream()
                    .filter(m -> m.scores().containsKey(doel.zrmDomein()))
                    .map(m -> new ZrmPunt(m.datum(), m.door(), m.scores().get(doel.zrmDomein()))).toList());
        }
        return voortgang;
    }

    /** Evaluations due today or earlier in the cases this professional directs. */
    @Transactional(readOnly = true)
    public List<EvaluatieTaak> evaluatiesTeDoen(Gebruiker medewerker, List<Long> zaakIds) {
        return opslag.evaluatiesVoor(medewerker.gemeenteCode(), zaakIds, LocalDate.now(clock)).stream()
                .map(t -> new EvaluatieTaak(t.zaakId(), t.doelId(), t.omschrijving(), t.datum())).toList();
    }

    public record EvaluatieTaak(long zaakId, long doelId, String doel, LocalDate datum) {
    }

    /**
     * Begeleiding Dichtbij's rule for procesregie: support under 3 or more regelingen, or goals on
     * 3 or more levensgebieden with 2 or more parties involved. Empty when the rule does not apply
     * or the case already is in procesregie.
     */
    public Optional<String> procesregieVoorstel(Ondersteuningsplan plan, Regievorm huidig) {
        return procesregieVoorstel(plan, huidig, Set.of());
    }

    /**
     * As above, counting also the regelingen under which partners support the household (work and income, debt help: issue
     * 20), which need not be goals of the plan.
     */
    public Optional<String> procesregieVoorstel(Ondersteuningsplan plan, Regievorm huidig, Set<Regeling> bijPartners) {
        if (huidig == Regievorm.PROCESREGIE) {
            return Optional.empty();
        }
        Set<Regeling> regelingen = plan.doelen().stream().map(Doel::regeling).filter(r -> r != Regeling.GEEN).collect(Collectors.toCollection(java.util.HashSet::new));
        bijPartners.stream().filter(r -> r != Regeling.GEEN).forEach(regelingen::add);
        if (regelingen.size() >= 3) {
            return Optional.of("Dit huishouden krijgt ondersteuning onder " + regelingen.size() + " regelingen ("
                    + regelingen.stream().map(Regeling::label).sorted().collect(Collectors.joining(", ")) + ")"
                    + (bijPartners.isEmpty() ? "." : ", ook bij partners."));
        }
        Set<Levensgebied> gebieden = plan.doelen().stream().map(Doel::levensgebied).collect(Collectors.toSet());
        Set<String> partijen = plan.doelen().stream().flatMap(d -> d.acties().stream())
                .filter(a -> a.uitvoerder() != Uitvoerder.INWONER).map(Actie::wie).collect(Collectors.toSet());
        if (gebieden.size() >= 3 && partijen.size() >= 2) {
            return Optional.of("Er zijn doelen op " + gebieden.size() + " levensgebieden waarbij " + partijen.size() + " partijen betrokken zijn.");
        }
        return Optional.empty();
    }

    public List<Persoon> leden(Ondersteuningsplan plan) {
        return register.huishouden(plan.gemeenteCode(), plan.huishoudenId()).map(Huishouden::leden).orElse(List.of());
    }

    private static Doel doel(Ondersteuningsplan plan, long doelId) {
        return plan.doelen().stream().filter(d -> d.id() == doelId).findFirst().orElseThrow(() -> new NietGevondenException("Het doel"));
    }

    private void controleer(Ondersteuningsplan plan, NieuwDoel doel) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (doel.omschrijving() == null || doel.omschrijving().isBlank()) {
            fouten.put("omschrijving", "Schrijf het doel op in de woorden van de inwoner.");
        }
        if (doel.levensgebied() == null) {
            fouten.put("levensgebied", "Kies het levensgebied waar dit doel over gaat.");
        }
        if (doel.regeling() == null) {
            fouten.put("regeling", "Kies onder welke regeling de ondersteuning valt, of 'geen'.");
        }
        if (doel.doelscore() != null && (doel.doelscore() < 1 || doel.doelscore() > 5)) {
            fouten.put("doelscore", "Een ZRM-doelscore is 1 tot en met 5.");
        }
        if (doel.doelscore() != null && doel.zrmDomein() == null) {
            fouten.put("zrmDomein", "Kies het ZRM-domein waar de doelscore bij hoort.");
        }
        if (doel.zrmDomein() != null && (doel.persoonBsn() == null || doel.persoonBsn().isBlank())) {
            fouten.put("persoonBsn", "Een ZRM-doel hoort bij één persoon. Kies voor wie dit doel is.");
        }
        if (doel.persoonBsn() != null && !doel.persoonBsn().isBlank()
                && leden(plan).stream().noneMatch(p -> p.bsn().equals(doel.persoonBsn()))) {
            fouten.put("persoonBsn", "Deze persoon hoort niet bij dit huishouden.");
        }
        if (doel.evaluatieMaanden() < 1 || doel.evaluatieMaanden() > 12) {
            fouten.put("evaluatieMaanden", "Evalueer minstens eens per jaar; meestal elke 3 of 6 maanden.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private static void controleer(NieuweActie actie) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (actie.omschrijving() == null || actie.omschrijving().isBlank()) {
            fouten.put("omschrijving", "Schrijf op wat er gebeurt.");
        }
        if (actie.uitvoerder() == null) {
            fouten.put("uitvoerder", "Kies wie het doet.");
        } else if (actie.uitvoerder() != Uitvoerder.INWONER && (actie.uitvoerderNaam() == null || actie.uitvoerderNaam().isBlank())) {
            fouten.put("uitvoerderNaam", "Schrijf de naam van wie het doet, bijvoorbeeld 'oma Riet' of 'Voedselbank Woerden'.");
        }
        if (actie.vanaf() == null) {
            fouten.put("vanaf", "Vul in vanaf wanneer.");
        } else if (actie.tot() != null && actie.tot().isBefore(actie.vanaf())) {
            fouten.put("tot", "De einddatum ligt vóór de begindatum. Een actie kan niet eindigen voordat zij begint.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
