package nl.dichtbij.regie;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds which cases: per professional the open cases by regievorm, weighted, and the procesregie share. */
@Service
public class Caseload {

    /** The share of cases in procesregie that Begeleiding Dichtbij expects: 10 to 15 percent. */
    public static final double PROCESREGIE_MIN = 0.10;
    public static final double PROCESREGIE_MAX = 0.15;

    private final JdbcClient jdbc;

    Caseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Regel(String regisseur, String regisseurNaam, Map<Regievorm, Long> aantallen) {

        public long totaal() {
            return aantallen.values().stream().mapToLong(Long::longValue).sum();
        }

        public double gewicht() {
            return aantallen.entrySet().stream().mapToDouble(e -> e.getKey().gewicht() * e.getValue()).sum();
        }

        public long aantal(Regievorm vorm) {
            return aantallen.getOrDefault(vorm, 0L);
        }
    }

    public record Procesregieaandeel(long procesregie, long totaal) {

        public double aandeel() {
            return totaal == 0 ? 0 : (double) procesregie / totaal;
        }

        public boolean binnenRichtlijn() {
            return aandeel() >= PROCESREGIE_MIN && aandeel() <= PROCESREGIE_MAX;
        }

        public String procent() {
            return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f%%", aandeel() * 100);
        }
    }

    private record Telling(String regisseur, String regisseurNaam, String regievorm, long aantal) {
    }

    @Transactional(readOnly = true)
    public List<Regel> perProfessional(Gebruiker teamleider) {
        Map<String, Regel> regels = new java.util.TreeMap<>();
        jdbc.sql("""
                        select regisseur, max(regisseur_naam) as regisseur_naam, regievorm, count(*) as aantal from zaak
                        where gemeente_code = ? and open = true and regisseur is not null group by regisseur, regievorm""")
                .param(teamleider.gemeenteCode()).query(Telling.class).list()
                .forEach(t -> regels.computeIfAbsent(t.regisseur(), r -> new Regel(r, t.regisseurNaam(), new EnumMap<>(Regievorm.class)))
                        .aantallen().put(Regievorm.valueOf(t.regievorm()), t.aantal()));
        return List.copyOf(regels.values());
    }

    @Transactional(readOnly = true)
    public Procesregieaandeel procesregie(Gebruiker teamleider) {
        return jdbc.sql("""
                        select sum(case when regievorm = 'PROCESREGIE' then 1 else 0 end) as procesregie, count(*) as totaal
                        from zaak where gemeente_code = ? and open = true""")
                .param(teamleider.gemeenteCode())
                .query((rs, i) -> new Procesregieaandeel(rs.getLong("procesregie"), rs.getLong("totaal"))).single();
    }
}
