package nl.dichtbij.sturing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.sturing.internal.Uitkomstverloop.Stand;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Moment;

import org.junit.jupiter.api.Test;

class UitkomstverloopTest {

    private static final Stand INTAKE = stand(1, Moment.INTAKE, 1);
    private static final Stand TUSSENTIJDS = stand(50, Moment.TUSSENTIJDS, 3);
    private static final Stand AFSLUITING = stand(100, Moment.AFSLUITING, 4);

    @Test
    void theIntakeIsTheBaselineAndTheLatestLaterScoringTheOtherEndWhateverTheOrderTheyArrive() {
        for (List<Stand> volgorde : List.of(List.of(INTAKE, TUSSENTIJDS, AFSLUITING), List.of(AFSLUITING, TUSSENTIJDS, INTAKE),
                List.of(TUSSENTIJDS, INTAKE, AFSLUITING), List.of(AFSLUITING, INTAKE, TUSSENTIJDS), List.of(INTAKE, AFSLUITING, TUSSENTIJDS),
                List.of(TUSSENTIJDS, AFSLUITING, INTAKE))) {
            Uitkomstverloop v = Uitkomstverloop.begin(volgorde.get(0)).met(volgorde.get(1)).met(volgorde.get(2));
            assertThat(v.basis()).as(volgorde.toString()).isEqualTo(INTAKE);
            assertThat(v.laatste().scores()).as(volgorde.toString()).isEqualTo(AFSLUITING.scores());
            assertThat(v.laatste().moment()).isEqualTo(Moment.AFSLUITING);
            assertThat(v.afgesloten()).isTrue();
        }
    }

    @Test
    void withoutAnIntakeTheEarliestScoringIsTheBaseline() {
        Uitkomstverloop v = Uitkomstverloop.begin(AFSLUITING).met(TUSSENTIJDS);
        assertThat(v.basis()).isEqualTo(TUSSENTIJDS);
        assertThat(v.laatste().scores()).isEqualTo(AFSLUITING.scores());
    }

    @Test
    void anOnlyScoringHasNoChangeYetAndALaterTussentijdsIsNotAClosure() {
        assertThat(Uitkomstverloop.begin(INTAKE).laatste()).isNull();
        assertThat(Uitkomstverloop.begin(INTAKE).afgesloten()).isFalse();
        assertThat(Uitkomstverloop.begin(INTAKE).met(TUSSENTIJDS).afgesloten()).isFalse();
    }

    @Test
    void aScoringOnTheSameDayAsTheLatestReplacesIt() {
        Stand herzien = stand(100, Moment.AFSLUITING, 5);
        assertThat(Uitkomstverloop.begin(INTAKE).met(AFSLUITING).met(herzien).laatste().scores()).isEqualTo(herzien.scores());
    }

    @Test
    void anEvaluationOfOneDomainKeepsTheOtherDomainsLatestScores() {
        Stand geheel = new Stand(LocalDate.of(2026, 3, 1), Moment.TUSSENTIJDS, Map.of(ZrmDomein.FINANCIEN, 3, ZrmDomein.HUISVESTING, 4));
        Stand eenDoel = new Stand(LocalDate.of(2026, 4, 1), Moment.TUSSENTIJDS, Map.of(ZrmDomein.FINANCIEN, 4));
        Uitkomstverloop v = Uitkomstverloop.begin(INTAKE).met(geheel).met(eenDoel);
        assertThat(v.laatste().scores()).containsExactlyInAnyOrderEntriesOf(Map.of(ZrmDomein.FINANCIEN, 4, ZrmDomein.HUISVESTING, 4));
        assertThat(v.laatste().datum()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theAgeBandIsTheAgeAtTheBaseline() {
        LocalDate geboren = LocalDate.of(2010, 6, 1);
        assertThat(UitkomstenBijhouden.Leeftijdsklasse.van(geboren, LocalDate.of(2022, 5, 31))).isEqualTo("0 tot 12 jaar");
        assertThat(UitkomstenBijhouden.Leeftijdsklasse.van(geboren, LocalDate.of(2022, 6, 1))).isEqualTo("12 tot 18 jaar");
        assertThat(UitkomstenBijhouden.Leeftijdsklasse.van(geboren, LocalDate.of(2028, 6, 1))).isEqualTo("18 tot 27 jaar");
        assertThat(UitkomstenBijhouden.Leeftijdsklasse.van(LocalDate.of(1950, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo("67 jaar en ouder");
        assertThat(UitkomstenBijhouden.Leeftijdsklasse.van(null, LocalDate.of(2026, 1, 1))).isNull();
    }

    private static Stand stand(int dag, Moment moment, int score) {
        return new Stand(LocalDate.of(2026, 1, 1).plusDays(dag), moment, Map.of(ZrmDomein.FINANCIEN, score));
    }
}
