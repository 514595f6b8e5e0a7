package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

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
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("beleid:" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
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
