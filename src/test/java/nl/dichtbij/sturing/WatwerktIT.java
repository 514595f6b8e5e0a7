package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.interventies.NieuweInterventie;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.Doeluitkomst;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.NieuweActie;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;
import nl.dichtbij.zrm.ZrmMeting.Moment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, what works: an action of a plan names an intervention of the register; the ZRM change of the residents it was for
 * and the goals they reached count for that intervention, exactly, next to its effect level.
 */
@IntegratieTest
class WatwerktIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Interventies interventies;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired Zrm zrm;
    @Autowired Watwerkt watwerkt;
    @Autowired Clock clock;

    @Test
    void anInterventionCountsTheOutcomesOfTheGoalsItServes() throws Exception {
        long interventie = interventies.registreren(BELEID, new NieuweInterventie("Proefaanpak " + System.nanoTime(), "Samen plannen maken",
                "Gezinnen met jonge kinderen", null, 3, "Databank Effectieve Jeugdinterventies, 2024", null, null, null, List.of(), List.of(), true));
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        LocalDate vandaag = LocalDate.now(clock);
        for (int i = 0; i < 5; i++) {
            var gezin = Testhuishouden.in("0632").volwassene(36).kind(8).inschrijven(inschrijvingen, clock);
            long zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId()).id();
            String kind = gezin.kind().bsn();
            long doel = plannen.doelToevoegen(consulent, zaak, new NieuwDoel("Rustig slapen", kind, Levensgebied.LICHAMELIJK_FUNCTIONEREN, null, null,
                    Regeling.JEUGDWET, 3));
            plannen.actieToevoegen(consulent, zaak, doel, new NieuweActie("Gezinsgesprekken", Uitvoerder.SOCIAAL_TEAM, "Jeugdteam Woerden", vandaag.minusDays(60),
                    null, interventie));
            zrm.vastleggen("0632", kind, zaak, null, Door.PROFESSIONAL, Moment.INTAKE, vandaag.minusDays(60), "jeugdconsulent", alle(2));
            zrm.vastleggen("0632", kind, zaak, null, Door.PROFESSIONAL, Moment.AFSLUITING, vandaag, "jeugdconsulent", alle(i < 4 ? 4 : 2));
            plannen.doelBeeindigen(consulent, zaak, doel, i < 3 ? Doeluitkomst.BEREIKT : Doeluitkomst.NIET_BEREIKT, null);
            if (i == 0) {
                long ander = plannen.doelToevoegen(consulent, zaak, new NieuwDoel("Vrienden maken", kind, Levensgebied.SOCIAAL_FUNCTIONEREN, null, null,
                        Regeling.JEUGDWET, 3));
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> plannen.actieToevoegen(consulent, zaak, ander,
                                new NieuweActie("Iets", Uitvoerder.SOCIAAL_TEAM, "Jeugdteam Woerden", vandaag, null, 999_999_999L)))
                        .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("interventieId"))
                                .isEqualTo("Kies een interventie uit het register van de gemeente, of geen."));
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rij(interventie).uitkomst().professional()
                .domein(ZrmDomein.FINANCIEN).map(Uitkomstmonitor.Domein::paren).orElse(0L)).isEqualTo(5));
        Watwerkt.PerInterventie rij = rij(interventie);
        assertThat(rij.interventie().effectniveau().niveau()).isEqualTo(3);
        assertThat(rij.uitkomst().professional().personen()).isEqualTo(5);
        assertThat(rij.uitkomst().professional().gemiddeldBijIntake()).isEqualByComparingTo("2.0");
        assertThat(rij.uitkomst().professional().verandering()).as("four went from 2 to 4, one stayed at 2").isEqualByComparingTo("1.6");
        assertThat(rij.doelen().beeindigd()).isEqualTo(5);
        assertThat(rij.doelen().procentBereikt()).isEqualByComparingTo("60.0");

        HttpClient browser = Inloggen.als(port, "beleid");
        HttpResponse<String> pagina = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/watwerkt")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Wat werkt?", "Per interventie", "Aandeel van de zorg per effectniveau", "Per aanbieder",
                rij.interventie().naam(), "/interventies/" + interventie);
        HttpResponse<String> bestuur = Inloggen.als(port, "bestuur").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/watwerkt")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bestuur.body()).contains("Per interventie").doesNotContain("id=\"tabel-aanbieders\"");
        assertThat(Inloggen.als(port, "bestuur").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/watwerkt/export?tabel=aanbieders&formaat=csv")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the board reads no figures per provider, not in a download either").isEqualTo(403);
        HttpResponse<String> csv = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/watwerkt/export?tabel=interventies&formaat=csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body()).contains("Effectniveau (0–4)").contains(rij.interventie().naam());
    }

    private Watwerkt.PerInterventie rij(long interventie) {
        return watwerkt.overzicht(BELEID, LocalDate.now(clock).getYear()).interventies().stream()
                .filter(r -> r.interventie().id() == interventie).findFirst().orElseThrow();
    }

    private static Map<ZrmDomein, Integer> alle(int score) {
        Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein d : ZrmDomein.values()) {
            scores.put(d, score);
        }
        return scores;
    }
}
