package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.dichtbij.berichten.Verwijzercijfers;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrers (issue 17): per year and law the share of new toewijzingen, of their clients and of the granted spend per
 * referrer type (COD327; the municipality's own decisions are "Gemeente", toewijzingen taken over without a referrer
 * "Onbekend"), the toewijzingen and clients per GP practice, and the municipality's share over the last five years.
 * Person-free, from berichten's {@link Verwijzercijfers}. For the board (bestuur) every count of 1 to 4 is left out
 * (null, the field named in {@code onderdrukt}), with the share and the money that follow from it.
 */
@Service
public class Verwijzeroverzicht {

    /** How many years the trend of the municipal share covers, the chosen one included. */
    public static final int TRENDJAREN = 5;

    /**
     * One referrer type under one law, or the law's total ({@code verwijzertype} null, naam "Totaal"; in {@link Overzicht#totalen()}).
     * {@code verwijzertype} is the COD327 code, null for an unknown referrer. Shares are of the law's total in the year; a
     * client referred twice by different kinds of referrer counts under both, so the client shares can add up to more than 100.
     */
    public record Typecijfers(Wet wet, String verwijzertype, String naam, Long toewijzingen, BigDecimal procentToewijzingen, Long clienten,
                              BigDecimal procentClienten, Long toegekendEuro, BigDecimal procentToegekend, List<String> onderdrukt) {
    }

    /** A GP practice (the referrer's AGB code and name as the providers gave them) and the new toewijzingen and clients it referred. */
    public record Huisartscijfers(Wet wet, String agbCode, String naam, Long toewijzingen, Long clienten, List<String> onderdrukt) {
    }

    /** One year of the trend: new toewijzingen under the law and those after a decision of the municipality. */
    public record Trendcijfers(int jaar, Wet wet, Long toewijzingen, Long gemeente, BigDecimal procentGemeente, List<String> onderdrukt) {
    }

    public record Overzicht(String gemeenteCode, int jaar, boolean onderdrukt, List<Typecijfers> perType, List<Typecijfers> totalen,
                            List<Huisartscijfers> perHuisarts, List<Trendcijfers> trend) {
    }

    private final Verwijzercijfers cijfers;

    Verwijzeroverzicht(Verwijzercijfers cijfers) {
        this.cijfers = cijfers;
    }

    /** The user's own municipality; suppressed for the board. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, int jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        Overzicht o = samenstellen(gebruiker.gemeenteCode(), jaar, cijfers.perType(gebruiker.gemeenteCode(), jaar),
                cijfers.perHuisarts(gebruiker.gemeenteCode(), jaar), cijfers.trend(gebruiker.gemeenteCode(), jaar, TRENDJAREN));
        return gebruiker.is(Rol.BESTUUR) ? voorHetBestuur(o) : o;
    }

    /** The figures with their shares: per law (Jeugdwet first), the referrer types in COD327 order and the unknown last. */
    static Overzicht samenstellen(String gemeenteCode, int jaar, Verwijzercijfers.Typen typen, List<Verwijzercijfers.Praktijk> praktijken,
                                  List<Verwijzercijfers.Trendjaar> trendjaren) {
        List<Typecijfers> perType = new ArrayList<>();
        List<Typecijfers> totalen = new ArrayList<>();
        for (Verwijzercijfers.Totaal t : typen.totalen()) {
            typen.perType().stream().filter(p -> p.wet() == t.wet()).sorted(Comparator.comparingInt(p -> volgorde(p.verwijzerType())))
                    .forEach(p -> perType.add(new Typecijfers(p.wet(), p.verwijzerType(), Verwijzertype.label(p.verwijzerType()), p.toewijzingen(),
                            Stapelingsanalyse.procent(p.toewijzingen(), t.toewijzingen()), p.clienten(),
                            Stapelingsanalyse.procent(p.clienten(), t.clienten()), euro(p.toegekendCenten()),
                            Stapelingsanalyse.procent(p.toegekendCenten(), t.toegekendCenten()), List.of())));
            totalen.add(new Typecijfers(t.wet(), null, "Totaal", t.toewijzingen(), null, t.clienten(), null, euro(t.toegekendCenten()), null, List.of()));
        }
        List<Huisartscijfers> perHuisarts = praktijken.stream()
                .map(p -> new Huisartscijfers(p.wet(), p.code(), p.naam(), p.toewijzingen(), p.clienten(), List.of())).toList();
        List<Trendcijfers> trend = new ArrayList<>();
        for (Wet wet : List.of(Wet.JEUGDWET, Wet.WMO)) {
            if (trendjaren.stream().noneMatch(t -> t.wet() == wet)) {
                continue;
            }
            for (int j = jaar - TRENDJAREN + 1; j <= jaar; j++) {
                int dit = j;
                var t = trendjaren.stream().filter(r -> r.wet() == wet && r.jaar() == dit).findFirst()
                        .orElse(new Verwijzercijfers.Trendjaar(j, wet, 0, 0));
                trend.add(new Trendcijfers(j, wet, t.toewijzingen(), t.gemeente(), Stapelingsanalyse.procent(t.gemeente(), t.toewijzingen()), List.of()));
            }
        }
        return new Overzicht(gemeenteCode, jaar, false, perType, totalen, perHuisarts, trend);
    }

    /** As the board may see it: every count of 1 to 4 left out, with its share, and the money of fewer than 5 clients. */
    static Overzicht voorHetBestuur(Overzicht o) {
        List<Typecijfers> totalen = o.totalen().stream().map(t -> typeVoorHetBestuur(t, t)).toList();
        List<Typecijfers> perType = o.perType().stream()
                .map(p -> typeVoorHetBestuur(p, totalen.stream().filter(t -> t.wet() == p.wet()).findFirst().orElseThrow())).toList();
        List<Huisartscijfers> huisartsen = o.perHuisarts().stream().map(h -> {
            List<String> weg = new ArrayList<>();
            return new Huisartscijfers(h.wet(), h.agbCode(), h.naam(), weg(klein(h.toewijzingen()), h.toewijzingen(), "toewijzingen", weg),
                    weg(klein(h.clienten()), h.clienten(), "clienten", weg), List.copyOf(weg));
        }).toList();
        List<Trendcijfers> trend = o.trend().stream().map(t -> {
            List<String> weg = new ArrayList<>();
            boolean alle = klein(t.toewijzingen());
            boolean gemeente = klein(t.gemeente());
            return new Trendcijfers(t.jaar(), t.wet(), weg(alle, t.toewijzingen(), "toewijzingen", weg), weg(gemeente, t.gemeente(), "gemeente", weg),
                    weg(alle || gemeente, t.procentGemeente(), "procentGemeente", weg), List.copyOf(weg));
        }).toList();
        return new Overzicht(o.gemeenteCode(), o.jaar(), true, perType, totalen, huisartsen, trend);
    }

    /** A row against its law's total (already suppressed): a share is left out when its count or the total's is. */
    private static Typecijfers typeVoorHetBestuur(Typecijfers r, Typecijfers totaal) {
        List<String> weg = new ArrayList<>();
        boolean toew = klein(r.toewijzingen()) || totaal.toewijzingen() == null;
        boolean cl = klein(r.clienten()) || totaal.clienten() == null;
        return new Typecijfers(r.wet(), r.verwijzertype(), r.naam(),
                weg(klein(r.toewijzingen()), r.toewijzingen(), "toewijzingen", weg),
                weg(toew, r.procentToewijzingen(), "procentToewijzingen", weg),
                weg(klein(r.clienten()), r.clienten(), "clienten", weg),
                weg(cl, r.procentClienten(), "procentClienten", weg),
                // the money of fewer than 5 clients tells what one resident's care cost
                weg(cl, r.toegekendEuro(), "toegekendEuro", weg),
                weg(cl, r.procentToegekend(), "procentToegekend", weg),
                List.copyOf(weg));
    }

    private static int volgorde(String code) {
        return code == null ? Integer.MAX_VALUE : Verwijzertype.metCode(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE - 1);
    }

    private static Long euro(long centen) {
        return Math.round(centen / 100.0);
    }

    private static boolean klein(Long aantal) {
        return Wijkcijfers.klein(aantal);
    }

    private static <T> T weg(boolean onderdrukken, T waarde, String veld, List<String> weg) {
        return Onderdrukking.weg(onderdrukken, waarde, veld, weg);
    }
}
