package nl.dichtbij.berichten.xml;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Compiles all schemas on a thread of its own, started as soon as the beans exist, so it runs
 * while the web server and the demo data start: compiling the 24 of them takes one to three
 * seconds, which the main thread should not wait for. Until then a message compiles the one
 * schema it needs itself, and the health indicator {@code schemas} is DOWN.
 */
@Component
class SchemaVoorbereiding implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaVoorbereiding.class);

    private final Schemas schemas;
    private volatile RuntimeException fout;

    SchemaVoorbereiding(Schemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Thread.ofPlatform().daemon().name("schemas-compileren").start(this::compileer);
    }

    void compileer() {
        long begin = System.nanoTime();
        try {
            schemas.compileerAlles();
            log.info("XSD's van iJw 3.2 en iWmo 3.2 gecompileerd uit {} ({} ms)", schemas.bron().bron(), (System.nanoTime() - begin) / 1_000_000);
        } catch (RuntimeException e) {
            fout = e;
            log.error("De XSD's van iJw 3.2 en iWmo 3.2 zijn niet te compileren uit {}", schemas.bron().bron(), e);
        }
    }

    Optional<RuntimeException> fout() {
        return Optional.ofNullable(fout);
    }
}
