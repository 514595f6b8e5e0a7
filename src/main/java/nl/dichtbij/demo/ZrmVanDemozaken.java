package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;
import nl.dichtbij.zrm.ZrmMeting.GeenScore;
import nl.dichtbij.zrm.ZrmMeting.Moment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ZRM of the demo cases (issue 18), so the outcome monitor has something to show: every case that had its gesprek was
 * scored at intake by the consulent and mostly by the resident himself; a case whose care ended has its closing scoring, one
 * still in care after three months a tussentijdse. Two to four domains are the problem at intake and improve most; residents
 * rate themselves a little higher on average, as seed 003 observes. Deterministic (fixed seed), through the zrm module's API.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ZrmVanDemozaken implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(ZrmVanDemozaken.class);
    /** What troubles a child who lives at home: school, free time, the family, his mood, friends; not housing or money. */
    private static final List<ZrmDomein> JEUGD = List.of(ZrmDomein.WERK_OPLEIDING, ZrmDomein.TIJDSBESTEDING, ZrmDomein.HUISELIJKE_RELATIES,
            ZrmDomein.GEESTELIJKE_GEZONDHEID, ZrmDomein.SOCIAAL_NETWERK, ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE);

    private final Demoverloop verloop;
    private final Zrm zrm;
    private final TransactionTemplate transactie;
    private final Clock clock;

    ZrmVanDemozaken(Demoverloop verloop, Zrm zrm, TransactionTemplate transactie, Clock clock) {
        this.verloop = verloop;
        this.zrm = zrm;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "doorloop-zrm";
    }

    @Override
    public void vullen() {
        // asked before the course: working the course out again on a later start would take over again the demo cases that
        // tests or users changed since (docs/decisions/0021)
        if (zrm.vastgelegdDoor(Demoverloop.GEMEENTE, Verloopstappen.BRON)) {
            return;
        }
        List<Demoverloop.Demozaak> gesproken = verloop.zaken().stream().filter(z -> z.gesprek() != null).toList();
        if (gesproken.isEmpty()) {
            return;
        }
        long begin = System.nanoTime();
        LocalDate vandaag = LocalDate.now(clock);
        Random toeval = new Random(6323);
        transactie.executeWithoutResult(s -> gesproken.forEach(z -> scoren(z, vandaag, toeval)));
        log.info("Demodoorloop: ZRM van {} zaken vastgelegd ({} ms)", gesproken.size(), (System.nanoTime() - begin) / 1_000_000);
    }

    private void scoren(Demoverloop.Demozaak z, LocalDate vandaag, Random toeval) {
        Map<ZrmDomein, GeenScore> geen = new EnumMap<>(ZrmDomein.class);
        boolean kind = z.geboortedatum().isAfter(z.gesprek().minusYears(18));
        if (z.geboortedatum().isAfter(z.gesprek().minusYears(16))) {
            geen.put(ZrmDomein.FINANCIEN, GeenScore.NIET_VAN_TOEPASSING); // a child's money is his parents'; school is werk & opleiding
        }
        if (toeval.nextInt(10) == 0) {
            geen.put(ZrmDomein.JUSTITIE, GeenScore.ONBEKEND);
        }
        Map<ZrmDomein, Integer> intake = new EnumMap<>(ZrmDomein.class);
        Map<ZrmDomein, Boolean> probleem = new EnumMap<>(ZrmDomein.class);
        int problemen = 2 + toeval.nextInt(3);
        for (ZrmDomein d : ZrmDomein.values()) {
            probleem.put(d, false);
        }
        List<ZrmDomein> mogelijk = kind ? JEUGD : List.of(ZrmDomein.values());
        for (int i = 0; i < problemen; i++) {
            probleem.put(mogelijk.get(toeval.nextInt(mogelijk.size())), true);
        }
        for (ZrmDomein d : ZrmDomein.values()) {
            if (!geen.containsKey(d)) {
                intake.put(d, probleem.get(d) ? 1 + toeval.nextInt(2) : 3 + toeval.nextInt(2) + (toeval.nextInt(6) == 0 ? 1 : 0));
            }
        }
        boolean zelf = toeval.nextInt(10) < 7;
        vastleggen(z, Door.PROFESSIONAL, Moment.INTAKE, z.gesprek(), intake, geen);
        if (zelf) {
            vastleggen(z, Door.INWONER, Moment.INTAKE, z.gesprek(), zelf(intake, toeval), geen);
        }
        LocalDate tussentijds = z.start() == null ? null : z.start().plusMonths(3);
        boolean afgelopen = z.eindeZorg() != null && z.eindeZorg().isBefore(vandaag);
        if (afgelopen) {
            Map<ZrmDomein, Integer> slot = verder(intake, probleem, toeval, 1.0);
            vastleggen(z, Door.PROFESSIONAL, Moment.AFSLUITING, z.eindeZorg(), slot, geen);
            if (zelf) {
                vastleggen(z, Door.INWONER, Moment.AFSLUITING, z.eindeZorg(), zelf(slot, toeval), geen);
            }
        } else if (tussentijds != null && tussentijds.isBefore(vandaag)) {
            Map<ZrmDomein, Integer> tussen = verder(intake, probleem, toeval, 0.5);
            vastleggen(z, Door.PROFESSIONAL, Moment.TUSSENTIJDS, tussentijds, tussen, geen);
            if (zelf) {
                vastleggen(z, Door.INWONER, Moment.TUSSENTIJDS, tussentijds, zelf(tussen, toeval), geen);
            }
        }
    }

    private void vastleggen(Demoverloop.Demozaak z, Door door, Moment moment, LocalDate datum, Map<ZrmDomein, Integer> scores,
                            Map<ZrmDomein, GeenScore> geen) {
        zrm.vastleggen(Demoverloop.GEMEENTE, z.bsn(), z.zaakId(), null, door, moment, datum, Verloopstappen.BRON, scores, geen);
    }

    /** The problem domains mostly improve by one or two; the rest mostly stays; now and then one goes back. */
    private static Map<ZrmDomein, Integer> verder(Map<ZrmDomein, Integer> intake, Map<ZrmDomein, Boolean> probleem, Random toeval, double deel) {
        Map<ZrmDomein, Integer> later = new EnumMap<>(ZrmDomein.class);
        intake.forEach((d, score) -> {
            int kans = toeval.nextInt(100);
            int stap = probleem.get(d) ? (kans < 40 ? 2 : kans < 75 ? 1 : kans < 95 ? 0 : -1) : (kans < 10 ? 1 : kans < 95 ? 0 : -1);
            later.put(d, grens(score + (int) Math.round(stap * deel)));
        });
        return later;
    }

    /** The resident's own view: the same or one higher more often than one lower. */
    private static Map<ZrmDomein, Integer> zelf(Map<ZrmDomein, Integer> professional, Random toeval) {
        Map<ZrmDomein, Integer> zelf = new EnumMap<>(ZrmDomein.class);
        professional.forEach((d, score) -> {
            int kans = toeval.nextInt(100);
            zelf.put(d, grens(score + (kans < 45 ? 1 : kans < 92 ? 0 : -1)));
        });
        return zelf;
    }

    private static int grens(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
