package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Telefoonmelding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case page links to the meldingen of the case, for who may read them; the melding page links to its case. */
@IntegratieTest
class ZaakNaarMeldingIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;

    @Test
    void theCasePageLeadsBackToItsMeldingen() throws Exception {
        Telefoonmelding telefoon = new Telefoonmelding(port);
        Telefoonmelding.Gemeld melding = telefoon.registreer(inschrijvingen, clock, "NORMAAL",
                "Schulden lopen op en de post blijft liggen.", "financien");
        telefoon.oppakken(melding);

        assertThat(telefoon.pagina("wmoconsulent", "/werk/zaken/" + melding.zaakId())).contains("<dt>Meldingen</dt>")
                .contains("href=\"/werk/meldingen/" + melding.meldingId() + "\"").contains("Schulden lopen op en de post blijft liggen.");
        assertThat(telefoon.pagina("wmoconsulent", "/werk/meldingen/" + melding.meldingId()))
                .contains("href=\"/werk/zaken/" + melding.zaakId() + "\"");

        // walk finding: dates followed the browser's language; Dichtbij speaks Dutch to everyone
        String engels = nl.dichtbij.Inloggen.als(port, "wmoconsulent").send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/werk/zaken/" + melding.zaakId())).header("Accept-Language", "en-GB").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(engels).contains("november 2026").doesNotContain("November 2026");
    }
}
