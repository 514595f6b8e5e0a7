package nl.dichtbij.gemeente;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The contact details of each municipality. Shown on every page, so read from memory: loaded once, replaced when they are
 * changed here and reloaded every few minutes for changes made on another node.
 */
@Service
public class Contactgegevens {

    private static final Contact ONBEKEND = new Contact(null, null, null, null);
    private static final String SELECT = "select naam, telefoon, postadres, bereikbaar from gemeente";

    private final JdbcClient jdbc;
    private final Map<String, Contact> perGemeente = new ConcurrentHashMap<>();

    Contactgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> van(String gemeenteCode) {
        if (gemeenteCode == null) {
            return Optional.empty();
        }
        Contact contact = perGemeente.computeIfAbsent(gemeenteCode, code -> jdbc.sql(SELECT + " where code = ?").param(code)
                .query((rs, i) -> contact(rs)).optional().orElse(ONBEKEND));
        return contact == ONBEKEND || contact.telefoon() == null ? Optional.empty() : Optional.of(contact);
    }

    public void vastleggen(String gemeenteCode, String telefoon, String postadres, String bereikbaar) {
        if (!telefoonnummer(telefoon)) {
            throw new OngeldigeInvoerException(Map.of("telefoon", "Vul een Nederlands telefoonnummer in, bijvoorbeeld 14 0348 of 0348 123 456."));
        }
        int gewijzigd = jdbc.sql("update gemeente set telefoon = ?, postadres = ?, bereikbaar = ? where code = ?")
                .params(telefoon.strip(), leegIsNull(postadres), leegIsNull(bereikbaar), gemeenteCode).update();
        if (gewijzigd == 0) {
            throw new OngeldigeInvoerException(Map.of("gemeente", "Gemeente " + gemeenteCode + " is niet ingericht."));
        }
        perGemeente.put(gemeenteCode, jdbc.sql(SELECT + " where code = ?").param(gemeenteCode).query((rs, i) -> contact(rs)).single());
    }

    /** All at once, so no page has to wait for a lookup; the first run comes right at the start. */
    @Scheduled(fixedDelayString = "${dichtbij.gemeente.contact-verversen:PT5M}")
    void verversen() {
        jdbc.sql("select code, naam, telefoon, postadres, bereikbaar from gemeente").query((rs, i) -> {
            perGemeente.put(rs.getString("code"), contact(rs));
            return null;
        }).list();
    }

    private static Contact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Contact(rs.getString("naam"), rs.getString("telefoon"), rs.getString("postadres"), rs.getString("bereikbaar"));
    }

    /** A Dutch number residents can dial: 10 digits from 0, the municipal 14 + area code, 0800/0900, or +31 and 9 digits. */
    static boolean telefoonnummer(String telefoon) {
        if (telefoon == null || !telefoon.strip().matches("[0-9 +()-]{5,20}")) {
            return false;
        }
        String cijfers = telefoon.replaceAll("[ ()-]", "");
        return cijfers.matches("0[1-9]\\d{8}|14\\d{3,4}|0[89]00\\d{4,7}|\\+31[1-9]\\d{8}");
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
