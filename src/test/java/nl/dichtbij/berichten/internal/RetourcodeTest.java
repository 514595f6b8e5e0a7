package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RetourcodeTest {

    @Test
    void everyCodeIsFoundByItsNumber() {
        Arrays.stream(Retourcode.values()).forEach(c -> assertThat(Retourcode.van(c.code())).isSameAs(c));
    }

    /** The wording is the code list's own (checked against WJ001 where the iStandaarden folder is beside the project). */
    @Test
    void theWordingIsThatOfTheCodeList() throws Exception {
        Path wj001 = Path.of("../shared/istandaarden/ijw-3.2/codelijsten/WJ001_Retourcode.md");
        Assumptions.assumeTrue(Files.exists(wj001), "WJ001 not beside the project");
        String lijst = Files.readString(wj001);
        Arrays.stream(Retourcode.values()).forEach(c -> assertThat(lijst).as(c.name()).contains("| " + c.code() + " | " + c.omschrijving()));
    }
}
