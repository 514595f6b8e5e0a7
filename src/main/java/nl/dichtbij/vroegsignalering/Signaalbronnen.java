package nl.dichtbij.vroegsignalering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of senders per municipality, kept by functioneel beheer. Each sender gets a key for the API: 256 random bits,
 * shown once when it is made; only its SHA-256 is kept (as for API sessions and provider keys), so a copy of the table lets
 * no one send signals. A key belongs to one municipality's sender, so it gives nothing in another municipality.
 */
@Service
public class Signaalbronnen {

    private static final int MAX_NAAM = 120;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Signaalbronnen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new sender and its key, which is shown this once. */
    public record NieuweBron(Signaalbron bron, String sleutel) {
    }

    @Transactional(readOnly = true)
    public List<Signaalbron> lijst(Gebruiker wie) {
        if (!wie.is(Rol.BEHEER) && !wie.is(Rol.CONSULENT) && !wie.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen functioneel beheer en het sociaal team");
        }
        return jdbc.sql("select id, gemeente_code, naam, soort, actief from signaalbron where gemeente_code = ? order by naam")
                .param(wie.gemeenteCode()).query((rs, i) -> bron(rs)).list();
    }

    @Transactional
    public NieuweBron aanmaken(Gebruiker wie, String naam, String soort) {
        beheer(wie);
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        return registreren(wie.gemeenteCode(), naam, soort, "vs-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /**
     * For the demo profile only: a sender with a key it chooses, so the README can name it. Does nothing but return the sender
     * when one with that name is there.
     */
    @Transactional
    public Signaalbron demobron(String gemeenteCode, String naam, Bronsoort soort, String sleutel) {
        return jdbc.sql("select id, gemeente_code, naam, soort, actief from signaalbron where gemeente_code = ? and naam = ?")
                .params(gemeenteCode, naam).query((rs, i) -> bron(rs)).optional()
                .orElseGet(() -> registreren(gemeenteCode, naam, soort.name(), sleutel).bron());
    }

    /** Whether the municipality's register has a sender of this name (the demo asks before it adds its own). */
    @Transactional(readOnly = true)
    public boolean bestaat(String gemeenteCode, String naam) {
        return jdbc.sql("select count(*) from signaalbron where gemeente_code = ? and naam = ?").params(gemeenteCode, naam).query(Long.class).single() > 0;
    }

    private NieuweBron registreren(String gemeenteCode, String naam, String soort, String sleutel) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String schoon = naam == null ? "" : naam.strip();
        if (schoon.isEmpty()) {
            fouten.put("naam", "Vul de naam van de organisatie in, bijvoorbeeld GroenWest.");
        } else if (schoon.length() > MAX_NAAM) {
            fouten.put("naam", "Gebruik hoogstens " + MAX_NAAM + " tekens.");
        } else if (jdbc.sql("select count(*) from signaalbron where gemeente_code = ? and lower(naam) = lower(?)").params(gemeenteCode, schoon)
                .query(Long.class).single() > 0) {
            fouten.put("naam", "Er is al een signaalbron met deze naam.");
        }
        Bronsoort gekozen = Bronsoort.lees(soort).orElse(null);
        if (gekozen == null) {
            fouten.put("soort", "Kies de soort: woningcorporatie, energieleverancier, drinkwaterbedrijf of zorgverzekeraar.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutelHouder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into signaalbron (gemeente_code, naam, soort, actief, sleutel_hash, aangemaakt_op) values (?, ?, ?, true, ?, ?)")
                .params(gemeenteCode, schoon, gekozen.name(), hash(sleutel), Timestamp.from(clock.instant())).update(sleutelHouder, "id");
        return new NieuweBron(new Signaalbron(sleutelHouder.getKey().longValue(), gemeenteCode, schoon, gekozen, true), sleutel);
    }

    /** Stops or restarts a sender: a stopped sender's key is refused, its signals stay. */
    @Transactional
    public Signaalbron actief(Gebruiker wie, long id, boolean actief) {
        beheer(wie);
        int gewijzigd = jdbc.sql("update signaalbron set actief = ? where id = ? and gemeente_code = ?").params(actief, id, wie.gemeenteCode()).update();
        if (gewijzigd == 0) {
            throw new NietGevondenException("De signaalbron");
        }
        return bron(wie, id);
    }

    /** A sender of the caller's municipality. */
    @Transactional(readOnly = true)
    public Signaalbron bron(Gebruiker wie, long id) {
        return jdbc.sql("select id, gemeente_code, naam, soort, actief from signaalbron where id = ? and gemeente_code = ?")
                .params(id, wie.gemeenteCode()).query((rs, i) -> bron(rs)).optional()
                .orElseThrow(() -> new NietGevondenException("De signaalbron"));
    }

    /** The active sender that holds this key. */
    @Transactional(readOnly = true)
    public Optional<Signaalbron> metSleutel(String sleutel) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select id, gemeente_code, naam, soort, actief from signaalbron where sleutel_hash = ? and actief = true")
                .param(hash(sleutel.strip())).query((rs, i) -> bron(rs)).optional();
    }

    private static Signaalbron bron(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Signaalbron(rs.getLong(1), rs.getString(2), rs.getString(3), Bronsoort.valueOf(rs.getString(4)), rs.getBoolean(5));
    }

    private static void beheer(Gebruiker wie) {
        if (!wie.is(Rol.BEHEER)) {
            throw new AccessDeniedException("Alleen functioneel beheer");
        }
    }

    static String hash(String sleutel) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
