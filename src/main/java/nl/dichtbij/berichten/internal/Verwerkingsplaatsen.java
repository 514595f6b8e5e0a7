package nl.dichtbij.berichten.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A node handles a bounded number of provider messages at once, and one provider gets only a
 * share of those places: a sender that floods the node waits for its own places, while the
 * others and the pages keep theirs (the connection pool stays free for them too).
 */
@Component
public class Verwerkingsplaatsen {

    private final Semaphore alle;
    private final int perAanbieder;
    private final long wachtMillis;
    private final Map<String, Semaphore> aanbieders = new ConcurrentHashMap<>();

    Verwerkingsplaatsen(@Value("${dichtbij.berichten.plaatsen:6}") int plaatsen,
                        @Value("${dichtbij.berichten.plaatsen-per-aanbieder:2}") int perAanbieder,
                        @Value("${dichtbij.berichten.wachttijd:PT5S}") java.time.Duration wachttijd) {
        this.alle = new Semaphore(plaatsen, true);
        this.perAanbieder = perAanbieder;
        this.wachtMillis = wachttijd.toMillis();
    }

    /** Runs the work in one of the provider's places, or refuses with {@link Inkomend.BerichtBezetException} when none comes free in time. */
    public <T> T binnen(String aanbiederAgb, Supplier<T> werk) {
        Semaphore eigen = aanbieders.computeIfAbsent(aanbiederAgb, a -> new Semaphore(perAanbieder, true));
        long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wachtMillis);
        if (!verkrijg(eigen, tot)) {
            throw vol("Dichtbij verwerkt op dit moment al berichten van uw organisatie.");
        }
        try {
            if (!verkrijg(alle, tot)) {
                throw vol("Dichtbij verwerkt op dit moment veel berichten.");
            }
            try {
                return werk.get();
            } finally {
                alle.release();
            }
        } finally {
            eigen.release();
        }
    }

    private static Inkomend.BerichtBezetException vol(String waarom) {
        return new Inkomend.BerichtBezetException(waarom + " Stuur dit bericht over een minuut opnieuw; het wordt dan verwerkt.", null);
    }

    private static boolean verkrijg(Semaphore plaatsen, long tot) {
        try {
            return plaatsen.tryAcquire(Math.max(0, tot - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
