package nl.dichtbij.platform.kennisgeving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through the municipality's SMS gateway, a hook: each message is posted as JSON
 * ({@code {"naar": "+31612345678", "tekst": "..."}}) to {@code dichtbij.sms.webhook}, with {@code dichtbij.sms.token} as
 * bearer token when set. Any gateway (or a small adapter in front of one) that accepts that can deliver. Exists only
 * when the webhook is configured.
 */
@Component
@ConditionalOnProperty("dichtbij.sms.webhook")
class SmsBezorger implements Bezorger {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI webhook;
    private final String token;
    private final JsonMapper json;

    SmsBezorger(@Value("${dichtbij.sms.webhook}") String webhook, @Value("${dichtbij.sms.token:}") String token, JsonMapper json) {
        this.webhook = URI.create(webhook);
        this.token = token;
        boolean lokaal = "localhost".equals(this.webhook.getHost()) || "127.0.0.1".equals(this.webhook.getHost());
        if (!"https".equals(this.webhook.getScheme()) && !lokaal) {
            // the token and the phone numbers must not cross the network in the clear
            throw new IllegalStateException("dichtbij.sms.webhook moet een https-adres zijn (alleen op deze machine mag http).");
        }
        this.json = json;
    }

    @Override
    public Kanaal kanaal() {
        return Kanaal.SMS;
    }

    @Override
    public void stuur(String adres, Bericht bericht) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("naar", adres, "tekst", bericht.kort()))));
        if (!token.isBlank()) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        try {
            int status = http.send(verzoek.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("De sms-dienst antwoordde met status " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("De sms-dienst is niet bereikbaar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken bij het versturen van een sms", e);
        }
    }
}
