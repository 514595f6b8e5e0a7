package nl.dichtbij.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
