package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import nl.dichtbij.DichtbijApplication;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jar started without a profile is production: it refuses to start without its secrets and a
 * way to sign in, and once configured it has no demo accounts, no demo residents and no password
 * login. (The tests run with the demo profile; these starts switch it off on the command line.)
 */
class ProductieStandaardIT {

    private static final String GEHEIM = "een-geheim-van-minstens-tweeendertig-tekens-" + UUID.randomUUID();

    @Test
    void withoutItsSettingsProductionStopsBeforeTouchingTheDatabase(@TempDir Path map) {
        Path database = map.resolve("dichtbij");

        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("productie-instellingen ontbreken")
                .hasMessageContaining("DICHTBIJ_LOGBOEK_SLEUTEL")
                .hasMessageContaining("DICHTBIJ_ENQUETE_GEHEIM")
                .hasMessageContaining("inlogmethode")
                .hasMessageContaining("--spring.profiles.active=demo");
        assertThat(map.resolve("dichtbij.mv.db")).doesNotExist();
    }

    @Test
    void configuredProductionHasNoDemoAccountsNoDemoDataAndNoPasswordLogin() throws Exception {
        MockOAuth2Server broker = new MockOAuth2Server();
        broker.start();
        try (ConfigurableApplicationContext productie = start(
                "--spring.datasource.url=jdbc:h2:mem:productie-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--dichtbij.logboek.sleutel=" + GEHEIM, "--dichtbij.programma.enquete-geheim=" + GEHEIM,
                "--spring.security.oauth2.client.registration.broker.client-id=dichtbij",
                "--spring.security.oauth2.client.registration.broker.client-secret=geheim",
                "--spring.security.oauth2.client.registration.broker.scope=openid,profile",
                "--spring.security.oauth2.client.provider.broker.issuer-uri=" + broker.issuerUrl("broker"))) {
            JdbcClient jdbc = JdbcClient.create(productie.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from persoon").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from melding").query(Long.class).single()).isZero();

            String basis = "http://localhost:" + productie.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> inloggen = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(inloggen.statusCode()).isEqualTo(200);
            assertThat(inloggen.body()).doesNotContain("Demo-accounts").doesNotContain("wachtwoord");

            String demo = Base64.getEncoder().encodeToString("jeugdconsulent:demo".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/werklijst"))
                    .header("Authorization", "Basic " + demo).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(401);
            HttpResponse<String> sessie = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/sessies"))
                    .header("Authorization", "Basic " + demo).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sessie.statusCode()).as("no API session without a sign-in the API accepts").isEqualTo(401);
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/werklijst"))
                    .header("Authorization", "Bearer verzonnen").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(401);

            HttpResponse<String> formulier = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=jeugdconsulent&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(formulier.headers().firstValue("Location").orElse("")).doesNotEndWith("/start");

            HttpResponse<String> oidc = http.send(HttpRequest.newBuilder(URI.create(basis + "/oauth2/authorization/broker")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(oidc.statusCode()).isEqualTo(302);
            assertThat(oidc.headers().firstValue("Location").orElseThrow()).startsWith(broker.issuerUrl("broker").toString());
        } finally {
            broker.shutdown();
        }
    }

    /** The command line beats the demo profile the test run sets as a system property. */
    private static ConfigurableApplicationContext start(String... instellingen) {
        String[] argumenten = new String[instellingen.length + 3];
        argumenten[0] = "--spring.profiles.active=";
        argumenten[1] = "--server.port=0";
        argumenten[2] = "--dichtbij.logboek.ankers=target/logboek-ankers/productie-" + UUID.randomUUID() + ".txt";
        System.arraycopy(instellingen, 0, argumenten, 3, instellingen.length);
        return new SpringApplicationBuilder(DichtbijApplication.class).run(argumenten);
    }
}
