package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo data reproduce the stacking figures of Woerden 2017 in domain.md §5 exactly. Needs the
 * full Woerden population (51,000 residents), so it runs on its own database: in memory, or the empty
 * PostgreSQL database {@code STAPELING_DATASOURCE_URL} names (CI runs it there too).
 */
@IntegratieTest
@TestPropertySource(properties = {
        "spring.datasource.url=${STAPELING_DATASOURCE_URL:jdbc:h2:mem:stapeling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000}",
        "dichtbij.demo.inwoners-woerden=51000",
        "dichtbij.demo.inwoners-montfoort=600"})
class StapelingIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);

    @Autowired Stapelingsanalyse analyse;
    @Autowired PersonenRegister register;

    @Test
    void woerden2017EqualsTheEvaluation() {
        Stapeling s = analyse.analyse(BELEID, 2017);

        Map<Regeling, long[]> tabel1 = new LinkedHashMap<>();
        s.perRegeling().forEach(r -> tabel1.put(r.regeling(), new long[] {r.adressen(), r.alleenDeze()}));
        assertThat(tabel1.get(Regeling.JEUGD)).containsExactly(1_359, 1_153);
        assertThat(tabel1.get(Regeling.SCHULDHULPVERLENING)).containsExactly(192, 80);
        assertThat(tabel1.get(Regeling.WERK_EN_INKOMEN)).containsExactly(1_313, 795);
        assertThat(tabel1.get(Regeling.WMO_BEGELEIDING)).containsExactly(809, 246);
        assertThat(tabel1.get(Regeling.WMO_VOORZIENINGEN)).containsExactly(1_949, 1_351);
        assertThat(s.perRegeling().stream().map(r -> r.percentageAlleenDeze().toPlainString()))
                .containsExactly("84.8", "41.7", "60.5", "30.4", "69.3");
        assertThat(s.totaal().adressen()).isEqualTo(5_622);
        assertThat(s.totaal().alleenDeze()).isEqualTo(3_625);

        Map<String, Long> tabel2 = s.perCombinatie().stream().collect(Collectors.toMap(Stapeling.Combinatie::naam,
                Stapeling.Combinatie::adressen, (a, b) -> a, LinkedHashMap::new));
        Map<String, Long> zonderJeugd = new LinkedHashMap<>(tabel2);
        zonderJeugd.keySet().removeIf(k -> k.startsWith("Jeugd"));
        assertThat(zonderJeugd).containsExactlyEntriesOf(verwachteCombinaties());
        // the Jeugd combinations are not itemised in the evaluation; together they must add up
        long metJeugd = s.perCombinatie().stream().filter(c -> c.regelingen().contains(Regeling.JEUGD)).mapToLong(Stapeling.Combinatie::adressen).sum();
        assertThat(metJeugd).isEqualTo(1_359);
        assertThat(tabel2.get("Jeugd")).isEqualTo(1_153);
        assertThat(s.adressenMetVoorziening()).isEqualTo(1_359 + 3_168);

        assertThat(s.huishoudens()).isEqualTo(register.aantalHuishoudens("0632"));
        assertThat(s.drieOfMeerPerDuizend()).isEqualByComparingTo(new BigDecimal("50.0"));

        // per wijk and per kern add up to the municipality
        assertThat(s.perWijk().stream().mapToLong(Stapeling.Gebied::adressenMetVoorziening).sum()).isEqualTo(s.adressenMetVoorziening());
        assertThat(s.perKern().stream().mapToLong(Stapeling.Gebied::huishoudens).sum()).isEqualTo(s.huishoudens());
        assertThat(s.perKern().stream().mapToLong(Stapeling.Gebied::drieOfMeer).sum()).isEqualTo(s.huishoudensDrieOfMeer());
        assertThat(s.perKern()).extracting(Stapeling.Gebied::kern).containsExactly("Harmelen", "Kamerik", "Woerden", "Zegveld");
        assertThat(s.perWijk()).hasSize(11);
    }

    @Test
    void theYearMatters() {
        Stapeling eerder = analyse.analyse(BELEID, 2016);
        Stapeling later = analyse.analyse(BELEID, 2018);
        assertThat(eerder.adressenMetVoorziening()).isPositive().isNotEqualTo(4_527);
        assertThat(later.adressenMetVoorziening()).isPositive().isNotEqualTo(4_527);
        assertThat(analyse.analyse(BELEID, 2010).adressenMetVoorziening()).isZero();
    }

    @Test
    void montfoortHasASmallerSetOfItsOwn() {
        Gebruiker montfoort = new Gebruiker("mf", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
        Stapeling s = analyse.analyse(montfoort, 2017);
        assertThat(s.adressenMetVoorziening()).isPositive().isLessThan(4_527);
        assertThat(s.perKern()).extracting(Stapeling.Gebied::kern).doesNotContain("Woerden");
    }

    private static Map<String, Long> verwachteCombinaties() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("SHV", 80L);
        m.put("SHV+W&I", 45L);
        m.put("SHV+W&I+WMO-B", 17L);
        m.put("SHV+W&I+WMO-B+WMO-V", 4L);
        m.put("SHV+W&I+WMO-V", 4L);
        m.put("SHV+WMO-B", 9L);
        m.put("SHV+WMO-B+WMO-V", 1L);
        m.put("SHV+WMO-V", 6L);
        m.put("W&I", 795L);
        m.put("W&I+WMO-B", 113L);
        m.put("W&I+WMO-B+WMO-V", 80L);
        m.put("W&I+WMO-V", 154L);
        m.put("WMO-B", 246L);
        m.put("WMO-B+WMO-V", 263L);
        m.put("WMO-V", 1_351L);
        return m;
    }

    static List<String> namen(Stapeling s) {
        return s.perCombinatie().stream().map(Stapeling.Combinatie::naam).toList();
    }
}
