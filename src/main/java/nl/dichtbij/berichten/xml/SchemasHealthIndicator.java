package nl.dichtbij.berichten.xml;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component {@code schemas}: UP once every XSD is compiled, so readiness waits for the message traffic. */
@Component
class SchemasHealthIndicator implements HealthIndicator {

    private final Schemas schemas;
    private final SchemaVoorbereiding voorbereiding;

    SchemasHealthIndicator(Schemas schemas, SchemaVoorbereiding voorbereiding) {
        this.schemas = schemas;
        this.voorbereiding = voorbereiding;
    }

    @Override
    public Health health() {
        Health.Builder stand = schemas.allesGecompileerd() ? Health.up() : Health.down();
        stand.withDetail("bron", schemas.bron().toString())
                .withDetail("gecompileerd", schemas.aantalGecompileerd() + " van " + Berichtsoort.values().length);
        voorbereiding.fout().ifPresent(stand::withException);
        return stand.build();
    }
}
