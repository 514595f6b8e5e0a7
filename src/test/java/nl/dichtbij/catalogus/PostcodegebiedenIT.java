package nl.dichtbij.catalogus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Distance by postcode in the provider catalogue (issue 19): with a postcode the nearest provider comes first and each
 * card says how far it is; a wrong or unknown postcode says so and the list stays by name; functional management reads
 * the areas from a CSV, broken rows reported, a file read twice adds nothing.
 */
@IntegratieTest
class PostcodegebiedenIT {

    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Postcodegebieden postcodegebieden;
    @Autowired JdbcClient jdbc;

    @Test
    void theNearestProviderComesFirstWithItsDistance() throws Exception {
        // the demo's middles: Zorg Dichtbij Woerden is at 3446 (Molenvliet), Jeugdhulp Voorbeeld at 3441 (the centre)
        String molenvliet = pagina("/sociale-kaart/aanbieders?product=02A01&postcode=3446+AB");
        assertThat(molenvliet).contains("Afstand:", "in uw buurt (minder dan 1 km) van uw postcode", "value=\"3446 AB\"");
        assertThat(molenvliet.indexOf("Zorg Dichtbij Woerden")).as("the nearest first").isLessThan(molenvliet.indexOf("Jeugdhulp Voorbeeld"));
        String centrum = pagina("/sociale-kaart/aanbieders?product=02A01&postcode=3441");
        assertThat(centrum.indexOf("Jeugdhulp Voorbeeld")).isLessThan(centrum.indexOf("Zorg Dichtbij Woerden"));
        assertThat(centrum).containsPattern("ongeveer 1,[0-9] km van uw postcode");

        assertThat(pagina("/sociale-kaart/aanbieders?postcode=34411")).contains("Deze postcode klopt niet. Schrijf bijvoorbeeld 3441 BW.")
                .contains("aria-invalid=\"true\"").doesNotContain("Afstand:");
        assertThat(pagina("/sociale-kaart/aanbieders?postcode=9999+ZZ")).contains("Van deze postcode kennen we de ligging niet.")
                .doesNotContain("Afstand:");
        assertThat(pagina("/sociale-kaart/aanbieders")).doesNotContain("Afstand:", "veldfout");
    }

    @Test
    void functionalManagementReadsTheAreasRowByRowAndTwiceAddsNothing() throws Exception {
        String bestand = "pc4;breedtegraad;lengtegraad\n9101;53,3;5,9\n9102;53,31;5,91\nabcd;53;5\n";
        Postcodegebieden.Verslag eerste = postcodegebieden.inlezen(BEHEER, "friesland.csv", bestand);
        assertThat(eerste.nieuw()).isEqualTo(2);
        assertThat(eerste.afwijzingen()).extracting(Postcodegebieden.Afwijzing::regel).containsExactly(4L);
        Postcodegebieden.Verslag tweede = postcodegebieden.inlezen(BEHEER, "friesland.csv", bestand);
        assertThat(tweede.nieuw()).isZero();
        assertThat(tweede.gewijzigd()).isZero();
        assertThat(tweede.ongewijzigd()).isEqualTo(2);
        Postcodegebieden.Verslag verplaatst = postcodegebieden.inlezen(BEHEER, "friesland-2.csv", "pc4,breedtegraad,lengtegraad\n9101,53.35,5.9\n");
        assertThat(verplaatst.gewijzigd()).isEqualTo(1);
        assertThat(jdbc.sql("select breedtegraad from postcodegebied where pc4 = '9101'").query(Double.class).single()).isEqualTo(53.35);

        Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", null, null);
        assertThatThrownBy(() -> postcodegebieden.inlezen(consulent, "x.csv", bestand)).isInstanceOf(AccessDeniedException.class);

        HttpClient beheer = Inloggen.als(port, "beheer");
        HttpResponse<String> pagina = beheer.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beheer/postcodegebieden")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("postcodegebieden bekend", "pc4;breedtegraad;lengtegraad");
        HttpResponse<String> consulentPagina = Inloggen.als(port, "jeugdconsulent").send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beheer/postcodegebieden")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(consulentPagina.statusCode()).isEqualTo(403);
    }

    private String pagina(String pad) throws Exception {
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }
}
