package nl.dichtbij.platform.planning;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import nl.dichtbij.platform.web.Databasefouten;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place where scheduled jobs are switched on. Every {@code @Scheduled} method also carries
 * a {@code @SchedulerLock}: with several nodes on one database only the node that takes the lock
 * (table {@code shedlock}) runs a round; the others skip it. Lock times are the database's own, so
 * the nodes' clocks do not have to agree. See docs/decisions/0008-two-nodes-and-the-outbox.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class PlanningConfig {

    private static final Logger log = LoggerFactory.getLogger(PlanningConfig.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    // A job that finds the database gone (taking its ShedLock already needs it) says so in one line: the Logboek's
    // chaining step runs every second and would otherwise write a stack trace a second during an outage.
    @Bean
    SimpleAsyncTaskSchedulerCustomizer geplandeTakenBijStoring() {
        return planner -> planner.setErrorHandler(PlanningConfig::fout);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer geplandeTakenBijStoringMetThreadPool() {
        return planner -> planner.setErrorHandler(PlanningConfig::fout);
    }

    static void fout(Throwable fout) {
        if (Databasefouten.onbereikbaar(fout)) {
            log.warn("Geplande taak overgeslagen: de database is niet bereikbaar ({})", fout.getMessage());
        } else {
            log.error("Onverwachte fout in een geplande taak", fout);
        }
    }
}
