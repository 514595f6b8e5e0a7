package nl.dichtbij.demo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo work that needs nothing but the migrated database starts while the rest of the context is still starting, each
 * part on a thread of its own: first the population, then what needs only the population (the calibrated provisions,
 * the money year). The demo's steps keep their order and wait for their part with {@link Taak#wacht()}, so readiness
 * still comes after all demo data, and the work stays under the {@link DemoSlot}.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DemoVooraf {

    private final DemoSlot slot;
    private final CompletableFuture<Void> bevolking = new CompletableFuture<>();

    DemoVooraf(DemoSlot slot) {
        this.slot = slot;
    }

    /** Starts writing the population, under the demo lock: another node may be writing this very population. */
    public Taak bevolking(Runnable werk) {
        start("demo-bevolking", () -> {
            slot.openen();
            werk.run();
        }, bevolking);
        return new Taak(bevolking);
    }

    /** Starts work that reads the population once the population is there; it runs beside the demo steps before it. */
    public Taak naBevolking(String naam, Runnable werk) {
        CompletableFuture<Void> klaar = new CompletableFuture<>();
        start(naam, () -> {
            new Taak(bevolking).wacht();
            werk.run();
        }, klaar);
        return new Taak(klaar);
    }

    private static void start(String naam, Runnable werk, CompletableFuture<Void> klaar) {
        Thread.ofPlatform().name(naam).daemon().start(() -> {
            try {
                werk.run();
                klaar.complete(null);
            } catch (Throwable e) {
                klaar.completeExceptionally(e);
            }
        });
    }

    /** Demo work under way. */
    public record Taak(CompletableFuture<Void> klaar) {

        /** Waits until the work is done, and fails as it failed. */
        public void wacht() {
            try {
                klaar.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error f) {
                    throw f;
                }
                throw e;
            }
        }
    }
}
