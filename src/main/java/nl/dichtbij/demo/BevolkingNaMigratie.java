package nl.dichtbij.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo population is the longest part of a first start, so it starts the moment the database is migrated: before,
 * it started only when the context came to its bean, seconds later, after the beans of the modules before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class BevolkingNaMigratie {

    @Bean
    FlywayMigrationStrategy migrerenEnDemobevolkingStarten(Bevolking demobevolking) {
        return flyway -> {
            flyway.migrate();
            demobevolking.start();
        };
    }
}
