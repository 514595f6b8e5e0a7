package nl.dichtbij.berichten.xml;

import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Checks the XSDs as soon as the settings are read, before the database and the web server
 * start: a wrong {@code dichtbij.istandaarden.pad} then stops the start within a second or two
 * with the one line of {@link Schemas#controleer}. Registered in META-INF/spring.factories.
 */
public class IStandaardenControle implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Schemas.controleer(IStandaarden.volgensInstelling(event.getEnvironment().getProperty("dichtbij.istandaarden.pad")));
    }
}
