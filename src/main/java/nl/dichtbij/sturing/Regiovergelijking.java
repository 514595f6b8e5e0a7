package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Regio;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional view (issue 21): the member municipalities of the signed-in region's account side by side, person-free and
 * suppressed as for the council (no count under 5, and nothing computed from such a count). Composed from this module's own
 * steering calculations — {@link Stapelingsanalyse}, {@link Kostenoverzicht}, {@link Doorloop} — per municipality, so the
 * region sees the same figures each municipality's board sees, never a list behind them.
 */
@Service
public class Regiovergelijking {

    private final Gemeenten gemeenten;
    private final Stapelingsanalyse stapeling;
    private final Kostenoverzicht kosten;
    private final Doorloop doorloop;
    private final Clock clock;

    Regiovergelijking(Gemeenten gemeenten, Stapelingsanalyse stapeling, Kostenoverzicht kosten, Doorloop doorloop, Clock clock) {
        this.gemeenten = gemeenten;
        this.stapeling = stapeling;
        this.kosten = kosten;
        this.doorloop = doorloop;
        this.clock = clock;
    }

    /** A member municipality: one column of the comparison. */
    public record Kolom(String code, String naam) {
    }

    /**
     * One figure of one municipality. {@code waarde} null and {@code onderdrukt} true: left out because it rests on fewer than 5;
     * {@code waarde} null and not {@code onderdrukt}: there is nothing to compute it from. {@code aantal} is the count the value
     * rests on where the table shows it (e.g. the starts behind a waiting time), itself never under 5.
     */
    public record Cel(Number waarde, Long aantal, boolean onderdrukt) {
        static final Cel LEEG = new Cel(null, null, false);

        /** The value as a Dutch reader writes it: a whole number with a point per thousand (7.159), a fraction with one decimal (44,9). */
        public String tekst() {
            if (waarde == null) {
                return null;
            }
            var symbolen = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL"));
            boolean geheel = waarde instanceof Integer || waarde instanceof Long || waarde instanceof Short;
            return new java.text.DecimalFormat(geheel ? "#,##0" : "#,##0.0", symbolen).format(waarde);
        }
    }

    /** One row: what is measured, and a cell per member municipality in the order of the columns. */
    public record Rij(String wat, String eenheid, List<Cel> cellen) {
    }

    public record Vergelijking(String regioCode, String regioNaam, int jaar, List<Integer> jaren, List<Kolom> gemeenten, List<Rij> stapeling,
                               List<Rij> kosten, List<Rij> uitstroom, List<Rij> doorlooptijden, List<Rij> wachttijden) {
    }

    /** The years to choose from, newest first: from the decentralisations' first year up to this year. */
    public List<Integer> jaren() {
        int dit = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(Raadsoverzicht.EERSTE_JAAR, dit).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    /** The comparison for a region's account; {@code jaar} null is this year (so far). */
    @Transactional(readOnly = true)
    public Vergelijking vergelijking(Gebruiker gebruiker, Integer jaar) {
        if (gebruiker == null || !gebruiker.is(Rol.REGIO)) {
            throw new AccessDeniedException("Alleen een account van de regio");
        }
        Regio regio = gemeenten.regioVanAccount(gebruiker.gebruikersnaam())
                .orElseThrow(() -> new AccessDeniedException("Dit account hoort bij geen regio"));
        int gekozen = jaar == null || !jaren().contains(jaar) ? LocalDate.now(clock).getYear() : jaar;
        List<Gemeente> leden = regio.gemeenten();
        List<Stapeling> stapelingen = new ArrayList<>();
        List<Kostenoverzicht.Overzicht> kostenoverzichten = new ArrayList<>();
        List<Doorloop.Overzicht> doorlopen = new ArrayList<>();
        for (Gemeente g : leden) {
            stapelingen.add(stapeling.analyse(g.code(), gekozen));
            kostenoverzichten.add(kosten.overzicht(g.code(), gekozen));
            doorlopen.add(doorloop.overzicht(g.code(), gekozen));
        }
        return new Vergelijking(regio.code(), regio.naam(), gekozen, jaren(), leden.stream().map(g -> new Kolom(g.code(), g.naam())).toList(),
                stapelingsrijen(stapelingen), kostenrijen(kostenoverzichten), uitstroomrijen(kostenoverzichten, doorlopen),
                doorlooprijen(doorlopen), wachttijdrijen(doorlopen));
    }

    /** A count as the region may see it: under 5 left out. */
    static Cel aantal(Long aantal) {
        if (aantal == null) {
            return Cel.LEEG;
        }
        List<String> weg = new ArrayList<>();
        Long getoond = Onderdrukking.weg(aantal < Raadsoverzicht.MINIMUM, aantal, "aantal", weg);
        return new Cel(getoond, null, !weg.isEmpty());
    }

    /** A figure computed from a count: left out with that count. */
    static Cel afgeleid(Number waarde, Long grondslag) {
        if (waarde == null || grondslag == null) {
            return Cel.LEEG;
        }
        List<String> weg = new ArrayList<>();
        Number getoond = Onderdrukking.weg(grondslag < Raadsoverzicht.MINIMUM, waarde, "waarde", weg);
        return new Cel(getoond, weg.isEmpty() ? grondslag : null, !weg.isEmpty());
    }

    static List<Rij> stapelingsrijen(List<Stapeling> stapelingen) {
        List<Cel> aantallen = new ArrayList<>();
        List<Cel> perDuizend = new ArrayList<>();
        for (Stapeling s : stapelingen) {
            aantallen.add(aantal(s.huishoudensDrieOfMeer()));
            perDuizend.add(afgeleid(s.drieOfMeerPerDuizend(), s.huishoudensDrieOfMeer()));
        }
        return List.of(new Rij("Huishoudens met 3 of meer voorzieningen", "aantal", aantallen),
                new Rij("Huishoudens met 3 of meer voorzieningen per 1.000 huishoudens", "per 1.000", perDuizend));
    }

    static List<Rij> kostenrijen(List<Kostenoverzicht.Overzicht> overzichten) {
        TreeSet<Wet> wetten = new TreeSet<>();
        overzichten.forEach(o -> o.perWet().forEach(c -> wetten.add(c.wet())));
        List<Rij> rijen = new ArrayList<>();
        for (Wet wet : wetten) {
            List<Cel> clienten = new ArrayList<>();
            List<Cel> perClient = new ArrayList<>();
            for (Kostenoverzicht.Overzicht o : overzichten) {
                Kostenoverzicht.Categorie c = o.perWet().stream().filter(x -> x.wet() == wet).findFirst().orElse(null);
                clienten.add(c == null ? Cel.LEEG : aantal(c.clienten()));
                perClient.add(c == null ? Cel.LEEG : afgeleid(c.perClientEuro(), c.clienten()));
            }
            rijen.add(new Rij("Cliënten " + wet.label(), "aantal", clienten));
            rijen.add(new Rij("Kosten per cliënt " + wet.label(), "euro", perClient));
        }
        return rijen;
    }

    /**
     * Outflow: the deliveries that stopped in the year (the stop messages, as the flow page counts them) against the clients with
     * care in the year (as the cost page counts them), per 100 clients.
     */
    static List<Rij> uitstroomrijen(List<Kostenoverzicht.Overzicht> overzichten, List<Doorloop.Overzicht> doorlopen) {
        List<Cel> gestopt = new ArrayList<>();
        List<Cel> clienten = new ArrayList<>();
        List<Cel> per100 = new ArrayList<>();
        for (int i = 0; i < overzichten.size(); i++) {
            long uit = doorlopen.get(i).uitstroom().stream().mapToLong(Doorloop.Uitstroom::aantal).sum();
            long metZorg = overzichten.get(i).perWet().stream().mapToLong(c -> c.clienten() == null ? 0 : c.clienten()).sum();
            gestopt.add(aantal(uit));
            clienten.add(aantal(metZorg));
            BigDecimal percentage = metZorg == 0 ? null : BigDecimal.valueOf(100.0 * uit / metZorg).setScale(1, RoundingMode.HALF_UP);
            per100.add(afgeleid(percentage, Math.min(uit, metZorg)));
        }
        return List.of(new Rij("Gestopte leveringen", "aantal", gestopt), new Rij("Cliënten met zorg", "aantal", clienten),
                new Rij("Uitstroom per 100 cliënten", "per 100", per100));
    }

    /** Per step of the flow the median days, over the cases that made the step; left out under 5 cases. */
    static List<Rij> doorlooprijen(List<Doorloop.Overzicht> doorlopen) {
        Map<String, List<Cel>> perStap = new LinkedHashMap<>();
        for (Doorloop.Overzicht o : doorlopen) {
            for (Doorloop.Stap s : o.stappen()) {
                perStap.computeIfAbsent(s.van() + " → " + s.naar(), k -> new ArrayList<>()).add(afgeleid(s.mediaanDagen(), s.aantal()));
            }
        }
        List<Rij> rijen = new ArrayList<>();
        perStap.forEach((stap, cellen) -> rijen.add(new Rij(stap, "mediaan in dagen", cellen)));
        return rijen;
    }

    /** Per provider the median days from toewijzing to start in each municipality; left out under 5 starts, empty without starts there. */
    static List<Rij> wachttijdrijen(List<Doorloop.Overzicht> doorlopen) {
        Map<String, Cel[]> perAanbieder = new TreeMap<>();
        for (int i = 0; i < doorlopen.size(); i++) {
            for (Doorloop.Wachttijd w : doorlopen.get(i).wachttijden()) {
                Cel[] cellen = perAanbieder.computeIfAbsent(w.aanbieder(), k -> new Cel[doorlopen.size()]);
                cellen[i] = afgeleid(w.mediaanDagen(), w.starts());
            }
        }
        List<Rij> rijen = new ArrayList<>();
        perAanbieder.forEach((aanbieder, cellen) -> {
            List<Cel> lijst = new ArrayList<>();
            for (Cel c : cellen) {
                lijst.add(c == null ? Cel.LEEG : c);
            }
            rijen.add(new Rij(aanbieder, "mediaan in dagen", lijst));
        });
        return rijen;
    }
}
