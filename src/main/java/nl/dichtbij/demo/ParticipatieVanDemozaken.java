package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.participatie.Participatieladder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participatieladder of the adults in the demo's Wmo cases (issue 20), so the steering page has a year to show: a step
 * at the gesprek, mostly low on the ladder (1 to 3), and for a case that went on half a year later a second one, more often up
 * than down. Deterministic (fixed seed), through the participatie module's API, as the Wmo consulent.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ParticipatieVanDemozaken implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(ParticipatieVanDemozaken.class);

    private final Demoverloop verloop;
    private final Participatieladder ladder;
    private final nl.dichtbij.gemeente.Gemeenten gemeenten;
    private final TransactionTemplate transactie;
    private final Clock clock;

    ParticipatieVanDemozaken(Demoverloop verloop, Participatieladder ladder, nl.dichtbij.gemeente.Gemeenten gemeenten, TransactionTemplate transactie,
                             Clock clock) {
        this.verloop = verloop;
        this.ladder = ladder;
        this.gemeenten = gemeenten;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "participatie";
    }

    @Override
    public void vullen() {
        // asked before the course is worked out, as every later course step does (docs/decisions/0021)
        if (ladder.heeftTreden(Demoverloop.GEMEENTE)) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        List<Demoverloop.Demozaak> volwassenen = verloop.zaken().stream()
                .filter(z -> z.doelgroep() == Doelgroep.WMO && z.gesprek() != null && !z.gesprek().isAfter(vandaag)
                        && nl.dichtbij.participatie.Ladderleeftijd.geldt(java.time.Period.between(z.geboortedatum(), z.gesprek()).getYears())).toList();
        if (volwassenen.isEmpty()) {
            return;
        }
        Gebruiker consulent = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, Demoverloop.GEMEENTE,
                gemeenten.teamVoor(Demoverloop.GEMEENTE, Doelgroep.WMO).id(), null);
        Random toeval = new Random(2020);
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> volwassenen.forEach(z -> {
            int eerste = 1 + toeval.nextInt(3);
            ladder.vastleggen(consulent, z.bsn(), eerste, z.gesprek(), null);
            LocalDate later = z.gesprek().plusMonths(6);
            if (!later.isAfter(vandaag) && toeval.nextInt(10) < 7) {
                int kans = toeval.nextInt(20);
                int tweede = kans < 11 ? Math.min(6, eerste + 1 + toeval.nextInt(2)) : kans < 18 ? eerste : Math.max(1, eerste - 1);
                // the ladder ends at the AOW age (Ladderleeftijd): no second step for someone who reached it in between
                if (nl.dichtbij.participatie.Ladderleeftijd.geldt(java.time.Period.between(z.geboortedatum(), later).getYears())) {
                    ladder.vastleggen(consulent, z.bsn(), tweede, later, null);
                }
            }
        }));
        log.info("Demodoorloop: participatieladder van {} volwassenen (18 tot de AOW-leeftijd) vastgelegd ({} ms)", volwassenen.size(), (System.nanoTime() - begin) / 1_000_000);
    }
}
