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

/**
 * One installation, each municipality in its own name and colours: beheer sets them, refused when text on them would be hard
 * to read; every page of the municipality's residents and staff carries them, and another municipality keeps its own.
 */
@IntegratieTest
class HuisstijlIT {

    @LocalServerPort int port;
    @Autowired Huisstijlen huisstijlen;

    @Test
    void eachMunicipalityOnOneInstallationShowsItsOwnNameAndColours() throws Exception {
        Huisstijl oud = huisstijlen.van("0632").orElseThrow();
        try {
            HttpClient beheer = Inloggen.als(port, "beheer");
            String fout = post(beheer, "primair=" + enc("#7fb3d5") + "&donker=blauw");
            assertThat(fout).contains("De kleur #7fb3d5 is te licht voor de knoppen", "minimaal 4,5 : 1",
                    "Vul een kleur in als # met zes tekens", "aria-invalid=\"true\"", "value=\"#7fb3d5\"", "value=\"blauw\"");
            assertThat(huisstijlen.van("0632").orElseThrow()).as("nothing changed").isEqualTo(oud);

            String bewaard = post(beheer, "primair=" + enc("#1F4E79") + "&donker=" + enc("#102a43"));
            assertThat(bewaard).contains("De huisstijl is bewaard.", "value=\"#1f4e79\"");
            Huisstijl nieuw = huisstijlen.van("0632").orElseThrow();

            String mijn = haal(Inloggen.als(port, "inwoner"), "/mijn").body();
            assertThat(mijn).contains("gemeente Woerden", "/huisstijl/0632.css?v=" + nieuw.versie());
            HttpResponse<String> css = haal(HttpClient.newHttpClient(), "/huisstijl/0632.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
            assertThat(css.body()).isEqualTo(":root { --primair: #1f4e79; --primair-donker: #102a43; }\n");
            assertThat(css.headers().firstValue("Cache-Control")).as("without the colours' version: asked again").hasValue("no-cache");
            assertThat(haal(HttpClient.newHttpClient(), "/huisstijl/0632.css?v=" + nieuw.versie()).headers().firstValue("Cache-Control"))
                    .as("under the address of these colours: kept a day").hasValueSatisfying(c -> assertThat(c).contains("max-age=86400"));

            String montfoort = haal(Inloggen.als(port, "montfoort"), "/werk").body();
            assertThat(montfoort).as("Montfoort on the same installation").contains("gemeente Montfoort").doesNotContain("/huisstijl/0632.css");
            assertThat(haal(HttpClient.newHttpClient(), "/huisstijl/9999.css").statusCode()).isEqualTo(404);
        } finally {
            huisstijlen.vastleggen("0632", oud.primair(), oud.donker());
        }
    }

    private String post(HttpClient beheer, String velden) throws Exception {
        String pagina = haal(beheer, "/beheer/huisstijl").body();
        HttpResponse<String> antwoord = beheer.send(HttpRequest.newBuilder(uri("/beheer/huisstijl"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> haal(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
