package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case page links to the meldingen of the case, for who may read them; the melding page links to its case. */
@IntegratieTest
class ZaakNaarMeldingIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ZAAK = Pattern.compile("\"zaakId\"\\s*:\\s*(\\d+)");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theCasePageLeadsBackToItsMeldingen() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        var persoon = jdbc.sql("""
                        select bsn, geboortedatum from persoon p where gemeente_code = '0632' and geboortedatum < ?
                          and not exists (select 1 from melding m where m.persoon_bsn = p.bsn) order by bsn limit 1 offset 57""")
                .param(vandaag.minusYears(40))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getDate(2).toLocalDate().toString()}).single();
        HttpResponse<String> gemeld = api("POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Schulden lopen op en de post blijft liggen.",
                 "levensgebieden":["financien"],"urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678",
                 "kanaal":"TELEFOON"}""".formatted(persoon[0], persoon[1]));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        Matcher id = ID.matcher(gemeld.body());
        assertThat(id.find()).isTrue();
        Matcher zaak = ZAAK.matcher(api("GET", "/api/v1/meldingen/" + id.group(1), null).body());
        assertThat(zaak.find()).isTrue();
        assertThat(api("PUT", "/api/v1/meldingen/" + id.group(1) + "/behandelaar", "{}").statusCode()).isEqualTo(200);

        String zaakpagina = pagina("wmoconsulent", "/werk/zaken/" + zaak.group(1));
        assertThat(zaakpagina).contains("<dt>Meldingen</dt>").contains("href=\"/werk/meldingen/" + id.group(1) + "\"")
                .contains("Schulden lopen op en de post blijft liggen.");
        assertThat(pagina("wmoconsulent", "/werk/meldingen/" + id.group(1))).contains("href=\"/werk/zaken/" + zaak.group(1) + "\"");
    }

    private String pagina(String gebruiker, String pad) throws Exception {
        HttpResponse<String> antwoord = Inloggen.als(port, gebruiker).send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> api(String methode, String pad, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pad)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wmoconsulent:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
