package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Telefoonmelding;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Levensgebied;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20: not only a debt signal, also a melding about money and debts makes the case page ask the regisseur's plan for the
 * levensgebied Financiën, until the plan has a goal on it; a melding about something else does not.
 */
@IntegratieTest
class MeldingOverGeldIT {

    private static final String VRAAG = "Vraag naar geld en schulden.";

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired JdbcClient jdbc;

    @Test
    void aMeldingAboutDebtsMakesThePlanAskForFinancienUntilItHasAGoalThere() throws Exception {
        Telefoonmelding telefoon = new Telefoonmelding(port);
        Telefoonmelding.Gemeld geld = telefoon.registreer(inschrijvingen, clock, "NORMAAL", "Rekeningen stapelen zich op, durft de post niet te openen.",
                "financien");
        Telefoonmelding.Gemeld anders = telefoon.registreer(inschrijvingen, clock, "NORMAAL", "Kan de trap niet meer op.", "praktisch-functioneren");
        telefoon.oppakken(geld);
        telefoon.oppakken(anders);

        assertThat(telefoon.pagina("wmoconsulent", "/werk/zaken/" + geld.zaakId())).contains(VRAAG);
        assertThat(telefoon.pagina("wmoconsulent", "/werk/zaken/" + anders.zaakId())).as("a melding about something else").doesNotContain(VRAAG);

        String bsn = jdbc.sql("select persoon_bsn from melding where id = ?").param(geld.meldingId()).query(String.class).single();
        plannen.doelToevoegen(Testzaken.consulent(gemeenten, Doelgroep.WMO), geld.zaakId(), new NieuwDoel("Overzicht in de rekeningen", bsn,
                Levensgebied.FINANCIEN, null, null, Regeling.SCHULDHULP, 3));
        assertThat(telefoon.pagina("wmoconsulent", "/werk/zaken/" + geld.zaakId())).as("the plan has a goal on Financiën").doesNotContain(VRAAG);
    }
}
