package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each account lands on its own work after logging in: a partner's account at its referrals and a gecertificeerde
 * instelling's at its measures, although both sign in with the provider role, and only they have that work in the menu; the
 * address /beheer opens functional management.
 */
@IntegratieTest
class StartplekIT {

    @LocalServerPort int port;

    @Test
    void everyAccountStartsAtItsOwnWork() throws Exception {
        assertThat(start("fermwerk")).as("a partner organisation").isEqualTo("/partner/verwijzingen");
        assertThat(start("gi")).as("a gecertificeerde instelling").isEqualTo("/aanbieder/veiligheid");
        assertThat(start("aanbieder")).as("a care provider").isEqualTo("/aanbieder");
        assertThat(start("jeugdconsulent")).isEqualTo("/werk");
        assertThat(start("beheer")).isEqualTo("/beheer/sociale-kaart");
    }

    @Test
    void onlyAPartnerHasReferralsAndOnlyAGiHasYouthProtectionInItsMenu() throws Exception {
        assertThat(pagina("aanbieder", "/aanbieder")).doesNotContain("href=\"/partner/verwijzingen\"", "href=\"/aanbieder/veiligheid\"");
        assertThat(pagina("fermwerk", "/partner/verwijzingen")).contains("href=\"/partner/verwijzingen\"").doesNotContain("href=\"/aanbieder/veiligheid\"");
        assertThat(pagina("gi", "/aanbieder/veiligheid")).contains("href=\"/aanbieder/veiligheid\"").doesNotContain("href=\"/partner/verwijzingen\"");
    }

    @Test
    void theAddressOfFunctionalManagementOpensItsFirstPage() throws Exception {
        HttpClient beheer = Inloggen.als(port, "beheer");
        HttpResponse<String> pagina = beheer.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beheer")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.uri().getPath()).isEqualTo("/beheer/sociale-kaart");
        HttpResponse<String> consulent = Inloggen.als(port, "jeugdconsulent").send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beheer")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(consulent.statusCode()).as("not for other roles").isEqualTo(403);
    }

    private String pagina(String account, String pad) throws Exception {
        HttpResponse<String> antwoord = Inloggen.als(port, account).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private String start(String account) throws Exception {
        HttpClient browser = Inloggen.als(port, account);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/start")).build(), HttpResponse.BodyHandlers.ofString())
                .uri().getPath();
    }
}
