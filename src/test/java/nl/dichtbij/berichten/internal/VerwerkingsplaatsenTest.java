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
        terwijlBezet(plaatsen, "11111111", () -> {
            assertThatThrownBy(() -> plaatsen.binnen("11111111", () -> "tweede"))
                    .isInstanceOf(Inkomend.BerichtBezetException.class).hasMessageContaining("al berichten van uw organisatie");
            assertThat(plaatsen.binnen("22222222", () -> "ander")).isEqualTo("ander");
        });
        assertThat(plaatsen.binnen("11111111", () -> "weer")).isEqualTo("weer");
    }

    @Test
    void theNodeAsAWholeHasABoundAndGivesThePlaceBackAfterAnError() throws Exception {
        Verwerkingsplaatsen plaatsen = new Verwerkingsplaatsen(1, 1, Duration.ofMillis(200));
        terwijlBezet(plaatsen, "11111111", () -> assertThatThrownBy(() -> plaatsen.binnen("22222222", () -> "ander"))
                .isInstanceOf(Inkomend.BerichtBezetException.class).hasMessageContaining("veel berichten"));
        assertThatThrownBy(() -> plaatsen.binnen("22222222", () -> { throw new IllegalStateException("stuk"); }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(plaatsen.binnen("22222222", () -> "daarna")).isEqualTo("daarna");
    }

    /** Runs the checks while another thread holds one of the provider's places, then lets it finish. */
    private static void terwijlBezet(Verwerkingsplaatsen plaatsen, String aanbieder, Runnable controles) throws Exception {
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch klaar = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var eerste = pool.submit(() -> plaatsen.binnen(aanbieder, () -> {
                bezig.countDown();
                await(klaar);
                return "eerste";
            }));
            bezig.await();
            try {
                controles.run();
            } finally {
                klaar.countDown();
            }
            assertThat(eerste.get()).isEqualTo("eerste");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
