package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import nl.dichtbij.berichten.Aanbiedersberichten;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar started the way a user starts it: {@code java -jar} from an empty folder with
 * no {@code ../shared} anywhere above it. It must answer a provider with the XSDs it carries, and
 * a {@code dichtbij.istandaarden.pad} without the XSDs must stop it with one line.
 */
class ZelfstandigeStartIT {

    private static final Duration OPSTARTEN = Duration.ofMinutes(5);
    private static final Duration STOPPEN = Duration.ofMinutes(2);
    private static final String SLEUTEL = "demo-aanbieder-42420001";
    private static final String AGB = "42420001";
    private static final String JW301 = "http://www.istandaarden.nl/ijw/3_2/jw301/schema";
    private static final String BASIS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void startsFromAnEmptyFolderAndAnswersAProviderWithTheBundledXsds(@TempDir Path werkmap) throws Exception {
        try (Jarknooppunt app = start(werkmap, "--spring.profiles.active=demo", "--dichtbij.demo.inwoners-woerden=3000",
                "--dichtbij.demo.inwoners-montfoort=600", "--management.endpoint.health.group.readiness.show-components=always")) {
            JsonNode gereed = json.readTree(app.wachtOpGereed(OPSTARTEN));
            assertThat(gereed.get("components").get("schemas").get("status").asString()).isEqualTo("UP");
            assertThat(gereed.get("components").get("db").get("status").asString()).isEqualTo("UP");

            String toewijzing = eersteJw301(app);
            valideer("ijw-3.2/xsd/jw301.xsd", toewijzing);
            Document doc = lees(toewijzing);
            String bsn = tekst(doc, JW301, "Bsn");
            long nummer = Long.parseLong(tekst(doc, JW301, "ToewijzingNummer"));
            LocalDate ingang = LocalDate.parse(tekst(doc, JW301, "Ingangsdatum"));

            HttpResponse<String> retour = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.poort() + "/api/v1/berichten"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + SLEUTEL).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(Aanbiedersberichten.jw305(AGB, "0632", "ZS" + System.nanoTime() % 1_000_000_000L,
                            LocalDate.now(ZoneId.of("Europe/Amsterdam")), bsn, nummer, tekst(doc, BASIS, "Categorie"), tekst(doc, BASIS, "Code"),
                            ingang, "1")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(retour.statusCode()).as(retour.body()).isEqualTo(201);
            assertThat(retour.headers().firstValue("X-Retoursoort")).hasValue("JW306");
            valideer("ijw-3.2/xsd/jw306.xsd", retour.body());
            assertThat(retour.body()).contains("<jw306:RetourCode>0200</jw306:RetourCode>").doesNotContain("jw306:Client");
        }
    }

    @Test
    void aFolderWithoutTheXsdsStopsTheStartWithOneClearLine(@TempDir Path werkmap) throws Exception {
        Path leeg = Files.createDirectory(werkmap.resolve("leeg"));
        try (Jarknooppunt app = start(werkmap, "--dichtbij.istandaarden.pad=" + leeg)) {
            assertThat(app.proces().waitFor(STOPPEN.toSeconds(), TimeUnit.SECONDS)).as("the start stops by itself").isTrue();
            assertThat(app.proces().exitValue()).isNotZero();
            String uitvoer = Files.readString(app.uitvoer());
            assertThat(uitvoer).contains("dichtbij.istandaarden.pad wijst naar de map " + leeg
                    + ", maar daar staan de XSD's van iJw 3.2 en iWmo 3.2 niet: ijw-3.2/xsd/basisschema.xsd en nog 20 andere ontbreken.");
            assertThat(uitvoer).doesNotContain("Started DichtbijApplication").doesNotContain("\tat ");
            assertThat(werkmap.resolve("data")).as("stopped before the database was made").doesNotExist();
        }
    }

    // --- helpers

    private static Jarknooppunt start(Path werkmap, String... argumenten) throws IOException {
        assertThat(Stream.iterate(werkmap, p -> p != null, Path::getParent)).as("no ../shared above %s", werkmap)
                .noneMatch(p -> Files.exists(p.resolve("shared")));
        return Jarknooppunt.start(werkmap, argumenten);
    }

    /** The toewijzing of one of Tom's demo decisions, which the demo takes at start. */
    private String eersteJw301(Jarknooppunt app) throws Exception {
        Instant tot = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(tot)) {
            assertThat(app.proces().isAlive()).as("the application stopped:%n%s", app.staart()).isTrue();
            Optional<HttpResponse<String>> lijst = app.vraag("/api/v1/berichten", SLEUTEL);
            Optional<String> href = lijst.filter(a -> a.statusCode() == 200).map(a -> json.readTree(a.body())).stream()
                    .flatMap(berichten -> berichten.valueStream())
                    .filter(b -> b.get("berichtsoort").asString().equals("JW301")).map(b -> b.get("href").asString()).findFirst();
            if (href.isPresent()) {
                HttpResponse<String> bericht = app.vraag(href.get(), SLEUTEL).orElseThrow();
                assertThat(bericht.statusCode()).isEqualTo(200);
                return bericht.body();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no JW301 for " + AGB + ":\n" + app.staart());
    }

    /** Against the copy in the project, independent of the application's own validation. */
    private static void valideer(String xsd, String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(ZelfstandigeStartIT.class.getResource("/istandaarden/" + xsd))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document lees(String xml) throws Exception {
        DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
        fabriek.setNamespaceAware(true);
        fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return fabriek.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String tekst(Document doc, String namespace, String element) {
        return doc.getElementsByTagNameNS(namespace, element).item(0).getTextContent().trim();
    }
}
