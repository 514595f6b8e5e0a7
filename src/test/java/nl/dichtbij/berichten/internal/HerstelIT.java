package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.berichten.xml.Validatie;
import nl.dichtbij.demo.Testpersonen;
import nl.dichtbij.gemeente.Gemeenten;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recovery job for stored but unprocessed messages: every attempt is counted, a message that
 * keeps failing is parked after five and shown to beheer, and one failure does not stop the rest.
 */
@IntegratieTest
class HerstelIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired BerichtLezer lezer;
    @Autowired List<Verwerker> verwerkers;
    @Autowired Schemas schemas;
    @Autowired Validatie validatie;
    @Autowired Postvak postvak;
    @Autowired Gemeenten gemeenten;
    @Autowired TransactionTemplate transactie;
    @Autowired Clock clock;
    @Autowired Inkomend inkomend;

    /** A processing step that fails for one message (a bug, or data another module cannot give) and works for every other. */
    private Inkomend metKapotteVerwerker(long kapot) {
        Verwerker stuk = new Verwerker() {
            @Override
            public boolean verwerkt(Berichtsoort soort) {
                return true;
            }

            @Override
            public void verwerk(Ontvangen bericht, Beoordeling beoordeling) {
                if (bericht.id() == kapot) {
                    throw new IllegalStateException("kapot in de test");
                }
                verwerkers.stream().filter(v -> v.verwerkt(bericht.soort())).findFirst().orElseThrow().verwerk(bericht, beoordeling);
            }
        };
        return new Inkomend(jdbc, lezer, List.of(stuk), schemas, validatie, postvak, gemeenten, transactie, clock);
    }

    @Test
    void aMessageThatKeepsFailingIsParkedAfterFiveAttemptsAndTheOthersAreStillProcessed() throws Exception {
        long kapot = opslaan();
        long gezond = opslaan();
        Inkomend herstel = metKapotteVerwerker(kapot);

        for (int ronde = 1; ronde <= 5; ronde++) {
            Inkomend.Herstel uitkomst = herstel.herstel(clock.instant().plusSeconds(1), 1_000);
            assertThat(uitkomst.mislukt()).as("ronde %d", ronde).isEqualTo(1);
            assertThat(status(kapot)).isEqualTo("ONTVANGEN");
        }
        assertThat(status(gezond)).isEqualTo("VERWERKT");
        assertThat(jdbc.sql("select pogingen from inkomend_bericht where id = ?").param(kapot).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select laatste_fout from inkomend_bericht where id = ?").param(kapot).query(String.class).single())
                .contains("kapot in de test");

        assertThat(herstel.herstel(clock.instant().plusSeconds(1), 1_000).geparkeerd()).isEqualTo(1);
        assertThat(status(kapot)).isEqualTo("GEPARKEERD");
        assertThat(herstel.herstel(clock.instant().plusSeconds(1), 1_000)).isEqualTo(new Inkomend.Herstel(0, 0, 0));

        HttpClient beheer = ingelogd("beheer");
        String pagina = beheer.send(HttpRequest.newBuilder(uri("/beheer/berichten")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pagina).contains("Geparkeerde berichten").contains("kapot in de test").contains("/beheer/berichten/" + kapot + "/opnieuw");
        assertThat(ingelogd("montfoort").send(HttpRequest.newBuilder(uri("/beheer/berichten")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);

        // beheer fixed the cause (here: the application's own processing) and offers it again
        HttpResponse<String> opnieuw = beheer.send(HttpRequest.newBuilder(uri("/beheer/berichten/" + kapot + "/opnieuw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(pagina))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opnieuw.body()).contains("is opnieuw verwerkt");
        assertThat(status(kapot)).isEqualTo("VERWERKT");
    }

    private long opslaan() {
        String id = "H" + (System.nanoTime() % 100_000_000L);
        long toewijzing = jdbc.sql("select toewijzing_nummer from toewijzing where persoon_bsn = ? and aanbieder_agb = '42420001' order by id limit 1")
                .param(Testpersonen.TOM_BSN).query(Long.class).single();
        LocalDate vandaag = LocalDate.now(clock);
        String xml = nl.dichtbij.berichten.Aanbiedersberichten.jw305("42420001", "0632", id, vandaag, Testpersonen.TOM_BSN, toewijzing, "45", "45A01",
                vandaag, "1");
        return inkomend.opslaan("42420001", "0632", Berichtsoort.van(Standaard.IJW, "305"), id, vandaag, xml.getBytes(StandardCharsets.UTF_8));
    }

    private String status(long id) {
        return jdbc.sql("select status from inkomend_bericht where id = ?").param(id).query(String.class).single();
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        return nl.dichtbij.Inloggen.als(port, gebruiker);
    }

    private static String csrf(String html) {
        return nl.dichtbij.Inloggen.csrf(html);
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
