package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.dichtbij.berichten.Kostencijfers;
import nl.dichtbij.berichten.Kostencijfers.Beginstand;
import nl.dichtbij.berichten.Kostencijfers.Maandvolume;
import nl.dichtbij.berichten.Kostencijfers.Persoonkosten;
import nl.dichtbij.berichten.Kostencijfers.Traject;
import nl.dichtbij.besluit.Besluitcijfers.PgbVanPersoon;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class KostenoverzichtTest {

    private static final List<Persoonkosten> NATURA = List.of(
            new Persoonkosten("1", Wet.JEUGDWET, "45", 500_000),
            new Persoonkosten("2", Wet.JEUGDWET, "45", 300_000),
            new Persoonkosten("2", Wet.JEUGDWET, "43", 100_000),
            new Persoonkosten("3", Wet.JEUGDWET, "45", 50_000),
            new Persoonkosten("9", Wet.WMO, "02", 100_000));
    private static final List<PgbVanPersoon> PGB = List.of(new PgbVanPersoon("8", Wet.WMO, "02", 120_000), new PgbVanPersoon("9", Wet.WMO, null, 10_000));

    private static Kostenoverzicht.Overzicht overzicht(int afgesloten) {
        List<Traject> trajecten = List.of(
                new Traject(Wet.JEUGDWET, LocalDate.of(2014, 1, 6), LocalDate.of(2014, 3, 31)),
                new Traject(Wet.JEUGDWET, LocalDate.of(2013, 6, 1), LocalDate.of(2014, 6, 30)),
                new Traject(Wet.JEUGDWET, LocalDate.of(2014, 2, 1), LocalDate.of(2014, 5, 1)));
        List<Maandvolume> volume = List.of(new Maandvolume(1, Wet.JEUGDWET, 3, 2), new Maandvolume(7, Wet.JEUGDWET, 6, 4),
                new Maandvolume(2, Wet.WMO, 1, 1));
        List<Beginstand> beginstand = List.of(new Beginstand(Wet.JEUGDWET, 10));
        List<Geldoverzicht.Regel> geld = List.of(new Geldoverzicht.Regel(1, Wet.JEUGDWET, Thema.GROEI, "45", 0, 0, 600_000, 0),
                new Geldoverzicht.Regel(8, Wet.JEUGDWET, Thema.GROEI, "45", 0, 0, 300_000, 0));
        return Kostenoverzicht.samenstellen("0632", 2014, afgesloten, perCategorie(NATURA), clientenPerWet(NATURA, PGB), PGB,
                NATURA.stream().filter(k -> PGB.stream().anyMatch(p -> p.bsn().equals(k.bsn()))).toList(), trajecten, volume, beginstand, geld,
                Concentratie.van(List.of()), (wet, code) -> code == null ? "Geen categorie" : "Categorie " + code);
    }

    @Test
    void costPerClientPerLawAndCategoryCareInKindPlusPgb() {
        Kostenoverzicht.Overzicht o = overzicht(12);
        assertThat(o.perCategorie()).extracting(c -> c.wet() + " " + c.naam() + " " + c.clienten() + " " + c.zorgInNaturaEuro() + " " + c.pgbEuro()
                        + " " + c.totaalEuro() + " " + c.perClientEuro())
                .containsExactly("JEUGDWET Categorie 43 1 1000 0 1000 1000",
                        "JEUGDWET Categorie 45 3 8500 0 8500 2833",
                        "WMO Geen categorie 1 0 100 100 100",
                        "WMO Categorie 02 2 1000 1200 2200 1100");
        assertThat(o.perWet()).extracting(c -> c.wet() + " " + c.naam() + " " + c.clienten() + " " + c.totaalEuro() + " " + c.perClientEuro())
                .as("resident 2 has care in two categories and counts once in the law; 9 has care in kind and a PGB")
                .containsExactly("JEUGDWET Totaal 3 9500 3167", "WMO Totaal 2 2300 1150");
    }

    @Test
    void trajectoryLengthsInClassesAndTheirMedian() {
        Kostenoverzicht.Overzicht o = overzicht(12);
        assertThat(o.duren()).extracting(d -> d.klasse().label() + " " + d.trajecten() + " " + d.procent())
                .as("84 and 89 days are under three months, 394 days between one and two years")
                .containsExactly("Korter dan 3 maanden 2 66.7", "3 tot 6 maanden 0 0.0", "6 maanden tot 1 jaar 0 0.0", "1 tot 2 jaar 1 33.3",
                        "2 jaar of langer 0 0.0");
        assertThat(o.mediaanDuur()).extracting(m -> m.wet() + " " + m.trajecten() + " " + m.mediaanDagen()).containsExactly("JEUGDWET 3 89");
    }

    @Test
    void volumeForecastFromTheClosedMonthsBesideTheMoney() {
        Kostenoverzicht.Overzicht hetJaar = overzicht(12);
        assertThat(hetJaar.volume()).extracting(v -> v.wet() + " " + v.clientenBegin() + " " + v.nieuweClienten() + " " + v.clientenPrognose() + " "
                        + v.trajecten() + " " + v.trajectenPrognose() + " " + v.uitgavenEuro() + " " + v.uitgavenPrognoseEuro())
                .containsExactly("JEUGDWET 10 6 16 9 9 9000 9000", "WMO 0 1 1 1 1 0 0");
        Kostenoverzicht.Overzicht halverwege = overzicht(6);
        assertThat(halverwege.volume().getFirst()).extracting(Kostenoverzicht.Volume::clientenPrognose, Kostenoverzicht.Volume::trajectenPrognose,
                        Kostenoverzicht.Volume::uitgavenPrognoseEuro)
                .as("January's 2 new clients, 3 trajectories and €6,000 in six closed months make 4, 6 and €12,000 in a year; 10 were there already")
                .containsExactly(14L, 6L, 12_000L);
        assertThat(overzicht(0).volume().getFirst().clientenPrognose()).as("no closed month, no forecast").isNull();
    }

    @Test
    void theBoardSeesNoCountUnderFiveNorTheMoneyOfFewerThanFiveResidents() {
        Kostenoverzicht.Overzicht o = Kostenoverzicht.voorHetBestuur(overzicht(12));
        assertThat(o.onderdrukt()).isTrue();
        assertThat(o.perCategorie().get(1)).extracting(Kostenoverzicht.Categorie::clienten, Kostenoverzicht.Categorie::totaalEuro,
                Kostenoverzicht.Categorie::perClientEuro).containsExactly(null, null, null);
        assertThat(o.perCategorie().get(1).onderdrukt()).containsExactly("clienten", "zorgInNaturaEuro", "pgbEuro", "totaalEuro", "perClientEuro");
        assertThat(o.mediaanDuur().getFirst().mediaanDagen()).as("3 trajectories").isNull();
        assertThat(o.volume().getFirst()).extracting(Kostenoverzicht.Volume::clientenBegin, Kostenoverzicht.Volume::nieuweClienten,
                Kostenoverzicht.Volume::trajecten, Kostenoverzicht.Volume::uitgavenEuro).containsExactly(10L, 6L, 9L, 9000L);
    }

    /** What berichten counts in the database (a year sum is one per resident, law and category), from the rows per resident. */
    static List<Kostencijfers.Categoriesom> perCategorie(List<Persoonkosten> natura) {
        Map<List<Object>, long[]> perCategorie = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Persoonkosten k : natura) {
            long[] som = perCategorie.computeIfAbsent(List.of(k.wet(), k.productcategorie()), x -> new long[2]);
            som[0]++;
            som[1] += k.centen();
        }
        List<Kostencijfers.Categoriesom> categorieen = new ArrayList<>();
        perCategorie.forEach((s, som) -> categorieen.add(new Kostencijfers.Categoriesom((Wet) s.get(0), (String) s.get(1), som[0], som[1])));
        return categorieen;
    }

    /** The residents per law as {@link Kostenranglijst#perPersoon} counts them: every resident's rows and PGBs into one table. */
    static Map<Wet, Long> clientenPerWet(List<Persoonkosten> natura, List<PgbVanPersoon> pgb) {
        Sommen sommen = new Sommen(16);
        natura.forEach(k -> sommen.telOp(k.bsn(), k.wet(), k.centen()));
        pgb.forEach(p -> sommen.telOp(p.bsn(), p.wet(), p.centen()));
        return sommen.perWet();
    }

    /**
     * The figures as they were computed before issue 24, with every resident's row in the application: a set of residents per
     * law and category. The reference the counts from the database must equal.
     */
    static List<String> perResidentGeteld(List<Persoonkosten> natura, List<PgbVanPersoon> pgb) {
        Map<Wet, Map<String, Set<String>>> wie = new EnumMap<>(Wet.class);
        Map<Wet, Map<String, long[]>> geld = new EnumMap<>(Wet.class);
        Map<Wet, Set<String>> wieInWet = new EnumMap<>(Wet.class);
        Map<Wet, long[]> geldInWet = new EnumMap<>(Wet.class);
        for (Persoonkosten k : natura) {
            String c = k.productcategorie() == null ? "" : k.productcategorie();
            wie.computeIfAbsent(k.wet(), w -> new TreeMap<>()).computeIfAbsent(c, x -> new HashSet<>()).add(k.bsn());
            geld.computeIfAbsent(k.wet(), w -> new TreeMap<>()).computeIfAbsent(c, x -> new long[2])[0] += k.centen();
            wieInWet.computeIfAbsent(k.wet(), w -> new HashSet<>()).add(k.bsn());
            geldInWet.computeIfAbsent(k.wet(), w -> new long[2])[0] += k.centen();
        }
        for (PgbVanPersoon p : pgb) {
            String c = p.productcategorie() == null ? "" : p.productcategorie();
            wie.computeIfAbsent(p.wet(), w -> new TreeMap<>()).computeIfAbsent(c, x -> new HashSet<>()).add(p.bsn());
            geld.computeIfAbsent(p.wet(), w -> new TreeMap<>()).computeIfAbsent(c, x -> new long[2])[1] += p.centen();
            wieInWet.computeIfAbsent(p.wet(), w -> new HashSet<>()).add(p.bsn());
            geldInWet.computeIfAbsent(p.wet(), w -> new long[2])[1] += p.centen();
        }
        List<String> regels = new ArrayList<>();
        wieInWet.forEach((wet, inWet) -> {
            wie.get(wet).forEach((c, bsns) -> regels.add(regel(wet, c.isEmpty() ? null : c, bsns.size(), geld.get(wet).get(c))));
            regels.add(regel(wet, "Totaal", inWet.size(), geldInWet.get(wet)));
        });
        return regels;
    }

    private static String regel(Wet wet, String categorie, long clienten, long[] centen) {
        long totaal = centen[0] + centen[1];
        return wet + " " + categorie + " " + clienten + " " + Kostenoverzicht.euro(centen[0]) + " " + Kostenoverzicht.euro(centen[1]) + " "
                + Kostenoverzicht.euro(totaal) + " " + (clienten == 0 ? null : Kostenoverzicht.euro(Math.round(totaal / (double) clienten)));
    }

    @Test
    void theCountsFromTheDatabaseSumsEqualTheCountsPerResident() {
        // a municipality at random: residents with care in kind in one or more categories of one or both laws, some with a PGB
        // in a category where they have care in kind too, in another category, without a category, or without care in kind
        java.util.Random toeval = new java.util.Random(24);
        String[] categorieen = {"01", "02", "05", "43", "45", "54"};
        for (int ronde = 0; ronde < 20; ronde++) {
            Map<List<Object>, Long> natura = new java.util.LinkedHashMap<>();
            Map<List<Object>, Long> pgb = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 300; i++) {
                String bsn = String.valueOf(100_000_000 + toeval.nextInt(400));
                Wet wet = toeval.nextBoolean() ? Wet.JEUGDWET : Wet.WMO;
                String categorie = categorieen[toeval.nextInt(categorieen.length)];
                if (toeval.nextInt(5) == 0) {
                    pgb.merge(Arrays.asList(bsn, wet, toeval.nextInt(6) == 0 ? null : categorie), (long) toeval.nextInt(500_000), Long::sum);
                } else {
                    natura.merge(List.of(bsn, wet, categorie), (long) toeval.nextInt(500_000) - 10_000, Long::sum);
                }
            }
            List<Persoonkosten> naturaRijen = natura.entrySet().stream()
                    .map(e -> new Persoonkosten((String) e.getKey().get(0), (Wet) e.getKey().get(1), (String) e.getKey().get(2), e.getValue())).toList();
            List<PgbVanPersoon> pgbRijen = pgb.entrySet().stream()
                    .map(e -> new PgbVanPersoon((String) e.getKey().get(0), (Wet) e.getKey().get(1), (String) e.getKey().get(2), e.getValue())).toList();
            Set<String> metPgb = new HashSet<>(pgbRijen.stream().map(PgbVanPersoon::bsn).toList());
            Kostenoverzicht.Overzicht o = Kostenoverzicht.samenstellen("0632", 2026, 12, perCategorie(naturaRijen),
                    clientenPerWet(naturaRijen, pgbRijen), pgbRijen,
                    naturaRijen.stream().filter(k -> metPgb.contains(k.bsn())).toList(), List.of(), List.of(), List.of(), List.of(),
                    Concentratie.van(List.of()), (wet, code) -> code);
            List<String> nieuw = new ArrayList<>();
            for (Wet wet : Wet.values()) {
                o.perCategorie().stream().filter(c -> c.wet() == wet).forEach(c -> nieuw.add(regel(c, c.productcategorie())));
                o.perWet().stream().filter(c -> c.wet() == wet).forEach(c -> nieuw.add(regel(c, "Totaal")));
            }
            assertThat(nieuw).as("ronde " + ronde).containsExactlyElementsOf(perResidentGeteld(naturaRijen, pgbRijen));
        }
    }

    private static String regel(Kostenoverzicht.Categorie c, String categorie) {
        return c.wet() + " " + categorie + " " + c.clienten() + " " + c.zorgInNaturaEuro() + " "
                + c.pgbEuro() + " " + c.totaalEuro() + " " + c.perClientEuro();
    }
}
