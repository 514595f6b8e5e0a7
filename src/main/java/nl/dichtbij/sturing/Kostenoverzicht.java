package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Kostencijfers;
import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost per client and its concentration (issue 17), person-free: per law and product category the clients, what their
 * care in kind (granted on declarations) and PGB cost and the cost per client; how long the trajectories that ended had
 * run; the volume forecast (clients and trajectories) beside the money forecast; and how the spend is spread over
 * households. For the board (bestuur) every count of 1 to 4 is left out with the money that follows from it. The
 * households by name are {@link Kostenranglijst}, for the teamleider only.
 */
@Service
public class Kostenoverzicht {

    /** The classes of a trajectory's length, by days from the start of delivery to its end. */
    public enum Duurklasse {
        KORTER_DAN_3_MAANDEN("Korter dan 3 maanden", 91),
        TOT_6_MAANDEN("3 tot 6 maanden", 183),
        TOT_1_JAAR("6 maanden tot 1 jaar", 365),
        TOT_2_JAAR("1 tot 2 jaar", 730),
        LANGER("2 jaar of langer", Long.MAX_VALUE);

        private final String label;
        private final long totDagen;

        Duurklasse(String label, long totDagen) {
            this.label = label;
            this.totDagen = totDagen;
        }

        public String label() {
            return label;
        }

        static Duurklasse van(long dagen) {
            return Arrays.stream(values()).filter(k -> dagen < k.totDagen).findFirst().orElse(LANGER);
        }
    }

    /**
     * One product category of one law, or the law's total ({@code productcategorie} null, naam "Totaal"). A resident with
     * care in two categories counts in both, and once in the law's total.
     */
    public record Categorie(Wet wet, String productcategorie, String naam, Long clienten, Long zorgInNaturaEuro, Long pgbEuro, Long totaalEuro,
                            Long perClientEuro, List<String> onderdrukt) {
    }

    /** Trajectories of one law that ended in the year in one class of length. */
    public record Duur(Wet wet, Duurklasse klasse, Long trajecten, BigDecimal procent, List<String> onderdrukt) {
    }

    /** Per law the trajectories that ended and the median of their length in days. */
    public record Duurmediaan(Wet wet, Long trajecten, Long mediaanDagen, List<String> onderdrukt) {
    }

    /**
     * One law's volume and money: clients (already in care on 1 January plus those who came in) and new trajectories so
     * far, spend so far (care in kind and PGB), and each forecast for the whole year from the rate of the closed months,
     * as the money forecast of the money page does.
     */
    public record Volume(Wet wet, Long clientenBegin, Long nieuweClienten, Long clientenPrognose, Long trajecten, Long trajectenPrognose,
                         long uitgavenEuro, Long uitgavenPrognoseEuro, List<String> onderdrukt) {
    }

    public record Overzicht(String gemeenteCode, int jaar, int afgeslotenMaanden, boolean onderdrukt, List<Categorie> perCategorie,
                            List<Categorie> perWet, List<Duur> duren, List<Duurmediaan> mediaanDuur, List<Volume> volume,
                            Concentratie concentratie, boolean concentratieOnderdrukt) {
    }

    private final Kostencijfers kosten;
    private final Besluitcijfers besluiten;
    private final Geldoverzicht geld;
    private final Kostenranglijst ranglijst;
    private final Aanbod aanbod;

    Kostenoverzicht(Kostencijfers kosten, Besluitcijfers besluiten, Geldoverzicht geld, Kostenranglijst ranglijst, Aanbod aanbod) {
        this.kosten = kosten;
        this.besluiten = besluiten;
        this.geld = geld;
        this.ranglijst = ranglijst;
        this.aanbod = aanbod;
    }

    /** The user's own municipality; suppressed for the board. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, int jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        Overzicht o = overzicht(gebruiker.gemeenteCode(), jaar);
        return gebruiker.is(Rol.BESTUUR) ? voorHetBestuur(o) : o;
    }

    /** One municipality's figures, not suppressed: callers in this module suppress them for whoever reads (the regional view). */
    Overzicht overzicht(String gemeente, int jaar) {
        // only the money per month for the forecast, not the whole money page with its counts
        return berekenen(kosten, ranglijst, gemeente, jaar, besluiten.pgbPerPersoon(gemeente, jaar), geld.afgeslotenMaanden(jaar),
                geld.uitgavenPerMaand(gemeente, jaar), this::categorienaam);
    }

    /**
     * The page from berichten's figures and the register, given the PGBs, closed months and money per month (what the
     * national benchmark times, with those three empty). Care in kind is counted per category in the database; the residents
     * per law, each once, come from the sum per resident the concentration reads anyway; only the PGB residents' own care in
     * kind is read per resident, to count one with both once. One part after the other on the request's one connection: a
     * page that took a second connection for the ranking would wait for the pool when it is full (issue 24).
     */
    static Overzicht berekenen(Kostencijfers kosten, Kostenranglijst ranglijst, String gemeente, int jaar, List<Besluitcijfers.PgbVanPersoon> pgb,
                               int afgesloten, List<Geldoverzicht.Regel> geldregels, Categorienamen namen) {
        List<Kostencijfers.Categoriesom> natura = kosten.perCategorie(gemeente, jaar);
        List<Kostencijfers.Persoonkosten> naturaVanPgb = pgb.isEmpty() ? List.of()
                : kosten.vanPersonen(gemeente, jaar, pgb.stream().map(Besluitcijfers.PgbVanPersoon::bsn).toList());
        Kostencijfers.Jaarvolume volume = kosten.volume(gemeente, jaar);
        List<Kostencijfers.Traject> trajecten = kosten.beeindigdeTrajecten(gemeente, jaar);
        Sommen perPersoon = ranglijst.perPersoon(gemeente, jaar, pgb, natura.stream().mapToLong(Kostencijfers.Categoriesom::clienten).sum() + pgb.size());
        Concentratie concentratie = ranglijst.concentratie(gemeente, perPersoon);
        return samenstellen(gemeente, jaar, afgesloten, natura, perPersoon.perWet(), pgb, naturaVanPgb, trajecten, volume.perMaand(),
                volume.beginstand(), geldregels, concentratie, namen);
    }

    private String categorienaam(Wet wet, String code) {
        if (code == null) {
            return "Geen categorie";
        }
        return wet.productcategorieLijst() == null ? "Categorie " + code : aanbod.code(wet.productcategorieLijst(), code).map(c -> c.omschrijving() + " (" + code + ")").orElse("Categorie " + code);
    }

    interface Categorienamen {
        String naam(Wet wet, String code);
    }

    /**
     * Everything from the figures the modules gave; a pure calculation, tested with exact numbers. {@code clientenPerWet} are
     * the residents with care in kind or a PGB under each law, each once; {@code naturaVanPgb} the care in kind of the residents
     * with a PGB (at least): a resident with both in one category counts once in it.
     */
    static Overzicht samenstellen(String gemeente, int jaar, int afgesloten, List<Kostencijfers.Categoriesom> natura, Map<Wet, Long> clientenPerWet,
                                  List<Besluitcijfers.PgbVanPersoon> pgb, List<Kostencijfers.Persoonkosten> naturaVanPgb,
                                  List<Kostencijfers.Traject> trajecten, List<Kostencijfers.Maandvolume> volume,
                                  List<Kostencijfers.Beginstand> beginstand, List<Geldoverzicht.Regel> geldregels, Concentratie concentratie,
                                  Categorienamen namen) {
        // per law and category the residents and both kinds of money; a null category key is ""
        Map<Wet, Map<String, Teller>> perCategorie = new EnumMap<>(Wet.class);
        Map<Wet, Teller> perWet = new EnumMap<>(Wet.class);
        for (Kostencijfers.Categoriesom c : natura) {
            teller(perCategorie, c.wet(), c.productcategorie()).natura(c.clienten(), c.centen());
            perWet.computeIfAbsent(c.wet(), w -> new Teller()).natura(0, c.centen());
        }
        // a PGB resident counts in a category where he has no care in kind already
        Set<List<Object>> alGeteld = new HashSet<>();
        naturaVanPgb.forEach(k -> alGeteld.add(List.of(k.bsn(), k.wet(), sleutel(k.productcategorie()))));
        for (Besluitcijfers.PgbVanPersoon p : pgb) {
            teller(perCategorie, p.wet(), p.productcategorie()).pgb(alGeteld.add(List.of(p.bsn(), p.wet(), sleutel(p.productcategorie()))), p.centen());
            perWet.computeIfAbsent(p.wet(), w -> new Teller()).pgb(false, p.centen());
        }
        perWet.forEach((wet, t) -> t.clienten = clientenPerWet.getOrDefault(wet, 0L));
        List<Categorie> categorieen = new ArrayList<>();
        List<Categorie> wetten = new ArrayList<>();
        perWet.forEach((wet, totaal) -> {
            perCategorie.get(wet).forEach((code, t) -> categorieen.add(t.categorie(wet, code.isEmpty() ? null : code,
                    namen.naam(wet, code.isEmpty() ? null : code))));
            wetten.add(totaal.categorie(wet, null, "Totaal"));
        });

        Map<Wet, List<Long>> dagen = new EnumMap<>(Wet.class);
        for (Kostencijfers.Traject t : trajecten) {
            dagen.computeIfAbsent(t.wet(), w -> new ArrayList<>()).add(Math.max(0, ChronoUnit.DAYS.between(t.begin(), t.einde())));
        }
        List<Duur> duren = new ArrayList<>();
        List<Duurmediaan> mediaan = new ArrayList<>();
        dagen.forEach((wet, lijst) -> {
            Map<Duurklasse, Long> perKlasse = new EnumMap<>(Duurklasse.class);
            lijst.forEach(d -> perKlasse.merge(Duurklasse.van(d), 1L, Long::sum));
            for (Duurklasse k : Duurklasse.values()) {
                long aantal = perKlasse.getOrDefault(k, 0L);
                duren.add(new Duur(wet, k, aantal, Stapelingsanalyse.procent(aantal, lijst.size()), List.of()));
            }
            mediaan.add(new Duurmediaan(wet, (long) lijst.size(), Doorloop.percentiel(lijst, 50), List.of()));
        });

        return new Overzicht(gemeente, jaar, afgesloten, false, categorieen, wetten, duren, mediaan,
                volume(afgesloten, volume, beginstand, geldregels), concentratie, false);
    }

    private static List<Volume> volume(int afgesloten, List<Kostencijfers.Maandvolume> volume, List<Kostencijfers.Beginstand> beginstand,
                                       List<Geldoverzicht.Regel> geldregels) {
        // per law: [clients at the start, new clients, of which in closed months, trajectories, of which in closed months, money, of which in closed months]
        Map<Wet, long[]> perWet = new TreeMap<>();
        beginstand.forEach(b -> perWet.computeIfAbsent(b.wet(), w -> new long[7])[0] += b.clienten());
        for (Kostencijfers.Maandvolume m : volume) {
            long[] w = perWet.computeIfAbsent(m.wet(), x -> new long[7]);
            w[1] += m.nieuweClienten();
            w[3] += m.nieuweTrajecten();
            if (m.maand() <= afgesloten) {
                w[2] += m.nieuweClienten();
                w[4] += m.nieuweTrajecten();
            }
        }
        for (Geldoverzicht.Regel r : geldregels) {
            long[] w = perWet.computeIfAbsent(r.wet(), x -> new long[7]);
            w[5] += r.toegekendCenten() + r.pgbCenten();
            if (r.maand() <= afgesloten) {
                w[6] += r.toegekendCenten() + r.pgbCenten();
            }
        }
        List<Volume> regels = new ArrayList<>();
        perWet.forEach((wet, w) -> regels.add(new Volume(wet, w[0], w[1], afgesloten == 0 ? null : w[0] + prognose(w[2], afgesloten), w[3],
                afgesloten == 0 ? null : prognose(w[4], afgesloten), euro(w[5]), afgesloten == 0 ? null : euro(prognose(w[6], afgesloten)), List.of())));
        return regels;
    }

    private static long prognose(long inAfgeslotenMaanden, int afgesloten) {
        return Math.round(inAfgeslotenMaanden * 12.0 / afgesloten);
    }

    private static Teller teller(Map<Wet, Map<String, Teller>> perCategorie, Wet wet, String categorie) {
        return perCategorie.computeIfAbsent(wet, w -> new TreeMap<>()).computeIfAbsent(sleutel(categorie), c -> new Teller());
    }

    private static String sleutel(String categorie) {
        return categorie == null ? "" : categorie;
    }

    /** As the board may see it: every count of 1 to 4 left out, and the money of fewer than 5 residents. */
    static Overzicht voorHetBestuur(Overzicht o) {
        List<Categorie> categorieen = o.perCategorie().stream().map(Kostenoverzicht::categorieVoorHetBestuur).toList();
        List<Categorie> wetten = o.perWet().stream().map(Kostenoverzicht::categorieVoorHetBestuur).toList();
        // one hidden class beside the shown total would follow by subtraction: a law with any small class shows no classes
        java.util.Set<Wet> kleineKlasse = java.util.EnumSet.noneOf(Wet.class);
        o.duren().stream().filter(d -> Wijkcijfers.klein(d.trajecten())).forEach(d -> kleineKlasse.add(d.wet()));
        o.mediaanDuur().stream().filter(m -> Wijkcijfers.klein(m.trajecten())).forEach(m -> kleineKlasse.add(m.wet()));
        List<Duur> duren = o.duren().stream().map(d -> {
            List<String> weg = new ArrayList<>();
            boolean klein = kleineKlasse.contains(d.wet()) && d.trajecten() != null && d.trajecten() > 0;
            return new Duur(d.wet(), d.klasse(), weg(klein, d.trajecten(), "trajecten", weg), weg(klein, d.procent(), "procent", weg), List.copyOf(weg));
        }).toList();
        List<Duurmediaan> mediaan = o.mediaanDuur().stream().map(m -> {
            List<String> weg = new ArrayList<>();
            boolean klein = Wijkcijfers.klein(m.trajecten());
            return new Duurmediaan(m.wet(), weg(klein, m.trajecten(), "trajecten", weg), weg(klein, m.mediaanDagen(), "mediaanDagen", weg),
                    List.copyOf(weg));
        }).toList();
        List<Volume> volume = o.volume().stream().map(v -> {
            List<String> weg = new ArrayList<>();
            return new Volume(v.wet(), weg(Wijkcijfers.klein(v.clientenBegin()), v.clientenBegin(), "clientenBegin", weg),
                    weg(Wijkcijfers.klein(v.nieuweClienten()), v.nieuweClienten(), "nieuweClienten", weg),
                    weg(Wijkcijfers.klein(v.clientenPrognose()), v.clientenPrognose(), "clientenPrognose", weg),
                    weg(Wijkcijfers.klein(v.trajecten()), v.trajecten(), "trajecten", weg),
                    weg(Wijkcijfers.klein(v.trajectenPrognose()), v.trajectenPrognose(), "trajectenPrognose", weg),
                    v.uitgavenEuro(), v.uitgavenPrognoseEuro(), List.copyOf(weg));
        }).toList();
        // a tenth of fewer than 5 households tells what a few residents' care cost
        Concentratie c = o.concentratie();
        boolean concentratieWeg = c.huishoudens() > 0 && c.decielen().stream().anyMatch(d -> d.huishoudens() < Raadsoverzicht.MINIMUM);
        return new Overzicht(o.gemeenteCode(), o.jaar(), o.afgeslotenMaanden(), true, categorieen, wetten, duren, mediaan, volume,
                concentratieWeg ? new Concentratie(c.huishoudens(), c.totaalCenten(), null, 0, null, List.of()) : c, concentratieWeg);
    }

    private static Categorie categorieVoorHetBestuur(Categorie c) {
        List<String> weg = new ArrayList<>();
        boolean klein = Wijkcijfers.klein(c.clienten());
        return new Categorie(c.wet(), c.productcategorie(), c.naam(), weg(klein, c.clienten(), "clienten", weg),
                weg(klein, c.zorgInNaturaEuro(), "zorgInNaturaEuro", weg), weg(klein, c.pgbEuro(), "pgbEuro", weg),
                weg(klein, c.totaalEuro(), "totaalEuro", weg), weg(klein, c.perClientEuro(), "perClientEuro", weg), List.copyOf(weg));
    }

    private static <T> T weg(boolean onderdrukken, T waarde, String veld, List<String> weg) {
        return Onderdrukking.weg(onderdrukken, waarde, veld, weg);
    }

    static long euro(long centen) {
        return Math.round(centen / 100.0);
    }

    /** The residents and money of one law and category, or of one law. */
    private static final class Teller {
        long clienten;
        long natura;
        long pgb;

        void natura(long nieuweClienten, long centen) {
            clienten += nieuweClienten;
            natura += centen;
        }

        void pgb(boolean nieuweClient, long centen) {
            if (nieuweClient) {
                clienten++;
            }
            pgb += centen;
        }

        Categorie categorie(Wet wet, String code, String naam) {
            long n = clienten;
            return new Categorie(wet, code, naam, n, euro(natura), euro(pgb), euro(natura + pgb), n == 0 ? null : euro(Math.round((natura + pgb) / (double) n)),
                    List.of());
        }
    }
}
