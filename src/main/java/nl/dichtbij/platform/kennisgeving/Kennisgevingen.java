package nl.dichtbij.platform.kennisgeving;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Emailadres;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where someone wants to be told that something waits for him, confirmed with a code sent there before the first
 * notification, and the sending (docs/decisions/0024). A notification says that there is something, never what: the
 * content stays behind the login. Channels exist only when configured (SMTP, SMS hook).
 */
@Service
public class Kennisgevingen {

    private static final Logger log = LoggerFactory.getLogger(Kennisgevingen.class);
    static final Duration CODE_GELDIG = Duration.ofMinutes(30);
    static final int MAX_POGINGEN = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Kanaal, Bezorger> bezorgers = new EnumMap<>(Kanaal.class);
    private final SecureRandom toeval = new SecureRandom();

    Kennisgevingen(JdbcClient jdbc, Clock clock, List<Bezorger> bezorgers) {
        this.jdbc = jdbc;
        this.clock = clock;
        bezorgers.forEach(b -> this.bezorgers.put(b.kanaal(), b));
    }

    /** The channels this installation can send over. */
    public List<Kanaal> kanalen() {
        return List.copyOf(bezorgers.keySet());
    }

    /** Someone's address on a channel, confirmed or waiting for its code. */
    public record Adres(Kanaal kanaal, String adres, boolean bevestigd) {

        public String leesbaar() {
            return kanaal == Kanaal.SMS ? Mobielnummer.leesbaar(adres) : adres;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Adres> adres(Ontvanger wie, Kanaal kanaal) {
        return jdbc.sql("select adres, bevestigd_op from kennisgeving_adres where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name())
                .query((rs, i) -> new Adres(kanaal, rs.getString(1), rs.getTimestamp(2) != null)).optional();
    }

    /**
     * Sets the address and sends a code to it, to be typed in before anything else is sent there. The same address
     * already confirmed stays confirmed. The address is kept when sending the code fails, so "send a new code" can try again.
     */
    public void instellen(Ontvanger wie, Kanaal kanaal, String invoer) {
        Bezorger bezorger = bezorger(kanaal);
        String adres = geldig(kanaal, invoer);
        if (adres(wie, kanaal).filter(a -> a.bevestigd() && a.adres().equalsIgnoreCase(adres)).isPresent()) {
            return;
        }
        nietTeSnel(wie, kanaal);
        String code = code();
        Timestamp nu = Timestamp.from(clock.instant());
        Object[] waarden = {adres, hash(wie, kanaal, code), Timestamp.from(clock.instant().plus(CODE_GELDIG)), nu,
                wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name()};
        String bijwerken = """
                update kennisgeving_adres set adres = ?, bevestigd_op = null, code_hash = ?, code_geldig_tot = ?, pogingen = 0, gewijzigd_op = ?
                where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?""";
        if (jdbc.sql(bijwerken).params(waarden).update() == 0) {
            try {
                jdbc.sql("""
                        insert into kennisgeving_adres (adres, code_hash, code_geldig_tot, gewijzigd_op, gemeente_code, voor_medewerker, eigenaar, kanaal)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""").params(waarden).update();
            } catch (DuplicateKeyException tegelijk) {
                jdbc.sql(bijwerken).params(waarden).update();
            }
        }
        verstuurCode(bezorger, kanaal, adres, code);
    }

    /** A new code to the address given, e.g. when the first did not arrive or expired. */
    public void nieuweCode(Ontvanger wie, Kanaal kanaal) {
        Adres adres = adres(wie, kanaal).filter(a -> !a.bevestigd())
                .orElseThrow(() -> new OngeldigeInvoerException("code", "Vul eerst " + kanaal.adresNaam() + " in."));
        nietTeSnel(wie, kanaal);
        String code = code();
        jdbc.sql("""
                        update kennisgeving_adres set code_hash = ?, code_geldig_tot = ?, pogingen = 0
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?""")
                .params(hash(wie, kanaal, code), Timestamp.from(clock.instant().plus(CODE_GELDIG)), wie.gemeenteCode(), wie.medewerker(),
                        wie.eigenaar(), kanaal.name())
                .update();
        verstuurCode(bezorger(kanaal), kanaal, adres.adres(), code);
    }

    /** Confirms the address with the code sent to it: from then on notifications go there. */
    @Transactional
    public void bevestigen(Ontvanger wie, Kanaal kanaal, String code) {
        record Stand(String codeHash, Instant geldigTot, int pogingen, Instant bevestigdOp) {
        }
        Stand stand = jdbc.sql("""
                        select code_hash, code_geldig_tot, pogingen, bevestigd_op from kennisgeving_adres
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ? for update""")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name())
                .query((rs, i) -> new Stand(rs.getString(1), instant(rs.getTimestamp(2)), rs.getInt(3), instant(rs.getTimestamp(4))))
                .optional().orElseThrow(() -> new OngeldigeInvoerException("code", "Vul eerst " + kanaal.adresNaam() + " in."));
        if (stand.bevestigdOp() != null) {
            return;
        }
        String schoon = code == null ? "" : code.replaceAll("\\s", "");
        if (schoon.isEmpty()) {
            throw new OngeldigeInvoerException("code", "Vul de code in die wij u stuurden.");
        }
        if (stand.codeHash() == null || stand.pogingen() >= MAX_POGINGEN) {
            throw new OngeldigeInvoerException("code", "U vulde te vaak een verkeerde code in. Vraag een nieuwe code.");
        }
        if (stand.geldigTot().isBefore(clock.instant())) {
            throw new OngeldigeInvoerException("code", "Deze code is verlopen. Vraag een nieuwe code.");
        }
        if (!MessageDigest.isEqual(stand.codeHash().getBytes(StandardCharsets.US_ASCII), hash(wie, kanaal, schoon).getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("update kennisgeving_adres set pogingen = pogingen + 1 where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?")
                    .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name()).update();
            throw new OngeldigeInvoerException("code", "Deze code klopt niet. Kijk of u alle cijfers goed overnam.");
        }
        jdbc.sql("""
                        update kennisgeving_adres set bevestigd_op = ?, code_hash = null, code_geldig_tot = null, pogingen = 0
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?""")
                .params(Timestamp.from(clock.instant()), wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name()).update();
    }

    /** Stops notifications on this channel: the address is deleted, not kept. */
    public void uitzetten(Ontvanger wie, Kanaal kanaal) {
        jdbc.sql("delete from kennisgeving_adres where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ?")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name()).update();
    }

    /**
     * Something new waits for him: noted once, sent with whatever else comes in the next minutes as one notification
     * ({@link Nieuwsbundel}). Nothing is noted for someone without a confirmed address.
     */
    public void nieuws(Ontvanger wie) {
        try {
            jdbc.sql("""
                            insert into kennisgeving_wachtrij (gemeente_code, voor_medewerker, eigenaar, sinds)
                            select distinct gemeente_code, voor_medewerker, eigenaar, cast(? as timestamp with time zone) from kennisgeving_adres a
                            where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and bevestigd_op is not null
                              and not exists (select 1 from kennisgeving_wachtrij w where w.gemeente_code = a.gemeente_code
                                              and w.voor_medewerker = a.voor_medewerker and w.eigenaar = a.eigenaar)""")
                    .params(Timestamp.from(clock.instant()), wie.gemeenteCode(), wie.medewerker(), wie.eigenaar()).update();
        } catch (DuplicateKeyException alGenoteerd) {
            // noted at the same moment by another message: one notification is what we want
        }
    }

    /**
     * Sends the message to every confirmed address of this person over the channels this installation has.
     *
     * @return false when a delivery failed (logged; the others still went), so the caller can try again later
     */
    public boolean stuur(Ontvanger wie, Bericht bericht) {
        boolean bezorgd = true;
        for (Adres adres : bevestigd(wie)) {
            Bezorger bezorger = bezorgers.get(adres.kanaal());
            if (bezorger == null) {
                continue;
            }
            try {
                bezorger.stuur(adres.adres(), bericht);
            } catch (RuntimeException fout) {
                bezorgd = false;
                log.warn("Kennisgeving per {} niet verstuurd: {}", adres.kanaal(), fout.getMessage());
            }
        }
        return bezorgd;
    }

    /** Which of these residents (by BSN) have a confirmed address: most have none, so most news costs one query. */
    @Transactional(readOnly = true)
    public java.util.Set<String> inwonersMetAdres(String gemeenteCode, java.util.Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                        select distinct eigenaar from kennisgeving_adres
                        where gemeente_code = :gemeente and voor_medewerker = false and eigenaar in (:bsns) and bevestigd_op is not null""")
                .param("gemeente", gemeenteCode).param("bsns", List.copyOf(bsns)).query(String.class).list());
    }

    /** The professionals of any municipality with a confirmed address, for their daily digest. */
    @Transactional(readOnly = true)
    public List<Ontvanger> medewerkersMetAdres() {
        return jdbc.sql("select distinct gemeente_code, eigenaar from kennisgeving_adres where voor_medewerker = true and bevestigd_op is not null order by gemeente_code, eigenaar")
                .query((rs, i) -> Ontvanger.medewerker(rs.getString(1), rs.getString(2))).list();
    }

    private List<Adres> bevestigd(Ontvanger wie) {
        return jdbc.sql("select kanaal, adres from kennisgeving_adres where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and bevestigd_op is not null")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar())
                .query((rs, i) -> new Adres(Kanaal.valueOf(rs.getString(1)), rs.getString(2), true)).list();
    }

    private Bezorger bezorger(Kanaal kanaal) {
        Bezorger bezorger = bezorgers.get(kanaal);
        if (bezorger == null) {
            throw new OngeldigeInvoerException("adres", "Berichten per " + kanaal.bericht() + " zijn in uw gemeente nog niet mogelijk.");
        }
        return bezorger;
    }

    private static String geldig(Kanaal kanaal, String invoer) {
        String adres = invoer == null ? "" : invoer.strip();
        if (adres.isEmpty()) {
            throw new OngeldigeInvoerException("adres", "Vul " + kanaal.adresNaam() + " in.");
        }
        return switch (kanaal) {
            case EMAIL -> {
                if (adres.length() > 254 || !Emailadres.isGeldig(adres)) {
                    throw new OngeldigeInvoerException("adres", "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
                }
                yield adres;
            }
            case SMS -> Mobielnummer.normaal(adres)
                    .orElseThrow(() -> new OngeldigeInvoerException("adres", "Vul een mobiel nummer in dat begint met 06, zoals 06 12 34 56 78."));
        };
    }

    private void verstuurCode(Bezorger bezorger, Kanaal kanaal, String adres, String code) {
        try {
            bezorger.stuur(adres, new Bericht("Uw code voor Dichtbij", """
                    Uw code is %s.

                    Vul deze code in op de pagina waar u %s opgaf. De code is %d minuten geldig.
                    Hebt u dit niet zelf gevraagd? Dan hoeft u niets te doen.""".formatted(code, kanaal.adresNaam(), CODE_GELDIG.toMinutes()),
                    "Uw code voor Dichtbij is " + code + ". De code is " + CODE_GELDIG.toMinutes() + " minuten geldig."));
        } catch (RuntimeException fout) {
            log.warn("Code per {} niet verstuurd: {}", kanaal, fout.getMessage());
            throw new OngeldigeInvoerException("code", "Wij konden de code nu niet versturen. Probeer het over een paar minuten opnieuw met Stuur een nieuwe code.");
        }
    }

    /** One code a minute at most, so the form cannot be used to flood someone's mailbox or phone. */
    private void nietTeSnel(Ontvanger wie, Kanaal kanaal) {
        Optional<Timestamp> geldigTot = jdbc.sql("""
                        select code_geldig_tot from kennisgeving_adres
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and kanaal = ? and code_geldig_tot is not null""")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), kanaal.name()).query(Timestamp.class).optional();
        if (geldigTot.isPresent() && geldigTot.get().toInstant().minus(CODE_GELDIG).isAfter(clock.instant().minus(WACHTTIJD))) {
            throw new OngeldigeInvoerException("code", "U kreeg net een code. Wacht een minuut voordat u een nieuwe vraagt.");
        }
    }

    static final Duration WACHTTIJD = Duration.ofMinutes(1);

    private String code() {
        return "%06d".formatted(toeval.nextInt(1_000_000));
    }

    private static String hash(Ontvanger wie, Kanaal kanaal, String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((wie.gemeenteCode() + "|" + wie.medewerker() + "|" + wie.eigenaar() + "|"
                    + kanaal + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
