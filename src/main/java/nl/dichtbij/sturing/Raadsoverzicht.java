package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.programma.Enquete;
import nl.dichtbij.programma.Enquetes;
import nl.dichtbij.programma.Uitslag;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview for the council: few numbers, no personal data, and every count under 5 left out
 * (shown as "minder dan 5"), so no resident can be recognised in a small kern.
 */
@Service
public class Raadsoverzicht {

    public static final int MINIMUM = 5;
    /** The first year of the decentralisations' figures (the evaluation's 2015-2017). */
    public static final int EERSTE_JAAR = 2015;

    private final Stapelingsanalyse stapeling;
    private final Geldoverzicht geld;
    private final Enquetes enquetes;
    private final Clock clock;

    Raadsoverzicht(Stapelingsanalyse stapeling, Geldoverzicht geld, Enquetes enquetes, Clock clock) {
        this.stapeling = stapeling;
        this.geld = geld;
        this.enquetes = enquetes;
        this.clock = clock;
    }

    /** Households with 3 or more provisions in one kern; both null when fewer than 5 (suppressed). */
    public record Kern(String kern, long huishoudens, Long drieOfMeer, BigDecimal perDuizend) {
    }

    public record Themaregel(String thema, Long budgetEuro, Long prognoseEuro, Long procentVanBudget, boolean waarschuwing) {
    }

    /** One programme goal from the survey; percentage null when suppressed. */
    public record Ervaring(String indicator, BigDecimal percentageEens, int doel, Integer respondenten, Boolean doelGehaald) {
    }

    public record Overzicht(String gemeenteCode, int stapelingsjaar, BigDecimal drieOfMeerPerDuizend, Long huishoudensDrieOfMeer, List<Kern> perKern,
                            int geldjaar, int afgeslotenMaanden, List<Themaregel> themas, long budgetEuro, long prognoseEuro,
                            Integer enquetejaar, Integer respondenten, List<Ervaring> ervaring) {
    }

    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, Integer jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        return overzicht(gebruiker.gemeenteCode(), jaar);
    }

    /** The same figures for one municipality, as the open data publishes them (no login: only what the council may see). */
    Overzicht overzicht(String gemeente, Integer jaar) {
        int dit = LocalDate.now(clock).getYear();
        Stapeling s = jaar != null ? stapeling.analyse(gemeente, jaar) : laatsteJaarMetGegevens(gemeente, dit);
        List<Kern> kernen = new ArrayList<>();
        for (Stapeling.Gebied g : s.perKern()) {
            boolean klein = g.drieOfMeer() < MINIMUM;
            kernen.add(new Kern(g.kern(), g.huishoudens(), klein ? null : g.drieOfMeer(), klein ? null : g.drieOfMeerPerDuizend()));
        }
        Long totaalDrieOfMeer = s.huishoudensDrieOfMeer() < MINIMUM ? null : s.huishoudensDrieOfMeer();

        Geldoverzicht.Overzicht o = geld.overzicht(gemeente, dit);
        List<Themaregel> themas = new ArrayList<>();
        long budget = 0;
        long prognose = 0;
        for (Geldoverzicht.Themajaar t : o.themas()) {
            themas.add(new Themaregel(t.thema().label(), euro(t.budgetCenten()), euro(t.prognoseCenten()), t.prognoseProcent(), t.waarschuwing()));
            budget += t.budgetCenten() == null ? 0 : t.budgetCenten();
            prognose += t.prognoseCenten() == null ? 0 : t.prognoseCenten();
        }

        Integer enquetejaar = null;
        Integer respondenten = null;
        List<Ervaring> ervaring = new ArrayList<>();
        Enquete laatste = enquetes.enquetes(gemeente).stream().filter(e -> e.status() == Enquete.Status.GESLOTEN).findFirst().orElse(null);
        if (laatste != null) {
            Uitslag u = enquetes.uitslag(gemeente, laatste.jaar());
            enquetejaar = laatste.jaar();
            respondenten = u.onderdrukt() ? null : u.respondenten();
            for (Uitslag.Resultaat r : u.resultaten()) {
                ervaring.add(new Ervaring(r.vraag().indicator(), r.onderdrukt() ? null : r.percentageEens(), r.vraag().doel(),
                        r.onderdrukt() ? null : r.respondenten(), r.onderdrukt() ? null : r.doelGehaald()));
            }
        }
        return new Overzicht(gemeente, s.jaar(), totaalDrieOfMeer == null ? null : s.drieOfMeerPerDuizend(), totaalDrieOfMeer, kernen, dit,
                o.afgeslotenMaanden(), themas, euro(budget), euro(prognose), enquetejaar, respondenten, ervaring);
    }

    /** The latest complete year with enough households with 3 or more provisions to show the figure; last year when there is none. */
    private Stapeling laatsteJaarMetGegevens(String gemeente, int dit) {
        for (int jaar = dit - 1; jaar >= EERSTE_JAAR; jaar--) {
            Stapeling s = stapeling.analyse(gemeente, jaar);
            if (s.huishoudensDrieOfMeer() >= MINIMUM) {
                return s;
            }
        }
        return stapeling.analyse(gemeente, dit - 1);
    }

    /** The years the council can choose, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<Integer> jaren() {
        int dit = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(EERSTE_JAAR, dit - 1).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static Long euro(Long centen) {
        return centen == null ? null : Math.round(centen / 100.0);
    }
}
