package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.PdfUa;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A professional types an amount the Dutch way on the decision form, and the letter writes it the Dutch way. */
@IntegratieTest
class BedragenIT {

    @LocalServerPort int port;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired PersonenRegister register;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock clock;
    @Autowired JdbcClient jdbc;

    private Aanvraag pgbAanvraag() {
        Gebruiker wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(68).inschrijven(inschrijvingen, clock);
        Zaak zaak = zaken.intakeGedaan(wmo, zaken.voorHuishouden("0632", huishouden.huishoudenId(), gemeenten.teamVoor("0632", Doelgroep.WMO).id()).id());
        String bsn = huishouden.volwassene().bsn();
        return besluiten.aanvragen(wmo, zaak.id(), bsn, Wet.WMO, "Hulp bij het huishouden");
    }

    private HttpResponse<String> beslis(HttpClient browser, long aanvraag, String bedrag) throws Exception {
        String basis = "http://localhost:" + port + "/werk/aanvragen/" + aanvraag;
        String pagina = browser.send(HttpRequest.newBuilder(URI.create(basis)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("uitkomst", "TOEKENNING");
        velden.put("resultaat", "Een schoon en leefbaar huis");
        velden.put("motivering", "Mevrouw kan door haar beperking het huishouden niet doen.");
        velden.put("productcode", "01A01");
        velden.put("ingangsdatum", "2026-12-01");
        velden.put("einddatum", "2027-11-30");
        velden.put("vorm", "PGB");
        velden.put("pgbBedrag", bedrag);
        String body = velden.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + Inloggen.csrf(pagina);
        return browser.send(HttpRequest.newBuilder(URI.create(basis + "/besluit")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDutchAmountIsTakenAndTheLetterWritesItTheDutchWay() throws Exception {
        HttpClient browser = Inloggen.als(port, "wmoconsulent");
        Aanvraag aanvraag = pgbAanvraag();

        HttpResponse<String> antwoord = beslis(browser, aanvraag.id(), "8.250,50");

        assertThat(antwoord.uri().getQuery()).isEqualTo("besloten");
        Beschikking beschikking = besluiten.vanAanvraag(new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632",
                gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null), aanvraag.id()).orElseThrow();
        assertThat(beschikking.pgbBedrag()).isEqualByComparingTo(new BigDecimal("8250.50"));
        try (PDDocument pdf = Loader.loadPDF(besluiten.briefVan(beschikking))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("€ 8.250,50").doesNotContain("8250.5");
        }
    }

    @Test
    void somethingThatIsNotAnAmountIsAFieldErrorInDutchAndNothingIsDecided() throws Exception {
        HttpClient browser = Inloggen.als(port, "wmoconsulent");
        Aanvraag aanvraag = pgbAanvraag();

        HttpResponse<String> antwoord = beslis(browser, aanvraag.id(), "twaalfduizend");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("Vul een bedrag in euro in, bijvoorbeeld 12.500,00.").contains("Een schoon en leefbaar huis");
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").param(aanvraag.id()).query(Long.class).single()).isZero();
    }

    /** Usability issue, item 4: the second signer sees what he signs, and finds it in his werkbak. */
    @Test
    void theSecondSignerFindsTheDecisionInHisWerkbakAndReadsItBeforeHeSigns() throws Exception {
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        Aanvraag aanvraag = pgbAanvraag();
        assertThat(beslis(consulent, aanvraag.id(), "12.500,00").uri().getQuery()).isEqualTo("besloten");
        String pagina = "http://localhost:" + port + "/werk/aanvragen/" + aanvraag.id();
        assertThat(haal(consulent, pagina).body()).contains("Controleer dit besluit voor de tweede handtekening")
                .contains("U kunt dit besluit niet zelf voor de tweede keer tekenen").doesNotContain("Tweede handtekening zetten");

        HttpClient teamleider = Inloggen.als(port, "teamleider");
        assertThat(haal(teamleider, "http://localhost:" + port + "/werk").body())
                .contains("Besluiten die wachten op uw tweede handtekening").contains("€ 12.500,00, genomen door Willem Visser")
                .contains("/werk/aanvragen/" + aanvraag.id());
        String controle = haal(teamleider, pagina).body();
        assertThat(controle).contains("Controleer dit besluit voor de tweede handtekening").contains("Mevrouw kan door haar beperking het huishouden niet doen.")
                .contains("Een schoon en leefbaar huis").contains("Persoonsgebonden budget").contains("€ 12.500,00").contains("Tweede handtekening zetten");
        long beschikking = jdbc.sql("select id from beschikking where aanvraag_id = ?").param(aanvraag.id()).query(Long.class).single();
        HttpResponse<byte[]> concept = teamleider.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/beschikkingen/"
                + beschikking + "/conceptbrief")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(concept.statusCode()).isEqualTo(200);
        assertThat(PdfUa.assertToegankelijk(concept.body())).as("the concept letter as served: tagged PDF/UA, its text readable")
                .contains("Concept — nog niet verzonden").contains("€ 12.500,00");

        HttpResponse<String> getekend = teamleider.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/beschikkingen/"
                        + beschikking + "/goedkeuren")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + Inloggen.csrf(controle))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(getekend.uri().getQuery()).isEqualTo("goedgekeurd");
        assertThat(haal(teamleider, "http://localhost:" + port + "/werk").body()).doesNotContain("/werk/aanvragen/" + aanvraag.id() + "\"");
    }

    /** Usability issue, item 10: only the application's own error reaches the case page, never text from the address. */
    @Test
    void anAanvraagErrorComesFromTheApplicationNotFromTheAddress() throws Exception {
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        long zaak = pgbAanvraag().zaakId();
        String pagina = "http://localhost:" + port + "/werk/zaken/" + zaak;
        assertThat(haal(consulent, pagina + "?aanvraagfout=Bel+0900-OPLICHTER").body()).doesNotContain("OPLICHTER");

        HttpResponse<String> fout = consulent.send(HttpRequest.newBuilder(URI.create(pagina + "/aanvragen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("wet=WMO&omschrijving=&_csrf=" + Inloggen.csrf(haal(consulent, pagina).body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fout.uri().getQuery()).isNull();
        assertThat(fout.body()).contains("Controleer uw invoer").contains("Beschrijf wat er wordt aangevraagd.");
    }

    private static HttpResponse<String> haal(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
