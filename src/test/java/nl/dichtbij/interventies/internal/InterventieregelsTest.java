package nl.dichtbij.interventies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.dichtbij.interventies.NieuweInterventie;

import org.junit.jupiter.api.Test;

/** The rules on an intervention of the register (issue 18), without a database. */
class InterventieregelsTest {

    /** Providers 42420001 and 42420002 exist; Woerden (0632) has 45A01 and 45A02 and an intervention "Families First" (id 7). */
    private static final Interventieregels.Omgeving OMGEVING = new Interventieregels.Omgeving() {
        @Override
        public boolean aanbiederBestaat(String agbCode) {
            return List.of("42420001", "42420002").contains(agbCode);
        }

        @Override
        public boolean productBestaat(String gemeenteCode, String productcode) {
            return "0632".equals(gemeenteCode) && List.of("45A01", "45A02").contains(productcode);
        }

        @Override
        public boolean naamBestaat(String gemeenteCode, String naam, Long behalve) {
            return "0632".equals(gemeenteCode) && "families first".equalsIgnoreCase(naam) && !Long.valueOf(7).equals(behalve);
        }
    };

    private static NieuweInterventie goed() {
        return new NieuweInterventie("Video-hometraining", "Filmen en samen terugkijken.", "Ouders met kinderen tot 18 jaar", null, 2,
                "Databank Effectieve Jeugdinterventies (NJi)", new BigDecimal("2450.00"), "per traject", 12, List.of("42420001"), List.of("45A02"), true);
    }

    private static NieuweInterventie met(Integer niveau, String bron) {
        NieuweInterventie g = goed();
        return new NieuweInterventie(g.naam(), g.beschrijving(), g.doelgroep(), null, niveau, bron, g.prijs(), g.prijseenheid(), g.capaciteit(),
                g.aanbiederAgbs(), g.productcodes(), true);
    }

    private static Map<String, String> fouten(NieuweInterventie n) {
        return Interventieregels.interventie(n, "0632", null, OMGEVING);
    }

    @Test
    void aGoodInterventionHasNoErrors() {
        assertThat(fouten(goed())).isEmpty();
    }

    @Test
    void nameIsRequiredAndAtMost200Characters() {
        assertThat(Interventieregels.naam(null)).contains("Vul de naam van de interventie in.");
        assertThat(Interventieregels.naam("  ")).contains("Vul de naam van de interventie in.");
        assertThat(Interventieregels.naam("a".repeat(200))).isEmpty();
        assertThat(Interventieregels.naam("a".repeat(201))).contains("Schrijf de naam in hoogstens 200 tekens.");
    }

    @Test
    void descriptionAndTargetGroupAreRequired() {
        NieuweInterventie g = goed();
        Map<String, String> f = fouten(new NieuweInterventie(g.naam(), " ", null, null, 1, null, null, null, null, List.of(), List.of(), true));
        assertThat(f).containsOnlyKeys("beschrijving", "doelgroep");
        assertThat(f.get("doelgroep")).startsWith("Schrijf op voor wie de interventie is");
    }

    @Test
    void levelIsRequiredAndFrom0To4() {
        assertThat(Interventieregels.effectniveau(null)).get().asString().startsWith("Kies het niveau op de effectladder.");
        assertThat(Interventieregels.effectniveau(-1)).contains("Kies een niveau op de effectladder van 0 tot en met 4.");
        assertThat(Interventieregels.effectniveau(5)).contains("Kies een niveau op de effectladder van 0 tot en met 4.");
        for (int niveau = 0; niveau <= 4; niveau++) {
            assertThat(Interventieregels.effectniveau(niveau)).as("niveau %d", niveau).isEmpty();
        }
        assertThat(fouten(met(5, "Een bron"))).containsOnlyKeys("effectniveau");
    }

    @Test
    void fromLevel2ASourceIsRequired() {
        assertThat(fouten(met(2, null)).get("bron")).startsWith("Bij niveau 2 of hoger hoort een bron: waar staat dat het werkt?");
        assertThat(fouten(met(3, "  "))).containsOnlyKeys("bron");
        assertThat(fouten(met(4, null))).containsOnlyKeys("bron");
        assertThat(fouten(met(3, "Movisie"))).isEmpty();
    }

    @Test
    void belowLevel2NoSourceIsNeeded() {
        assertThat(fouten(met(1, null))).isEmpty();
        assertThat(fouten(met(0, ""))).isEmpty();
    }

    @Test
    void aSourceIsAtMost500Characters() {
        assertThat(Interventieregels.bron(1, "b".repeat(501))).contains("Schrijf de bron in hoogstens 500 tekens.");
        assertThat(Interventieregels.bron(3, "b".repeat(500))).isEmpty();
    }

    @Test
    void aPriceIsNotNegativeHasAtMostTwoDecimalsAndSaysWhatItIsFor() {
        assertThat(Interventieregels.prijs(null)).isEmpty();
        assertThat(Interventieregels.prijs(BigDecimal.ZERO)).isEmpty();
        assertThat(Interventieregels.prijs(new BigDecimal("-0.01"))).get().asString().startsWith("De prijs kan niet lager zijn dan € 0,00.");
        assertThat(Interventieregels.prijs(new BigDecimal("12.345"))).contains("Een prijs heeft hoogstens 2 cijfers achter de komma.");
        assertThat(Interventieregels.prijs(new BigDecimal("12.3400"))).isEmpty();
        assertThat(Interventieregels.prijs(new BigDecimal("1000000.01"))).get().asString().startsWith("Controleer de prijs");
        assertThat(Interventieregels.prijseenheid(new BigDecimal("95"), null)).get().asString().startsWith("Schrijf op waar de prijs voor is");
        assertThat(Interventieregels.prijseenheid(BigDecimal.ZERO, null)).isEmpty();
        assertThat(Interventieregels.prijseenheid(null, "per uur")).contains("Vul ook de prijs in, of maak dit veld leeg.");
        assertThat(Interventieregels.prijseenheid(null, null)).isEmpty();
    }

    @Test
    void capacityIsAtLeastOneWhenGiven() {
        assertThat(Interventieregels.capaciteit(null)).isEmpty();
        assertThat(Interventieregels.capaciteit(1)).isEmpty();
        assertThat(Interventieregels.capaciteit(0)).get().asString().startsWith("Vul bij capaciteit in hoeveel cliënten tegelijk kunnen meedoen: 1 of meer.");
        assertThat(Interventieregels.capaciteit(-3)).isPresent();
        assertThat(Interventieregels.capaciteit(100_001)).get().asString().startsWith("Controleer de capaciteit");
    }

    @Test
    void providersAreInTheRegisterAndChosenOnce() {
        assertThat(Interventieregels.aanbieders(List.of("42420001", "42420002"), OMGEVING)).isEmpty();
        assertThat(Interventieregels.aanbieders(List.of("42429999"), OMGEVING))
                .contains("AGB-code 42429999 staat niet in het aanbiedersregister. Kies een aanbieder uit de lijst.");
        assertThat(Interventieregels.aanbieders(List.of("abc"), OMGEVING)).get().asString().startsWith("AGB-code abc staat niet");
        assertThat(Interventieregels.aanbieders(List.of("42420001", "42420001"), OMGEVING)).get().asString().startsWith("U hebt een aanbieder twee keer gekozen.");
        assertThat(Interventieregels.aanbieders(java.util.Collections.nCopies(21, "42420001"), OMGEVING)).contains("Kies hoogstens 20 aanbieders.");
    }

    @Test
    void productsAreOnTheMunicipalitysList() {
        assertThat(Interventieregels.producten(List.of("45A01"), "0632", OMGEVING)).isEmpty();
        assertThat(Interventieregels.producten(List.of("45A01"), "0335", OMGEVING))
                .contains("Product 45A01 staat niet in de productenlijst van uw gemeente. Kies een product uit de lijst.");
        assertThat(Interventieregels.producten(List.of("99Z99"), "0632", OMGEVING)).get().asString().startsWith("Product 99Z99 staat niet");
        assertThat(Interventieregels.producten(List.of("45A01", "45A01"), "0632", OMGEVING)).get().asString().startsWith("U hebt een product twee keer");
    }

    @Test
    void theNameIsUniqueInTheMunicipalityExceptForTheInterventionItself() {
        NieuweInterventie g = goed();
        NieuweInterventie families = new NieuweInterventie("Families First", g.beschrijving(), g.doelgroep(), null, 1, null, null, null, null,
                List.of(), List.of(), true);
        assertThat(Interventieregels.interventie(families, "0632", null, OMGEVING)).containsEntry("naam", Interventieregels.naamBestaat());
        assertThat(Interventieregels.interventie(families, "0632", 7L, OMGEVING)).isEmpty();
        assertThat(Interventieregels.interventie(families, "0335", null, OMGEVING)).isEmpty();
    }

    @Test
    void errorsComeInTheOrderOfTheForm() {
        Map<String, String> f = fouten(new NieuweInterventie(null, null, null, null, 3, null, new BigDecimal("-1"), "per uur", 0,
                List.of("1"), List.of("X"), true));
        assertThat(f.keySet()).containsExactly("naam", "beschrijving", "doelgroep", "bron", "prijs", "capaciteit", "aanbiederAgbs", "productcodes");
    }
}
