package nl.dichtbij.personen.internal;

import java.sql.Date;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import nl.dichtbij.personen.DemoPersonen;
import nl.dichtbij.platform.demo.DemoVooraf;
import nl.dichtbij.platform.demo.Demodeel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the register with the demo population of Woerden and Montfoort, once. The work starts the moment Flyway has
 * migrated the database ({@link DemobevolkingNaMigratie}), beside the rest of the context start ({@link DemoVooraf});
 * its step waits for it. So that it can start that early it uses the DataSource itself, not the JdbcTemplate and
 * TransactionTemplate beans: those wait for the migration.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class PersonenDemoData implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(PersonenDemoData.class);
    private static final long EERSTE_BSN = 200_000_000L;
    private static final long MONTFOORT_BSN = 600_000_000L;
    private static final long MONTFOORT_HUISHOUDENS = 50_000_000L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DemoProperties demo;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    PersonenDemoData(DataSource dataSource, DemoProperties demo, DemoVooraf vooraf) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.demo = demo;
        this.vooraf = vooraf;
    }

    /** Starts writing the population on a thread of its own; needs the migrated database. A second call does nothing. */
    synchronized void start() {
        if (taak == null) {
            taak = vooraf.bevolking(this::vul);
        }
    }

    @Override
    public String naam() {
        return "bevolking";
    }

    @Override
    public void vullen() {
        start(); // already done right after the migration, unless Flyway did not run here
        taak.wacht();
    }

    /**
     * Writes in chunks of a few thousand rows, each its own transaction: one huge transaction
     * makes H2's commit slow. The test persona is written last and marks a complete population;
     * without it, a half-written population from an interrupted start is rebuilt.
     */
    private void vul() {
        Long persona = jdbc.queryForObject("select count(*) from persoon where bsn in (?, ?)", Long.class,
                DemoPersonen.TOM_BSN, DemoPersonen.GROOTVADER_BSN);
        if (persona != null && persona == 2) {
            return;
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from ouder_kind");
            jdbc.update("delete from persoon");
            jdbc.update("delete from huishouden");
        });
        // Montfoort is generated beside Woerden on a second thread, with its own seed and number ranges,
        // so the result stays the same whichever thread is faster.
        DemoBevolking bevolking = new DemoBevolking(demo.seed(), demo.peildatum(), 1, EERSTE_BSN);
        DemoBevolking montfoortBevolking = new DemoBevolking(demo.seed() + 335, demo.peildatum(), MONTFOORT_HUISHOUDENS, MONTFOORT_BSN);
        // on a thread of its own, not the common pool: whoever starts the application may have filled that pool and wait for us
        java.util.concurrent.CompletableFuture<Integer> montfoortKlaar = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> montfoortBevolking.genereer("0335", Kern.montfoort(), demo.inwonersMontfoort(), this::schrijfInTransactie),
                taak -> Thread.ofPlatform().name("demo-montfoort").daemon().start(taak));
        int woerden = bevolking.genereer("0632", Kern.woerden(), demo.inwonersWoerden() - 2, this::schrijfInTransactie);
        int montfoort = montfoortKlaar.join();
        transaction.executeWithoutResult(status -> testpersona(bevolking.volgendeHuishoudenId()));
        log.info("Demobevolking: Woerden {} inwoners in {} huishoudens, Montfoort {} inwoners in {} huishoudens ({} ms)",
                demo.inwonersWoerden(), woerden + 1, demo.inwonersMontfoort(), montfoort, (System.nanoTime() - start) / 1_000_000);
    }

    private void schrijfInTransactie(List<DemoBevolking.GeneratedHuishouden> huishoudens, List<DemoBevolking.GeneratedPersoon> personen,
                                     List<DemoBevolking.OuderKind> relaties) {
        transaction.executeWithoutResult(status -> schrijf(huishoudens, personen, relaties));
    }

    private void testpersona(long huishoudenId) {
        schrijf(List.of(new DemoBevolking.GeneratedHuishouden(huishoudenId, "0632", "Rijnstraat", "12", "3441BW", "Woerden", "Binnenstad")),
                List.of(new DemoBevolking.GeneratedPersoon(DemoPersonen.OUDER_BSN, "0632", huishoudenId, "Sanne", "de", "Wit",
                                DemoPersonen.OUDER_GEBOORTEDATUM),
                        new DemoBevolking.GeneratedPersoon(DemoPersonen.TOM_BSN, "0632", huishoudenId, "Tom", "de", "Wit",
                                DemoPersonen.TOM_GEBOORTEDATUM)),
                List.of(new DemoBevolking.OuderKind(DemoPersonen.OUDER_BSN, DemoPersonen.TOM_BSN)));
        schrijf(List.of(new DemoBevolking.GeneratedHuishouden(huishoudenId + 1, "0632", "Kerkplein", "3", "3441BG", "Woerden", "Binnenstad")),
                List.of(new DemoBevolking.GeneratedPersoon(DemoPersonen.GROOTVADER_BSN, "0632", huishoudenId + 1, "Henk", "de", "Wit",
                        DemoPersonen.GROOTVADER_GEBOORTEDATUM)),
                List.of(new DemoBevolking.OuderKind(DemoPersonen.GROOTVADER_BSN, DemoPersonen.OUDER_BSN)));
    }

    private void schrijf(List<DemoBevolking.GeneratedHuishouden> huishoudens, List<DemoBevolking.GeneratedPersoon> personen,
                         List<DemoBevolking.OuderKind> relaties) {
        jdbc.batchUpdate("insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk) values (?, ?, ?, ?, ?, ?, ?)",
                huishoudens.stream().map(h -> new Object[] {h.id(), h.gemeenteCode(), h.straat(), h.huisnummer(), h.postcode(),
                        h.woonplaats(), h.wijk()}).toList(),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        jdbc.batchUpdate("insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum) values (?, ?, ?, ?, ?, ?, ?)",
                personen.stream().map(p -> new Object[] {p.bsn(), p.gemeenteCode(), p.huishoudenId(), p.voornaam(), p.tussenvoegsel(),
                        p.achternaam(), Date.valueOf(p.geboortedatum())}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE});
        jdbc.batchUpdate("insert into ouder_kind (ouder_bsn, kind_bsn) values (?, ?)",
                relaties.stream().map(r -> new Object[] {r.ouderBsn(), r.kindBsn()}).toList(), new int[] {Types.VARCHAR, Types.VARCHAR});
    }
}
