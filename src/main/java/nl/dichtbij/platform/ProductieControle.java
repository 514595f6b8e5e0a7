package nl.dichtbij.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Without the demo profile the jar is production. It then refuses to start, before the database
 * is touched, until what production needs is set: the two secrets and a way to sign in (OpenID
 * Connect). A deployment that forgets a setting never runs half-configured, and never as the demo.
 * Registered in META-INF/spring.factories.
 */
public class ProductieControle implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int MINSTE_LENGTE_GEHEIM = 32;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<String> ontbrekend = ontbrekend(event.getEnvironment());
        if (!ontbrekend.isEmpty()) {
            throw new IllegalStateException("Dichtbij start niet: productie-instellingen ontbreken.\n  - " + String.join("\n  - ", ontbrekend)
                    + "\n  Zie README, Configuratie. Voor de demo: ./mvnw spring-boot:run, of start de jar met --spring.profiles.active=demo");
        }
    }

    static List<String> ontbrekend(ConfigurableEnvironment omgeving) {
        List<String> ontbrekend = new ArrayList<>();
        if (omgeving.getProperty("dichtbij.demo.enabled", Boolean.class, false)) {
            return ontbrekend;
        }
        geheim(omgeving, "dichtbij.logboek.sleutel", "DICHTBIJ_LOGBOEK_SLEUTEL", ontbrekend);
        geheim(omgeving, "dichtbij.programma.enquete-geheim", "DICHTBIJ_ENQUETE_GEHEIM", ontbrekend);
        boolean wachtwoorden = omgeving.getProperty("dichtbij.demo.form-login", Boolean.class, false);
        boolean oidc = !Binder.get(omgeving).bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of()).isEmpty();
        if (!wachtwoorden && !oidc) {
            ontbrekend.add("een inlogmethode: OpenID Connect via de broker (spring.security.oauth2.client.registration.broker.* en "
                    + "spring.security.oauth2.client.provider.broker.issuer-uri)");
        }
        return ontbrekend;
    }

    private static void geheim(ConfigurableEnvironment omgeving, String sleutel, String variabele, List<String> ontbrekend) {
        if (omgeving.getProperty(sleutel, "").length() < MINSTE_LENGTE_GEHEIM) {
            ontbrekend.add(variabele + " (" + sleutel + "): minstens " + MINSTE_LENGTE_GEHEIM + " willekeurige tekens");
        }
    }
}
