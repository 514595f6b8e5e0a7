package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register's forms without JavaScript: errors beside the fields with what was typed kept, a stale form refused, beleid reads only. */
@IntegratieTest
class AanbiedersregisterFormulierenIT {

    @LocalServerPort int port;

    @Test
    void beheerAddsChangesAndEndsAProviderOnTheForms() throws Exception {
        HttpClient beheer = Inloggen.als(port, "beheer");
        String agb = "78" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

        String fout = post(beheer, "/beheer/aanbieders/nieuw", "/beheer/aanbieders",
                "agbCode=1234&kvkNummer=30123456&naam=" + enc("Formulier Zorg") + "&ingeschrevenVanaf=2026-01-01");
        assertThat(fout).contains("Een AGB-code heeft precies 8 cijfers", "id=\"agbCode-fout\"", "aria-invalid=\"true\"",
                "value=\"1234\"", "value=\"Formulier Zorg\"", "value=\"30123456\"");

        String detail = post(beheer, "/beheer/aanbieders/nieuw", "/beheer/aanbieders",
                "agbCode=" + agb + "&kvkNummer=30123456&naam=" + enc("Formulier Zorg") + "&ingeschrevenVanaf=2026-01-01");
        assertThat(detail).contains("De aanbieder is ingeschreven.", "Formulier Zorg", agb, "Actief", "Ingeschreven: Formulier Zorg");
        String id = detail.replaceAll("(?s).*action=\"/beheer/aanbieders/(\\d+)/locaties\".*", "$1");

        // two beheerders open the change form; the second saves after the first
        HttpClient collega = Inloggen.als(port, "beheer");
        String eerste = get(beheer, "/beheer/aanbieders/" + id + "/wijzigen");
        String tweede = get(collega, "/beheer/aanbieders/" + id + "/wijzigen");
        assertThat(eerste).contains("name=\"gelezenVersie\" value=\"0\"");
        assertThat(postOp(beheer, eerste, "/beheer/aanbieders/" + id + "/wijzigen",
                "gelezenVersie=0&kvkNummer=30123456&naam=" + enc("Formulier Zorg B.V.") + "&ingeschrevenVanaf=2026-01-01"))
                .contains("De wijziging is bewaard.", "Formulier Zorg B.V.");
        String verouderd = postOp(collega, tweede, "/beheer/aanbieders/" + id + "/wijzigen",
                "gelezenVersie=0&kvkNummer=30123456&naam=" + enc("Zorg van de collega") + "&ingeschrevenVanaf=2026-01-01");
        assertThat(verouderd).contains("Iemand anders heeft deze aanbieder intussen gewijzigd", "value=\"Zorg van de collega\"")
                .as("the form now carries the version just read").contains("name=\"gelezenVersie\" value=\"1\"");
        assertThat(postOp(collega, verouderd, "/beheer/aanbieders/" + id + "/wijzigen",
                "gelezenVersie=1&kvkNummer=30123456&naam=" + enc("Zorg van de collega") + "&ingeschrevenVanaf=2026-01-01"))
                .as("saved again after looking: a deliberate choice that goes through").contains("De wijziging is bewaard.", "Zorg van de collega");

        // a location with a bad postcode keeps what was typed
        String locatie = post(beheer, "/beheer/aanbieders/" + id, "/beheer/aanbieders/" + id + "/locaties",
                "naam=Kantoor&straat=Rijnstraat&huisnummer=12&postcode=34&plaats=Woerden&vanaf=2026-01-01");
        assertThat(locatie).contains("Een postcode heeft 4 cijfers en 2 letters", "value=\"Rijnstraat\"", "<details open");
        assertThat(post(beheer, "/beheer/aanbieders/" + id, "/beheer/aanbieders/" + id + "/locaties",
                "naam=Kantoor&straat=Rijnstraat&huisnummer=12&postcode=3441bw&plaats=Woerden&vanaf=2026-01-01"))
                .contains("De locatie is toegevoegd.", "Rijnstraat 12, 3441 BW Woerden");
        String metLocatie = get(beheer, "/beheer/aanbieders/" + id);
        String locatieId = metLocatie.replaceAll("(?s).*action=\"/beheer/aanbieders/" + id + "/locaties/(\\d+)/beeindigen\".*", "$1");
        assertThat(postOp(beheer, metLocatie, "/beheer/aanbieders/" + id + "/locaties/" + locatieId + "/beeindigen", "per=2020-01-01"))
                .as("a wrong end date stays in its field, marked").contains("De einddatum ligt voor de startdatum", "value=\"2020-01-01\"",
                        "aria-invalid=\"true\"", "href=\"#locatie-per-" + locatieId + "\"");
        assertThat(post(beheer, "/beheer/aanbieders/" + id, "/beheer/aanbieders/" + id + "/contact",
                "contactNaam=" + enc("Petra de Boer") + "&telefoon=" + enc("0348 123 456") + "&email="))
                .contains("De contactpersoon is bewaard.", "Petra de Boer", "tel:0348123456");
        assertThat(post(beheer, "/beheer/aanbieders/" + id, "/beheer/aanbieders/" + id + "/keurmerken",
                "soort=HKZ&geldigVanaf=2025-01-01&geldigTot=2024-01-01")).contains("&#39;Geldig tot&#39; ligt voor &#39;geldig vanaf&#39;");
        assertThat(post(beheer, "/beheer/aanbieders/" + id, "/beheer/aanbieders/" + id + "/keurmerken",
                "soort=HKZ&geldigVanaf=2025-01-01&geldigTot=")).contains("Het keurmerk is toegevoegd.", "Geen einddatum");

        assertThat(post(beheer, "/beheer/aanbieders/" + id + "/beeindigen", "/beheer/aanbieders/" + id + "/beeindigen",
                "gelezenVersie=4&per=2020-01-01&reden=")).contains("De einddatum ligt voor de startdatum", "Schrijf op waarom de aanbieder stopt");
        String beeindigd = post(beheer, "/beheer/aanbieders/" + id + "/beeindigen", "/beheer/aanbieders/" + id + "/beeindigen",
                "gelezenVersie=4&per=2026-12-31&reden=" + enc("Contract afgelopen"));
        assertThat(beeindigd).contains("De aanbieder is beëindigd.", "Beëindigd per 31 december 2026", "Contract afgelopen");
        assertThat(get(beheer, "/beheer/aanbieders?tekst=" + agb)).contains("Beëindigd per 31 december 2026");

        // beleid reads the list and the page, without forms, and cannot open or send them
        HttpClient beleid = Inloggen.als(port, "beleid");
        String gelezen = get(beleid, "/beheer/aanbieders/" + id);
        assertThat(gelezen).contains("Zorg van de collega", "Petra de Boer").doesNotContain("Locatie toevoegen", "Gegevens wijzigen");
        assertThat(get(beleid, "/beheer/aanbieders")).contains("Aanbiedersregister").doesNotContain("Aanbieder inschrijven")
                .contains("Keurmerken die verlopen", "Zorg Dichtbij");
        assertThat(beleid.send(HttpRequest.newBuilder(uri("/beheer/aanbieders/nieuw")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> schrijven = beleid.send(HttpRequest.newBuilder(uri("/beheer/aanbieders/" + id + "/contact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("contactNaam=X&telefoon=0348123456&_csrf=" + Inloggen.csrf(gelezen))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schrijven.statusCode()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

    @Test
    void anEndedProviderShowsNoFormsButCanBeRegisteredAgain() throws Exception {
        HttpClient beheer = Inloggen.als(port, "beheer");
        java.time.LocalDate vandaag = java.time.LocalDate.now(clock);
        String agb = "77" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String detail = post(beheer, "/beheer/aanbieders/nieuw", "/beheer/aanbieders",
                "agbCode=" + agb + "&kvkNummer=30123457&naam=" + enc("Terug Zorg") + "&ingeschrevenVanaf=2024-01-01");
        String id = detail.replaceAll("(?s).*action=\"/beheer/aanbieders/(\\d+)/locaties\".*", "$1");
        String beeindigd = post(beheer, "/beheer/aanbieders/" + id + "/beeindigen", "/beheer/aanbieders/" + id + "/beeindigen",
                "gelezenVersie=0&per=" + vandaag + "&reden=" + enc("Uitgetreden"));
        assertThat(beeindigd).contains("De aanbieder is beëindigd.", "Deze aanbieder is beëindigd", "Opnieuw inschrijven")
                .doesNotContain("Locatie toevoegen", "Keurmerk toevoegen", "Gegevens wijzigen");
        assertThat(postOp(beheer, beeindigd, "/beheer/aanbieders/" + id + "/opnieuw", "versie=1&vanaf=" + vandaag.minusDays(1)))
                .contains("op of na", "aria-invalid=\"true\"", "value=\"" + vandaag.minusDays(1) + "\"");
        assertThat(postOp(beheer, beeindigd, "/beheer/aanbieders/" + id + "/opnieuw", "versie=1&vanaf=" + vandaag))
                .contains("De aanbieder is opnieuw ingeschreven.", "Actief", "Locatie toevoegen", "Opnieuw ingeschreven vanaf");
    }

    private String get(HttpClient client, String pad) throws Exception {
        HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private String post(HttpClient client, String formulierPad, String pad, String velden) throws Exception {
        return postOp(client, get(client, formulierPad), pad, velden);
    }

    private String postOp(HttpClient client, String pagina, String pad, String velden) throws Exception {
        HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
