package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.aanbod.Contractregels.Gegevens;
import nl.dichtbij.aanbod.Contractregels.Tariefgegevens;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo contracts (issue 16), entered as each municipality's beleid would through {@link Contracten}: Woerden's and
 * Montfoort's open-house contracts for the Jeugdwet and the Wmo with a tariff for every product (last year's, and this
 * year's after indexation), FermWerk as main contractor paid per task, one regional contract of Utrecht-West for the
 * nationally bought youth care, Woerden's Jeugdwet contract with Jeugdpraktijk De Brug (a successor for Jeugdhulp Voorbeeld's
 * toewijzingen when its contract ends; its 45A02 tariff ends with this year), and Montfoort's Wmo contract with Jeugdhulp Voorbeeld
 * that ends at the end of next month.
 * The ceiling that is 90% used follows the money year ({@link Plafonddemo}).
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Inkoopcontracten implements Demodeel {

    static final Gebruiker BELEID_WOERDEN = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);

    static final String ZORG_DICHTBIJ_WMO_WOERDEN = "WRD-WMO-2018-02";
    /** Jeugdpraktijk De Brug: a second youth care provider in Woerden, a successor when Jeugdhulp Voorbeeld's contract ends. */
    static final String DE_BRUG = "42420004";
    static final String DE_BRUG_JEUGD_WOERDEN = "WRD-JW-2024-04";

    private static final String VOORWAARDEN = "Toelating volgens de openbare voorwaarden van de open-house-procedure (TenderNed): "
            + "AGB-code, geldig keurmerk, verklaring omtrent gedrag voor iedere medewerker, werken met de iStandaarden en de "
            + "Norm voor Opdrachtgeverschap. Toetreden en uittreden kan op de eerste dag van elk kwartaal.";

    /**
     * A product with its unit and its tariff of last year and of this year (in cents), or a task without tariff; this year's
     * tariff runs on, or ends with the year ({@code totEindeJaar}: next year's is not agreed yet, the tariff import adds it).
     */
    private record Regel(String productcode, Bekostigingsvorm vorm, String eenheid, long vorigJaar, long ditJaar, boolean totEindeJaar) {
        static Regel uur(String code, long vorigJaar, long ditJaar) {
            return new Regel(code, Bekostigingsvorm.INSPANNING, "04", vorigJaar, ditJaar, false);
        }

        static Regel uurDitJaar(String code, long vorigJaar, long ditJaar) {
            return new Regel(code, Bekostigingsvorm.INSPANNING, "04", vorigJaar, ditJaar, true);
        }

        static Regel taak(String code) {
            return new Regel(code, Bekostigingsvorm.TAAK, null, 0, 0, false);
        }
    }

    private record Afspraak(Gebruiker beleid, String kenmerk, String regio, List<String> gemeenten, String agb, Wet wet, Inkoopmodel model,
                            LocalDate ingang, boolean eindigtVolgendeMaand, Integer norm, List<Regel> regels) {
    }

    private final Contracten contracten;
    private final Aanbod aanbod;
    private final Clock clock;

    Inkoopcontracten(Contracten contracten, Aanbod aanbod, Clock clock) {
        this.contracten = contracten;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "contracten";
    }

    @Override
    @Transactional
    public void vullen() {
        // an upgraded demo database keeps the contracts it had (taken over by V82) and gets De Brug's when it lacks it; a new one
        // gets these
        if (contracten.lijst(BELEID_WOERDEN, Contracten.Stand.ALLE, 0, 1).totaal() > 0) {
            if (!bestaat(DE_BRUG_JEUGD_WOERDEN)) {
                vastleggen(deBrug());
            }
            return;
        }
        for (Afspraak a : afspraken()) {
            vastleggen(a);
        }
    }

    /** Whether Woerden has a contract with this kenmerk, on whichever page of its list. */
    private boolean bestaat(String kenmerk) {
        for (int pagina = 0; ; pagina++) {
            var lijst = contracten.lijst(BELEID_WOERDEN, Contracten.Stand.ALLE, pagina, 100);
            if (lijst.inhoud().stream().anyMatch(c -> c.kenmerk().equals(kenmerk))) {
                return true;
            }
            if (!lijst.heeftVolgende()) {
                return false;
            }
        }
    }

    /**
     * Jeugdpraktijk De Brug's open-house contract in Woerden for the same youth care products as Jeugdhulp Voorbeeld's, so
     * that contract's toewijzingen can be transferred to it. Its 45A02 tariff ends with this year: next year's is still to be
     * agreed and read in with the tariff import (whose example line it is).
     */
    private static Afspraak deBrug() {
        return new Afspraak(BELEID_WOERDEN, DE_BRUG_JEUGD_WOERDEN, null, List.of(), DE_BRUG, Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE,
                LocalDate.of(2024, 1, 1), false, 28, List.of(Regel.uur("45A01", 7_100, 7_320), Regel.uurDitJaar("45A02", 6_850, 7_050)));
    }

    private List<Afspraak> afspraken() {
        LocalDate openHouse = LocalDate.of(2018, 1, 1);
        List<Regel> jeugd = List.of(Regel.uur("45A01", 7_280, 7_500), Regel.uur("45A02", 6_990, 7_200));
        List<Regel> wmoZorgDichtbij = List.of(Regel.uur("01A01", 3_110, 3_200), Regel.uur("02A01", 6_310, 6_500), Regel.uur("07A01", 2_040, 2_100));
        List<Regel> wmoJeugdhulp = List.of(Regel.uur("02A01", 6_400, 6_600), Regel.uur("03A01", 5_240, 5_400));
        List<Regel> fermwerk = List.of(Regel.taak("PW001"), Regel.taak("PW002"));
        return List.of(
                new Afspraak(BELEID_WOERDEN, "WRD-JW-2018-01", null, List.of(), "42420001", Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE, openHouse, false, 28, jeugd),
                new Afspraak(BELEID_WOERDEN, ZORG_DICHTBIJ_WMO_WOERDEN, null, List.of(), "42420002", Wet.WMO, Inkoopmodel.OPEN_HOUSE, openHouse, false, 14,
                        wmoZorgDichtbij),
                new Afspraak(BELEID_WOERDEN, "WRD-WMO-2019-03", null, List.of(), "42420001", Wet.WMO, Inkoopmodel.OPEN_HOUSE, LocalDate.of(2019, 1, 1), false,
                        14, wmoJeugdhulp),
                new Afspraak(BELEID_WOERDEN, "WRD-PW-2016-01", null, List.of(), "42420003", Wet.PARTICIPATIEWET, Inkoopmodel.HOOFDAANNEMER,
                        LocalDate.of(2016, 1, 1), false, null, fermwerk),
                deBrug(),
                new Afspraak(BELEID_WOERDEN, "UW-JW-2020-LTA", "Utrecht-West", List.of("0632", "0335"), "42420001", Wet.JEUGDWET, Inkoopmodel.AANBESTEDING,
                        LocalDate.of(2020, 1, 1), false, 42,
                        List.of(Regel.uur("55A11", 10_680, 11_000), new Regel("55A12", Bekostigingsvorm.INSPANNING, "14", 24_500, 25_230, false))),
                new Afspraak(BELEID_MONTFOORT, "MTF-JW-2018-01", null, List.of(), "42420001", Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE, openHouse, false, 28,
                        List.of(Regel.uur("45A01", 7_240, 7_460), Regel.uur("45A02", 6_990, 7_200))),
                new Afspraak(BELEID_MONTFOORT, "MTF-WMO-2018-02", null, List.of(), "42420002", Wet.WMO, Inkoopmodel.OPEN_HOUSE, openHouse, false, 14,
                        wmoZorgDichtbij),
                new Afspraak(BELEID_MONTFOORT, "MTF-WMO-2019-03", null, List.of(), "42420001", Wet.WMO, Inkoopmodel.OPEN_HOUSE, LocalDate.of(2019, 1, 1), true,
                        14, wmoJeugdhulp),
                new Afspraak(BELEID_MONTFOORT, "MTF-PW-2016-01", null, List.of(), "42420003", Wet.PARTICIPATIEWET, Inkoopmodel.HOOFDAANNEMER,
                        LocalDate.of(2016, 1, 1), false, null, fermwerk));
    }

    private void vastleggen(Afspraak a) {
        long aanbieder = aanbod.aanbiederMetAgb(a.agb()).orElseThrow().id();
        boolean openHouse = a.model() == Inkoopmodel.OPEN_HOUSE;
        Contract c = contracten.vastleggen(a.beleid(), new Gegevens(a.kenmerk(), a.regio(), aanbieder, a.wet(), a.model(), a.ingang(), null,
                openHouse ? VOORWAARDEN : null, openHouse, a.norm(), a.gemeenten()));
        LocalDate eersteDitJaar = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfYear());
        for (Regel r : a.regels()) {
            c = contracten.productToevoegen(a.beleid(), c.id(), c.versie(), r.productcode(), r.vorm());
            if (r.vorm().heeftTarief()) {
                c = contracten.tariefToevoegen(a.beleid(), c.id(), c.versie(),
                        new Tariefgegevens(r.productcode(), a.ingang(), eersteDitJaar.minusDays(1), r.vorigJaar(), r.eenheid()));
                c = contracten.tariefToevoegen(a.beleid(), c.id(), c.versie(), new Tariefgegevens(r.productcode(), eersteDitJaar,
                        r.totEindeJaar() ? eersteDitJaar.plusYears(1).minusDays(1) : null, r.ditJaar(), r.eenheid()));
            }
        }
        if (a.eindigtVolgendeMaand()) {
            LocalDate laatsteDag = LocalDate.now(clock).plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            contracten.beeindigen(a.beleid(), c.id(), c.versie(), laatsteDag,
                    "Jeugdhulp Voorbeeld stopt met begeleiding voor volwassenen in Montfoort; de cliënten gaan over naar Zorg Dichtbij.");
        }
    }

    static Map<String, Gebruiker> beleid() {
        return Map.of("0632", BELEID_WOERDEN, "0335", BELEID_MONTFOORT);
    }
}
