package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

/** One test per rule a decision must meet before it is taken, and the four-eyes rule. */
class BeslisregelsTest {

    private static final Product BEGELEIDING = new Product(1, "0632", Wet.WMO, "02", "Begeleiding", "02A01", "Individuele begeleiding");
    private static final Aanbieder ZORG_DICHTBIJ = new Aanbieder(7, "42420002", "Zorg Dichtbij Woerden");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static final Beslisregels.Catalogus CATALOGUS = new Beslisregels.Catalogus() {
        @Override
        public Optional<Product> product(String code) {
            return code.equals(BEGELEIDING.code()) ? Optional.of(BEGELEIDING) : Optional.empty();
        }

        @Override
        public boolean eenheidBestaat(String code) {
            return Set.of("04", "14", "16", "82", "83").contains(code);
        }

        @Override
        public boolean frequentieBestaat(String code) {
            return Set.of("1", "2", "4", "6").contains(code);
        }

        @Override
        public Optional<Aanbieder> aanbieder(Product product, long aanbiederId, LocalDate ingangsdatum) {
            // Zorg Dichtbij leaves the register at the end of the year
            return aanbiederId == ZORG_DICHTBIJ.id() && ingangsdatum != null && ingangsdatum.isBefore(LocalDate.of(2027, 1, 1)) ? Optional.of(ZORG_DICHTBIJ) : Optional.empty();
        }

        @Override
        public Optional<Bekostigingsvorm> bekostigingsvorm(Product product, Aanbieder aanbieder, LocalDate ingangsdatum) {
            return Optional.of(vorm);
        }
    };

    /** How the contract of these tests pays for the product; inspanning unless a test says otherwise. */
    private static Bekostigingsvorm vorm = Bekostigingsvorm.INSPANNING;

    @org.junit.jupiter.api.AfterEach
    void inspanning() {
        vorm = Bekostigingsvorm.INSPANNING;
    }

    @Test
    void anEffortContractNeedsAVolumeInAUnitOfTimeOrEffort() {
        assertThat(fouten(begeleiding(3, "82", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).containsKey("eenheid");
        assertThat(fouten(begeleiding(null, null, null, new BigDecimal("5000"), START.plusYears(1), Leveringsvorm.ZIN, 7L, null)))
                .containsEntry("volume", "Het contract betaalt dit product inspanningsgericht: vul de omvang in (volume, eenheid en frequentie).")
                .containsKey("budget");
        assertThat(fouten(goed())).isEmpty();
    }

    @Test
    void anOutputContractGrantsPiecesOrEuros() {
        vorm = Bekostigingsvorm.OUTPUT;
        assertThat(fouten(goed())).containsKey("eenheid");
        assertThat(fouten(begeleiding(3, "82", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).doesNotContainKey("eenheid");
    }

    @Test
    void aTaskContractGrantsABudgetWithoutAVolume() {
        vorm = Bekostigingsvorm.TAAK;
        assertThat(fouten(goed())).containsKeys("budget", "volume");
        assertThat(fouten(begeleiding(null, null, null, new BigDecimal("5000"), START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).isEmpty();
    }

    @Test
    void aPgbIsNotBoundByTheContractsForm() {
        vorm = Bekostigingsvorm.TAAK;
        assertThat(fouten(begeleiding(3, "04", "2", null, START.plusYears(1), Leveringsvorm.PGB, null, new BigDecimal("4000")))).isEmpty();
    }

    private static BeslisVerzoek begeleiding(Integer volume, String eenheid, String frequentie, BigDecimal budget, LocalDate eind,
                                             Leveringsvorm vorm, Long aanbieder, BigDecimal pgb) {
        return new BeslisVerzoek(Uitkomst.TOEKENNING, "Zelf de administratie bijhouden", "Meneer overziet zijn post niet meer.", "02A01",
                volume, eenheid, frequentie, budget, START, eind, vorm, aanbieder, pgb);
    }

    private static BeslisVerzoek goed() {
        return begeleiding(3, "04", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null);
    }

    private static java.util.Map<String, String> fouten(BeslisVerzoek v) {
        return Beslisregels.controleer(v, "Wmo 2015", CATALOGUS).fouten();
    }

    @Test
    void aCompleteDecisionMayBeTakenAndNamesItsProductAndProvider() {
        Beslisregels.Controle controle = Beslisregels.controleer(goed(), "Wmo 2015", CATALOGUS);
        assertThat(controle.goed()).isTrue();
        assertThat(controle.product()).isEqualTo(BEGELEIDING);
        assertThat(controle.aanbieder()).isEqualTo(ZORG_DICHTBIJ);
    }

    @Test
    void everyDecisionHasAnOutcomeAndItsReasons() {
        assertThat(fouten(new BeslisVerzoek(null, null, " ", null, null, null, null, null, null, null, null, null, null)))
                .containsOnlyKeys("uitkomst", "motivering");
    }

    @Test
    void aRefusalNeedsOnlyItsReasons() {
        assertThat(fouten(new BeslisVerzoek(Uitkomst.AFWIJZING, null, "Voorliggend: de algemene voorziening past.", null, null, null, null,
                null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void aGrantNamesTheResultAndAProductOfThisLaw() {
        BeslisVerzoek zonder = new BeslisVerzoek(Uitkomst.TOEKENNING, "", "reden", "99X99", 3, "04", "2", null, START, START.plusYears(1),
                Leveringsvorm.ZIN, 7L, null);
        assertThat(fouten(zonder)).containsOnlyKeys("resultaat", "productcode")
                .hasEntrySatisfying("productcode", f -> assertThat(f).contains("99X99").contains("Wmo 2015"));
    }

    @Test
    void anExtentIsVolumeUnitAndFrequencyFromTheCodeLists() {
        assertThat(fouten(begeleiding(0, "04", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).containsOnlyKeys("volume");
        assertThat(fouten(begeleiding(3, null, "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).containsOnlyKeys("eenheid");
        assertThat(fouten(begeleiding(3, "99", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null)))
                .hasEntrySatisfying("eenheid", f -> assertThat(f).contains("WJ756"));
        assertThat(fouten(begeleiding(3, "04", "9", null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null)))
                .hasEntrySatisfying("frequentie", f -> assertThat(f).contains("WMO757"));
    }

    @Test
    void withoutAnExtentABudgetOrAPgbSaysHowMuch() {
        assertThat(fouten(begeleiding(null, null, null, null, START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).containsOnlyKeys("volume");
        vorm = Bekostigingsvorm.TAAK; // a budget without an extent is how a task contract grants
        assertThat(fouten(begeleiding(null, null, null, new BigDecimal("1200"), START.plusYears(1), Leveringsvorm.ZIN, 7L, null))).isEmpty();
        assertThat(fouten(begeleiding(null, null, null, new BigDecimal("-1"), START.plusYears(1), Leveringsvorm.ZIN, 7L, null)))
                .containsOnlyKeys("budget");
    }

    @Test
    void aDecisionHoldsForAFixedPeriod() {
        assertThat(fouten(begeleiding(3, "04", "2", null, null, Leveringsvorm.ZIN, 7L, null))).containsOnlyKeys("einddatum");
        assertThat(fouten(begeleiding(3, "04", "2", null, START, Leveringsvorm.ZIN, 7L, null)))
                .hasEntrySatisfying("einddatum", f -> assertThat(f).contains("vóór of op de ingangsdatum"));
    }

    @Test
    void careInKindNamesAContractedProviderAndAPgbItsAmount() {
        assertThat(fouten(begeleiding(3, "04", "2", null, START.plusYears(1), null, null, null))).containsOnlyKeys("vorm");
        assertThat(fouten(begeleiding(3, "04", "2", null, START.plusYears(1), Leveringsvorm.ZIN, null, null))).containsOnlyKeys("aanbiederId");
        assertThat(fouten(begeleiding(3, "04", "2", null, START.plusYears(1), Leveringsvorm.ZIN, 99L, null)))
                .hasEntrySatisfying("aanbiederId", f -> assertThat(f).contains("mag dit product niet leveren"));
        assertThat(fouten(begeleiding(null, null, null, null, START.plusYears(1), Leveringsvorm.PGB, null, null))).containsOnlyKeys("pgbBedrag");
        assertThat(fouten(begeleiding(null, null, null, null, START.plusYears(1), Leveringsvorm.PGB, null, new BigDecimal("8000")))).isEmpty();
    }

    @Test
    void theProviderMustBeContractedAndRegisteredOnTheDayCareStarts() {
        BeslisVerzoek laterBegonnen = new BeslisVerzoek(Uitkomst.TOEKENNING, "Zelf de administratie bijhouden", "Meneer overziet zijn post niet meer.",
                "02A01", 3, "04", "2", null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31), Leveringsvorm.ZIN, ZORG_DICHTBIJ.id(), null);
        assertThat(fouten(laterBegonnen)).hasEntrySatisfying("aanbiederId", f -> assertThat(f).contains("op de ingangsdatum"));
    }

    @Test
    void aboveTheFourEyesAmountASecondProfessionalSigns() {
        BigDecimal grens = new BigDecimal("10000");
        assertThat(Beslisregels.status(goed(), grens)).isEqualTo(BeschikkingStatus.VASTGESTELD);
        assertThat(Beslisregels.status(begeleiding(null, null, null, null, START, Leveringsvorm.PGB, null, new BigDecimal("10000.00")), grens))
                .isEqualTo(BeschikkingStatus.VASTGESTELD);
        assertThat(Beslisregels.status(begeleiding(null, null, null, null, START, Leveringsvorm.PGB, null, new BigDecimal("10000.01")), grens))
                .isEqualTo(BeschikkingStatus.WACHT_OP_TWEEDE);
        assertThat(Beslisregels.status(begeleiding(null, null, null, new BigDecimal("12500"), START, Leveringsvorm.ZIN, 7L, null), grens))
                .isEqualTo(BeschikkingStatus.WACHT_OP_TWEEDE);
    }
}
