package nl.dichtbij.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, item 10: the sociaal team's phone number was nowhere, and the menu never said where one is. Now every page of
 * a signed-in person names his own municipality's number, and the menu marks the item the page belongs to.
 */
@IntegratieTest
class SociaalTeamEnMenuIT {

    @LocalServerPort int port;
    @Autowired Contactgegevens contactgegevens;

    @Test
    void everyPageOfASignedInPersonGivesHisOwnMunicipalitysNumber() throws Exception {
        assertThat(pagina(Inloggen.als(port, "inwoner"), "/mijn")).contains("Bel het sociaal team van Woerden")
                .contains("href=\"tel:140348\"").contains(">14 0348<").contains("op werkdagen van 8.30 tot 17.00 uur");
        assertThat(pagina(Inloggen.als(port, "montfoort"), "/werk")).contains("Bel het sociaal team van Montfoort")
                .contains("0348 476 400").doesNotContain("14 0348");
        HttpClient anoniem = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(pagina(anoniem, "/sociale-kaart")).doesNotContain("Bel het sociaal team");
    }

    @Test
    void aPhoneNumberMustBeOne() {
        assertThatThrownBy(() -> contactgegevens.vastleggen("0632", "<script>", null, null)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> contactgegevens.vastleggen("9999", "14 0348", null, null)).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(contactgegevens.van("0632")).get().extracting(Contact::telefoon).isEqualTo("14 0348");
    }

    @Test
    void theMenuMarksTheItemThePageBelongsTo() throws Exception {
        HttpClient sanne = Inloggen.als(port, "inwoner");
        String plan = pagina(sanne, "/mijn/plan");
        assertThat(plan).contains("<a href=\"/mijn/plan\" aria-current=\"page\">Mijn plan</a>")
                .contains("<a href=\"/mijn\">Mijn Dichtbij</a>");
        assertThat(plan.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(pagina(sanne, "/mijn")).contains("<a href=\"/mijn\" aria-current=\"page\">Mijn Dichtbij</a>");
    }

    private String pagina(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
