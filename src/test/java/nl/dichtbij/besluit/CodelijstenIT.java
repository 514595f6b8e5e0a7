package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The code lists refresh from the iStandaarden folder that CI has beside the project. */
@IntegratieTest
class CodelijstenIT {

    private static final Path ISTANDAARDEN = Path.of("..", "shared", "istandaarden");

    @Autowired Aanbod aanbod;

    @Test
    void importsTheCodeListsFromTheIStandaarden() throws Exception {
        if (!Files.isDirectory(ISTANDAARDEN)) {
            assertThat(System.getenv("CI")).as("CI has ../shared/istandaarden").isNotEqualTo("true");
            Assumptions.abort("../shared/istandaarden is not here");
        }
        int gelezen = aanbod.importeer(ISTANDAARDEN);

        assertThat(gelezen).isGreaterThanOrEqualTo(50);
        assertThat(aanbod.codelijst("WMO020")).extracting(c -> c.code()).contains("01", "02", "03", "18");
        assertThat(aanbod.codelijst("JZ020")).extracting(c -> c.code()).contains("45", "55");
        assertThat(aanbod.code("WJ756", "04")).hasValueSatisfying(c -> assertThat(c.omschrijving()).isEqualTo("Uur"));
        assertThat(aanbod.code("WMO757", "2")).hasValueSatisfying(c -> assertThat(c.omschrijving()).isEqualTo("Per week"));
    }
}
