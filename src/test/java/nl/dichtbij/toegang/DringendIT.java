package nl.dichtbij.toegang;

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
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An urgent melding nobody picked up stands above the queue, on the consulent's werkbak and on the
 * teamleider's team page, with a visible "Dringend"; once someone picks it up it leaves that list.
 */
@IntegratieTest
class DringendIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PersonenRegister register;
    @Autowired Gemeenten gemeenten;
    @Autowired Clock clock;

    @Test
    void anUrgentMeldingStandsAboveTheQueueUntilSomeonePicksItUp() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        var persoon = jdbc.sql("""
                        select bsn, geboortedatum from persoon p where gemeente_code = '0632' and geboortedatum < ?
                          and not exists (select 1 from melding m where m.persoon_bsn = p.bsn) order by bsn limit 1 offset 31""")
                .param(vandaag.minusYears(40))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getDate(2).toLocalDate().toString()}).single();
        String naam = register.persoon("0632", persoon[0]).orElseThrow().naam();
        HttpResponse<String> gemeld = api("POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Kan niet meer alleen thuis, zoon is opgenomen.",
                 "levensgebieden":["praktisch-functioneren"],"urgentie":"DRINGEND","contactvoorkeur":"TELEFOON","telefoon":"0612345678",
                 "kanaal":"TELEFOON"}""".formatted(persoon[0], persoon[1]));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        Matcher id = ID.matcher(gemeld.body());
        assertThat(id.find()).isTrue();
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();

        String werkbak = pagina("wmoconsulent", "/werk");
        assertThat(dringend(werkbak)).as("on the werkbak, above the queue").contains(naam, "/werk/meldingen/" + id.group(1), "Dringend");
        assertThat(werkbak.indexOf("Dringend: nog niet opgepakt")).isLessThan(werkbak.indexOf("Nieuw in de wachtrij van het team"));
        assertThat(dringend(pagina("teamleider", "/teams/" + wmoteam))).as("on the team's page").contains(naam);
        assertThat(dringend(pagina("jeugdconsulent", "/werk"))).as("not in another team's werkbak").doesNotContain(naam);

        assertThat(api("PUT", "/api/v1/meldingen/" + id.group(1) + "/behandelaar", "{}").statusCode()).isEqualTo(200);
        assertThat(dringend(pagina("wmoconsulent", "/werk"))).as("picked up: no longer waiting").doesNotContain(naam);
    }

    /** The urgent section of a page, or nothing when the page has none. */
    private static String dringend(String html) {
        int begin = html.indexOf("Dringend: nog niet opgepakt");
        return begin < 0 ? "" : html.substring(begin, html.indexOf("</section>", begin));
    }

    private String pagina(String gebruiker, String pad) throws Exception {
        HttpResponse<String> antwoord = Inloggen.als(port, gebruiker).send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> api(String methode, String pad, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pad)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wmoconsulent:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
