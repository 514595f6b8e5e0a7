package nl.dichtbij.demo;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Size and seed of the generated demo population. */
@ConfigurationProperties("dichtbij.demo")
record DemoProperties(
        @DefaultValue("632") long seed,
        @DefaultValue("51000") int inwonersWoerden,
        @DefaultValue("14000") int inwonersMontfoort,
        @DefaultValue("2026-01-01") LocalDate peildatum) {
}
