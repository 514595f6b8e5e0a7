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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.platform.security.InlogBegrenzer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegratieTest
class InlogBegrenzingIT {

    @LocalServerPort int port;
    @Autowired VerstelbareKlok klok;

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The blocks made here must not outlive the test: the test clock stands still, so a block would last for every later test. */
    @AfterEach
    void herstel() {
        klok.herstel();
        jdbc.sql("delete from mislukte_inlog").update();
    }

    private int api(String wachtwoord) throws Exception {
        return api("beleid", wachtwoord);
    }

    private int api(String gebruiker, String wachtwoord) throws Exception {
        return api("127.0.0.1", gebruiker, wachtwoord);
    }

    /** From another address on this machine (the client binds to it): the server sees another source. */
    private int api(String vanaf, String gebruiker, String wachtwoord) throws Exception {
        return HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName(vanaf)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/gemeenten"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aGuesserElsewhereDoesNotLockTheEmployeeOutAndBeheerCanLiftABlock() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(api("127.0.0.2", "teamleider", "fout")).isEqualTo(401);
        }
        assertThat(api("127.0.0.2", "teamleider", "demo")).isEqualTo(429);
        assertThat(api("127.0.0.1", "teamleider", "demo")).as("from her own computer").isEqualTo(200);

        HttpClient beheer = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String formulier = beheer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inloggen")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        beheer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=beheer&password=demo&_csrf=" + csrf(formulier))).build(), HttpResponse.BodyHandlers.ofString());
        String blokkades = beheer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/beheer/inlogblokkades")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(blokkades).contains("<td>teamleider</td>").doesNotContain("<td>montfoort</td>");
        HttpResponse<String> opgeheven = beheer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/beheer/inlogblokkades"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("gebruikersnaam=teamleider&_csrf=" + csrf(blokkades))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opgeheven.body()).contains("De blokkade is opgeheven");
        assertThat(api("127.0.0.2", "teamleider", "demo")).isEqualTo(200);
    }

    @Test
    void oneSourceGuessingManyAccountsIsHeldBackForAllOfThem() throws Exception {
        for (int account = 0; account < InlogBegrenzer.MAX_VAN_EEN_BRON / InlogBegrenzer.MAX_POGINGEN; account++) {
            for (int i = 0; i < InlogBegrenzer.MAX_POGINGEN; i++) {
                assertThat(api("127.0.0.3", "geraden-" + account, "fout")).isEqualTo(401);
            }
        }
        assertThat(api("127.0.0.3", "wmoconsulent", "demo")).isEqualTo(429);
        assertThat(api("127.0.0.1", "wmoconsulent", "demo")).isEqualTo(200);
    }

    private static String csrf(String html) {
        return nl.dichtbij.Inloggen.csrf(html);
    }

    @Test
    void fortyGuessesAtOnceGetExactlyFivePasswordChecks() throws Exception {
        List<Integer> antwoorden;
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<Integer>> pogingen = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                pogingen.add(pool.submit(() -> api("bestuur", "geraden")));
            }
            antwoorden = new ArrayList<>();
            for (Future<Integer> poging : pogingen) {
                antwoorden.add(poging.get());
            }
        }
        assertThat(antwoorden.stream().filter(a -> a == 401).count()).as("wrong passwords checked").isEqualTo(5);
        assertThat(antwoorden.stream().filter(a -> a == 429).count()).as("refused unchecked").isEqualTo(35);
        assertThat(api("bestuur", "demo")).isEqualTo(429);

        klok.verzet(Duration.ofMinutes(16));
        assertThat(api("bestuur", "demo")).isEqualTo(200);
    }

    /** The load test found 4-12% of correct HTTP Basic requests refused with 429 when one account sent sixteen at once. */
    @Test
    void sixteenParallelRequestsWithTheRightPasswordAllPass() throws Exception {
        List<Integer> antwoorden = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Integer>> verzoeken = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                verzoeken.add(pool.submit(() -> api("privacy", "demo")));
            }
            for (Future<Integer> verzoek : verzoeken) {
                antwoorden.add(verzoek.get());
            }
        }
        assertThat(antwoorden).containsOnly(200);
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountForAQuarterOfAnHour() throws Exception {
        assertThat(api("demo")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api("fout")).isEqualTo(401);
        }
        assertThat(api("demo")).isEqualTo(429);

        klok.verzet(Duration.ofMinutes(16));
        assertThat(api("demo")).isEqualTo(200);
        assertThat(api("fout")).isEqualTo(401);
        assertThat(api("demo")).isEqualTo(200);
    }
}
