package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import nl.dichtbij.TestKlokConfig;
import nl.dichtbij.demo.Testpersonen;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production login: OpenID Connect against a real OIDC server (mock-oauth2-server), with the
 * demo form login switched off. A resident arrives with a BSN claim, a professional with an
 * account name, and someone unknown is refused. A provider's system calls the message API with an
 * OAuth2 client-credentials token carrying its AGB code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKlokConfig.class)
class OidcLoginIT {

    private static final MockOAuth2Server BROKER = new MockOAuth2Server();

    static {
        BROKER.start();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) {
        properties.add("dichtbij.demo.form-login", () -> "false");
        properties.add("spring.security.oauth2.client.registration.broker.client-id", () -> "dichtbij");
        properties.add("spring.security.oauth2.client.registration.broker.client-secret", () -> "geheim");
        properties.add("spring.security.oauth2.client.registration.broker.scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.broker.issuer-uri", () -> BROKER.issuerUrl("broker").toString());
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> BROKER.issuerUrl("aanbieders").toString());
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "dichtbij-berichten");
    }

    @AfterAll
    static void stop() {
        BROKER.shutdown();
    }

    @LocalServerPort int port;

    private HttpResponse<String> inloggen(Map<String, Object> claims, String pagina) throws Exception {
        BROKER.enqueueCallback(new DefaultOAuth2TokenCallback("broker", "onderwerp", "JWT", List.of("dichtbij"), claims, 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/broker")).build(),
                HttpResponse.BodyHandlers.ofString());
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pagina)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aResidentSignsInWithHerBsnAndSeesHerOwnPage() throws Exception {
        HttpResponse<String> mijn = inloggen(Map.of("bsn", Testpersonen.OUDER_BSN), "/mijn");
        assertThat(mijn.statusCode()).isEqualTo(200);
        assertThat(mijn.body()).contains("Mijn Dichtbij").contains("Sanne de Wit");
    }

    @Test
    void aResidentWhoChoseHulpVragenLandsOnTheFormAfterSigningIn() throws Exception {
        BROKER.enqueueCallback(new DefaultOAuth2TokenCallback("broker", "onderwerp", "JWT", List.of("dichtbij"), Map.of("bsn", Testpersonen.OUDER_BSN), 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mijn/hulp-vragen")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/broker")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(na.uri().getPath()).isEqualTo("/mijn/hulp-vragen");
        assertThat(na.statusCode()).isEqualTo(200);
    }

    @Test
    void aProfessionalSignsInWithHisAccount() throws Exception {
        HttpResponse<String> werk = inloggen(Map.of("preferred_username", "jeugdconsulent"), "/werk");
        assertThat(werk.statusCode()).isEqualTo(200);
        assertThat(werk.body()).contains("Werkbak").contains("Jeugdteam Woerden");
    }

    @Test
    void someoneUnknownIsRefusedAndTheFormLoginIsOff() throws Exception {
        HttpResponse<String> onbekend = inloggen(Map.of("preferred_username", "niemand"), "/mijn");
        assertThat(onbekend.body()).doesNotContain("Mijn Dichtbij</h1>").contains("Inloggen");

        HttpResponse<String> formulier = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=inwoner&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(formulier.statusCode()).isNotEqualTo(302);
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Authorization", "Basic aW53b25lcjpkZW1v").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void aProviderSystemCallsTheMessageApiWithAClientCredentialsToken() throws Exception {
        String token = BROKER.issueToken("aanbieders", "jeugdhulp-voorbeeld", "dichtbij-berichten", Map.of("agb", "42420001"), 300).serialize();
        assertThat(berichten("Bearer " + token).statusCode()).isEqualTo(200);

        String zonderAgb = BROKER.issueToken("aanbieders", "iemand", "dichtbij-berichten", Map.of(), 300).serialize();
        assertThat(berichten("Bearer " + zonderAgb).statusCode()).isEqualTo(403);
        String andereUitgever = BROKER.issueToken("broker", "jeugdhulp-voorbeeld", "dichtbij-berichten", Map.of("agb", "42420001"), 300).serialize();
        assertThat(berichten("Bearer " + andereUitgever).statusCode()).isEqualTo(401);
        String andereDoelgroep = BROKER.issueToken("aanbieders", "jeugdhulp-voorbeeld", "iets-anders", Map.of("agb", "42420001"), 300).serialize();
        HttpResponse<String> geweigerd = berichten("Bearer " + andereDoelgroep);
        assertThat(geweigerd.statusCode()).isEqualTo(401);
        assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(berichten("Bearer demo-aanbieder-42420001").statusCode()).as("a provider key still works beside OAuth2").isEqualTo(200);
    }

    private HttpResponse<String> berichten(String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }
}
