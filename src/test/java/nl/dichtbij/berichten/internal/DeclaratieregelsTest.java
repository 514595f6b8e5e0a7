package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.internal.Declaratieregels.Eerder;
import nl.dichtbij.berichten.internal.Declaratieregels.Periode;
import nl.dichtbij.berichten.internal.Declaratieregels.Prestatie;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;

/** One test per return code the declaration rules can give (WJ001), on a toewijzing of 4 hours a week in 2026. */
class DeclaratieregelsTest {

    private static final String BSN = "999900006";
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate EIND_JAN = LocalDate.of(2026, 1, 31);
    private static final Periode JANUARI = new Periode(JAN, EIND_JAN);
    private static final Eerder NIETS_EERDER = new Eerder(0, 0, () -> 0, () -> 0);

    private static Toewijzing toewijzing(String redenWijziging, Integer volume, String frequentie, Long budget, LocalDate ingang, LocalDate einde) {
        return new Toewijzing(1, "0632", Standaard.IJW, 1001, null, null, BSN, "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A48",
                "Ambulante jeugdhulp", ingang, einde, volume, "04", frequentie, budget, redenWijziging, null, null, Levering.GESTART, null, null, null);
    }

    private static Toewijzing vierUurPerWeek() {
        return toewijzing(null, 4, "2", null, JAN, LocalDate.of(2026, 12, 31));
    }

    private static Prestatie januari(long uren) {
        return new Prestatie(BSN, "D", JAN, EIND_JAN, uren, "04", uren * 7_500, "45", "45A48", 7_500L);
    }

    /** The contract of these tests: € 75,00 per hour. */
    private static final Declaratieregels.Afgesproken CONTRACT = Declaratieregels.Afgesproken.tarief(7_500L, "04");

    private static java.util.List<Retourcode> codes(Prestatie p, Toewijzing t, Eerder eerder) {
        return Declaratieregels.beoordeel(p, t, JANUARI, eerder, CONTRACT);
    }

    @Test
    void tr418TheTariffMustBeTheContractedOne() {
        Prestatie duurder = new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "04", 32_000, "45", "45A48", 8_000L);
        assertThat(codes(duurder, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void tr418TheContractedTariffIsPerItsUnit() {
        var perDagdeel = Declaratieregels.Afgesproken.tarief(7_500L, "16");
        assertThat(Declaratieregels.beoordeel(januari(4), vierUurPerWeek(), JANUARI, NIETS_EERDER, perDagdeel))
                .containsExactly(Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void tr418NoContractOrNoTariffOnTheDayIsRefused() {
        assertThat(Declaratieregels.beoordeel(januari(4), vierUurPerWeek(), JANUARI, NIETS_EERDER, Declaratieregels.Afgesproken.geenContract()))
                .containsExactly(Retourcode.TARIEF_NIET_CONTRACTUEEL);
        assertThat(Declaratieregels.beoordeel(januari(4), vierUurPerWeek(), JANUARI, NIETS_EERDER, Declaratieregels.Afgesproken.tarief(null, null)))
                .containsExactly(Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void tr418AnAmountInEurosUnderAnOutputContractHasNoTariffPerUnitToCompare() {
        Toewijzing inEuros = new Toewijzing(1, "0632", Standaard.IJW, 1001, null, null, BSN, "42420001", "", "45", "45A48", "", JAN, null,
                1500, "83", "4", null, null, null, null, Levering.GESTART, null, null, null);
        var perStuk = Declaratieregels.Afgesproken.tarief(150_000L, "82");
        assertThat(Declaratieregels.beoordeel(new Prestatie(BSN, "D", JAN, EIND_JAN, 1200, "83", 1200, "45", "45A48", 100L), inEuros, JANUARI,
                NIETS_EERDER, perStuk)).isEmpty();
    }

    @Test
    void tr418ACreditIsNotComparedAgain() {
        Prestatie credit = new Prestatie(BSN, "C", JAN, EIND_JAN, 4, "04", 32_000, "45", "45A48", 8_000L);
        assertThat(codes(credit, vierUurPerWeek(), new Eerder(1, 0, () -> 4, () -> 32_000))).doesNotContain(Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void tr418ATaskPaidFromABudgetHasNoTariffToCompare() {
        Prestatie zonderTarief = new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "04", 30_000, "45", "45A48", null);
        assertThat(Declaratieregels.beoordeel(zonderTarief, vierUurPerWeek(), JANUARI, NIETS_EERDER, Declaratieregels.Afgesproken.budget())).isEmpty();
        assertThat(codes(zonderTarief, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void aCorrectPrestatieIsAccepted() {
        assertThat(codes(januari(20), vierUurPerWeek(), NIETS_EERDER)).isEmpty();
    }

    @Test
    void tr304ThePrestatieMustBeAboutTheClientOfTheToewijzing() {
        Prestatie ander = new Prestatie("999900031", "D", JAN, EIND_JAN, 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(ander, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT);
    }

    @Test
    void tr384NoDeclarationOnAWithdrawnToewijzing() {
        assertThat(codes(januari(4), toewijzing("13", 4, "2", null, JAN, null), NIETS_EERDER)).containsExactly(Retourcode.TOEWIJZING_VERWIJDERD);
    }

    @Test
    void tr339Tr340Tr341CategoryCodeAndUnitMustMatch() {
        assertThat(codes(new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "04", 30_000, "43", "45A48", 7_500L), vierUurPerWeek(), NIETS_EERDER))
                .containsExactly(Retourcode.ANDERE_PRODUCTCATEGORIE);
        assertThat(codes(new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "04", 30_000, "45", "45A01", 7_500L), vierUurPerWeek(), NIETS_EERDER))
                .containsExactly(Retourcode.ANDERE_PRODUCTCODE);
        // in minutes it is not the toewijzing's unit, nor the unit of the contracted tariff
        assertThat(codes(new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "01", 30_000, "45", "45A48", 7_500L), vierUurPerWeek(), NIETS_EERDER))
                .containsExactly(Retourcode.ANDERE_EENHEID, Retourcode.TARIEF_NIET_CONTRACTUEEL);
    }

    @Test
    void tr307Tr308ThePeriodMustLieWithinTheToewijzing() {
        Toewijzing vanafHalfJanuari = toewijzing(null, 4, "2", null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20));
        assertThat(codes(januari(4), vanafHalfJanuari, NIETS_EERDER))
                .contains(Retourcode.BEGIN_BUITEN_TOEWIJZING, Retourcode.EINDE_BUITEN_TOEWIJZING);
    }

    @Test
    void tr319TheProductPeriodLiesWithinTheDeclarationPeriodAndOneMonth() {
        Prestatie overDeMaand = new Prestatie(BSN, "D", JAN, LocalDate.of(2026, 2, 28), 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(overDeMaand, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.BUITEN_DECLARATIEPERIODE);
    }

    @Test
    void tr387Tr388AMonthFromItsFirstToItsLastDayUnlessTheToewijzingStartsOrEndsInIt() {
        Prestatie vanafDeTiende = new Prestatie(BSN, "D", LocalDate.of(2026, 1, 10), EIND_JAN, 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(vanafDeTiende, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.BEGIN_NIET_EERSTE_VAN_DE_MAAND);
        Toewijzing vanafDeTiendeToegewezen = toewijzing(null, 4, "2", null, LocalDate.of(2026, 1, 10), null);
        assertThat(codes(vanafDeTiende, vanafDeTiendeToegewezen, NIETS_EERDER)).isEmpty();

        Prestatie totDeTwintigste = new Prestatie(BSN, "D", JAN, LocalDate.of(2026, 1, 20), 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(totDeTwintigste, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.EINDE_NIET_LAATSTE_VAN_DE_MAAND);
        assertThat(codes(totDeTwintigste, toewijzing(null, 4, "2", null, JAN, LocalDate.of(2026, 1, 20)), NIETS_EERDER)).isEmpty();
    }

    @Test
    void tr346TheAmountIsVolumeTimesTariffExceptInEuros() {
        Prestatie verkeerdBedrag = new Prestatie(BSN, "D", JAN, EIND_JAN, 4, "04", 30_001, "45", "45A48", 7_500L);
        assertThat(codes(verkeerdBedrag, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.BEDRAG_NIET_VOLUME_MAAL_TARIEF);
        Toewijzing inEuros = new Toewijzing(1, "0632", Standaard.IJW, 1001, null, null, BSN, "42420001", "", "45", "45A48", "", JAN, null,
                null, "83", null, null, null, null, null, Levering.GESTART, null, null, null);
        assertThat(Declaratieregels.beoordeel(new Prestatie(BSN, "D", JAN, EIND_JAN, 1234, "83", 1234, "45", "45A48", 7_500L), inEuros, JANUARI,
                NIETS_EERDER, Declaratieregels.Afgesproken.budget())).isEmpty();
    }

    @Test
    void tr314ADebetWithAReferenceAlreadyBookedIsRefused() {
        assertThat(codes(januari(4), vierUurPerWeek(), new Eerder(1, 0, () -> 4, () -> 30_000))).containsExactly(Retourcode.REFERENTIE_AL_AANGELEVERD);
    }

    @Test
    void tr323Tr390ACreditNeedsADebetAndIsGivenOnce() {
        Prestatie credit = new Prestatie(BSN, "C", JAN, EIND_JAN, 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(credit, vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.CREDIT_ZONDER_DEBET);
        assertThat(codes(credit, vierUurPerWeek(), new Eerder(1, 1, () -> 0, () -> 0))).containsExactly(Retourcode.AL_GECREDITEERD);
        assertThat(codes(credit, vierUurPerWeek(), new Eerder(1, 0, () -> 4, () -> 30_000))).isEmpty();
    }

    @Test
    void tr321TheVolumeOfOnePrestatieStaysWithinTheFrequency() {
        // 4 hours a week over the 31 days of January (5 started weeks) allows 20
        assertThat(codes(januari(20), vierUurPerWeek(), NIETS_EERDER)).isEmpty();
        assertThat(codes(januari(21), vierUurPerWeek(), NIETS_EERDER)).containsExactly(Retourcode.VOLUME_BOVEN_TOEGEWEZEN);
        assertThat(codes(januari(5), toewijzing(null, 4, "4", null, JAN, null), NIETS_EERDER)).containsExactly(Retourcode.VOLUME_BOVEN_TOEGEWEZEN);
    }

    @Test
    void tr322TheVolumesTogetherStayWithinAVolumeForTheWholePeriod() {
        Toewijzing veertigUurInTotaal = toewijzing(null, 40, "6", null, JAN, null);
        assertThat(codes(januari(10), veertigUurInTotaal, new Eerder(0, 0, () -> 30, () -> 0))).isEmpty();
        assertThat(codes(januari(11), veertigUurInTotaal, new Eerder(0, 0, () -> 30, () -> 0))).containsExactly(Retourcode.TOTAAL_VOLUME_BOVEN_TOEGEWEZEN);
    }

    @Test
    void tr369TheAmountsTogetherStayWithinTheBudget() {
        Toewijzing budget = toewijzing(null, null, null, 100_000L, JAN, null);
        assertThat(codes(januari(4), budget, new Eerder(0, 0, () -> 0, () -> 70_000))).isEmpty();
        assertThat(codes(januari(4), budget, new Eerder(0, 0, () -> 0, () -> 70_001))).containsExactly(Retourcode.BOVEN_BUDGET);
    }

    @Test
    void theTotalsAreOnlyAskedForWhenEverythingElseHolds() {
        Eerder zonderTotalen = new Eerder(0, 0, () -> { throw new AssertionError("not needed"); }, () -> { throw new AssertionError("not needed"); });
        Prestatie ander = new Prestatie("999900031", "D", JAN, EIND_JAN, 4, "04", 30_000, "45", "45A48", 7_500L);
        assertThat(codes(ander, toewijzing(null, 40, "6", 100_000L, JAN, null), zonderTotalen)).containsExactly(Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT);
    }
}
