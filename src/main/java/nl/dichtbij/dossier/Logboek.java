package nl.dichtbij.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Pagina;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Logboek dataverwerkingen. Lines are only ever appended; each carries a seal (HMAC-SHA-256
 * under a key outside the database, {@link Logboekzegel}) of its content and of the line before
 * it, one chain per municipality, so that changing, removing or inserting a line afterwards
 * breaks the chain where it happened, also for someone with every right on the database. The
 * head is anchored outside the database ({@link Logboekankers}), so a chain cut short or
 * rewritten after an anchor is caught as well. The chain head is locked while appending, which
 * keeps the chain linear when several nodes write at once.
 */
@Service
public class Logboek {

    static final String BEGIN = "0".repeat(64);
    private static final String VELDEN = "select id, gemeente_code, volgnummer, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, categorie, "
            + "handeling, grondslag, bron, vorige_hash, hash from verwerking ";

    private final JdbcClient jdbc;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;
    private final Logboekzegel zegel;
    private final Logboekankers ankers;

    Logboek(JdbcClient jdbc, PlatformTransactionManager transacties, Clock clock, Logboekzegel zegel, Logboekankers ankers) {
        this.jdbc = jdbc;
        this.zegel = zegel;
        this.ankers = ankers;
        this.eigenTransactie = new TransactionTemplate(transacties);
        // the log line survives even when the work it records is rolled back: a look is a look
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public void vastleggen(List<Verwerking.Nieuw> regels) {
        if (regels.isEmpty()) {
            return;
        }
        Map<String, List<Verwerking.Nieuw>> perGemeente = new LinkedHashMap<>();
        regels.forEach(r -> perGemeente.computeIfAbsent(r.gemeenteCode(), g -> new ArrayList<>()).add(r));
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        eigenTransactie.executeWithoutResult(status -> perGemeente.forEach((gemeente, lijst) -> aanKeten(gemeente, lijst, nu)));
    }

    private void aanKeten(String gemeente, List<Verwerking.Nieuw> regels, Instant nu) {
        Kop kop = kopVergrendeld(gemeente);
        long volgnummer = kop.volgnummer();
        String vorige = kop.hash();
        for (Verwerking.Nieuw regel : regels) {
            volgnummer++;
            String hash = hash(vorige, gemeente, volgnummer, nu, regel.actor(), regel.actorNaam(), regel.actorRol(), regel.betrokkeneBsn(),
                    regel.categorie().name(), regel.handeling().name(), regel.grondslag(), regel.bron());
            jdbc.sql("""
                            insert into verwerking (gemeente_code, volgnummer, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, categorie,
                                handeling, grondslag, bron, vorige_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(gemeente, volgnummer, Timestamp.from(nu), regel.actor(), regel.actorNaam(), regel.actorRol(), regel.betrokkeneBsn(),
                            regel.categorie().name(), regel.handeling().name(), regel.grondslag(), regel.bron(), vorige, hash)
                    .update();
            vorige = hash;
        }
        jdbc.sql("update logboek_keten set volgnummer = ?, hash = ? where gemeente_code = ?").params(volgnummer, vorige, gemeente).update();
    }

    private record Kop(long volgnummer, String hash) {
    }

    private Kop kopVergrendeld(String gemeente) {
        Optional<Kop> kop = leesKop(gemeente);
        if (kop.isPresent()) {
            return kop.get();
        }
        try {
            jdbc.sql("insert into logboek_keten (gemeente_code, volgnummer, hash) values (?, 0, ?)").params(gemeente, BEGIN).update();
        } catch (DuplicateKeyException anderNodeWasEerder) {
            // fine: the other node created the head; lock it below
        }
        return leesKop(gemeente).orElseThrow();
    }

    private Optional<Kop> leesKop(String gemeente) {
        return jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? for update").param(gemeente)
                .query((rs, i) -> new Kop(rs.getLong(1), rs.getString(2))).optional();
    }

    private String hash(String vorige, String gemeente, long volgnummer, Instant tijdstip, String... velden) {
        return zegel.zegel(inhoud(vorige, gemeente, volgnummer, tijdstip, velden));
    }

    private String hash(String vorige, Verwerking r) {
        return hash(vorige, r.gemeenteCode(), r.volgnummer(), r.tijdstip(), r.actor(), r.actorNaam(), r.actorRol(), r.betrokkeneBsn(),
                r.categorie().name(), r.handeling().name(), r.grondslag(), r.bron());
    }

    private static String inhoud(String vorige, String gemeente, long volgnummer, Instant tijdstip, String... velden) {
        StringBuilder inhoud = new StringBuilder(vorige).append('|').append(gemeente).append('|').append(volgnummer)
                .append('|').append(tijdstip.toEpochMilli());
        for (String veld : velden) {
            inhoud.append('|').append(veld == null ? "" : veld.replace("|", "¦"));
        }
        return inhoud.toString();
    }

    /** The unkeyed SHA-256 of the first releases, only to check a chain before it is sealed with the key. */
    private static String oudeHash(String vorige, Verwerking r) {
        try {
            String inhoud = inhoud(vorige, r.gemeenteCode(), r.volgnummer(), r.tijdstip(), r.actor(), r.actorNaam(), r.actorRol(),
                    r.betrokkeneBsn(), r.categorie().name(), r.handeling().name(), r.grondslag(), r.bron());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of walking a municipality's chain from the first line to the head. */
    public record Controle(String gemeenteCode, long gecontroleerd, Long eersteFout, String uitleg) {
        public boolean intact() {
            return eersteFout == null;
        }
    }

    /**
     * Recomputes every seal of the chain and reports the first line that does not fit; then checks
     * the chain against every anchor written outside the database.
     */
    public Controle controleer(String gemeente) {
        Controle keten = loop(gemeente, this::hash);
        if (!keten.intact()) {
            return keten;
        }
        List<String> vervalst = new ArrayList<>();
        List<Logboekankers.Anker> verankerd = ankers.van(gemeente, vervalst);
        if (!vervalst.isEmpty()) {
            return new Controle(gemeente, keten.gecontroleerd(), 0L, "Een anker buiten de database is vervalst of beschadigd (" + ankers.bestand() + ").");
        }
        for (Logboekankers.Anker anker : verankerd) {
            if (anker.volgnummer() > keten.gecontroleerd()) {
                return new Controle(gemeente, keten.gecontroleerd(), keten.gecontroleerd() + 1, "De laatste regels (vanaf "
                        + (keten.gecontroleerd() + 1) + ") ontbreken: het anker van " + anker.tijdstip() + " telde er " + anker.volgnummer() + ".");
            }
            String hash = jdbc.sql("select hash from verwerking where gemeente_code = ? and volgnummer = ?").params(gemeente, anker.volgnummer())
                    .query(String.class).optional().orElse("");
            if (!hash.equals(anker.hash())) {
                return new Controle(gemeente, keten.gecontroleerd(), anker.volgnummer(), "Het logboek tot regel " + anker.volgnummer()
                        + " is herschreven na het anker van " + anker.tijdstip() + ".");
            }
        }
        String uitleg = keten.uitleg() + (verankerd.isEmpty() ? " Er is nog geen anker buiten de database."
                : " Ook " + verankerd.size() + " ankers buiten de database kloppen.");
        return new Controle(gemeente, keten.gecontroleerd(), null, uitleg);
    }

    private interface Zegel {
        String van(String vorige, Verwerking regel);
    }

    private Controle loop(String gemeente, Zegel zegelVan) {
        AtomicReference<String> vorige = new AtomicReference<>(BEGIN);
        long[] verwacht = {0};
        Controle[] fout = {null};
        try (Stream<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? order by volgnummer").param(gemeente)
                .query(Logboek::regel).stream()) {
            regels.takeWhile(r -> fout[0] == null).forEach(r -> {
                verwacht[0]++;
                if (r.volgnummer() != verwacht[0]) {
                    fout[0] = new Controle(gemeente, verwacht[0] - 1, verwacht[0], "Regel " + verwacht[0] + " ontbreekt.");
                    return;
                }
                if (!r.vorigeHash().equals(vorige.get()) || !zegelVan.van(vorige.get(), r).equals(r.hash())) {
                    fout[0] = new Controle(gemeente, verwacht[0] - 1, r.volgnummer(), "Regel " + r.volgnummer() + " is na het vastleggen gewijzigd.");
                    return;
                }
                vorige.set(r.hash());
            });
        }
        if (fout[0] != null) {
            return fout[0];
        }
        Kop kop = jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ?").param(gemeente)
                .query((rs, i) -> new Kop(rs.getLong(1), rs.getString(2))).optional().orElse(new Kop(0, BEGIN));
        if (kop.volgnummer() != verwacht[0] || !kop.hash().equals(vorige.get())) {
            return new Controle(gemeente, verwacht[0], verwacht[0] + 1, "De laatste regels (vanaf " + (verwacht[0] + 1) + ") ontbreken.");
        }
        return new Controle(gemeente, verwacht[0], null, "Alle " + verwacht[0] + " regels kloppen.");
    }

    /** Writes an anchor of every municipality's current head outside the database. */
    public void verankerAlles() {
        jdbc.sql("select gemeente_code, volgnummer, hash from logboek_keten order by gemeente_code")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)}).list()
                .forEach(k -> ankers.veranker((String) k[0], (Long) k[1], (String) k[2]));
    }

    /**
     * Once, when moving from the unkeyed chain of the first releases to the sealed one: checks the
     * old chain and, only when it is intact, seals every line with the key and anchors the head.
     */
    public Controle verzegel(String gemeente) {
        Controle oud = loop(gemeente, Logboek::oudeHash);
        if (!oud.intact()) {
            return oud;
        }
        eigenTransactie.executeWithoutResult(status -> {
            kopVergrendeld(gemeente);
            String vorige = BEGIN;
            List<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? order by volgnummer").param(gemeente).query(Logboek::regel).list();
            for (Verwerking r : regels) {
                String hash = hash(vorige, r);
                jdbc.sql("update verwerking set vorige_hash = ?, hash = ? where id = ?").params(vorige, hash, r.id()).update();
                vorige = hash;
            }
            jdbc.sql("update logboek_keten set hash = ? where gemeente_code = ?").params(vorige, gemeente).update();
        });
        verankerAlles();
        return controleer(gemeente);
    }

    public List<Controle> verzegelAlles() {
        return jdbc.sql("select gemeente_code from logboek_keten order by gemeente_code").query(String.class).list().stream()
                .map(this::verzegel).toList();
    }

    public List<Controle> controleerAlles() {
        return jdbc.sql("select gemeente_code from logboek_keten order by gemeente_code").query(String.class).list().stream()
                .map(this::controleer).toList();
    }

    /** What others did with this resident's data, newest first ("wie heeft mijn gegevens bekeken"). */
    public Pagina<Verwerking> doorAnderen(String gemeente, String bsn, String eigenActor, int pagina) {
        int grootte = Pagina.STANDAARD_GROOTTE;
        long totaal = jdbc.sql("select count(*) from verwerking where gemeente_code = ? and betrokkene_bsn = ? and actor <> ?")
                .params(gemeente, bsn, eigenActor).query(Long.class).single();
        List<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? and betrokkene_bsn = ? and actor <> ? "
                        + "order by volgnummer desc limit ? offset ?")
                .params(gemeente, bsn, eigenActor, grootte, (long) pagina * grootte).query(Logboek::regel).list();
        return new Pagina<>(regels, pagina, grootte, totaal);
    }

    /** The privacy officer's query: by resident and/or by user, within a period. */
    public Pagina<Verwerking> zoek(String gemeente, String bsn, String actor, LocalDate van, LocalDate tot, int pagina) {
        StringBuilder waar = new StringBuilder("where gemeente_code = ? and tijdstip >= ? and tijdstip < ? ");
        List<Object> params = new ArrayList<>(List.of(gemeente,
                Timestamp.from(van.atStartOfDay(ClockConfig.AMSTERDAM).toInstant()),
                Timestamp.from(tot.plusDays(1).atStartOfDay(ClockConfig.AMSTERDAM).toInstant())));
        if (bsn != null && !bsn.isBlank()) {
            waar.append("and betrokkene_bsn = ? ");
            params.add(bsn.trim());
        }
        if (actor != null && !actor.isBlank()) {
            waar.append("and actor = ? ");
            params.add(actor.trim());
        }
        int grootte = Pagina.STANDAARD_GROOTTE;
        long totaal = jdbc.sql("select count(*) from verwerking " + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) pagina * grootte);
        List<Verwerking> regels = jdbc.sql(VELDEN + waar + "order by volgnummer desc limit ? offset ?")
                .params(metPagina).query(Logboek::regel).list();
        return new Pagina<>(regels, pagina, grootte, totaal);
    }

    public List<Verwerking> alleVan(String gemeente, String bsn) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and betrokkene_bsn = ? order by volgnummer").params(gemeente, bsn)
                .query(Logboek::regel).list();
    }

    private static Verwerking regel(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Verwerking(rs.getLong("id"), rs.getString("gemeente_code"), rs.getLong("volgnummer"),
                rs.getObject("tijdstip", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("actor_naam"),
                rs.getString("actor_rol"), rs.getString("betrokkene_bsn"), Dossierdeel.valueOf(rs.getString("categorie")),
                Handeling.valueOf(rs.getString("handeling")), rs.getString("grondslag"), rs.getString("bron"),
                rs.getString("vorige_hash"), rs.getString("hash"));
    }
}
