package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.aanbod.Contracten.Contractproduct;
import nl.dichtbij.aanbod.Contracten.Tarief;
import nl.dichtbij.aanbod.Contractregels.Gegevens;
import nl.dichtbij.aanbod.Contractregels.Plafondstand;
import nl.dichtbij.aanbod.Contractregels.Tariefgegevens;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

/** One test per rule on a contract, its products, tariffs, ceiling and indexation (issue 16). */
class ContractregelsTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static final Contractregels.Omgeving OMGEVING = new Contractregels.Omgeving() {
        @Override
        public boolean aanbiederIngeschrevenOp(long aanbiederId, LocalDate dag) {
            return aanbiederId == 1 || (aanbiederId == 2 && dag.isBefore(LocalDate.of(2020, 1, 1)));
        }

        @Override
        public boolean gemeenteBestaat(String gemeenteCode) {
            return Set.of("0632", "0335", "0344").contains(gemeenteCode);
        }

        @Override
        public boolean zelfdeRegio(String beheerder, String gemeenteCode) {
            return Set.of("0632", "0335").containsAll(Set.of(beheerder, gemeenteCode));
        }

        @Override
        public boolean productBestaat(String gemeenteCode, Wet wet, String productcode) {
            return wet == Wet.JEUGDWET && (productcode.equals("45A01") || (productcode.equals("45A99") && gemeenteCode.equals("0632")));
        }

        @Override
        public boolean kenmerkBezet(String gemeenteCode, String kenmerk) {
            return kenmerk.equals("WRD-BEZET");
        }
    };

    private static Gegevens openHouse() {
        return new Gegevens("WRD-JW-2018-01", null, 1L, Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE, START, null, "Openbare voorwaarden", true, 28, List.of("0632"));
    }

    private static Contract contract(Inkoopmodel model, List<Contractproduct> producten, List<Tarief> tarieven, LocalDate einde, List<String> gemeenten) {
        return new Contract(9, "0632", "WRD-JW-2018-01", null, 1, "42420001", "Jeugdhulp Voorbeeld", Wet.JEUGDWET, model, START, einde, null, true, 28, 3,
                "Bram", Instant.EPOCH, gemeenten, producten, tarieven, List.of());
    }

    private static Contract metUurtarief() {
        return contract(Inkoopmodel.OPEN_HOUSE, List.of(new Contractproduct("45A01", Bekostigingsvorm.INSPANNING)),
                List.of(new Tarief(1, "45A01", START, JAN_2026.minusDays(1), 7_280, "04"), new Tarief(2, "45A01", JAN_2026, null, 7_500, "04")),
                null, List.of("0632"));
    }

    @Test
    void aValidOpenHouseContractHasNoErrors() {
        assertThat(Contractregels.nieuw(openHouse(), "0632", OMGEVING)).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Gegevens g = new Gegevens("K1", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, START.minusDays(1), null, false, null, List.of("0632"));
        assertThat(Contractregels.nieuw(g, "0632", OMGEVING)).containsEntry("einddatum", "De einddatum ligt vóór de ingangsdatum. Controleer beide datums.");
    }

    @Test
    void theReferenceIsUniqueWithinTheMunicipalityAndReadable() {
        Gegevens bezet = new Gegevens("WRD-BEZET", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null, List.of());
        assertThat(Contractregels.nieuw(bezet, "0632", OMGEVING)).containsKey("kenmerk");
        Gegevens raar = new Gegevens("<script>", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null, List.of());
        assertThat(Contractregels.nieuw(raar, "0632", OMGEVING)).containsKey("kenmerk");
    }

    @Test
    void openHousePublishesItsAdmissionConditions() {
        Gegevens g = new Gegevens("K1", null, 1L, Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE, START, null, " ", true, 28, List.of());
        assertThat(Contractregels.nieuw(g, "0632", OMGEVING)).containsKey("toelatingsvoorwaarden");
    }

    @Test
    void theProviderMustBeInTheRegisterOnTheStartDate() {
        Gegevens laat = new Gegevens("K1", null, 2L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, LocalDate.of(2021, 1, 1), null, null, false, null, List.of());
        assertThat(Contractregels.nieuw(laat, "0632", OMGEVING)).containsKey("aanbiederId");
    }

    @Test
    void aRegionalContractNamesItsRegionAndIncludesTheManagingMunicipality() {
        Gegevens zonderNaam = new Gegevens("UW-1", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null, List.of("0632", "0335"));
        assertThat(Contractregels.nieuw(zonderNaam, "0632", OMGEVING)).containsKey("regio");
        Gegevens zonderZelf = new Gegevens("UW-1", "Utrecht-West", 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null,
                List.of("0335", "0999"));
        assertThat(Contractregels.nieuw(zonderZelf, "0632", OMGEVING)).containsKey("gemeenten");
        // another municipality of the installation outside the region is not the manager's to bind, nor a contract without itself
        Gegevens buitenRegio = new Gegevens("UW-2", "Utrecht-West", 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null,
                List.of("0632", "0344"));
        assertThat(Contractregels.nieuw(buitenRegio, "0632", OMGEVING).get("gemeenten")).contains("hoort niet bij de regio");
        Gegevens alleenAnder = new Gegevens("UW-3", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null, List.of("0335"));
        assertThat(Contractregels.nieuw(alleenAnder, "0632", OMGEVING)).containsKey("gemeenten");
        Gegevens goed = new Gegevens("UW-1", "Utrecht-West", 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, null,
                List.of("0632", "0335"));
        assertThat(Contractregels.nieuw(goed, "0632", OMGEVING)).isEmpty();
    }

    @Test
    void aWaitingNormIsANumberOfDaysWithinAYear() {
        Gegevens g = new Gegevens("K1", null, 1L, Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, START, null, null, false, 400, List.of());
        assertThat(Contractregels.nieuw(g, "0632", OMGEVING)).containsKey("wachttijdnormDagen");
    }

    @Test
    void aProductMustExistInEveryMunicipalityOfTheContractAndOnlyOnce() {
        Contract regionaal = contract(Inkoopmodel.AANBESTEDING, List.of(new Contractproduct("45A01", Bekostigingsvorm.INSPANNING)), List.of(), null,
                List.of("0632", "0335"));
        assertThat(Contractregels.product("45A99", Bekostigingsvorm.INSPANNING, regionaal, OMGEVING)).containsKey("productcode");
        assertThat(Contractregels.product("45A01", Bekostigingsvorm.INSPANNING, regionaal, OMGEVING)).containsEntry("productcode",
                "Product 45A01 staat al in dit contract.");
        assertThat(Contractregels.product(" ", null, regionaal, OMGEVING)).containsKeys("productcode", "bekostigingsvorm");
    }

    @Test
    void populationFundingPaysATaskBudget() {
        Contract populatie = contract(Inkoopmodel.POPULATIEBEKOSTIGING, List.of(), List.of(), null, List.of("0632"));
        assertThat(Contractregels.product("45A01", Bekostigingsvorm.INSPANNING, populatie, OMGEVING)).containsKey("bekostigingsvorm");
        assertThat(Contractregels.product("45A01", Bekostigingsvorm.TAAK, populatie, OMGEVING)).isEmpty();
    }

    @Test
    void aTariffWithoutProductOrForAProductOutsideTheContractIsRefused() {
        assertThat(Contractregels.tarief(new Tariefgegevens(null, LocalDate.of(2027, 1, 1), null, 7_700L, "04"), metUurtarief()))
                .containsEntry("productcode", "Een tarief hoort bij een product: kies het product.");
        assertThat(Contractregels.tarief(new Tariefgegevens("45A02", LocalDate.of(2027, 1, 1), null, 7_700L, "04"), metUurtarief()))
                .containsKey("productcode");
    }

    @Test
    void overlappingTariffPeriodsAreRefused() {
        Map<String, String> fouten = Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2026, 7, 1), null, 7_700L, "04"), metUurtarief());
        assertThat(fouten.get("geldigVanaf")).contains("al een tarief").contains("mogen elkaar niet overlappen");
    }

    @Test
    void aTariffAfterTheOldOnesClosedIsAccepted() {
        Contract gesloten = contract(Inkoopmodel.OPEN_HOUSE, List.of(new Contractproduct("45A01", Bekostigingsvorm.INSPANNING)),
                List.of(new Tarief(2, "45A01", JAN_2026, LocalDate.of(2026, 6, 30), 7_500, "04")), null, List.of("0632"));
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2026, 7, 1), null, 7_700L, "04"), gesloten)).isEmpty();
    }

    @Test
    void aTariffEndsAfterItStartsAndStartsWithinTheContract() {
        Contract tot2026 = contract(Inkoopmodel.OPEN_HOUSE, List.of(new Contractproduct("45A01", Bekostigingsvorm.INSPANNING)), List.of(),
                LocalDate.of(2026, 12, 31), List.of("0632"));
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2027, 1, 1), null, 7_700L, "04"), tot2026)).containsKey("geldigVanaf");
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), 7_700L, "04"), tot2026))
                .containsKey("geldigTot");
    }

    @Test
    void theUnitFitsTheBekostigingsvormAsOp262Says() {
        Contract output = contract(Inkoopmodel.OPEN_HOUSE, List.of(new Contractproduct("45A01", Bekostigingsvorm.OUTPUT)), List.of(), null, List.of("0632"));
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", JAN_2026, null, 150_000L, "04"), output)).containsKey("eenheid");
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", JAN_2026, null, 150_000L, "82"), output)).isEmpty();
        Contract taak = contract(Inkoopmodel.OPEN_HOUSE, List.of(new Contractproduct("45A01", Bekostigingsvorm.TAAK)), List.of(), null, List.of("0632"));
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", JAN_2026, null, 150_000L, "83"), taak).get("productcode")).contains("taakgericht");
    }

    @Test
    void aTariffIsAPositiveAmountOfSensibleSize() {
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2027, 1, 1), null, 0L, "04"), metUurtarief())).containsKey("tarief");
        assertThat(Contractregels.tarief(new Tariefgegevens("45A01", LocalDate.of(2027, 1, 1), null, 20_000_000L, "04"), metUurtarief()))
                .containsKey("tarief");
    }

    @Test
    void aCeilingBelowWhatWasSpentIsRefused() {
        assertThat(Contractregels.plafond(2026, 100_000L, 250_000L).get("plafond")).contains("al is uitgegeven").contains("€ 2.500,00");
        assertThat(Contractregels.plafond(2026, 250_000L, 250_000L)).isEmpty();
        assertThat(Contractregels.plafond(2026, null, 0)).containsKey("plafond");
    }

    @Test
    void aCeilingWarnsFromNinetyPercentAndNeverStops() {
        assertThat(new Plafondstand(100_000, 89_999).waarschuwen()).isFalse();
        assertThat(new Plafondstand(100_000, 90_000).bijna()).isTrue();
        assertThat(new Plafondstand(100_000, 90_000).tekst()).startsWith("Plafond bijna bereikt").contains("90%");
        assertThat(new Plafondstand(100_000, 120_000).over()).isTrue();
        assertThat(new Plafondstand(100_000, 120_000).bijna()).isFalse();
        assertThat(new Plafondstand(100_000, 120_000).tekst()).startsWith("Plafond bereikt").contains("120%");
    }

    @Test
    void indexationClosesTheRunningTariffAndStartsARaisedOne() {
        Map<String, String> fouten = new LinkedHashMap<>();
        var indexatie = Contractregels.indexeren(metUurtarief(), new BigDecimal("3.2"), LocalDate.of(2027, 1, 1), fouten);
        assertThat(fouten).isEmpty();
        assertThat(indexatie.afsluiten()).extracting(Tarief::id).containsExactly(2L);
        assertThat(indexatie.nieuw()).singleElement().satisfies(t -> {
            assertThat(t.tariefCenten()).isEqualTo(7_740L); // 7500 * 1.032
            assertThat(t.geldigVanaf()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(t.eenheid()).isEqualTo("04");
        });
    }

    @Test
    void indexationRefusesAnUnreasonablePercentageOrADayWithATariffAlreadyStarting() {
        Map<String, String> fouten = new LinkedHashMap<>();
        Contractregels.indexeren(metUurtarief(), new BigDecimal("40"), LocalDate.of(2027, 1, 1), fouten);
        assertThat(fouten).containsKey("procent");
        fouten.clear();
        Contractregels.indexeren(metUurtarief(), new BigDecimal("3"), JAN_2026, fouten);
        assertThat(fouten.get("per")).contains("al een tarief vanaf");
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        assertThat(Contractregels.overlapt(START, LocalDate.of(2025, 12, 31), JAN_2026, null)).isFalse();
        assertThat(Contractregels.overlapt(START, LocalDate.of(2026, 1, 1), JAN_2026, null)).isTrue();
        assertThat(Contractregels.overlapt(JAN_2026, null, START, null)).isTrue();
    }
}
