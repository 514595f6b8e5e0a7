package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 21: reference figures read by CSV (a report per broken row, the good rows kept, a file read twice adds nothing, a
 * changed figure replaces the old one), kept per municipality, and shown beside the own figure with their source.
 */
@IntegratieTest
class ReferentiecijfersIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final String KOP = "indicator;jaar;niveau;gebied;waarde;eenheid;bron;bron_url\n";

    @LocalServerPort int port;
    @Autowired Referentiecijfers referenties;

    private Importverslag importeer(Gebruiker wie, String csv) throws Exception {
        return referenties.importeer(wie, "referentie.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileWithBrokenRowsKeepsTheGoodOnesAndReadTwiceAddsNothing() throws Exception {
        String csv = KOP
                + "huishoudens-3-plus;2019;provincie;Provincie Utrecht;41;per 1.000 huishoudens;Importtest IT;https://example.org/it\n"
                + "huishoudens-3-plus;2019;landelijk;Nederland;50;per 1.000 huishoudens;Importtest IT;ftp://example.org/\n"
                + "huishoudens-3-plus;2019;grootteklasse;Gemeenten 50.000-100.000;49,5;per 1.000 huishoudens;Importtest IT;https://example.org/it\n"
                + "stapeling;2019;landelijk;Nederland;50;per 1.000;Importtest IT;https://example.org/it\n";

        Importverslag verslag = importeer(BELEID, csv);
        assertThat(verslag.bestandsfout()).isNull();
        assertThat(verslag.gelezen()).isEqualTo(4);
        assertThat(verslag.opgeslagen()).isEqualTo(2);
        assertThat(verslag.afwijzingen()).extracting(Importverslag.Afwijzing::regel).containsExactly(3L, 5L);
        assertThat(referenties.bij("0632", Indicator.HUISHOUDENS_3_PLUS, 2019)).filteredOn(r -> r.jaar() == 2019)
                .extracting(Referentiecijfer::niveau).containsExactlyInAnyOrder(Referentiecijfer.Niveau.PROVINCIE, Referentiecijfer.Niveau.GROOTTEKLASSE);

        Importverslag nogEens = importeer(BELEID, csv);
        assertThat(nogEens.opgeslagen()).isZero();
        assertThat(nogEens.alBekend()).isEqualTo(2);
        assertThat(referenties.alle("0632")).filteredOn(r -> r.bronNaam().equals("Importtest IT")).hasSize(2);

        // the same indicator, year and level with another value replaces it: still one figure
        Importverslag anders = importeer(BELEID, KOP + "huishoudens-3-plus;2019;provincie;Provincie Utrecht;42;per 1.000 huishoudens;Importtest IT;https://example.org/it\n");
        assertThat(anders.opgeslagen()).isEqualTo(1);
        assertThat(referenties.alle("0632")).filteredOn(r -> r.bronNaam().equals("Importtest IT") && r.niveau() == Referentiecijfer.Niveau.PROVINCIE)
                .singleElement().satisfies(r -> assertThat(r.waardeTekst()).isEqualTo("42"));
    }

    @Test
    void figuresBelongToTheMunicipalityThatReadThem() throws Exception {
        importeer(MONTFOORT, KOP + "huishoudens-3-plus;2018;provincie;Provincie Utrecht;39;per 1.000 huishoudens;Alleen Montfoort;https://example.org/m\n");
        assertThat(referenties.alle("0335")).extracting(Referentiecijfer::bronNaam).contains("Alleen Montfoort");
        assertThat(referenties.alle("0632")).extracting(Referentiecijfer::bronNaam).doesNotContain("Alleen Montfoort");
    }

    @Test
    void onlyBeleidAndBeheerRead() {
        Gebruiker consulent = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", 1L, null);
        assertThatThrownBy(() -> importeer(consulent, KOP)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStackingPageAndTheCouncilShowTheProvinceBesideWoerdenWithItsSource() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        String stapeling = beleid.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/stapeling?jaar=2017")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(stapeling).contains("id=\"referentie-huishoudens\"", "Provincie Utrecht (provincie)", "40 per 1.000 huishoudens",
                "href=\"https://www.waarstaatjegemeente.nl/\"", "Monitor Sociaal Domein (Waar staat je gemeente)",
                "Inwoners met 3 of meer voorzieningen", "24 per 1.000 inwoners", "SCP, Overall rapportage sociaal domein");
        HttpClient bestuur = Inloggen.als(port, "bestuur");
        String raad = bestuur.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/raad?jaar=2017")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(raad).contains("id=\"referentie-huishoudens\"", "Provincie Utrecht (provincie)", "40 per 1.000 huishoudens",
                "href=\"https://www.waarstaatjegemeente.nl/\"");
    }
}
