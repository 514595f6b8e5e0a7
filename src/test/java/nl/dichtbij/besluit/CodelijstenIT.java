package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** The code lists refresh from the bundled iStandaarden, or from a folder such as the one CI has beside the project. */
@IntegratieTest
class CodelijstenIT {

    private static final Path ISTANDAARDEN = Path.of("..", "shared", "istandaarden");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Aanbod aanbod;
    @Autowired IStandaarden istandaarden;

    @Test
    void beheerRefreshesFromTheBundledCopyAndThePageSaysSo() throws Exception {
        HttpClient beheer = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        post(beheer, "/inloggen", "username=beheer&password=demo&_csrf=" + csrf(beheer, "/inloggen"));
        String voor = beheer.send(HttpRequest.newBuilder(uri("/beheer/codelijsten")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(voor).contains("uit <strong>de kopie die met Dichtbij is meegeleverd (iJw 3.2 en iWmo 3.2)</strong>");

        HttpResponse<String> na = post(beheer, "/beheer/codelijsten/bijwerken", "_csrf=" + csrf(beheer, "/beheer/codelijsten"));
        assertThat(na.uri().getQuery()).startsWith("bijgewerkt=");
        assertThat(na.body()).containsPattern("De codelijsten zijn bijgewerkt: \\d+ codes gelezen uit de kopie die met Dichtbij is meegeleverd");
    }

    @Test
    void importsTheCodeListsFromTheBundledCopy() throws Exception {
        assertThat(istandaarden.isMeegeleverd()).isTrue();
        leesEnControleer(istandaarden);
    }

    @Test
    void importsTheCodeListsFromAFolder() throws Exception {
        if (!Files.isDirectory(ISTANDAARDEN)) {
            assertThat(System.getenv("CI")).as("CI has ../shared/istandaarden").isNotEqualTo("true");
            Assumptions.abort("../shared/istandaarden is not here");
        }
        leesEnControleer(IStandaarden.map(ISTANDAARDEN));
    }

    @Test
    void aFolderThatMissesAListChangesNothing() throws Exception {
        Path map = Files.createTempDirectory("istandaarden-onvolledig");
        for (String lijst : List.of("ijw-3.2/codelijsten/WJ756_Eenheid.md", "ijw-3.2/codelijsten/WMO757_Frequentie.md",
                "ijw-3.2/codelijsten/JZ002_Reden_wijziging_toewijzing.md", "ijw-3.2/codelijsten/JZ588_Reden_beeindiging.md",
                "ijw-3.2/codelijsten/WJ758_Reden_verzoek.md", "ijw-3.2/codelijsten/WJ759_Reden_afwijzing_verzoek.md")) {
            Files.createDirectories(map.resolve(lijst).getParent());
            Files.write(map.resolve(lijst), istandaarden.lees(lijst));
        }
        Path wmo020 = map.resolve("iwmo-3.2/codelijsten/WMO020_Productcategorie.md");
        Files.createDirectories(wmo020.getParent());
        Files.writeString(wmo020, "| Code | Omschrijving |\n| 01 | Alleen deze |\n");
        int voor = aanbod.codelijst("WMO020").size();
        try {
            assertThatIOException().isThrownBy(() -> aanbod.importeer(IStandaarden.map(map)))
                    .withMessageContaining("JZ020").withMessageContaining(map.toString());
            assertThat(aanbod.codelijst("WMO020")).hasSize(voor).hasSizeGreaterThan(1);
        } finally {
            FileSystemUtils.deleteRecursively(map);
        }
    }

    private String csrf(HttpClient browser, String pad) throws Exception {
        Matcher csrf = CSRF.matcher(browser.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(HttpClient browser, String pad, String formulier) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private void leesEnControleer(IStandaarden bron) throws Exception {
        int gelezen = aanbod.importeer(bron);

        assertThat(gelezen).isGreaterThanOrEqualTo(50);
        assertThat(aanbod.codelijst("WMO020")).extracting(c -> c.code()).contains("01", "02", "03", "18");
        assertThat(aanbod.codelijst("JZ020")).extracting(c -> c.code()).contains("45", "55");
        assertThat(aanbod.code("WJ756", "04")).hasValueSatisfying(c -> assertThat(c.omschrijving()).isEqualTo("Uur"));
        assertThat(aanbod.code("WMO757", "2")).hasValueSatisfying(c -> assertThat(c.omschrijving()).isEqualTo("Per week"));
    }
}
