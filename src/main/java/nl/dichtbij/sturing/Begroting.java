package nl.dichtbij.sturing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget per theme that the controller enters per year, and the percentage above which the forecast warns. */
@Service
public class Begroting {

    public static final int STANDAARD_DREMPEL = 5;
    private static final long MAXIMUM_CENTEN = 100_000_000_000L;

    private final JdbcClient jdbc;
    private final Clock clock;

    Begroting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Jaar(int jaar, Map<Thema, Long> budgetCenten, int drempelProcent) {
        public Long budget(Thema thema) {
            return budgetCenten.get(thema);
        }
    }

    public Jaar jaar(String gemeenteCode, int jaar) {
        Map<Thema, Long> budgetten = new EnumMap<>(Thema.class);
        jdbc.sql("select thema, budget_centen from begroting where gemeente_code = ? and jaar = ?").params(gemeenteCode, jaar)
                .query((rs, i) -> Map.entry(Thema.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> budgetten.put(e.getKey(), e.getValue()));
        int drempel = jdbc.sql("select procent from begroting_drempel where gemeente_code = ? and jaar = ?").params(gemeenteCode, jaar)
                .query(Integer.class).optional().orElse(STANDAARD_DREMPEL);
        return new Jaar(jaar, budgetten, drempel);
    }

    /** Amounts as the controller typed them (euros, with or without cents); an empty field removes that theme's budget. */
    @Transactional
    public Jaar vastleggen(Gebruiker controller, int jaar, Map<Thema, String> bedragen, String drempel) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Map<Thema, Long> centen = new EnumMap<>(Thema.class);
        bedragen.forEach((thema, tekst) -> {
            if (tekst == null || tekst.isBlank()) {
                return;
            }
            Long waarde = nl.dichtbij.platform.Bedrag.centen(tekst);
            if (waarde == null || waarde < 0 || waarde > MAXIMUM_CENTEN) {
                fouten.put(thema.name(), "Vul bij " + thema.label() + " een bedrag in euro's in, bijvoorbeeld 1250000 of 1.250.000,00.");
            } else {
                centen.put(thema, waarde);
            }
        });
        Integer procent = null;
        try {
            procent = Integer.parseInt(drempel == null ? "" : drempel.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (procent == null || procent < 0 || procent > 50) {
            fouten.put("drempel", "Vul bij de waarschuwing een percentage van 0 tot en met 50 in.");
        }
        if (jaar < 2015 || jaar > 2100) {
            fouten.put("jaar", "Kies een jaar.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String gemeente = controller.gemeenteCode();
        jdbc.sql("delete from begroting where gemeente_code = ? and jaar = ?").params(gemeente, jaar).update();
        Timestamp nu = Timestamp.from(clock.instant());
        centen.forEach((thema, bedrag) -> jdbc.sql("""
                        insert into begroting (gemeente_code, jaar, thema, budget_centen, ingevoerd_door, ingevoerd_op) values (?, ?, ?, ?, ?, ?)""")
                .params(gemeente, jaar, thema.name(), bedrag, controller.gebruikersnaam(), nu).update());
        jdbc.sql("delete from begroting_drempel where gemeente_code = ? and jaar = ?").params(gemeente, jaar).update();
        jdbc.sql("insert into begroting_drempel (gemeente_code, jaar, procent) values (?, ?, ?)").params(gemeente, jaar, procent).update();
        return jaar(gemeente, jaar);
    }
}
