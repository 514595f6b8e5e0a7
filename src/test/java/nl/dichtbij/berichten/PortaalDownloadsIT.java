package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every download link on the provider's message page answers with the XML it names: the messages
 * waiting for the provider and the retour of every message the provider sent.
 */
@IntegratieTest
class PortaalDownloadsIT {

    private static final Pattern DOWNLOAD = Pattern.compile("href=\"(/aanbieder/berichten/(?:retour/)?\\d+\\.xml)\"");

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void everyDownloadLinkOnThePortalGivesItsXml() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        String id = "DL" + System.nanoTime() % 1_000_000_000L;
        String xml = Aanbiedersberichten.jw305("42420001", "0632", id, vandaag, "999993653", 999_999_998L, "45", "45A01", vandaag, "1");
        HttpResponse<String> verstuurd = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/berichten"))
                .header("Authorization", "Bearer demo-aanbieder-42420001").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verstuurd.statusCode()).as(verstuurd.body()).isEqualTo(201);

        HttpClient aanbieder = Inloggen.als(port, "aanbieder");
        String pagina = aanbieder.send(HttpRequest.newBuilder(uri("/aanbieder/berichten")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Set<String> links = new LinkedHashSet<>();
        Matcher m = DOWNLOAD.matcher(pagina);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).as("a retour link for the message just sent").anyMatch(l -> l.startsWith("/aanbieder/berichten/retour/"));
        for (String link : links) {
            HttpResponse<String> bestand = aanbieder.send(HttpRequest.newBuilder(uri(link)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bestand.statusCode()).as(link).isEqualTo(200);
            assertThat(bestand.headers().firstValue("Content-Disposition")).as(link).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
            assertThat(bestand.body()).as(link).startsWith("<?xml").contains("Bericht");
        }
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
