package nl.dichtbij.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Inschrijvingen.Inschrijving;
import nl.dichtbij.personen.Inschrijvingen.NieuwHuishouden;
import nl.dichtbij.personen.Inschrijvingen.Ouderschap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo population of Woerden and Montfoort, once, registered as a first delivery of the BRP would be
 * ({@link Inschrijvingen}). The work starts the moment Flyway has migrated the database ({@link BevolkingNaMigratie}), beside
 * the rest of the context start ({@link DemoVooraf}); its step waits for it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Bevolking implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(Bevolking.class);
    private static final long EERSTE_BSN = 200_000_000L;
    private static final long MONTFOORT_BSN = 600_000_000L;
    private static final long MONTFOORT_HUISHOUDENS = 50_000_000L;

    private final Inschrijvingen inschrijvingen;
    private final DemoProperties demo;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    Bevolking(Inschrijvingen inschrijvingen, DemoProperties demo, DemoVooraf vooraf) {
        this.inschrijvingen = inschrijvingen;
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
     * Writes in chunks of a few thousand persons, each its own transaction: one huge transaction makes H2's commit slow. The
     * test persona is written last and marks a complete population; without it, a half-written population from an
     * interrupted start is rebuilt.
     */
    private void vul() {
        inschrijvingen.onderbrokenLeveringAfmaken();
        if (inschrijvingen.ingeschreven(List.of(Testpersonen.TOM_BSN, Testpersonen.GROOTVADER_BSN)).size() == 2) {
            return;
        }
        inschrijvingen.alsEersteLevering(this::schrijf);
    }

    private void schrijf() {
        long start = System.nanoTime();
        inschrijvingen.allesUitschrijven();
        // Montfoort is generated beside Woerden on a second thread, with its own seed and number ranges,
        // so the result stays the same whichever thread is faster.
        Bevolkingsgenerator woerden = new Bevolkingsgenerator(demo.seed(), demo.peildatum(), 1, EERSTE_BSN);
        Bevolkingsgenerator montfoort = new Bevolkingsgenerator(demo.seed() + 335, demo.peildatum(), MONTFOORT_HUISHOUDENS, MONTFOORT_BSN);
        // on a thread of its own, not the common pool: whoever starts the application may have filled that pool and wait for us
        CompletableFuture<Integer> montfoortKlaar = CompletableFuture.supplyAsync(
                () -> montfoort.genereer("0335", Kern.montfoort(), demo.inwonersMontfoort(), inschrijvingen::inschrijven),
                werk -> Thread.ofPlatform().name("demo-montfoort").daemon().start(werk));
        int huishoudensWoerden = woerden.genereer("0632", Kern.woerden(), demo.inwonersWoerden() - 2, inschrijvingen::inschrijven);
        int huishoudensMontfoort = montfoortKlaar.join();
        testpersona(woerden.volgendeHuishoudenId());
        log.info("Demobevolking: Woerden {} inwoners in {} huishoudens, Montfoort {} inwoners in {} huishoudens ({} ms)",
                demo.inwonersWoerden(), huishoudensWoerden + 1, demo.inwonersMontfoort(), huishoudensMontfoort,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Sanne de Wit and her son Tom at one address, her father Henk at another: one batch, so all three come or none. */
    private void testpersona(long huishoudenId) {
        inschrijvingen.inschrijven(
                List.of(new NieuwHuishouden(huishoudenId, "0632", "Rijnstraat", "12", "3441BW", "Woerden", "Binnenstad"),
                        new NieuwHuishouden(huishoudenId + 1, "0632", "Kerkplein", "3", "3441BG", "Woerden", "Binnenstad")),
                List.of(new Inschrijving(Testpersonen.OUDER_BSN, "0632", huishoudenId, "Sanne", "de", "Wit", Testpersonen.OUDER_GEBOORTEDATUM),
                        new Inschrijving(Testpersonen.TOM_BSN, "0632", huishoudenId, "Tom", "de", "Wit", Testpersonen.TOM_GEBOORTEDATUM),
                        new Inschrijving(Testpersonen.GROOTVADER_BSN, "0632", huishoudenId + 1, "Henk", "de", "Wit",
                                Testpersonen.GROOTVADER_GEBOORTEDATUM)),
                List.of(new Ouderschap(Testpersonen.OUDER_BSN, Testpersonen.TOM_BSN),
                        new Ouderschap(Testpersonen.GROOTVADER_BSN, Testpersonen.OUDER_BSN)));
    }
}
