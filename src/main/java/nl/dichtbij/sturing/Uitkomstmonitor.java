package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ZRM as follow-up monitor (issue 18): per domain the distribution of the scores at intake and the change to the latest (or
 * the closing) scoring, per group, the professional's and the resident's view side by side with the gap between them. A side of a
 * group with fewer than 5 residents is suppressed. Not a report card: one intervention moves several domains, and the figures are
 * not for paying providers (seed 003).
 */
@Service
public class Uitkomstmonitor {

    /** Groups smaller than this are left out on every screen and in every file. */
    public static final int DREMPEL = 5;

    /** The groupings the board sees: groups of residents, not teams or providers. */
    static final Set<Uitkomstindeling> VOOR_BESTUUR = EnumSet.of(Uitkomstindeling.GEMEENTE, Uitkomstindeling.WIJK, Uitkomstindeling.LEEFTIJD,
            Uitkomstindeling.WET, Uitkomstindeling.REGELING, Uitkomstindeling.INTERVENTIE);

    /** One domain of one side of a group. */
    public record Domein(ZrmDomein domein, List<Long> verdeling, long paren, long somBasis, long somLaatste) {

        /** Residents with a score at intake in this domain. */
        public long gescoord() {
            return verdeling.stream().mapToLong(Long::longValue).sum();
        }

        public BigDecimal gemiddeldBijIntake() {
            long som = 0;
            for (int s = 0; s < 5; s++) {
                som += (s + 1) * verdeling.get(s);
            }
            return gemiddelde(som, gescoord());
        }

        /** Mean of the latest scores of the residents scored both at intake and later. */
        public BigDecimal gemiddeldLaatste() {
            return gemiddelde(somLaatste, paren);
        }

        /** Mean change from intake to the latest scoring, over the residents scored at both. */
        public BigDecimal verandering() {
            return gemiddelde(somLaatste - somBasis, paren);
        }
    }

    /** One side of a group: its residents, or suppressed (then without figures). */
    public record Kant(Door door, long personen, boolean onderdrukt, List<Domein> domeinen) {

        static Kant leeg(Door door) {
            return new Kant(door, 0, false, List.of());
        }

        public java.util.Optional<Domein> domein(ZrmDomein d) {
            return domeinen.stream().filter(x -> x.domein() == d).findFirst();
        }

        /** The mean change over all domains together: every pair of scores weighs the same. */
        public BigDecimal verandering() {
            long paren = domeinen.stream().mapToLong(Domein::paren).sum();
            long verschil = domeinen.stream().mapToLong(x -> x.somLaatste() - x.somBasis()).sum();
            return gemiddelde(verschil, paren);
        }

        public boolean heeftCijfers() {
            return !onderdrukt && personen > 0;
        }

        /** The mean score at intake over all domains together: every scored domain weighs the same. */
        public BigDecimal gemiddeldBijIntake() {
            long som = 0;
            long aantal = 0;
            for (Domein d : domeinen) {
                for (int s = 0; s < 5; s++) {
                    som += (s + 1) * d.verdeling().get(s);
                    aantal += d.verdeling().get(s);
                }
            }
            return gemiddelde(som, aantal);
        }
    }

    public record Groep(String code, String naam, Kant professional, Kant inwoner) {

        /** Resident minus professional, at intake: positive when residents rate themselves higher. Null when a side has no figure. */
        public BigDecimal verschilBijIntake(ZrmDomein d) {
            return verschil(professional.domein(d).map(Domein::gemiddeldBijIntake).orElse(null),
                    inwoner.domein(d).map(Domein::gemiddeldBijIntake).orElse(null), professional, inwoner);
        }

        /** Resident minus professional, at the latest scoring. */
        public BigDecimal verschilLaatste(ZrmDomein d) {
            return verschil(professional.domein(d).map(Domein::gemiddeldLaatste).orElse(null),
                    inwoner.domein(d).map(Domein::gemiddeldLaatste).orElse(null), professional, inwoner);
        }

        private static BigDecimal verschil(BigDecimal prof, BigDecimal inw, Kant p, Kant i) {
            return prof == null || inw == null || !p.heeftCijfers() || !i.heeftCijfers() ? null : inw.subtract(prof);
        }
    }

    public record Overzicht(String gemeenteCode, Uitkomstindeling indeling, boolean alleenAfgesloten, List<Groep> groepen, Groep gemeente,
                            List<Uitkomstindeling> indelingen) {

        public java.util.Optional<Groep> groep(String code) {
            return groepen.stream().filter(g -> g.code().equals(code)).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final boolean postgresql;

    Uitkomstmonitor(JdbcClient jdbc, Gemeenten gemeenten, javax.sql.DataSource bron) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.postgresql = isPostgresql(bron);
    }

    private static boolean isPostgresql(javax.sql.DataSource bron) {
        try (java.sql.Connection c = bron.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The groupings this user may choose. */
    public static List<Uitkomstindeling> indelingen(Gebruiker gebruiker) {
        return java.util.Arrays.stream(Uitkomstindeling.values())
                .filter(i -> !gebruiker.is(Rol.BESTUUR) || VOOR_BESTUUR.contains(i)).toList();
    }

    /** The monitor of the user's municipality (teamleider, beleid, beheer; the board only groups of residents). */
    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, Uitkomstindeling indeling, boolean alleenAfgesloten) {
        Voorzieningen.alleenCijfers(gebruiker);
        if (!indelingen(gebruiker).contains(indeling)) {
            throw new AccessDeniedException("Het bestuur ziet de uitkomsten van groepen inwoners, niet per team of aanbieder");
        }
        String gemeente = gebruiker.gemeenteCode();
        List<Groep> groepen = groepen(gemeente, indeling, alleenAfgesloten, null);
        Groep totaal = indeling == Uitkomstindeling.GEMEENTE ? groepen.stream().findFirst().orElse(leeg("gemeente", "De hele gemeente"))
                : groepen(gemeente, Uitkomstindeling.GEMEENTE, alleenAfgesloten, null).stream().findFirst().orElse(leeg("gemeente", "De hele gemeente"));
        totaal = new Groep(totaal.code(), "De hele gemeente", totaal.professional(), totaal.inwoner());
        return new Overzicht(gemeente, indeling, alleenAfgesloten, indeling == Uitkomstindeling.GEMEENTE ? List.of() : groepen, totaal,
                indelingen(gebruiker));
    }

    /** A provider's own clients in the municipality of its account, as one group: never another provider's. */
    @Transactional(readOnly = true)
    public Groep eigen(Gebruiker aanbieder, boolean alleenAfgesloten) {
        if (aanbieder == null || !aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            throw new AccessDeniedException("Alleen een aanbieder");
        }
        return groepen(aanbieder.gemeenteCode(), Uitkomstindeling.AANBIEDER, alleenAfgesloten, aanbieder.organisatie()).stream().findFirst()
                .orElse(leeg(aanbieder.organisatie(), aanbieder.organisatie()));
    }

    /** Call in a transaction: on PostgreSQL the aggregate gets the memory to keep thousands of groups of 100 sums off disk. */
    List<Groep> groepen(String gemeente, Uitkomstindeling indeling, boolean alleenAfgesloten, String code) {
        if (postgresql) {
            jdbc.sql("select set_config('work_mem', '32MB', true)").query(String.class).single();
        }
        Map<String, Kant[]> kanten = new LinkedHashMap<>();
        Map<String, String> namen = new LinkedHashMap<>();
        JdbcClient.StatementSpec sql = jdbc.sql(UitkomstSql.sql(indeling, alleenAfgesloten, code != null)).param("gemeente", gemeente);
        if (code != null) {
            sql = sql.param("code", code);
        }
        sql.query(rs -> {
            String groep = rs.getString("groep");
            namen.putIfAbsent(groep, rs.getString("naam"));
            Door door = Door.valueOf(rs.getString("door"));
            kanten.computeIfAbsent(groep, k -> new Kant[2])[door.ordinal()] = kant(rs, door);
        });
        Map<String, String> teamnamen = indeling == Uitkomstindeling.TEAM ? teamnamen(gemeente) : Map.of();
        List<Groep> groepen = new ArrayList<>();
        kanten.forEach((groep, k) -> groepen.add(new Groep(groep, naam(indeling, groep, namen.get(groep), teamnamen),
                k[0] != null ? k[0] : Kant.leeg(Door.PROFESSIONAL), k[1] != null ? k[1] : Kant.leeg(Door.INWONER))));
        groepen.sort(Comparator.comparing(Groep::naam, String.CASE_INSENSITIVE_ORDER));
        return groepen;
    }

    private static Kant kant(ResultSet rs, Door door) throws SQLException {
        long personen = rs.getLong("personen");
        if (personen < DREMPEL) {
            return new Kant(door, personen, true, List.of());
        }
        List<Domein> domeinen = new ArrayList<>();
        for (ZrmDomein d : ZrmDomein.values()) {
            int n = d.ordinal();
            List<Long> verdeling = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                verdeling.add(rs.getLong("i" + n + "_" + s));
            }
            domeinen.add(new Domein(d, List.copyOf(verdeling), rs.getLong("p" + n), rs.getLong("bi" + n), rs.getLong("bl" + n)));
        }
        return new Kant(door, personen, false, domeinen);
    }

    private Map<String, String> teamnamen(String gemeente) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (Team t : gemeenten.teams(gemeente)) {
            namen.put(String.valueOf(t.id()), t.naam());
        }
        return namen;
    }

    private static String naam(Uitkomstindeling indeling, String groep, String naam, Map<String, String> teamnamen) {
        if (indeling == Uitkomstindeling.GEMEENTE) {
            return "De hele gemeente";
        }
        if (groep == null || groep.isEmpty()) {
            return "Onbekend";
        }
        return switch (indeling) {
            case TEAM -> teamnamen.getOrDefault(groep, "Team " + groep);
            case WIJK, LEEFTIJD -> groep;
            default -> naam != null && !naam.isBlank() ? naam : groep;
        };
    }

    static Groep leeg(String code, String naam) {
        return new Groep(code, naam, Kant.leeg(Door.PROFESSIONAL), Kant.leeg(Door.INWONER));
    }

    static BigDecimal gemiddelde(long som, long aantal) {
        return aantal == 0 ? null : BigDecimal.valueOf(som).divide(BigDecimal.valueOf(aantal), 1, RoundingMode.HALF_UP);
    }
}
