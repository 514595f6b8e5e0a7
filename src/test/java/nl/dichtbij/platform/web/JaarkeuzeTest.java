package nl.dichtbij.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JaarkeuzeTest {

    @Test
    void withoutAYearThePageShowsThisYearAmongTheYearsWithData() {
        Jaarkeuze keuze = Jaarkeuze.van(null, 2026, List.of(2024, 2025));
        assertThat(keuze.jaar()).isEqualTo(2026);
        assertThat(keuze.fout()).isNull();
        assertThat(keuze.jaren()).containsExactly(2026, 2025, 2024);
    }

    @Test
    void aChosenYearWithoutDataIsStillOffered() {
        Jaarkeuze keuze = Jaarkeuze.van(" 2019 ", 2026, List.of(2025));
        assertThat(keuze.jaar()).isEqualTo(2019);
        assertThat(keuze.jaren()).containsExactly(2026, 2025, 2019);
    }

    @Test
    void somethingElseThanAYearGivesThisYearAndAMessageNotAnErrorPage() {
        for (String fout : List.of("twintig", "1999", "2101")) {
            Jaarkeuze keuze = Jaarkeuze.van(fout, 2026, List.of());
            assertThat(keuze.jaar()).as(fout).isEqualTo(2026);
            assertThat(keuze.fout()).isEqualTo("Kies een jaar tussen 2000 en 2100. U ziet nu 2026.");
            assertThat(keuze.jaren()).containsExactly(2026);
        }
    }
}
