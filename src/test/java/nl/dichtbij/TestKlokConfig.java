package nl.dichtbij;

import nl.dichtbij.platform.ClockConfig;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestKlokConfig {

    @Bean
    @Primary
    VerstelbareKlok verstelbareKlok() {
        return new VerstelbareKlok(ClockConfig.AMSTERDAM);
    }
}
