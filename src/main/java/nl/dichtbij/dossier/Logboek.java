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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Pagina;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The Logboek dataverwerkingen. Lines are only ever appended; each carries a seal (HMAC-SHA-256
 * under a key outside the database, {@link Logboekzegel}) of its content and of the line before
 * it, one chain per municipality, so that changing, removing or inserting a line afterwards
 * breaks the chain where it happened, also for someone with every right on the database. The
 * head is anchored outside the database ({@link Logboekankers}), so a chain cut short or
 * rewritten after an anchor is caught as well.
 *
 * <p>Writing is off the critical path (docs/decisions/0013): the lines of an HTTP request are
 * collected and written in one batch when the request is done ({@link Verzoeklogboek}), after its
 * transactions committed or rolled back, so a request never needs a second connection and a look
 * is logged even when the request fails. Outside a request a line is written with the transaction
 * it happens in (and after a rollback on its own), or at once. Lines are written unchained; one
 * chaining step at a time ({@link #ketenAlles()}, every second by one node, and before every check
 * or anchor) seals them into the chain in the order of their id, under the lock of the head.
 */
@Service
public class Logboek {

    private static final Logger log = LoggerFactory.getLogger(Logboek.class);

    static final String BEGIN = Ketenstap.BEGIN;
    /** Request attribute holding the lines of the request until {@link Verzoeklogboek} writes them. */
    static final String VERZOEKREGELS = Logboek.class.getName() + ".verzoekregels";
    private static final String VELDEN = "select id, gemeente_code, volgnummer, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, categorie, "
            + "handeling, grondslag, bron, vorige_hash, hash from verwerking ";
    private static final String INVOEGEN = "insert into verwerking (gemeente_code, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, "
            + "categorie, handeling, grondslag, bron, keten, volgnummer, vorige_hash, hash) values ";
    private static final String RIJ = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per insert statement at most (14 parameters a row, well under a driver's 32,767): a request's lines are one statement. */
    private static final int PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;
    private final Logboekzegel zegel;
    private final Logboekankers ankers;
    private final int perRonde;
    private final int ketens;
    /** Municipalities whose head row this node has seen; the chaining step finds the waiting lines through the heads. */
    private final Set<String> bekendeKoppen = ConcurrentHashMap.newKeySet();

    Logboek(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transacties, Clock clock, Logboekzegel zegel, Logboekankers ankers,
            @Value("${dichtbij.logboek.keten-per-ronde:1000}") int perRonde, @Value("${dichtbij.logboek.ketens:16}") int ketens) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.zegel = zegel;
        this.ankers = ankers;
        this.eigenTransactie = new TransactionTemplate(transacties);
        // the log line survives even when the work it records is rolled back: a look is a look
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perRonde = perRonde;
        if (ketens < 1) {
            throw new IllegalArgumentException("dichtbij.logboek.ketens moet minstens 1 zijn, niet " + ketens);
        }
        this.ketens = ketens;
    }

    /** One line about to be written: what was processed, and when it happened (not when it is written). */
    record Regel(Verwerking.Nieuw nieuw, Instant tijdstip) {
    }

    public void vastleggen(List<Verwerking.Nieuw> regels) {
        if (regels.isEmpty()) {
            return;
        }
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Regel> nieuw = regels.stream().map(r -> new Regel(r, nu)).toList();
        List<Regel> vanVerzoek = verzoekregels();
        if (vanVerzoek != null) {
            vanVerzoek.addAll(nieuw);
        } else if (TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager.isActualTransactionActive()) {
            transactieregels().regels.addAll(nieuw);
        } else {
            schrijfApart(nieuw);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Regel> verzoekregels() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributen
                && attributen.getRequest().getAttribute(VERZOEKREGELS) instanceof List<?> regels) {
            return (List<Regel>) regels;
        }
        return null;
    }

    /**
     * Writes the lines of a request in one batch, in a transaction of their own (the request holds no connection any more).
     * The commit waits for the disk: not waiting gained nothing measurable (docs/decisions/0022).
     */
    void schrijfApart(List<Regel> regels) {
        if (!regels.isEmpty()) {
            bekendeKoppen.addAll(eigenTransactie.execute(status -> schrijf(regels)));
        }
    }

    /**
     * Seals and writes the lines in the current transaction (docs/decisions/0039): per municipality, in the order of their
     * codes, the head of one of its parallel chains is locked (one nobody holds, when there is one), the lines are sealed onto
     * it in Java and written in one multi-row insert, and the head moves on. Returns the municipalities whose heads it made
     * sure of, to remember once the transaction has committed.
     */
    private List<String> schrijf(List<Regel> regels) {
        java.util.Map<String, List<Regel>> perGemeente = new java.util.TreeMap<>();
        regels.forEach(r -> perGemeente.computeIfAbsent(r.nieuw().gemeenteCode(), g -> new ArrayList<>()).add(r));
        List<String> nieuweKoppen = new ArrayList<>();
        perGemeente.forEach((gemeente, vanGemeente) -> {
            if (!bekendeKoppen.contains(gemeente)) {
                maakKoppen(gemeente);
                nieuweKoppen.add(gemeente);
            }
            Deelkop deel = deelVergrendeld(gemeente);
            List<Verwerking> nieuw = vanGemeente.stream().map(r -> {
                Verwerking.Nieuw n = r.nieuw();
                return new Verwerking(0, gemeente, null, r.tijdstip(), n.actor(), n.actorNaam(), n.actorRol(), n.betrokkeneBsn(), n.categorie(),
                        n.handeling(), n.grondslag(), n.bron(), null, null);
            }).toList();
            Ketenstap.Uitkomst uitkomst = Ketenstap.verzegel(gemeente, deel.keten(), deel.kop(), nieuw, zegel::zegel);
            invoegen(deel.keten(), nieuw, uitkomst.schakels());
            jdbc.sql("update logboek_keten set volgnummer = ?, hash = ? where gemeente_code = ? and keten = ?")
                    .params(uitkomst.kop().volgnummer(), uitkomst.kop().hash(), gemeente, deel.keten()).update();
        });
        return nieuweKoppen;
    }

    private void invoegen(int keten, List<Verwerking> regels, List<Ketenstap.Schakel> schakels) {
        int van = 0;
        while (van < regels.size()) {
            int blok = Math.min(PER_STATEMENT, regels.size() - van);
            StringBuilder sql = new StringBuilder(INVOEGEN);
            List<Object> params = new ArrayList<>(blok * 14);
            for (int i = van; i < van + blok; i++) {
                Verwerking r = regels.get(i);
                Ketenstap.Schakel s = schakels.get(i);
                sql.append(i == van ? "" : ", ").append(RIJ);
                params.addAll(java.util.Arrays.asList(r.gemeenteCode(), Timestamp.from(r.tijdstip()), r.actor(), r.actorNaam(), r.actorRol(),
                        r.betrokkeneBsn(), r.categorie().name(), r.handeling().name(), r.grondslag(), r.bron(), keten, s.volgnummer(), s.vorigeHash(),
                        s.hash()));
            }
            batch.update(sql.toString(), params.toArray());
            van += blok;
        }
    }

    /** The head of one of a municipality's parallel chains, locked for this transaction. */
    private record Deelkop(int keten, Ketenstap.Kop kop) {
    }

    /**
     * Locks the head of a chain nobody else holds, starting at a random one so writers spread over the chains; when all are
     * held (more writers of one municipality at once than chains) it waits for one.
     */
    private Deelkop deelVergrendeld(String gemeente) {
        int begin = java.util.concurrent.ThreadLocalRandom.current().nextInt(ketens);
        for (int i = 0; i < ketens; i++) {
            int keten = 1 + (begin + i) % ketens;
            Optional<Ketenstap.Kop> kop = jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? and keten = ? for update skip locked")
                    .params(gemeente, keten).query((rs, n) -> new Ketenstap.Kop(rs.getLong(1), rs.getString(2))).optional();
            if (kop.isPresent()) {
                return new Deelkop(keten, kop.get());
            }
        }
        int keten = 1 + begin;
        return jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? and keten = ? for update")
                .params(gemeente, keten).query((rs, n) -> new Deelkop(keten, new Ketenstap.Kop(rs.getLong(1), rs.getString(2)))).optional()
                .orElseThrow(() -> new IllegalStateException("Keten " + keten + " van gemeente " + gemeente + " heeft geen kop"));
    }

    /** The heads of the municipality's parallel chains (1 up to {@code dichtbij.logboek.ketens}); a head that is there stays as it is. */
    private void maakKoppen(String gemeente) {
        for (int keten = 1; keten <= ketens; keten++) {
            jdbc.sql("insert into logboek_keten (gemeente_code, keten, volgnummer, hash) values (?, ?, 0, ?) on conflict do nothing")
                    .params(gemeente, keten, BEGIN).update();
        }
    }

    /** The head of the chain of the chaining step (keten 0), which seals lines written unsealed by earlier releases. */
    private void maakKop(String gemeente) {
        jdbc.sql("insert into logboek_keten (gemeente_code, keten, volgnummer, hash) values (?, 0, 0, ?) on conflict do nothing").params(gemeente, BEGIN).update();
    }

    private Transactieregels transactieregels() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Transactieregels regels) {
            return regels;
        }
        Transactieregels regels = new Transactieregels();
        TransactionSynchronizationManager.bindResource(this, regels);
        TransactionSynchronizationManager.registerSynchronization(regels);
        return regels;
    }

    /**
     * Lines logged in a transaction outside a request: written with the transaction just before it
     * commits (one batch, its own connection), and on their own after a rollback or a read-only
     * transaction, because a look is a look.
     */
    private final class Transactieregels implements TransactionSynchronization {
        final List<Regel> regels = new ArrayList<>();
        boolean geschreven;
        List<String> nieuweKoppen = List.of();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(Logboek.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(Logboek.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!readOnly && !regels.isEmpty()) {
                nieuweKoppen = schrijf(regels);
                geschreven = true;
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Logboek.this);
            if (regels.isEmpty()) {
                return;
            }
            if (geschreven && status == STATUS_COMMITTED) {
                bekendeKoppen.addAll(nieuweKoppen);
                return;
            }
            try {
                schrijfApart(regels);
            } catch (RuntimeException e) {
                log.error("{} regels voor het Logboek dataverwerkingen konden na het afbreken van de transactie niet worden geschreven", regels.size(), e);
            }
        }
    }

    /** Rounds one scheduled chaining step takes per municipality at most: the next second goes on, so a step ends well within its lock. */
    static final int RONDEN_PER_STAP = 20;

    /**
     * The chaining step: seals every municipality's waiting lines into its chain. One node runs it
     * every second ({@code internal/Logboekketen}); a check and an anchor chain first as well. A
     * municipality whose head another step holds is left to that step instead of waited for, so
     * steps never pile up on the head's lock holding connections. Returns the number of lines chained.
     */
    public long ketenAlles() {
        long geketend = 0;
        for (String gemeente : jdbc.sql("select gemeente_code from logboek_keten where keten = 0 order by gemeente_code").query(String.class).list()) {
            geketend += keten(gemeente, false, RONDEN_PER_STAP);
        }
        return geketend;
    }

    /** Seals all of this municipality's waiting lines, in batches of {@code dichtbij.logboek.keten-per-ronde}, each batch in its own transaction. */
    public long keten(String gemeente) {
        return keten(gemeente, true, Integer.MAX_VALUE);
    }

    private long keten(String gemeente, boolean wachtOpKop, int maxRonden) {
        long geketend = 0;
        int ronde;
        int ronden = 0;
        do {
            ronde = eigenTransactie.execute(status -> ketenRonde(gemeente, wachtOpKop));
            geketend += Math.max(ronde, 0);
        } while (ronde == perRonde && ++ronden < maxRonden);
        return geketend;
    }

    /** One batch under the head's lock; -1 when the head is held by another step and {@code wachtOpKop} is false. */
    private int ketenRonde(String gemeente, boolean wachtOpKop) {
        Optional<Ketenstap.Kop> vrij = wachtOpKop ? Optional.of(kopVergrendeld(gemeente)) : kopAlsVrij(gemeente);
        if (vrij.isEmpty()) {
            return -1;
        }
        Ketenstap.Kop kop = vrij.get();
        List<Verwerking> wachtend = jdbc.sql(VELDEN + "where gemeente_code = ? and keten = 0 and volgnummer is null order by id limit ?")
                .params(gemeente, perRonde).query(Logboek::regel).list();
        if (wachtend.isEmpty()) {
            return 0;
        }
        Ketenstap.Uitkomst uitkomst = Ketenstap.keten(gemeente, kop, wachtend, zegel::zegel);
        int[] bijgewerkt = batch.batchUpdate("update verwerking set volgnummer = ?, vorige_hash = ?, hash = ? where id = ? and volgnummer is null",
                uitkomst.schakels().stream().map(s -> new Object[] {s.volgnummer(), s.vorigeHash(), s.hash(), s.id()}).toList());
        for (int n : bijgewerkt) {
            if (n == 0) {
                // cannot happen under the head's lock; roll back rather than leave a gap
                throw new IllegalStateException("Een wachtende logboekregel van gemeente " + gemeente + " was al geketend");
            }
        }
        jdbc.sql("update logboek_keten set volgnummer = ?, hash = ? where gemeente_code = ? and keten = 0")
                .params(uitkomst.kop().volgnummer(), uitkomst.kop().hash(), gemeente).update();
        return wachtend.size();
    }

    private Ketenstap.Kop kopVergrendeld(String gemeente) {
        Optional<Ketenstap.Kop> kop = leesKop(gemeente);
        if (kop.isPresent()) {
            return kop.get();
        }
        maakKop(gemeente);
        return leesKop(gemeente).orElseThrow();
    }

    /** The head when nobody holds it (the scheduled step only visits heads that exist); empty when another step does. */
    private Optional<Ketenstap.Kop> kopAlsVrij(String gemeente) {
        return jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? and keten = 0 for update skip locked").param(gemeente)
                .query((rs, i) -> new Ketenstap.Kop(rs.getLong(1), rs.getString(2))).optional();
    }

    private Optional<Ketenstap.Kop> leesKop(String gemeente) {
        return jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? and keten = 0 for update").param(gemeente)
                .query((rs, i) -> new Ketenstap.Kop(rs.getLong(1), rs.getString(2))).optional();
    }

    private String hash(String vorige, Verwerking r) {
        return zegel.zegel(Ketenstap.inhoud(vorige, r.volgnummer(), r));
    }

    private Zegel hashIn(int keten) {
        return (vorige, r) -> zegel.zegel(Ketenstap.inhoud(vorige, keten, r.volgnummer(), r));
    }

    /** The unkeyed SHA-256 of the first releases, only to check a chain before it is sealed with the key. */
    private static String oudeHash(String vorige, Verwerking r) {
        try {
            String inhoud = Ketenstap.inhoud(vorige, r.volgnummer(), r);
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
     * Seals the lines that wait for the chain, then recomputes every seal of the chain and reports
     * the first line that does not fit; then checks the chain against every anchor written outside
     * the database. Lines written during the check wait for the next chaining step.
     */
    public Controle controleer(String gemeente) {
        keten(gemeente);
        long gecontroleerd = 0;
        int verankerd = 0;
        List<Integer> deelketens = jdbc.sql("select keten from logboek_keten where gemeente_code = ? order by keten").param(gemeente)
                .query(Integer.class).list();
        for (int keten : deelketens) {
            Controle deel = controleer(gemeente, keten);
            if (!deel.intact()) {
                return new Controle(gemeente, gecontroleerd + deel.gecontroleerd(), deel.eersteFout(), deel.uitleg());
            }
            gecontroleerd += deel.gecontroleerd();
        }
        List<String> vervalst = new ArrayList<>();
        for (int keten : deelketens) {
            verankerd += ankers.van(gemeente, keten, vervalst).size();
        }
        long wachtend = jdbc.sql("select count(*) from verwerking where gemeente_code = ? and volgnummer is null").param(gemeente)
                .query(Long.class).single();
        String uitleg = "Alle " + gecontroleerd + " regels kloppen" + (deelketens.size() > 1 ? " (in " + deelketens.size() + " ketens)." : ".")
                + (verankerd == 0 ? " Er is nog geen anker buiten de database."
                : " Ook " + verankerd + " ankers buiten de database kloppen.")
                + (wachtend == 0 ? "" : " " + wachtend + (wachtend == 1 ? " regel is" : " regels zijn") + " tijdens de controle geschreven en wordt binnen enkele seconden in de keten opgenomen.");
        return new Controle(gemeente, gecontroleerd, null, uitleg);
    }

    /** One chain of the municipality: every seal recomputed, then the chain against every anchor of it written outside the database. */
    private Controle controleer(String gemeente, int keten) {
        Controle deel = loop(gemeente, keten, keten == 0 ? this::hash : hashIn(keten));
        if (!deel.intact()) {
            return deel;
        }
        String welke = keten == 0 ? "" : " van keten " + keten;
        List<String> vervalst = new ArrayList<>();
        List<Logboekankers.Anker> verankerd = ankers.van(gemeente, keten, vervalst);
        if (!vervalst.isEmpty()) {
            return new Controle(gemeente, deel.gecontroleerd(), 0L, "Een anker buiten de database is vervalst of beschadigd (" + ankers.bestand() + ").");
        }
        for (Logboekankers.Anker anker : verankerd) {
            if (anker.volgnummer() > deel.gecontroleerd()) {
                return new Controle(gemeente, deel.gecontroleerd(), deel.gecontroleerd() + 1, "De laatste regels" + welke + " (vanaf "
                        + (deel.gecontroleerd() + 1) + ") ontbreken: het anker van " + anker.tijdstip() + " telde er " + anker.volgnummer() + ".");
            }
            String hash = jdbc.sql("select hash from verwerking where gemeente_code = ? and keten = ? and volgnummer = ?")
                    .params(gemeente, keten, anker.volgnummer()).query(String.class).optional().orElse("");
            if (!hash.equals(anker.hash())) {
                return new Controle(gemeente, deel.gecontroleerd(), anker.volgnummer(), "Het logboek" + welke + " tot regel " + anker.volgnummer()
                        + " is herschreven na het anker van " + anker.tijdstip() + ".");
            }
        }
        return deel;
    }

    private interface Zegel {
        String van(String vorige, Verwerking regel);
    }

    private Controle loop(String gemeente, int keten, Zegel zegelVan) {
        String welke = keten == 0 ? "" : " van keten " + keten;
        AtomicReference<String> vorige = new AtomicReference<>(BEGIN);
        long[] verwacht = {0};
        Controle[] fout = {null};
        try (Stream<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? and keten = ? and volgnummer is not null order by volgnummer")
                .params(gemeente, keten).query(Logboek::regel).stream()) {
            regels.takeWhile(r -> fout[0] == null).forEach(r -> {
                verwacht[0]++;
                if (r.volgnummer() != verwacht[0]) {
                    fout[0] = new Controle(gemeente, verwacht[0] - 1, verwacht[0], "Regel " + verwacht[0] + welke + " ontbreekt.");
                    return;
                }
                if (!r.vorigeHash().equals(vorige.get()) || !zegelVan.van(vorige.get(), r).equals(r.hash())) {
                    fout[0] = new Controle(gemeente, verwacht[0] - 1, r.volgnummer(), "Regel " + r.volgnummer() + welke + " is na het vastleggen gewijzigd.");
                    return;
                }
                vorige.set(r.hash());
            });
        }
        if (fout[0] != null) {
            return fout[0];
        }
        Ketenstap.Kop kop = jdbc.sql("select volgnummer, hash from logboek_keten where gemeente_code = ? and keten = ?").params(gemeente, keten)
                .query((rs, i) -> new Ketenstap.Kop(rs.getLong(1), rs.getString(2))).optional().orElse(new Ketenstap.Kop(0, BEGIN));
        if (kop.volgnummer() != verwacht[0] || !kop.hash().equals(vorige.get())) {
            return new Controle(gemeente, verwacht[0], verwacht[0] + 1, "De laatste regels" + welke + " (vanaf " + (verwacht[0] + 1) + ") ontbreken.");
        }
        return new Controle(gemeente, verwacht[0], null, "Alle " + verwacht[0] + " regels kloppen.");
    }

    /** Seals the waiting lines, then writes an anchor of every municipality's current head outside the database. */
    public void verankerAlles() {
        jdbc.sql("select gemeente_code from logboek_keten where keten = 0 order by gemeente_code").query(String.class).list().forEach(this::keten);
        jdbc.sql("select gemeente_code, keten, volgnummer, hash from logboek_keten order by gemeente_code, keten")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)}).list()
                .forEach(k -> ankers.veranker((String) k[0], (Integer) k[1], (Long) k[2], (String) k[3]));
    }

    /**
     * Once, when moving from the unkeyed chain of the first releases to the sealed one: checks the
     * old chain and, only when it is intact, seals every line with the key and anchors the head.
     */
    public Controle verzegel(String gemeente) {
        Controle oud = loop(gemeente, 0, Logboek::oudeHash);
        if (!oud.intact()) {
            return oud;
        }
        eigenTransactie.executeWithoutResult(status -> {
            kopVergrendeld(gemeente);
            String vorige = BEGIN;
            List<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? and keten = 0 and volgnummer is not null order by volgnummer")
                    .param(gemeente).query(Logboek::regel).list();
            for (Verwerking r : regels) {
                String hash = hash(vorige, r);
                jdbc.sql("update verwerking set vorige_hash = ?, hash = ? where id = ?").params(vorige, hash, r.id()).update();
                vorige = hash;
            }
            jdbc.sql("update logboek_keten set hash = ? where gemeente_code = ? and keten = 0").params(vorige, gemeente).update();
        });
        verankerAlles();
        return controleer(gemeente);
    }

    public List<Controle> verzegelAlles() {
        return jdbc.sql("select gemeente_code from logboek_keten where keten = 0 order by gemeente_code").query(String.class).list().stream()
                .map(this::verzegel).toList();
    }

    public List<Controle> controleerAlles() {
        return jdbc.sql("select distinct gemeente_code from logboek_keten order by gemeente_code").query(String.class).list().stream()
                .map(this::controleer).toList();
    }

    // Readers show every line, chained or still waiting (seconds), by the moment of the processing and then by id, the
    // order of writing: stable, and served by the indexes of V55.

    /**
     * What others did with this resident's data, newest first ("wie heeft mijn gegevens bekeken"). The safety records' lines
     * (meldcode, Veilig Thuis) are left out: they would tell that the file has them, which may endanger a child (meldcode, AVG
     * art. 23); the privacy officer handles an inzageverzoek on them (docs/privacy.md).
     */
    public Pagina<Verwerking> doorAnderen(String gemeente, String bsn, String eigenActor, int pagina) {
        int grootte = Pagina.STANDAARD_GROOTTE;
        long totaal = jdbc.sql("select count(*) from verwerking where gemeente_code = ? and betrokkene_bsn = ? and actor <> ? and categorie <> 'VEILIGHEID'")
                .params(gemeente, bsn, eigenActor).query(Long.class).single();
        List<Verwerking> regels = jdbc.sql(VELDEN + "where gemeente_code = ? and betrokkene_bsn = ? and actor <> ? and categorie <> 'VEILIGHEID' "
                        + "order by tijdstip desc, id desc limit ? offset ?")
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
        List<Verwerking> regels = jdbc.sql(VELDEN + waar + "order by tijdstip desc, id desc limit ? offset ?")
                .params(metPagina).query(Logboek::regel).list();
        return new Pagina<>(regels, pagina, grootte, totaal);
    }

    public List<Verwerking> alleVan(String gemeente, String bsn) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and betrokkene_bsn = ? order by tijdstip, id").params(gemeente, bsn)
                .query(Logboek::regel).list();
    }

    private static Verwerking regel(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Verwerking(rs.getLong("id"), rs.getString("gemeente_code"), rs.getObject("volgnummer", Long.class),
                rs.getObject("tijdstip", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("actor_naam"),
                rs.getString("actor_rol"), rs.getString("betrokkene_bsn"), Dossierdeel.valueOf(rs.getString("categorie")),
                Handeling.valueOf(rs.getString("handeling")), rs.getString("grondslag"), rs.getString("bron"),
                rs.getString("vorige_hash"), rs.getString("hash"));
    }
}
