package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The council overview as rows of open data: the same figures, and never a count under 5. */
class OpendataTest {

    @Test
    void everyFigureOfTheOverviewIsARowAndNoCountIsUnderFive() {
        Raadsoverzicht.Overzicht o = new Raadsoverzicht.Overzicht("0632", 2025, new BigDecimal("50.2"), 612L,
                List.of(new Raadsoverzicht.Kern("Woerden", 9000, 480L, new BigDecimal("53.3")), new Raadsoverzicht.Kern("Zegveld", 900, null, null),
                        new Raadsoverzicht.Kern("Gehucht", 3, null, null)),
                2026, 10, List.of(new Raadsoverzicht.Themaregel("Jeugd", 1_000_000L, 1_100_000L, 110L, true)), 1_000_000L, 1_100_000L,
                2025, 40, List.of(new Raadsoverzicht.Ervaring("Ik kreeg snel hulp", new BigDecimal("81.5"), 85, 40, false),
                        new Raadsoverzicht.Ervaring("Klein", null, 80, null, null)));

        List<Opendata.Regel> regels = Opendata.regels(o);

        assertThat(regels).contains(new Opendata.Regel("huishoudens_drie_of_meer_voorzieningen", null, 2025, BigDecimal.valueOf(612), "aantal", false),
                new Opendata.Regel("huishoudens_drie_of_meer_per_1000", null, 2025, new BigDecimal("50.2"), "per 1.000 huishoudens", false),
                new Opendata.Regel("huishoudens_drie_of_meer_voorzieningen", "Zegveld", 2025, null, "aantal", true),
                new Opendata.Regel("huishoudens_drie_of_meer_per_1000", "Zegveld", 2025, null, "per 1.000 huishoudens", true),
                // the overview shows every kern's households; a kern of 3 households is left out here
                new Opendata.Regel("huishoudens", "Gehucht", 2025, null, "aantal", true),
                new Opendata.Regel("budget", "Jeugd", 2026, BigDecimal.valueOf(1_000_000), "euro", false),
                new Opendata.Regel("prognose_van_budget", "Jeugd", 2026, BigDecimal.valueOf(110), "procent", false),
                new Opendata.Regel("percentage_eens", "Ik kreeg snel hulp", 2025, new BigDecimal("81.5"), "procent", false),
                new Opendata.Regel("percentage_eens", "Klein", 2025, null, "procent", true),
                new Opendata.Regel("respondenten_clientervaring", null, 2025, BigDecimal.valueOf(40), "aantal", false));
        assertThat(regels).filteredOn(r -> r.eenheid().equals(Opendata.AANTAL) && r.waarde() != null)
                .allSatisfy(r -> assertThat(r.waarde()).isGreaterThanOrEqualTo(BigDecimal.valueOf(5)));
        assertThat(regels).filteredOn(r -> r.waarde() == null && r.eenheid().equals(Opendata.AANTAL)).allSatisfy(r -> assertThat(r.onderdrukt()).isTrue());
    }

    @Test
    void theSchemaDescribesExactlyTheColumnsAndUnitsOfTheDataset() throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(new ClassPathResource("opendata/raadsoverzicht.schema.json").getInputStream());
        List<String> velden = schema.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
        assertThat(velden).isEqualTo(Opendata.VELDEN);
        List<String> eenheden = schema.get("fields").get(6).get("constraints").get("enum").valueStream().map(JsonNode::asString).toList();
        assertThat(eenheden).containsExactlyInAnyOrder(Opendata.AANTAL, Opendata.PER_DUIZEND, Opendata.EURO, Opendata.PROCENT, Opendata.MAANDEN);
        List<String> indicatoren = schema.get("fields").get(2).get("constraints").get("enum").valueStream().map(JsonNode::asString).toList();
        Raadsoverzicht.Overzicht o = new Raadsoverzicht.Overzicht("0632", 2025, null, null, List.of(new Raadsoverzicht.Kern("Woerden", 10, null, null)),
                2026, 0, List.of(new Raadsoverzicht.Themaregel("Jeugd", null, null, null, false)), 0, 0, 2025, null,
                List.of(new Raadsoverzicht.Ervaring("Vraag", null, 80, null, null)));
        assertThat(indicatoren).containsAll(Opendata.regels(o).stream().map(Opendata.Regel::indicator).distinct().toList());
    }
}
