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
        if (telefoon == null || !telefoon.matches("[0-9 +()-]{3,20}")) {
            throw new OngeldigeInvoerException(Map.of("telefoon", "Vul een telefoonnummer in, alleen cijfers, spaties en + ( ) -."));
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

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
