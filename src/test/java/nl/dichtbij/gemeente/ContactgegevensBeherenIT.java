package nl.dichtbij.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Beheer changes how residents reach the sociaal team; the foot of every page shows it at once. */
@IntegratieTest
class ContactgegevensBeherenIT {

    @LocalServerPort int port;
    @Autowired Contactgegevens contactgegevens;

    @Test
    void beheerChangesThePhoneNumberAndResidentsSeeIt() throws Exception {
        Contact oud = contactgegevens.van("0632").orElseThrow();
        try {
            HttpClient beheer = Inloggen.als(port, "beheer");
            String fout = post(beheer, "telefoon=bel+ons&bereikbaar=altijd&postadres=Postbus+1");
            assertThat(fout).contains("Vul een Nederlands telefoonnummer in", "aria-invalid=\"true\"", "id=\"telefoon-fout\"", "value=\"bel ons\"",
                    "value=\"altijd\"");
            assertThat(post(beheer, "telefoon=" + enc("06-1234567890123") + "&bereikbaar=altijd&postadres=Postbus+1"))
                    .as("too many digits").contains("Vul een Nederlands telefoonnummer in");
            assertThat(post(beheer, "telefoon=12&bereikbaar=altijd&postadres=Postbus+1")).contains("Vul een Nederlands telefoonnummer in");

            String bewaard = post(beheer, "telefoon=" + enc("0348 123 456") + "&bereikbaar=" + enc("op werkdagen van 9.00 tot 12.00 uur")
                    + "&postadres=" + enc("Postbus 45, 3440 AA Woerden"));
            assertThat(bewaard).contains("De contactgegevens zijn bewaard.", "value=\"0348 123 456\"");
            String mijn = Inloggen.als(port, "inwoner").send(HttpRequest.newBuilder(uri("/mijn")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(mijn).contains("tel:0348123456", "0348 123 456", "op werkdagen van 9.00 tot 12.00 uur");
        } finally {
            contactgegevens.vastleggen("0632", oud.telefoon(), oud.postadres(), oud.bereikbaar());
        }
    }

    private String post(HttpClient beheer, String velden) throws Exception {
        String pagina = beheer.send(HttpRequest.newBuilder(uri("/beheer/contactgegevens")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> antwoord = beheer.send(HttpRequest.newBuilder(uri("/beheer/contactgegevens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
