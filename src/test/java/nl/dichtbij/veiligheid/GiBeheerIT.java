package nl.dichtbij.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 20: functioneel beheer keeps the list of gecertificeerde instellingen at /beheer/gecertificeerde-instellingen; a new GI
 * can be chosen for a measure, a stopped one no longer, while the measures it runs go on and it keeps reading their cases.
 */
@IntegratieTest
class GiBeheerIT {

    private static final String PAD = "/beheer/gecertificeerde-instellingen";

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Veiligheid veiligheid;

    @Test
    void beheerAddsRenamesAndStopsAGiAndAStoppedGiKeepsItsRunningMeasures() throws Exception {
        HttpClient beheer = Inloggen.als(port, "beheer");
        assertThat(pagina(beheer, PAD)).contains("Gecertificeerde instellingen", "Samen Veilig Midden-Nederland", "42420010");

        assertThat(post(beheer, PAD, "agbCode=&naam=")).contains("Vul de AGB-code in: 8 cijfers.", "Vul de naam van de instelling in.")
                .doesNotContain("De instelling is toegevoegd.");
        assertThat(post(beheer, PAD, "agbCode=42420010&naam=" + enc("Nog een keer")))
                .contains("Deze AGB-code staat al in de lijst, bij Samen Veilig Midden-Nederland.");
        assertThat(post(beheer, PAD, "agbCode=1234&naam=" + enc("Samen Veilig Midden-Nederland")))
                .contains("Vul de AGB-code in: 8 cijfers.", "Er staat al een instelling met deze naam in de lijst.");

        String agb = "4399" + String.format("%04d", System.nanoTime() % 10_000);
        String naam = "Jeugdbescherming Test " + System.nanoTime();
        assertThat(post(beheer, PAD, "agbCode=" + agb + "&naam=" + enc(naam))).contains("De instelling is toegevoegd.", naam, agb);
        Veiligheid.Gi gi = veiligheid.alleInstellingen("0632").stream().filter(i -> i.agbCode().equals(agb)).findFirst().orElseThrow();
        assertThat(gi.actief()).isTrue();
        assertThat(veiligheid.instellingen("0632")).extracting(Veiligheid.Instelling::agbCode).as("the professionals can choose it").contains(agb);
        assertThat(veiligheid.alleInstellingen("0335")).extracting(Veiligheid.Gi::agbCode).as("Montfoort's list is its own").doesNotContain(agb);

        var gezin = Testhuishouden.in("0632").volwassene(36).kind(6).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker regisseur = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        LocalDate vandaag = LocalDate.now(clock);
        veiligheid.maatregelVastleggen(regisseur, zaak.id(), agb, "OTS", gezin.kind().bsn(), vandaag.minusDays(5), null);

        String nieuweNaam = naam + " (nieuwe naam)";
        String wijzigen = PAD + "/" + gi.id();
        assertThat(pagina(beheer, wijzigen)).contains(naam, "De AGB-code verandert niet");
        assertThat(post(beheer, wijzigen, "version=" + gi.version() + "&naam=")).contains("Vul de naam van de instelling in.");
        assertThat(post(beheer, wijzigen, "version=" + gi.version() + "&naam=" + enc(nieuweNaam))).as("unticked: stopped")
                .contains("De instelling is gewijzigd.", nieuweNaam);
        assertThat(post(beheer, wijzigen, "version=" + gi.version() + "&naam=" + enc(naam) + "&actief=ja")).as("an old version")
                .contains("Iemand anders heeft deze instelling net gewijzigd.");
        Veiligheid.Gi gestopt = veiligheid.instelling("0632", gi.id()).orElseThrow();
        assertThat(gestopt.naam()).isEqualTo(nieuweNaam);
        assertThat(gestopt.actief()).isFalse();
        assertThat(gestopt.agbCode()).isEqualTo(agb);

        assertThat(veiligheid.instellingen("0632")).extracting(Veiligheid.Instelling::agbCode).as("a stopped GI cannot be chosen").doesNotContain(agb);
        assertThatThrownBy(() -> veiligheid.maatregelVastleggen(regisseur, zaak.id(), agb, "OTS", gezin.kind().bsn(), vandaag, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("gi"));
        Gebruiker giAccount = new Gebruiker("gi-test", null, naam, Rol.AANBIEDER, "0632", null, null, agb, null);
        assertThat(veiligheid.vanGi(giAccount)).as("the measure it runs goes on").extracting(Veiligheid.GiZaak::zaakId).contains(zaak.id());
        assertThat(veiligheid.voorGi(giAccount, zaak.id()).zaakId()).isEqualTo(zaak.id());
        assertThat(veiligheid.isInstelling("0632", agb)).isTrue();

        assertThatThrownBy(() -> veiligheid.instellingToevoegen(Testzaken.teamleider(gemeenten), "43990000", "Niet van beheer"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(get(Inloggen.als(port, "teamleider"), PAD).statusCode()).isEqualTo(403);
        assertThat(get(Inloggen.als(port, "gi"), wijzigen).statusCode()).isEqualTo(403);
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = get(wie, pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> get(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form of a page and returns the page it leads to (the same page with its message, or the list after a redirect). */
    private String post(HttpClient wie, String pad, String velden) throws Exception {
        String csrf = Inloggen.csrf(pagina(wie, pad));
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }
}
