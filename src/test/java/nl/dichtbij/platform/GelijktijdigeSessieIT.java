package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Right after login the session has no CSRF token yet; every page that shows the logout button
 * adds one. Thirty of them at once in the same session all add the same attribute.
 */
@IntegratieTest
class GelijktijdigeSessieIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;

    @Test
    void parallelRequestsRightAfterLoginDoNotFail() throws Exception {
        for (int ronde = 1; ronde <= 3; ronde++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            logIn(browser);
            List<CompletableFuture<HttpResponse<String>>> tegelijk = IntStream.range(0, 30)
                    .mapToObj(i -> browser.sendAsync(HttpRequest.newBuilder(uri("/toegankelijkheid")).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            for (CompletableFuture<HttpResponse<String>> verzoek : tegelijk) {
                HttpResponse<String> antwoord = verzoek.join();
                assertThat(antwoord.statusCode()).as("ronde %d", ronde).isEqualTo(200);
                assertThat(antwoord.body()).contains("Uitloggen");
            }
        }
    }

    /** Usability issue, item 10: "Hulp vragen" asks for a login and then lands on the form, not on the overview. */
    @Test
    void afterLoggingInFromAPageTheResidentLandsOnThatPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> gevraagd = browser.send(HttpRequest.newBuilder(uri("/mijn/hulp-vragen")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gevraagd.statusCode()).isEqualTo(302);
        assertThat(gevraagd.headers().firstValue("Location").orElse("")).endsWith("/inloggen");
        String formulier = browser.send(HttpRequest.newBuilder(uri("/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulier);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(uri("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=inwoner&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(na.headers().firstValue("Location").orElse("")).contains("/mijn/hulp-vragen");
    }

    /** Walk finding: opening /uitloggen itself (a bookmark, back after logging out) gave "Deze pagina bestaat niet". */
    @Test
    void theLogoutAddressItselfOffersTheButtonOrSaysYouAreOut() throws Exception {
        HttpClient browser = nl.dichtbij.Inloggen.als(port, "wmoconsulent");
        HttpResponse<String> ingelogd = browser.send(HttpRequest.newBuilder(uri("/uitloggen")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ingelogd.statusCode()).isEqualTo(200);
        assertThat(ingelogd.body()).contains("U bent nog ingelogd. Wilt u uitloggen?");
        HttpResponse<String> uit = browser.send(HttpRequest.newBuilder(uri("/uitloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + nl.dichtbij.Inloggen.csrf(ingelogd.body()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uit.body()).contains("U bent uitgelogd.");
        HttpResponse<String> nogmaals = browser.send(HttpRequest.newBuilder(uri("/uitloggen")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nogmaals.statusCode()).isEqualTo(200);
        assertThat(nogmaals.uri().getPath()).isEqualTo("/");
        assertThat(nogmaals.body()).contains("U bent uitgelogd.").doesNotContain("Deze pagina bestaat niet");
    }

    private void logIn(HttpClient browser) throws Exception {
        String formulier = browser.send(HttpRequest.newBuilder(uri("/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulier);
        assertThat(csrf.find()).isTrue();
        String body = "username=wmoconsulent&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(uri("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(na.statusCode()).isEqualTo(302);
        assertThat(na.headers().firstValue("Location")).hasValueSatisfying(waar -> assertThat(waar).endsWith("/start"));
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
