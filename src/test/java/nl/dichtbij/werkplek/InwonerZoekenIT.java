package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff search: a resident by name, BSN or address, whether his household has a case, and a Logboek line for each one shown. */
@IntegratieTest
class InwonerZoekenIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aProfessionalFindsAResidentByNameBsnOrAddressAndSeesHisHouseholdsCase() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(43).kind(12).inschrijven(inschrijvingen, clock);
        String achternaam = gezin.volwassene().achternaam();
        HttpClient jeugd = Inloggen.als(port, "jeugdconsulent");

        String opNaam = zoek(jeugd, achternaam);
        assertThat(opNaam).contains("2 inwoners gevonden", gezin.volwassene().naam(), gezin.kind().naam(), "Geen lopende zaak voor dit huishouden",
                "Teststraat", "/werk/meldingen/nieuw?bsn=" + gezin.kind().bsn());
        assertThat(zoek(jeugd, "Sem " + achternaam)).as("first name and surname").contains("1 inwoner gevonden", gezin.kind().naam())
                .doesNotContain(gezin.volwassene().naam());
        assertThat(zoek(jeugd, "3441 te " + huisnummer(gezin.huishoudenId()))).as("by address").contains(gezin.volwassene().naam(),
                gezin.kind().naam(), "3441 TE Woerden");

        String formulier = haal(jeugd, "/werk/meldingen/nieuw?bsn=" + gezin.kind().bsn());
        assertThat(formulier).as("the melding form names the resident found and fills in his birth date")
                .contains("Melding voor <strong>" + gezin.kind().naam() + "</strong>", "value=\"" + gezin.kind().geboortedatum() + "\"",
                        "Bellen", "E-mailen").doesNotContain("Bel mij");
        assertThat(formulier).as("no life area ticked beforehand").doesNotContainPattern("value=\"FINANCIEN\"[^>]*checked");
        assertThat(haal(jeugd, "/werk/meldingen/nieuw?bsn=" + gezin.volwassene().bsn() + "&schulden=ja"))
                .as("from a debt signal whose household accepted help: money and debts ticked")
                .containsPattern("value=\"FINANCIEN\"[^>]*checked").containsPattern("id=\"schulden\"[^>]*checked|checked[^>]*id=\"schulden\"");
        assertThat(haal(Inloggen.als(port, "montfoort"), "/werk/meldingen/nieuw?bsn=" + gezin.kind().bsn()))
                .as("a resident of another municipality is not named").doesNotContain(gezin.kind().naam());

        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        assertThat(zoek(jeugd, gezin.kind().bsn())).as("by BSN, with the household's case").contains("1 inwoner gevonden", "Er loopt een zaak",
                "Jeugdteam", "regisseur Jasmijn Bakker", "/werk/zaken/" + zaak.id());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from verwerking where actor = 'jeugdconsulent' and betrokkene_bsn = ? and grondslag like 'Inwoner zoeken%'""")
                .param(gezin.kind().bsn()).query(Long.class).single()).as("one line per result page that showed him").isEqualTo(4));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from verwerking where actor = 'jeugdconsulent' and betrokkene_bsn = ? and grondslag like 'Melding registreren%'""")
                .param(gezin.kind().bsn()).query(Long.class).single()).as("and one for the form that named him").isEqualTo(1));
    }

    @Test
    void whatCannotBeSearchedIsExplainedAndAnotherMunicipalitysResidentIsNotFound() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(66).inschrijven(inschrijvingen, clock);
        assertThat(zoek(Inloggen.als(port, "wmoconsulent"), "J")).contains("Typ minstens de eerste twee letters van de achternaam.",
                "aria-invalid=\"true\"");
        assertThat(zoek(Inloggen.als(port, "wmoconsulent"), "3441 AB")).contains("Vul ook het huisnummer in");
        var groot = Testhuishouden.in("0632").volwassenen(503, 50).inschrijven(inschrijvingen, clock);
        try {
            String veel = zoek(Inloggen.als(port, "wmoconsulent"), groot.volwassene().achternaam());
            assertThat(veel).as("counted up to 500, then asks for more of the name").contains("Meer dan 500 inwoners gevonden",
                    "Typ meer letters", "Pagina 1 van 25");
        } finally {
            // so many residents in one household would tilt the municipality's figures other tests check
            jdbc.sql("delete from persoon where huishouden_id = ?").param(groot.huishoudenId()).update();
            jdbc.sql("delete from huishouden where id = ?").param(groot.huishoudenId()).update();
        }
        String montfoort = zoek(Inloggen.als(port, "montfoort"), gezin.volwassene().bsn());
        assertThat(montfoort).contains("0 inwoners gevonden").doesNotContain(gezin.volwassene().naam());
    }

    private String zoek(HttpClient wie, String q) throws Exception {
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/zoeken?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private String haal(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private String huisnummer(long huishouden) {
        return jdbc.sql("select huisnummer from huishouden where id = ?").param(huishouden).query(String.class).single();
    }
}
