package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegratieTest
class InlogBegrenzingIT {

    @LocalServerPort int port;
    @Autowired VerstelbareKlok klok;

    @AfterEach
    void herstel() {
        klok.herstel();
    }

    private int api(String wachtwoord) throws Exception {
        return api("beleid", wachtwoord);
    }

    private int api(String gebruiker, String wachtwoord) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
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
