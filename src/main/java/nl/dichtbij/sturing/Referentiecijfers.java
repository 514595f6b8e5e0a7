package nl.dichtbij.sturing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference figures of a municipality (issue 21, decision 0034): beleid imports them by CSV ({@link Referentiebestand});
 * the steering pages and the council overview show them beside the municipality's own figure with their source. A figure
 * is one per indicator, year and level: a file read again adds nothing, a changed value replaces the old one.
 */
@Service
public class Referentiecijfers {

    public static final int MAX_BYTES = 512 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Referentiecijfers(JdbcClient jdbc, TransactionTemplate transactie, Clock clock) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.clock = clock;
    }

    /** Reads a reference CSV for the user's municipality: good rows saved (or replacing the same figure), a report per bad row. */
    public Importverslag importeer(Gebruiker beleid, String bestandsnaam, InputStream invoer) throws IOException {
        Voorzieningen.alleenSturing(beleid);
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bestand" : Referentiebestand.kort(bestandsnaam, 80);
        byte[] inhoud = invoer.readNBytes(MAX_BYTES + 1);
        if (inhoud.length > MAX_BYTES) {
            return Importverslag.geweigerd(naam, "Het bestand is groter dan 512 kB. Splits het in kleinere bestanden.");
        }
        if (inhoud.length == 0) {
            return Importverslag.geweigerd(naam, "Het bestand is leeg.");
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            return Importverslag.geweigerd(naam, "Het bestand is geen tekst in UTF-8. Sla het op als 'CSV UTF-8'.");
        }
        Referentiebestand.Uitkomst gelezen = Referentiebestand.lees(tekst, LocalDate.now(clock).getYear());
        int[] telling = transactie.execute(status -> bewaar(beleid, gelezen.goed()));
        return new Importverslag(naam, gelezen.gelezen(), telling[0], telling[1], gelezen.afwijzingen(), gelezen.bestandsfout());
    }

    /** Saves new figures, replaces changed ones, leaves equal ones: {saved or replaced, already known}. */
    private int[] bewaar(Gebruiker beleid, List<Referentiecijfer> cijfers) {
        int bewaard = 0;
        int bekend = 0;
        LocalDateTime nu = LocalDateTime.now(clock);
        for (Referentiecijfer c : cijfers) {
            Referentiecijfer bestaand = jdbc.sql("select * from referentiecijfer where gemeente_code = ? and indicator = ? and jaar = ? and niveau = ?")
                    .params(beleid.gemeenteCode(), c.indicator().name(), c.jaar(), c.niveau().name()).query(Referentiecijfers::cijfer).optional().orElse(null);
            if (c.equals(bestaand)) {
                bekend++;
            } else if (bestaand != null) {
                jdbc.sql("""
                                update referentiecijfer set gebied = ?, waarde = ?, eenheid = ?, bron_naam = ?, bron_url = ?, ingelezen_op = ?, ingelezen_door = ?
                                where gemeente_code = ? and indicator = ? and jaar = ? and niveau = ?""")
                        .params(c.gebied(), c.waarde(), c.eenheid(), c.bronNaam(), c.bronUrl(), nu, beleid.gebruikersnaam(),
                                beleid.gemeenteCode(), c.indicator().name(), c.jaar(), c.niveau().name()).update();
                bewaard++;
            } else {
                jdbc.sql("""
                                insert into referentiecijfer (gemeente_code, indicator, jaar, niveau, gebied, waarde, eenheid, bron_naam, bron_url,
                                    ingelezen_op, ingelezen_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(beleid.gemeenteCode(), c.indicator().name(), c.jaar(), c.niveau().name(), c.gebied(), c.waarde(), c.eenheid(),
                                c.bronNaam(), c.bronUrl(), nu, beleid.gebruikersnaam()).update();
                bewaard++;
            }
        }
        return new int[] {bewaard, bekend};
    }

    /** Every figure of the municipality, by indicator, level and year (newest first). */
    public List<Referentiecijfer> alle(String gemeenteCode) {
        List<Referentiecijfer> alle = new ArrayList<>(jdbc.sql("select * from referentiecijfer where gemeente_code = ?").param(gemeenteCode)
                .query(Referentiecijfers::cijfer).list());
        alle.sort(Comparator.comparing(Referentiecijfer::indicator).thenComparing(Referentiecijfer::niveau)
                .thenComparing(Referentiecijfer::jaar, Comparator.reverseOrder()));
        return alle;
    }

    /**
     * The reference lines beside an own figure of {@code jaar}: per level the figure of that year, or else of the nearest
     * earlier year, or else the earliest later one (a reference is often older than the own figure: its year is shown).
     */
    public List<Referentiecijfer> bij(String gemeenteCode, Indicator indicator, int jaar) {
        Map<Referentiecijfer.Niveau, Referentiecijfer> gekozen = new EnumMap<>(Referentiecijfer.Niveau.class);
        for (Referentiecijfer c : jdbc.sql("select * from referentiecijfer where gemeente_code = ? and indicator = ?")
                .params(gemeenteCode, indicator.name()).query(Referentiecijfers::cijfer).list()) {
            gekozen.merge(c.niveau(), c, (a, b) -> dichterBij(a, b, jaar));
        }
        return List.copyOf(gekozen.values());
    }

    /** Per indicator its reference lines for the year, in the order of the indicators. */
    public Map<Indicator, List<Referentiecijfer>> bij(String gemeenteCode, List<Indicator> indicatoren, int jaar) {
        Map<Indicator, List<Referentiecijfer>> lijnen = new EnumMap<>(Indicator.class);
        for (Indicator i : indicatoren) {
            List<Referentiecijfer> l = bij(gemeenteCode, i, jaar);
            if (!l.isEmpty()) {
                lijnen.put(i, l);
            }
        }
        return lijnen;
    }

    static Referentiecijfer dichterBij(Referentiecijfer a, Referentiecijfer b, int jaar) {
        boolean aVoor = a.jaar() <= jaar;
        boolean bVoor = b.jaar() <= jaar;
        if (aVoor != bVoor) {
            return aVoor ? a : b;
        }
        return Math.abs(a.jaar() - jaar) <= Math.abs(b.jaar() - jaar) ? a : b;
    }

    private static Referentiecijfer cijfer(ResultSet rs, int i) throws SQLException {
        BigDecimal waarde = rs.getBigDecimal("waarde");
        return new Referentiecijfer(Indicator.valueOf(rs.getString("indicator")), rs.getInt("jaar"), Referentiecijfer.Niveau.valueOf(rs.getString("niveau")),
                rs.getString("gebied"), waarde == null ? null : waarde.setScale(2), rs.getString("eenheid"), rs.getString("bron_naam"), rs.getString("bron_url"));
    }
}
