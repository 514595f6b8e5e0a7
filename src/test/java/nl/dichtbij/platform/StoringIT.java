package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The fault test of issue 23 in small: a pool of five connections, reached through a proxy the
 * test can cut. On PostgreSQL (SPRING_DATASOURCE_URL) the proxy stands before that database, on
 * H2 before an H2 TCP server in this JVM.
 */
@IntegratieTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=5",
        // the production value of application.properties; the test profile waits longer
        "spring.datasource.hikari.connection-timeout=2000"})
class StoringIT {

    /** During the outage: long enough for the pool's two-second connection timeout, far below the thirty seconds of old. */
    private static final Duration GEDULD = Duration.ofSeconds(5);
    /** Otherwise: the first request on a cold context on a busy machine may take a while. */
    private static final Duration NORMAAL = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String NIET_BESCHIKBAAR = "Dichtbij is tijdelijk niet beschikbaar";

    private static TcpProxy database;

    @LocalServerPort int port;

    @DynamicPropertySource
    static void databaseAchterProxy(DynamicPropertyRegistry properties) throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && url.startsWith("jdbc:postgresql://")) {
            URI doel = URI.create(url.substring("jdbc:".length()));
            database = new TcpProxy(doel.getHost(), doel.getPort() < 0 ? 5432 : doel.getPort());
            String viaProxy = "jdbc:postgresql://localhost:" + database.poort() + doel.getRawPath()
                    + (doel.getRawQuery() == null ? "" : "?" + doel.getRawQuery());
            properties.add("spring.datasource.url", () -> viaProxy);
        } else {
            Server h2 = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifNotExists").start();
            database = new TcpProxy("localhost", h2.getPort());
            String viaProxy = "jdbc:h2:tcp://localhost:" + database.poort()
                    + "/mem:storing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            properties.add("spring.datasource.url", () -> viaProxy);
        }
    }

    @Test
    void theProviderPortalGivesEveryConnectionBack() throws Exception {
        HttpClient aanbieder = ingelogd("aanbieder");
        for (int bezoek = 1; bezoek <= 50; bezoek++) {
            HttpResponse<String> portaal = get(aanbieder, "/aanbieder");
            assertThat(portaal.statusCode()).as("bezoek %d aan /aanbieder", bezoek).isEqualTo(200);
            assertThat(portaal.body()).contains("id=\"clienten\"");
        }
        assertThat(get(browser(), "/inloggen").statusCode()).isEqualTo(200);
        HttpResponse<String> gereed = get(browser(), "/actuator/health/readiness");
        assertThat(gereed.statusCode()).isEqualTo(200);
        assertThat(gereed.body()).contains("\"UP\"");
    }

    @Test
    void aDatabaseOutageAnswersFastInDutchAndTheApplicationRecoversByItself() throws Exception {
        HttpClient aanbieder = ingelogd("aanbieder");
        assertThat(get(aanbieder, "/aanbieder").statusCode()).isEqualTo(200);

        database.onderbreek();
        try {
            for (HttpResponse<String> pagina : new HttpResponse[] {storing(aanbieder, "/aanbieder"), storing(browser(), "/inloggen")}) {
                assertThat(pagina.statusCode()).as(pagina.uri().getPath()).isEqualTo(503);
                assertThat(pagina.headers().firstValue("Retry-After")).isPresent();
                assertThat(pagina.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                assertThat(pagina.body()).contains("<html lang=\"nl\">", "<h1>" + NIET_BESCHIKBAAR + "</h1>");
            }

            HttpResponse<String> api = api("/api/v1/gemeenten", GEDULD);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"title\":\"Tijdelijk niet beschikbaar\"", "\"status\":503").doesNotContain("trace", "Exception");

            HttpResponse<String> gereed = storing(browser(), "/actuator/health/readiness");
            assertThat(gereed.statusCode()).isEqualTo(503);
            assertThat(gereed.body()).contains("\"DOWN\"");
            assertThat(storing(browser(), "/actuator/health/liveness").statusCode())
                    .as("liveness leaves the database out: restarting the node would not bring it back").isEqualTo(200);
        } finally {
            database.herstel();
        }

        // once a second, as a load balancer would: a connection idle for half a second is validated before use, so the
        // pool drops the dead ones (H2's "database closed" is not a state Hikari recognises as a broken connection)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> get(browser(), "/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> weer = get(aanbieder, "/aanbieder");
        assertThat(weer.statusCode()).isEqualTo(200);
        assertThat(weer.body()).as("the session outlived the outage").contains("id=\"clienten\"");
        assertThat(get(browser(), "/inloggen").statusCode()).isEqualTo(200);
        assertThat(api("/api/v1/gemeenten").statusCode()).isEqualTo(200);
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = browser();
        Matcher csrf = CSRF.matcher(get(browser, "/inloggen").body());
        assertThat(csrf.find()).isTrue();
        String formulier = "username=" + gebruiker + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(uri("/inloggen")).timeout(NORMAAL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(na.uri().getPath()).isNotEqualTo("/inloggen");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(pad)).timeout(NORMAAL).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> storing(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(pad)).timeout(GEDULD).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String pad) throws Exception {
        return api(pad, NORMAAL);
    }

    private HttpResponse<String> api(String pad, Duration geduld) throws Exception {
        String beleid = Base64.getEncoder().encodeToString("beleid:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pad)).timeout(geduld)
                .header("Authorization", "Basic " + beleid).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
