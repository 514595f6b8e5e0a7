package nl.dichtbij.berichten.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every minute: process messages that were stored but not processed (a node stopped halfway). Safe on several nodes: processing claims the row. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Herstelopdracht {

    private static final Logger LOG = LoggerFactory.getLogger(Herstelopdracht.class);

    private final Inkomend inkomend;
    private final Clock clock;

    Herstelopdracht(Inkomend inkomend, Clock clock) {
        this.inkomend = inkomend;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dichtbij.berichten.herstel-interval:PT1M}", initialDelayString = "PT30S")
    void herstel() {
        int verwerkt = inkomend.herstel(clock.instant().minus(Duration.ofMinutes(2)));
        if (verwerkt > 0) {
            LOG.info("{} blijven liggende berichten alsnog verwerkt", verwerkt);
        }
    }
}
