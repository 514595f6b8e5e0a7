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
    @Autowired nl.dichtbij.VerstelbareKlok klok;
    @Autowired Wachtrij wachtrij;
    @Autowired nl.dichtbij.personen.PersonenRegister register;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder wachtwoorden;

    @org.junit.jupiter.api.AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void anUrgentMeldingNobodyTookUpByTheNextWorkingDayIsOverTheNormAndTheTeamleiderSeesIt() throws Exception {
        klok.zet(java.time.Instant.parse("2026-12-04T09:00:00Z")); // a Friday: the norm is Monday
        Telefoonmelding telefoon = new Telefoonmelding(port);
        Telefoonmelding.Gemeld melding = telefoon.registreer(inschrijvingen, clock, "DRINGEND", "Valt steeds, niemand in de buurt.",
                "praktisch-functioneren");
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        nl.dichtbij.platform.Gebruiker teamleider = nl.dichtbij.Testzaken.teamleider(gemeenten);

        String bsn = jdbc.sql("select persoon_bsn from melding where id = ?").param(melding.meldingId()).query(String.class).single();
        var inwoner = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, register.persoon("0632", bsn).orElseThrow());
        assertThat(telefoon.pagina(inwoner.gebruikersnaam(), "/mijn/meldingen/" + melding.meldingId())).as("the resident hears by when")
                .contains("Omdat het dringend is, neemt een medewerker uw vraag uiterlijk maandag 7 december 2026 in behandeling.");
        String pagina = "/werk/meldingen/" + melding.meldingId();
        assertThat(telefoon.pagina("teamleider", pagina)).as("within the norm")
                .contains("Oppakken uiterlijk maandag 7 december 2026").doesNotContain("Niet opgepakt binnen de norm");
        klok.zet(java.time.Instant.parse("2026-12-07T16:00:00Z"));
        assertThat(telefoon.pagina("wmoconsulent", pagina)).as("Monday is still within the norm").doesNotContain("Niet opgepakt binnen de norm");
        long overNormMaandag = stand(teamleider, wmoteam).dringendOverNorm();

        klok.zet(java.time.Instant.parse("2026-12-08T07:00:00Z"));
        assertThat(telefoon.pagina("wmoconsulent", pagina)).as("Tuesday: over the norm, said in words")
                .contains("Niet opgepakt binnen de norm (uiterlijk maandag 7 december 2026)");
        assertThat(dringend(telefoon.pagina("teamleider", "/teams/" + wmoteam))).as("the oldest urgent ones head the team page, marked in words")
                .contains("Niet opgepakt binnen de norm");
        assertThat(stand(teamleider, wmoteam).dringendOverNorm()).as("counted on the teams overview").isGreaterThan(overNormMaandag);
        assertThat(telefoon.pagina("teamleider", "/teams")).contains("Dringend, over de norm");
        assertThat(wachtrij.aantallen(teamleider).dringendOverNorm()).as("in the teamleider's morning numbers").isPositive();
        assertThat(wachtrij.aantallen(nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.WMO)).dringendOverNorm()).as("not a consulent's").isZero();

        telefoon.oppakken(melding);
        assertThat(stand(teamleider, wmoteam).dringendOverNorm()).as("taken up: no longer over the norm").isEqualTo(overNormMaandag);
    }

    private Wachtrij.Teamstand stand(nl.dichtbij.platform.Gebruiker teamleider, long teamId) {
        return wachtrij.standVanGemeente(teamleider).stream().filter(s -> s.team().id() == teamId).findFirst().orElseThrow();
    }

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
