package nl.dichtbij.berichten;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** API keys of providers in the embedded default; only their SHA-256 is stored. */
@Service
public class AanbiederSleutels {

    private final JdbcClient jdbc;
    private final Clock clock;

    AanbiederSleutels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The AGB code of the provider that holds this key. */
    public Optional<String> aanbieder(String sleutel) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select aanbieder_agb from aanbieder_sleutel where sleutel_hash = ?").param(hash(sleutel)).query(String.class).optional();
    }

    public void registreer(String aanbiederAgb, String sleutel, String omschrijving) {
        if (aanbieder(sleutel).isPresent()) {
            return;
        }
        jdbc.sql("insert into aanbieder_sleutel (sleutel_hash, aanbieder_agb, omschrijving, aangemaakt_op) values (?, ?, ?, ?)")
                .params(hash(sleutel), aanbiederAgb, omschrijving, Timestamp.from(clock.instant())).update();
    }

    private static String hash(String sleutel) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
