package nl.dichtbij.platform.kennisgeving;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.platform.Emailadres;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.security.Pogingbegrenzer;
import nl.dichtbij.platform.security.Pogingbegrenzer.Grens;

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
 * <p>
 * The address is written statement by statement, without a transaction around the sending: nothing is held open while
 * a mail server or gateway answers, and what was saved stays when the sending fails. Codes and wrong guesses are counted
 * by {@link Pogingbegrenzer}, in transactions of their own, per person and per destination, so the form cannot be used to
 * flood someone's mailbox or phone nor to guess a code.
 */
@Service
public class Kennisgevingen {

    private static final Logger log = LoggerFactory.getLogger(Kennisgevingen.class);
    static final Duration CODE_GELDIG = Duration.ofMinutes(30);
    static final int MAX_POGINGEN = 5;
    static final int MAX_CODES_PER_UUR = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Pogingbegrenzer begrenzer;
    private final Map<Kanaal, Bezorger> bezorgers = new EnumMap<>(Kanaal.class);
    private final SecureRandom toeval = new SecureRandom();

    Kennisgevingen(JdbcClient jdbc, Clock clock, Pogingbegrenzer begrenzer, List<Bezorger> bezorgers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.begrenzer = begrenzer;
        bezorgers.forEach(b -> this.bezorgers.put(b.kanaal(), b));
    }

    /** The channels this installation can send over. */
    public List<Kanaal> kanalen() {
        return List.copyOf(bezorgers.keySet());
    }

    /**
     * Someone's address on a channel: {@code bevestigd} when notifications go there; {@code wachtAdres} a new address
     * waiting for its code (the confirmed one keeps working meanwhile); {@code codeVerstuurd} whether a code is on its way.
     */
    public record Adres(Kanaal kanaal, String adres, boolean bevestigd, String wachtAdres, boolean codeVerstuurd) {

        public String leesbaar() {
            return leesbaar(adres);
        }

        /** The address a code was or will be sent to. */
        public String teBevestigen() {
            return leesbaar(wachtAdres != null ? wachtAdres : adres);
        }

        public boolean wachtOpCode() {
            return !bevestigd || wachtAdres != null;
        }

        private String leesbaar(String waarde) {
            return kanaal == Kanaal.SMS ? Mobielnummer.leesbaar(waarde) : waarde;
        }
    }

    private record Rij(String adres, Instant bevestigdOp, String wachtAdres, String codeHash, Instant codeGeldigTot) {
    }

    @Transactional(readOnly = true)
    public Optional<Adres> adres(Ontvanger wie, Kanaal kanaal) {
        return rij(wie, kanaal).map(r -> new Adres(kanaal, r.adres(), r.bevestigdOp() != null, r.wachtAdres(), r.codeHash() != null));
    }

    private Optional<Rij> rij(Ontvanger wie, Kanaal kanaal) {
        return van(jdbc.sql("select adres, bevestigd_op, wacht_adres, code_hash, code_geldig_tot from kennisgeving_adres " + WAAR), wie, kanaal)
                .query((rs, i) -> new Rij(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5))))
                .optional();
    }

    /**
     * Sets the address and sends a code to it, to be typed in before anything is sent there. A new address for a confirmed
     * one waits beside it: the old one keeps working until the new one is confirmed. The address is kept when sending the
     * code fails, so "send a new code" can try again.
     *
     * @return false when nothing changed: this is the confirmed address already
     */
    public boolean instellen(Ontvanger wie, Kanaal kanaal, String invoer) {
        Bezorger bezorger = bezorger(kanaal);
        String adres = geldig(kanaal, invoer);
        Optional<Rij> nu = rij(wie, kanaal);
        if (nu.filter(r -> r.bevestigdOp() != null && r.adres().equalsIgnoreCase(adres)).isPresent()) {
            if (nu.get().wachtAdres() != null) {
                van(jdbc.sql("update kennisgeving_adres set wacht_adres = null, code_hash = null, code_geldig_tot = null " + WAAR), wie, kanaal)
                        .update();
            }
            return false;
        }
        magCodeSturen(wie, kanaal, adres);
        String code = code();
        if (nu.filter(r -> r.bevestigdOp() != null).isPresent()) {
            metCode(jdbc.sql("update kennisgeving_adres set wacht_adres = :adres, code_hash = :hash, code_geldig_tot = :tot, gewijzigd_op = :nu " + WAAR),
                    wie, kanaal, adres, code).update();
        } else {
            String bijwerken = "update kennisgeving_adres set adres = :adres, code_hash = :hash, code_geldig_tot = :tot, gewijzigd_op = :nu "
                    + WAAR + " and bevestigd_op is null";
            if (metCode(jdbc.sql(bijwerken), wie, kanaal, adres, code).update() == 0) {
                try {
                    metCode(jdbc.sql("""
                            insert into kennisgeving_adres (adres, code_hash, code_geldig_tot, gewijzigd_op, gemeente_code, voor_medewerker, eigenaar, kanaal)
                            values (:adres, :hash, :tot, :nu, :gemeente, :medewerker, :eigenaar, :kanaal)"""), wie, kanaal, adres, code).update();
                } catch (DuplicateKeyException tegelijk) {
                    // the same form sent twice at once: the other request inserted it, this one sets the code it sends
                    metCode(jdbc.sql(bijwerken), wie, kanaal, adres, code).update();
                }
            }
        }
        verstuurCode(bezorger, kanaal, adres, code);
        return true;
    }

    /** A new code to the address waiting for one, e.g. when the first did not arrive or expired. */
    public void nieuweCode(Ontvanger wie, Kanaal kanaal) {
        Rij rij = rij(wie, kanaal).filter(r -> r.bevestigdOp() == null || r.wachtAdres() != null)
                .orElseThrow(() -> new OngeldigeInvoerException("adres", "Vul eerst " + kanaal.adresNaam() + " in."));
        String naar = rij.wachtAdres() != null ? rij.wachtAdres() : rij.adres();
        Bezorger bezorger = bezorger(kanaal);
        magCodeSturen(wie, kanaal, naar);
        String code = code();
        metCode(jdbc.sql("update kennisgeving_adres set code_hash = :hash, code_geldig_tot = :tot " + WAAR), wie, kanaal, naar, code).update();
        verstuurCode(bezorger, kanaal, naar, code);
    }

    /** Confirms the address with the code sent to it: from then on notifications go there. Five wrong codes per half hour. */
    public void bevestigen(Ontvanger wie, Kanaal kanaal, String code) {
        Rij rij = rij(wie, kanaal).orElseThrow(() -> new OngeldigeInvoerException("adres", "Vul eerst " + kanaal.adresNaam() + " in."));
        if (rij.bevestigdOp() != null && rij.wachtAdres() == null) {
            return;
        }
        String schoon = code == null ? "" : code.replaceAll("\\s", "");
        if (schoon.isEmpty()) {
            throw new OngeldigeInvoerException("code", "Vul de code in die we u hebben gestuurd.");
        }
        if (rij.codeHash() == null) {
            throw new OngeldigeInvoerException("code", "Vraag eerst een code met Stuur een nieuwe code.");
        }
        Pogingbegrenzer.Reservering poging = begrenzer.reserveren(List.of(new Grens("kennisgeving-code:" + sleutelTekst(wie, kanaal),
                        MAX_POGINGEN, CODE_GELDIG)))
                .orElseThrow(() -> new OngeldigeInvoerException("code", "U vulde te vaak een verkeerde code in. Probeer het over een half uur opnieuw."));
        if (rij.codeGeldigTot().isBefore(clock.instant())) {
            begrenzer.teruggeven(poging);
            throw new OngeldigeInvoerException("code", "Deze code is verlopen. Vraag een nieuwe code.");
        }
        String hash = hash(wie, kanaal, schoon);
        if (!MessageDigest.isEqual(rij.codeHash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))) {
            throw new OngeldigeInvoerException("code", "Deze code klopt niet. Kijk of u alle cijfers goed overnam.");
        }
        begrenzer.teruggeven(poging);
        van(jdbc.sql("""
                        update kennisgeving_adres set adres = coalesce(wacht_adres, adres), wacht_adres = null, bevestigd_op = :nu,
                            code_hash = null, code_geldig_tot = null
                        """ + WAAR + " and code_hash = :hash"), wie, kanaal)
                .param("nu", Timestamp.from(clock.instant())).param("hash", hash).update();
    }

    /** Stops notifications on this channel: the address is deleted, not kept. */
    public void uitzetten(Ontvanger wie, Kanaal kanaal) {
        van(jdbc.sql("delete from kennisgeving_adres " + WAAR), wie, kanaal).update();
    }

    /**
     * Something new waits for him: noted once, sent with whatever else comes in the next minutes as one notification
     * ({@link Nieuwsbundel}). Nothing is noted for someone without a confirmed address. One statement that never fails on
     * a row noted already, so the transaction of the caller (an event listener) stays usable on PostgreSQL.
     */
    public void nieuws(Ontvanger wie) {
        jdbc.sql("""
                        insert into kennisgeving_wachtrij (gemeente_code, voor_medewerker, eigenaar, sinds)
                        select distinct gemeente_code, voor_medewerker, eigenaar, cast(? as timestamp with time zone) from kennisgeving_adres
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and bevestigd_op is not null
                        on conflict do nothing""")
                .params(Timestamp.from(clock.instant()), wie.gemeenteCode(), wie.medewerker(), wie.eigenaar()).update();
    }

    /** What happened to one notification over the person's channels. */
    public enum Uitkomst {
        /** Every channel took it, or he has none (any more). */
        BEZORGD,
        /** At least one channel took it, another failed: not tried again, or the first would get it twice. */
        DEELS,
        /** No channel took it: worth another try later. */
        MISLUKT
    }

    /** Sends the message to every confirmed address of this person over the channels this installation has. */
    public Uitkomst stuur(Ontvanger wie, Bericht bericht) {
        int gelukt = 0;
        int mislukt = 0;
        for (Map.Entry<Kanaal, String> adres : bevestigd(wie).entrySet()) {
            Bezorger bezorger = bezorgers.get(adres.getKey());
            if (bezorger == null) {
                continue;
            }
            try {
                bezorger.stuur(adres.getValue(), bericht);
                gelukt++;
            } catch (RuntimeException fout) {
                mislukt++;
                // the exception's message may hold the address: the class only
                log.warn("Kennisgeving per {} niet verstuurd ({})", adres.getKey(), fout.getClass().getSimpleName());
            }
        }
        return mislukt == 0 ? Uitkomst.BEZORGD : gelukt > 0 ? Uitkomst.DEELS : Uitkomst.MISLUKT;
    }

    /** Which of these residents (by BSN) have a confirmed address: most have none, so most news costs one query. */
    @Transactional(readOnly = true)
    public Set<String> inwonersMetAdres(String gemeenteCode, Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
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

    private Map<Kanaal, String> bevestigd(Ontvanger wie) {
        Map<Kanaal, String> adressen = new EnumMap<>(Kanaal.class);
        jdbc.sql("""
                        select kanaal, adres from kennisgeving_adres
                        where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and bevestigd_op is not null""")
                .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar())
                .query(rs -> {
                    adressen.put(Kanaal.valueOf(rs.getString(1)), rs.getString(2));
                });
        return adressen;
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

    /** At most five codes an hour per person and per destination: every code sent counts, also one that failed. */
    private void magCodeSturen(Ontvanger wie, Kanaal kanaal, String naar) {
        Duration uur = Duration.ofHours(1);
        if (begrenzer.reserveren(List.of(new Grens("kennisgeving-stuur:" + sleutelTekst(wie, kanaal), MAX_CODES_PER_UUR, uur),
                new Grens("kennisgeving-naar:" + kanaal + ":" + sha256(naar.toLowerCase()), MAX_CODES_PER_UUR, uur))).isEmpty()) {
            throw new OngeldigeInvoerException("adres", "U vroeg al een paar keer een code. Probeer het over een uur opnieuw.");
        }
    }

    private void verstuurCode(Bezorger bezorger, Kanaal kanaal, String adres, String code) {
        try {
            bezorger.stuur(adres, new Bericht("Uw code voor Dichtbij", """
                    Uw code is %s.

                    Vul deze code in op de pagina waar u %s opgaf. De code is %d minuten geldig.
                    Hebt u dit niet zelf gevraagd? Dan hoeft u niets te doen.""".formatted(code, kanaal.adresNaam(), CODE_GELDIG.toMinutes()),
                    "Uw code voor Dichtbij is " + code + ". De code is " + CODE_GELDIG.toMinutes() + " minuten geldig."));
        } catch (RuntimeException fout) {
            log.warn("Code per {} niet verstuurd ({})", kanaal, fout.getClass().getSimpleName());
            throw new OngeldigeInvoerException("code", "We konden de code nu niet versturen. Probeer het over een paar minuten opnieuw met Stuur een nieuwe code.");
        }
    }

    private static final String WAAR = "where gemeente_code = :gemeente and voor_medewerker = :medewerker and eigenaar = :eigenaar and kanaal = :kanaal";

    /** Binds the row's key named in {@link #WAAR}. */
    private static JdbcClient.StatementSpec van(JdbcClient.StatementSpec sql, Ontvanger wie, Kanaal kanaal) {
        return sql.param("gemeente", wie.gemeenteCode()).param("medewerker", wie.medewerker()).param("eigenaar", wie.eigenaar())
                .param("kanaal", kanaal.name());
    }

    /** The key, the address and a new code (its hash, valid from now). */
    private JdbcClient.StatementSpec metCode(JdbcClient.StatementSpec sql, Ontvanger wie, Kanaal kanaal, String adres, String code) {
        return van(sql, wie, kanaal).param("adres", adres).param("hash", hash(wie, kanaal, code))
                .param("tot", Timestamp.from(clock.instant().plus(CODE_GELDIG))).param("nu", Timestamp.from(clock.instant()));
    }

    private static String sleutelTekst(Ontvanger wie, Kanaal kanaal) {
        return wie.gemeenteCode() + ":" + (wie.medewerker() ? "m" : "i") + ":" + wie.eigenaar() + ":" + kanaal;
    }

    private String code() {
        return "%06d".formatted(toeval.nextInt(1_000_000));
    }

    private static String hash(Ontvanger wie, Kanaal kanaal, String code) {
        return sha256(wie.gemeenteCode() + "|" + wie.medewerker() + "|" + wie.eigenaar() + "|" + kanaal + "|" + code);
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
