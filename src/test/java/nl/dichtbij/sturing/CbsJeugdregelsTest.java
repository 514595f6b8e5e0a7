package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.sturing.CbsJeugdregels.Jeugdhulp;
import nl.dichtbij.sturing.CbsJeugdregels.Periode;
import nl.dichtbij.veiligheid.Maatregelsoort;

import org.junit.jupiter.api.Test;

class CbsJeugdregelsTest {

    @Test
    void twoPeriodsAYear() {
        assertThat(new Periode(2026, 1).begin()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Periode(2026, 1).eind()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(new Periode(2026, 2).begin()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new Periode(2026, 2).eind()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> new Periode(2026, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hulpvormOnlyWhereTheProductCategorySaysItWithoutDoubt() {
        assertThat(CbsJeugdregels.hulpvorm("31")).contains("01");
        assertThat(CbsJeugdregels.hulpvorm("35")).contains("11");
        assertThat(CbsJeugdregels.hulpvorm("37")).contains("13");
        assertThat(CbsJeugdregels.hulpvorm("41")).contains("03");
        assertThat(CbsJeugdregels.hulpvorm("43")).contains("14");
        assertThat(CbsJeugdregels.hulpvorm("45")).isEmpty();
        assertThat(CbsJeugdregels.hulpvorm("46")).isEmpty();
        assertThat(CbsJeugdregels.hulpvorm("54")).isEmpty();
        assertThat(CbsJeugdregels.hulpvorm(null)).isEmpty();
        assertThat(CbsJeugdregels.isJeugdhulp("42")).isFalse();
        assertThat(CbsJeugdregels.isJeugdhulp("48")).isFalse();
        assertThat(CbsJeugdregels.isJeugdhulp("45")).isTrue();
        assertThat(CbsJeugdregels.gestartMetCrisis("46")).isEqualTo("01");
        assertThat(CbsJeugdregels.gestartMetCrisis("45")).isEqualTo("02");
    }

    @Test
    void theReasonOfAStopMessageAsTheProtocolsReason() {
        assertThat(CbsJeugdregels.redenBeeindiging("31")).contains("01");
        assertThat(CbsJeugdregels.redenBeeindiging("39")).contains("01");
        assertThat(CbsJeugdregels.redenBeeindiging("34")).contains("02");
        assertThat(CbsJeugdregels.redenBeeindiging("32")).contains("03");
        assertThat(CbsJeugdregels.redenBeeindiging("38")).contains("03");
        assertThat(CbsJeugdregels.redenBeeindiging("33")).contains("04");
        assertThat(CbsJeugdregels.redenBeeindiging("02")).contains("05");
        assertThat(CbsJeugdregels.redenBeeindiging("36")).isEmpty();
        assertThat(CbsJeugdregels.redenBeeindiging("20")).isEmpty();
        assertThat(CbsJeugdregels.typeMaatregel(Maatregelsoort.OTS)).contains("11");
        assertThat(CbsJeugdregels.typeMaatregel(Maatregelsoort.VOOGDIJ)).contains("21");
        assertThat(CbsJeugdregels.typeMaatregel(Maatregelsoort.JEUGDRECLASSERING)).isEmpty();
    }

    private static Jeugdhulp jh(long id, String agb, String hulpvorm, LocalDate aanvang, LocalDate einde, String reden, String crisis) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("HULPVORM", hulpvorm);
        v.put("GESTART_MET_CRISIS", crisis);
        v.put("DATUM_AANVANG", CbsJeugdbestand.datum(aanvang));
        v.put("DATUM_EINDE", CbsJeugdbestand.datum(einde));
        v.put("REDEN_BEEINDIGING", reden);
        return new Jeugdhulp(List.of(id), agb, "123456782", hulpvorm, aanvang, einde, v);
    }

    private static LocalDate d(int m, int dag) {
        return LocalDate.of(2026, m, dag);
    }

    @Test
    void overlappingRecordsOfOneHulpvormBecomeOne() {
        var uit = CbsJeugdregels.samenvoegen(List.of(
                jh(1, "1", "03", d(1, 1), d(4, 30), "02", "01"),
                jh(2, "1", "03", d(4, 1), d(5, 31), "01", "02"),
                // touches the merged one: the next day
                jh(3, "1", "03", d(6, 1), d(6, 20), "04", "02")));
        assertThat(uit).singleElement().satisfies(j -> {
            assertThat(j.toewijzingen()).containsExactly(1L, 2L, 3L);
            assertThat(j.aanvang()).isEqualTo(d(1, 1));
            assertThat(j.velden()).containsEntry("DATUM_EINDE", "20260620").containsEntry("REDEN_BEEINDIGING", "04")
                    .containsEntry("GESTART_MET_CRISIS", "01");
        });
    }

    @Test
    void aRunningOneKeepsTheMergedRecordOpen() {
        var uit = CbsJeugdregels.samenvoegen(List.of(jh(1, "1", "02", d(1, 1), null, null, "02"), jh(2, "1", "02", d(2, 1), d(3, 1), "01", "02")));
        assertThat(uit).singleElement().satisfies(j -> {
            assertThat(j.einde()).isNull();
            assertThat(j.velden()).containsEntry("DATUM_EINDE", "").containsEntry("REDEN_BEEINDIGING", "");
        });
    }

    @Test
    void aGapOtherHulpvormOrOtherProviderStaysApart() {
        var uit = CbsJeugdregels.samenvoegen(List.of(
                jh(1, "1", "02", d(1, 1), d(1, 31), "01", "02"),
                jh(2, "1", "02", d(3, 1), d(3, 31), "01", "02"),
                jh(3, "1", "11", d(1, 15), null, null, "02"),
                jh(4, "2", "02", d(1, 10), null, null, "02")));
        assertThat(uit).extracting(j -> j.toewijzingen().getFirst()).containsExactly(1L, 4L, 3L, 2L);
    }
}
