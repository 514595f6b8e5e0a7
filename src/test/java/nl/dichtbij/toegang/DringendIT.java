package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Telefoonmelding;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;

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

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Gemeenten gemeenten;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;

    @Test
    void anUrgentMeldingStandsAboveTheQueueUntilSomeonePicksItUp() throws Exception {
        Telefoonmelding telefoon = new Telefoonmelding(port);
        Telefoonmelding.Gemeld melding = telefoon.registreer(inschrijvingen, clock, "DRINGEND",
                "Kan niet meer alleen thuis, zoon is opgenomen.", "praktisch-functioneren");
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();

        String werkbak = telefoon.pagina("wmoconsulent", "/werk");
        assertThat(dringend(werkbak)).as("on the werkbak, above the queue")
                .contains(melding.naam(), "/werk/meldingen/" + melding.meldingId(), "Dringend");
        assertThat(werkbak.indexOf("Dringend: nog niet opgepakt")).isLessThan(werkbak.indexOf("Nieuw in de wachtrij van het team"));
        assertThat(dringend(telefoon.pagina("teamleider", "/teams/" + wmoteam))).as("on the team's page").contains(melding.naam());
        assertThat(dringend(telefoon.pagina("jeugdconsulent", "/werk"))).as("not in another team's werkbak").doesNotContain(melding.naam());

        telefoon.oppakken(melding);
        assertThat(dringend(telefoon.pagina("wmoconsulent", "/werk"))).as("picked up: no longer waiting").doesNotContain(melding.naam());
    }

    /** The urgent section of a page, or nothing when the page has none. */
    private static String dringend(String html) {
        int begin = html.indexOf("Dringend: nog niet opgepakt");
        return begin < 0 ? "" : html.substring(begin, html.indexOf("</section>", begin));
    }
}
