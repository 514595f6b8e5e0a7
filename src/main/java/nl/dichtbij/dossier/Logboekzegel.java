package nl.dichtbij.dossier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the lines of the Logboek and its anchors with HMAC-SHA-256 under a key the database
 * never holds ({@code dichtbij.logboek.sleutel}): someone who can change the database can
 * change lines, but cannot make the seals fit again. Custody of the key: docs/privacy.md.
 */
@Component
class Logboekzegel {

    private final SecretKeySpec sleutel;

    Logboekzegel(@Value("${dichtbij.logboek.sleutel:}") String sleutel) {
        if (sleutel.length() < 32) {
            throw new IllegalStateException("Stel dichtbij.logboek.sleutel in (DICHTBIJ_LOGBOEK_SLEUTEL): minstens 32 willekeurige tekens, "
                    + "bewaard buiten de database (zie docs/privacy.md).");
        }
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String zegel(String inhoud) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean klopt(String inhoud, String zegel) {
        return MessageDigest.isEqual(zegel(inhoud).getBytes(StandardCharsets.US_ASCII), zegel.getBytes(StandardCharsets.US_ASCII));
    }
}
