package nl.dichtbij.programma.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns "this person, this survey" into a key that cannot be turned back: HMAC-SHA256 with a
 * server secret over the survey id and the BSN. Without the secret nobody can test a BSN
 * against the table; with it one can only ask "did this BSN take part", never "what did he
 * answer" (the answers carry nothing that links to the key).
 */
@Component
public class Deelnamesleutel {

    private final SecretKeySpec geheim;

    Deelnamesleutel(@Value("${dichtbij.programma.enquete-geheim}") String geheim) {
        if (geheim == null || geheim.length() < 32) {
            throw new IllegalStateException("dichtbij.programma.enquete-geheim moet minstens 32 tekens lang zijn");
        }
        this.geheim = new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String van(long enqueteId, String bsn) {
        return hmac(enqueteId + ":" + bsn);
    }

    /** The key for another kind of survey (e.g. the statutory client experience survey), so its ids never meet the programme survey's. */
    public String van(String soort, long id, String bsn) {
        return hmac(soort + ":" + id + ":" + bsn);
    }

    private String hmac(String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(geheim);
            return HexFormat.of().formatHex(mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
