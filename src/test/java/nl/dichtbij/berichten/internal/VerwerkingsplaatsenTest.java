package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class VerwerkingsplaatsenTest {

    @Test
    void aProviderThatHoldsAllItsPlacesWaitsWhileAnotherProviderGoesAhead() throws Exception {
        Verwerkingsplaatsen plaatsen = new Verwerkingsplaatsen(3, 1, Duration.ofMillis(200));
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch klaar = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var eerste = pool.submit(() -> plaatsen.binnen("11111111", () -> {
                bezig.countDown();
                await(klaar);
                return "eerste";
            }));
            bezig.await();
            assertThatThrownBy(() -> plaatsen.binnen("11111111", () -> "tweede"))
                    .isInstanceOf(Inkomend.BerichtBezetException.class).hasMessageContaining("al berichten van uw organisatie");
            assertThat(plaatsen.binnen("22222222", () -> "ander")).isEqualTo("ander");
            klaar.countDown();
            assertThat(eerste.get()).isEqualTo("eerste");
        }
        assertThat(plaatsen.binnen("11111111", () -> "weer")).isEqualTo("weer");
    }

    @Test
    void theNodeAsAWholeHasABoundAndGivesThePlaceBackAfterAnError() throws Exception {
        Verwerkingsplaatsen plaatsen = new Verwerkingsplaatsen(1, 1, Duration.ofMillis(200));
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch klaar = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var eerste = pool.submit(() -> plaatsen.binnen("11111111", () -> {
                bezig.countDown();
                await(klaar);
                return "eerste";
            }));
            bezig.await();
            assertThatThrownBy(() -> plaatsen.binnen("22222222", () -> "ander"))
                    .isInstanceOf(Inkomend.BerichtBezetException.class).hasMessageContaining("veel berichten");
            klaar.countDown();
            eerste.get();
        }
        assertThatThrownBy(() -> plaatsen.binnen("22222222", () -> { throw new IllegalStateException("stuk"); }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(plaatsen.binnen("22222222", () -> "daarna")).isEqualTo("daarna");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
