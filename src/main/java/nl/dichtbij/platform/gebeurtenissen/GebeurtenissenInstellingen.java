package nl.dichtbij.platform.gebeurtenissen;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed events are offered again.
 *
 * @param maxPogingen deliveries in all, the first one included; then the event is stopped (a dead letter)
 * @param wachttijd   how long after the start of its last delivery an event may be offered again
 * @param perRonde    at most this many events are offered again in one round
 */
@ConfigurationProperties("dichtbij.gebeurtenissen")
public record GebeurtenissenInstellingen(@DefaultValue("5") int maxPogingen, @DefaultValue("PT2M") Duration wachttijd,
                                         @DefaultValue("100") int perRonde) {

    public GebeurtenissenInstellingen {
        if (maxPogingen < 1 || perRonde < 1 || wachttijd.isNegative()) {
            throw new IllegalArgumentException("dichtbij.gebeurtenissen: max-pogingen en per-ronde minstens 1, wachttijd niet negatief");
        }
    }
}
