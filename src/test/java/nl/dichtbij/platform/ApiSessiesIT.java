package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.platform.security.InlogBegrenzer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API clients sign in once (POST /api/v1/sessies) and then send the token (docs/decisions/0015). */
@IntegratieTest
class ApiSessiesIT {

    @LocalServerPort int port;
    @Autowired VerstelbareKlok klok;
    @Autowired JdbcClient jdbc;
    @Autowired InlogBegrenzer begrenzer;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void herstel() {
        klok.herstel();
        begrenzer.opheffen("teamleider");
    }

    private HttpResponse<String> stuur(String methode, String pad, String authorization) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pad))
                .method(methode, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private String sessie(String gebruiker) throws Exception {
        HttpResponse<String> antwoord = stuur("POST", "/api/v1/sessies", basic(gebruiker, "demo"));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        JsonNode sessie = json.readTree(antwoord.body());
        assertThat(Instant.parse(sessie.get("verlooptOp").asString())).isEqualTo(klok.instant().plus(Duration.ofHours(8)));
        return sessie.get("token").asString();
    }

    private void isNietIngelogd(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).isEqualTo(401);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(antwoord.body()).get("title").asString()).isEqualTo("Niet ingelogd");
    }

    @Test
    void aTokenSignsInWithoutThePasswordUntilItExpires() throws Exception {
        String token = sessie("teamleider");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(jdbc.sql("select count(*) from api_sessie where token_hash = ?").param(sha256(token)).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from api_sessie where token_hash = ?").param(token).query(Long.class).single()).isZero();

        HttpResponse<String> teams = stuur("GET", "/api/v1/teams", "Bearer " + token);
        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(stuur("GET", "/api/v1/caseload", "Bearer " + token).statusCode()).as("the roles of the account").isEqualTo(200);
        assertThat(stuur("GET", "/api/v1/sturing/geld", "Bearer " + token).statusCode()).isEqualTo(403);
        assertThat(stuur("POST", "/api/v1/sessies", "Bearer " + token).statusCode()).as("a session does not lengthen itself").isEqualTo(403);

        klok.verzet(Duration.ofHours(8).minusMinutes(1));
        assertThat(stuur("GET", "/api/v1/teams", "Bearer " + token).statusCode()).isEqualTo(200);
        klok.verzet(Duration.ofMinutes(1));
        isNietIngelogd(stuur("GET", "/api/v1/teams", "Bearer " + token));
    }

    @Test
    void anUnknownOrRevokedTokenIsRefused() throws Exception {
        isNietIngelogd(stuur("GET", "/api/v1/teams", "Bearer verzonnen"));
        isNietIngelogd(stuur("GET", "/api/v1/teams", "Bearer "));
        isNietIngelogd(stuur("GET", "/api/v1/gemeenten", "Bearer verzonnen"));

        String token = sessie("teamleider");
        String ander = sessie("teamleider");
        assertThat(stuur("DELETE", "/api/v1/sessies", "Bearer " + token).statusCode()).isEqualTo(204);
        isNietIngelogd(stuur("GET", "/api/v1/teams", "Bearer " + token));
        assertThat(stuur("GET", "/api/v1/teams", "Bearer " + ander).statusCode()).as("another session stays").isEqualTo(200);
        isNietIngelogd(stuur("DELETE", "/api/v1/sessies", "Bearer " + token));

        // revoked on another node: this node's memory of the token lasts at most 30 seconds
        jdbc.sql("delete from api_sessie where token_hash = ?").param(sha256(ander)).update();
        klok.verzet(Duration.ofSeconds(31));
        isNietIngelogd(stuur("GET", "/api/v1/teams", "Bearer " + ander));
    }

    @Test
    void theTokenReadsTheQueuePageAfterPage() throws Exception {
        String token = sessie("teamleider");
        long team = jdbc.sql("select team_id from account where gebruikersnaam = 'jeugdconsulent'").query(Long.class).single();
        List<Long> gelezen = new ArrayList<>();
        String na = null;
        do {
            HttpResponse<String> antwoord = stuur("GET", "/api/v1/teams/" + team + "/wachtrij?paginaGrootte=10" + (na == null ? "" : "&na=" + na),
                    "Bearer " + token);
            assertThat(antwoord.statusCode()).isEqualTo(200);
            JsonNode pagina = json.readTree(antwoord.body());
            assertThat(pagina.get("vanaf").asLong()).isEqualTo(gelezen.size());
            pagina.get("inhoud").forEach(r -> gelezen.add(r.get("meldingId").asLong()));
            na = pagina.get("volgende").isNull() ? null : pagina.get("volgende").asString();
            assertThat(pagina.get("totaal").asLong()).isGreaterThanOrEqualTo(gelezen.size());
        } while (na != null);
        assertThat(gelezen).doesNotHaveDuplicates().isNotEmpty();

        HttpResponse<String> fout = stuur("GET", "/api/v1/teams/" + team + "/wachtrij?na=onzin", "Bearer " + token);
        assertThat(fout.statusCode()).isEqualTo(400);
        HttpResponse<String> tweede = stuur("GET", "/api/v1/teams/" + team + "/wachtrij?pagina=1&paginaGrootte=1", "Bearer " + token);
        assertThat(json.readTree(tweede.body()).get("pagina").asInt()).isEqualTo(1);
        assertThat(json.readTree(tweede.body()).get("inhoud").get(0).get("meldingId").asLong()).isEqualTo(gelezen.get(1));
    }

    @Test
    void wrongPasswordsForASessionAreThrottledLikeAnyOtherSignIn() throws Exception {
        long sessies = jdbc.sql("select count(*) from api_sessie").query(Long.class).single();
        for (int i = 0; i < InlogBegrenzer.MAX_POGINGEN; i++) {
            isNietIngelogd(stuur("POST", "/api/v1/sessies", basic("teamleider", "fout")));
        }
        HttpResponse<String> geblokkeerd = stuur("POST", "/api/v1/sessies", basic("teamleider", "demo"));
        assertThat(geblokkeerd.statusCode()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from api_sessie").query(Long.class).single()).isEqualTo(sessies);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
