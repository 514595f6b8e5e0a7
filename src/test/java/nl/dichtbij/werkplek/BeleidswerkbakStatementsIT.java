package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Statementteller;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Gespreksregels;
import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Beleid's werkbak (issue 17) costs as many SQL statements with the demo's two open follow-ups as with sixty more, each of a
 * talk with two providers (docs/decisions/0016, 0026): the follow-ups, their talks and providers are one query, bounded, and
 * the page links to the rest.
 */
@IntegratieTest
@DirtiesContext
@Import(Statementteller.class)
class BeleidswerkbakStatementsIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Voortgangsgesprekken gesprekken;
    @Autowired Aanbod aanbod;
    @Autowired Clock clock;

    @Test
    void theWerkbakOfBeleidCostsTheSameStatementsAfterSixtyMoreFollowUps() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        List<String> voor = meet(beleid);
        List<Long> aanbieders = List.of(aanbod.aanbiederMetAgb("42420001").orElseThrow().id(), aanbod.aanbiederMetAgb("42420002").orElseThrow().id());
        LocalDate vandaag = LocalDate.now(clock);
        for (int i = 0; i < 20; i++) {
            List<Gespreksregels.Vervolggegevens> vervolg = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                vervolg.add(new Gespreksregels.Vervolggegevens("Groei " + i + "-" + j, null, vandaag.plusDays(10 + i)));
            }
            gesprekken.vastleggen(BELEID, new Gespreksregels.Gegevens(vandaag.minusDays(i), "Groei " + i, aanbieders, null, "Afgesproken", vervolg));
        }
        List<String> na = meet(beleid);
        System.out.printf("/werk/beleid %d statements before, %d after 60 follow-ups more%n", voor.size(), na.size());
        assertThat(na).as("the statements of /werk/beleid:%n%s", String.join("\n", na)).hasSameSizeAs(voor);
        String pagina = beleid.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/beleid")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pagina).contains("Al uw open vervolgafspraken bekijken", "Wachtlijst per week van de aanbieder bespreken")
                .contains("Jeugdhulp Voorbeeld B.V. en Zorg Dichtbij Woerden.");
        assertThat(pagina.split("Uit het gesprek ", -1)).as("25 follow-ups at most").hasSize(26);
    }

    private List<String> meet(HttpClient browser) throws Exception {
        String pad = "http://localhost:" + port + "/werk/beleid";
        browser.send(HttpRequest.newBuilder(URI.create(pad)).build(), HttpResponse.BodyHandlers.ofString()); // caches warm
        String meting = UUID.randomUUID().toString();
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create(pad)).header(Statementteller.HEADER, meting).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Statementteller.van(meting) != null);
        return Statementteller.van(meting).stream().map(sql -> sql.replaceAll("in \\((\\?, )*\\?\\)", "in (?)")
                .replaceAll("values (\\((\\?, )*\\?\\))(, \\((\\?, )*\\?\\))+", "values $1")).toList();
    }
}
