package nl.dichtbij;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.dichtbij.platform.OngeldigeInvoerException;

/** Two users at the same moment: runs calls on threads released together, for tests of the guards on shared state. */
public final class Tegelijk {

    private Tegelijk() {
    }

    /** What each call returned, or the clear refusal ({@link OngeldigeInvoerException}) it gave, in the order of the calls. */
    public static List<Object> uitvoeren(List<Callable<?>> handelingen) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (var draden = Executors.newFixedThreadPool(handelingen.size())) {
            List<Future<Object>> toekomst = new ArrayList<>();
            for (Callable<?> handeling : handelingen) {
                toekomst.add(draden.submit(() -> {
                    start.await();
                    try {
                        return handeling.call();
                    } catch (OngeldigeInvoerException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> uitkomsten = new ArrayList<>();
            for (Future<Object> f : toekomst) {
                uitkomsten.add(f.get(60, TimeUnit.SECONDS));
            }
            return uitkomsten;
        }
    }
}
