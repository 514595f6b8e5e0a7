package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors that never reach a controller answer in Dutch too: problem+json on the API, a page elsewhere. */
@IntegratieTest
class FoutmeldingenIT {

    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A login block left by an earlier test (the test clock stands still, so it never expires) is not what this test is about. */
    @org.junit.jupiter.api.BeforeEach
    void zonderInlogblokkades() {
        jdbc.sql("delete from mislukte_inlog").update();
    }

    @LocalServerPort int port;

    private HttpResponse<String> api(String gebruiker, HttpRequest.Builder verzoek) throws Exception {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(verzoek.header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private static void dutchProblem(HttpResponse<String> antwoord, int status, String titel) {
        assertThat(antwoord.statusCode()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.body()).contains("\"title\":\"" + titel + "\"", "\"status\":" + status)
                .doesNotContain("timestamp", "trace", "\"error\"", "Exception");
    }

    @Test
    void anUnknownApiPathIsADutchProblem() throws Exception {
        dutchProblem(api("beleid", HttpRequest.newBuilder(uri("/api/v1/bestaat-niet"))), 404, "Niet gevonden");
    }

    @Test
    void aWrongMethodIsADutchProblem() throws Exception {
        dutchProblem(api("beleid", HttpRequest.newBuilder(uri("/api/v1/gemeenten")).DELETE()), 405, "Methode niet toegestaan");
    }

    @Test
    void aWrongMediaTypeIsADutchProblem() throws Exception {
        dutchProblem(api("jeugdconsulent", HttpRequest.newBuilder(uri("/api/v1/meldingen")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hulp"))), 415, "Formaat niet ondersteund");
    }

    @Test
    void aRequestTheFirewallRefusesIsADutchProblem() throws Exception {
        dutchProblem(api("beleid", HttpRequest.newBuilder(uri("/api/v1/gemeenten;jsessionid=1"))), 400, "Ongeldige invoer");
    }

    @Test
    void anUnknownPageIsADutchPage() throws Exception {
        HttpResponse<String> pagina = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sociale-kaart/bestaat/niet/echt"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(404);
        assertThat(pagina.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(pagina.body()).contains("<html lang=\"nl\"", "Deze pagina bestaat niet").doesNotContain("Exception");
    }
}
