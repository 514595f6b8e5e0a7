package nl.dichtbij.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The course of the demo cases of Woerden from 1 January of last year until today, so the steering page on flow shows every
 * step (melding, gesprek, plan, besluit, toewijzing, start) for this year and last year, for both teams. The cases are taken
 * over in regie as a conversion would ({@link Zaakovername}); the {@link Verloopstappen} take over each step of the same course
 * in its own module. Some cases are still waiting, some pass the legal term, some have procesregie. Deterministic (fixed seed,
 * dates from the clock); the cases are taken over once, by the first step that needs them (which skips when its own rows
 * exist); a later call, in this or another process, gets the same cases back from regie.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
public class Demoverloop {

    static final String GEMEENTE = "0632";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Demoverloop.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /**
     * One demo case: who, which team, and the day of each step (null: not reached, or not yet). {@code informeel}/{@code formeel}: what
     * the plan holds; a plan with only informal help needs no decision. {@code pgb}: granted as a personal budget, so no toewijzing.
     */
    public record Demozaak(long zaakId, long huishoudenId, String bsn, LocalDate geboortedatum, long teamId, Doelgroep doelgroep,
                           Regievorm regievorm, LocalDate melding, LocalDate gesprek, LocalDate plan, boolean informeel, boolean formeel,
                           LocalDate aanvraag, LocalDate besluit, boolean toegekend, boolean pgb, LocalDate toegewezen, LocalDate start,
                           LocalDate eindeZorg) {
    }

    private final Zaakovername overname;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final Clock clock;
    private List<Demozaak> zaken;

    Demoverloop(Zaakovername overname, PersonenRegister register, Gemeenten gemeenten, Clock clock) {
        this.overname = overname;
        this.register = register;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    /** The demo cases, opened in regie on the first call. */
    public synchronized List<Demozaak> zaken() {
        if (zaken == null) {
            long begin = System.nanoTime();
            zaken = maak();
            log.info("Demodoorloop {}: {} zaken geopend of teruggevonden ({} ms)", GEMEENTE, zaken.size(), (System.nanoTime() - begin) / 1_000_000);
        }
        return zaken;
    }

    private List<Demozaak> maak() {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate begin = LocalDate.of(vandaag.getYear() - 1, 1, 1);
        List<Persoon> leden = leden(vandaag);
        List<Persoon> kinderen = leden.stream().filter(p -> p.geboortedatum().isAfter(vandaag.minusYears(17))).toList();
        List<Persoon> volwassenen = leden.stream().filter(p -> !p.geboortedatum().isAfter(vandaag.minusYears(25))).toList();
        if (kinderen.isEmpty() || volwassenen.isEmpty()) {
            return List.of();
        }
        Team jeugdteam = gemeenten.teamVoor(GEMEENTE, Doelgroep.JEUGD);
        Team wmoteam = gemeenten.teamVoor(GEMEENTE, Doelgroep.WMO);
        Random toeval = new Random(6322);
        // households with an open case (the queue demo) keep theirs, and the test persona (the official test range of BSNs, who
        // live by themselves) their own story: a demo course must not mix into them. A case this course took over before (another
        // node, or an earlier start on the same database) is given back by regie, so the course is the same list on every call.
        Set<Long> huishoudens = new HashSet<>();
        // and so do households with a youth of 17: the move to the Wmo-team at 18 is a course of its own, with its own tasks
        leden.stream().filter(p -> p.geboortedatum().isAfter(vandaag.minusYears(18)) && !p.geboortedatum().isAfter(vandaag.minusYears(17)))
                .forEach(p -> huishoudens.add(p.huishoudenId()));
        List<Demozaak> lijst = new ArrayList<>();
        for (LocalDate melding = begin; melding.isBefore(vandaag); melding = melding.plusDays(2 + toeval.nextInt(3))) {
            boolean jeugd = toeval.nextInt(100) < 45;
            List<Persoon> kandidaten = jeugd ? kinderen : volwassenen;
            Persoon persoon = kandidaten.get(toeval.nextInt(kandidaten.size()));
            Team team = jeugd ? jeugdteam : wmoteam;
            int regie = toeval.nextInt(100);
            Regievorm vorm = regie < 15 ? Regievorm.PROCESREGIE : regie < 25 ? Regievorm.AMBULANTE_BEGELEIDING : Regievorm.CASUSREGIE;
            LocalDate gesprek = binnen(melding.plusDays(toeval.nextInt(100) < 12 ? 45 + toeval.nextInt(30) : 3 + toeval.nextInt(30)), vandaag);
            LocalDate plan = gesprek == null || toeval.nextInt(100) < 8 ? null : binnen(gesprek.plusDays(5 + toeval.nextInt(25)), vandaag);
            boolean formeel = toeval.nextInt(100) < 85;
            boolean informeel = !formeel || toeval.nextInt(100) < 45;
            LocalDate aanvraag = plan != null && formeel ? plan : null;
            LocalDate besluit = aanvraag == null ? null : binnen(aanvraag.plusDays(jeugd ? 10 + toeval.nextInt(55) : 3 + toeval.nextInt(16)), vandaag);
            boolean toegekend = toeval.nextInt(100) >= 7;
            boolean pgb = toeval.nextInt(100) < 20;
            LocalDate toegewezen = besluit == null || !toegekend || pgb ? null : binnen(besluit.plusDays(1 + toeval.nextInt(3)), vandaag);
            LocalDate start = toegewezen == null ? null : binnen(toegewezen.plusDays(3 + toeval.nextInt(25)), vandaag);
            LocalDate eindeZorg = start == null ? null : start.plusMonths(3 + toeval.nextInt(8));
            if (testpersoon(persoon.bsn()) || !huishoudens.add(persoon.huishoudenId())) {
                continue;
            }
            Instant geopend = melding.atTime(9, 0).atZone(NEDERLAND).toInstant();
            var zaak = overname.overnemen(new OvergenomenZaak(GEMEENTE, persoon.huishoudenId(), team.id(), vorm, geopend));
            if (zaak.isEmpty()) {
                continue;
            }
            lijst.add(new Demozaak(zaak.get(), persoon.huishoudenId(), persoon.bsn(), persoon.geboortedatum(), team.id(), team.doelgroep(), vorm, melding,
                    gesprek, plan, informeel, formeel, aanvraag, besluit, toegekend, pgb, toegewezen, start, eindeZorg));
        }
        return List.copyOf(lijst);
    }

    /** The residents of 4 to 90 of a fixed sample of Woerden's households (the demo population numbers them from 1), in one query. */
    private List<Persoon> leden(LocalDate vandaag) {
        int aantal = (int) register.aantalHuishoudens(GEMEENTE);
        Random kies = new Random(6321);
        Set<Long> huishoudens = new java.util.TreeSet<>();
        for (int i = 0; i < Math.min(800, aantal); i++) {
            huishoudens.add(1L + kies.nextInt(aantal));
        }
        return register.wordenVolwassenTussen(GEMEENTE, huishoudens, vandaag.minusYears(91), vandaag.minusYears(4));
    }

    /** The official test range of BSNs (999900006–999999990), which the generated residents never use (docs/decisions/0003). */
    private static boolean testpersoon(String bsn) {
        return bsn.startsWith("9999");
    }

    private static LocalDate binnen(LocalDate dag, LocalDate vandaag) {
        return dag.isAfter(vandaag) ? null : dag;
    }

}
