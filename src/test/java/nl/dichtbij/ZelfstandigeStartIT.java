package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        int poort = vrijePoort();
        Process app = start(werkmap, "--spring.profiles.active=demo", "--server.port=" + poort, "--dichtbij.demo.inwoners-woerden=3000", "--dichtbij.demo.inwoners-montfoort=600",
                "--management.endpoint.health.group.readiness.show-components=always");
        try {
            JsonNode gereed = wachtOpGereed(app, poort, werkmap);
            assertThat(gereed.get("components").get("schemas").get("status").asString()).isEqualTo("UP");
            assertThat(gereed.get("components").get("db").get("status").asString()).isEqualTo("UP");

            String toewijzing = eersteJw301(app, poort, werkmap);
            valideer("ijw-3.2/xsd/jw301.xsd", toewijzing);
            Document doc = lees(toewijzing);
            String bsn = tekst(doc, JW301, "Bsn");
            long nummer = Long.parseLong(tekst(doc, JW301, "ToewijzingNummer"));
            LocalDate ingang = LocalDate.parse(tekst(doc, JW301, "Ingangsdatum"));

            HttpResponse<String> retour = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/berichten"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + SLEUTEL).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(Aanbiedersberichten.jw305(AGB, "0632", "ZS" + System.nanoTime() % 1_000_000_000L,
                            LocalDate.now(ZoneId.of("Europe/Amsterdam")), bsn, nummer, tekst(doc, BASIS, "Categorie"), tekst(doc, BASIS, "Code"),
                            ingang, "1")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(retour.statusCode()).as(retour.body()).isEqualTo(201);
            assertThat(retour.headers().firstValue("X-Retoursoort")).hasValue("JW306");
            valideer("ijw-3.2/xsd/jw306.xsd", retour.body());
            assertThat(retour.body()).contains("<jw306:RetourCode>0200</jw306:RetourCode>").doesNotContain("jw306:Client");
        } finally {
            stop(app);
        }
    }

    @Test
    void aFolderWithoutTheXsdsStopsTheStartWithOneClearLine(@TempDir Path werkmap) throws Exception {
        Path leeg = Files.createDirectory(werkmap.resolve("leeg"));
        Process app = start(werkmap, "--server.port=" + vrijePoort(), "--dichtbij.istandaarden.pad=" + leeg);
        try {
            assertThat(app.waitFor(STOPPEN.toSeconds(), TimeUnit.SECONDS)).as("the start stops by itself").isTrue();
            assertThat(app.exitValue()).isNotZero();
            String uitvoer = Files.readString(uitvoer(werkmap));
            assertThat(uitvoer).contains("dichtbij.istandaarden.pad wijst naar de map " + leeg
                    + ", maar daar staan de XSD's van iJw 3.2 en iWmo 3.2 niet: ijw-3.2/xsd/basisschema.xsd en nog 20 andere ontbreken.");
            assertThat(uitvoer).doesNotContain("Started DichtbijApplication").doesNotContain("\tat ");
            assertThat(werkmap.resolve("data")).as("stopped before the database was made").doesNotExist();
        } finally {
            stop(app);
        }
    }

    // --- helpers

    private Process start(Path werkmap, String... argumenten) throws IOException {
        assertThat(Stream.iterate(werkmap, p -> p != null, Path::getParent)).as("no ../shared above %s", werkmap)
                .noneMatch(p -> Files.exists(p.resolve("shared")));
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        opdracht.addAll(List.of(argumenten));
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).directory(werkmap.toFile()).redirectErrorStream(true)
                .redirectOutput(uitvoer(werkmap).toFile());
        Map<String, String> omgeving = bouwer.environment();
        omgeving.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DICHTBIJ_") || k.equals("SERVER_PORT"));
        return bouwer.start();
    }

    private static Path jar() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("target"))) {
            Optional<Path> jar = bestanden.filter(p -> p.getFileName().toString().matches("dichtbij-.*\\.jar")).findFirst();
            assertThat(jar).as("the packaged jar in target/ (./mvnw package runs before the integration tests)").isPresent();
            return jar.get().toAbsolutePath();
        }
    }

    private static Path uitvoer(Path werkmap) {
        return werkmap.resolve("uitvoer.log");
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private JsonNode wachtOpGereed(Process app, int poort, Path werkmap) throws Exception {
        Instant tot = Instant.now().plus(OPSTARTEN);
        while (Instant.now().isBefore(tot)) {
            assertThat(app.isAlive()).as("the application stopped:%n%s", staart(werkmap)).isTrue();
            Optional<HttpResponse<String>> antwoord = probeer(poort, "/actuator/health/readiness", null);
            if (antwoord.isPresent() && antwoord.get().statusCode() == 200) {
                return json.readTree(antwoord.get().body());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within " + OPSTARTEN + ":\n" + staart(werkmap));
    }

    /** The toewijzing of one of Tom's demo decisions, which the demo takes at start. */
    private String eersteJw301(Process app, int poort, Path werkmap) throws Exception {
        Instant tot = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(tot)) {
            assertThat(app.isAlive()).as("the application stopped:%n%s", staart(werkmap)).isTrue();
            Optional<HttpResponse<String>> lijst = probeer(poort, "/api/v1/berichten", SLEUTEL);
            Optional<String> href = lijst.filter(a -> a.statusCode() == 200).map(a -> json.readTree(a.body())).stream()
                    .flatMap(berichten -> berichten.valueStream())
                    .filter(b -> b.get("berichtsoort").asString().equals("JW301")).map(b -> b.get("href").asString()).findFirst();
            if (href.isPresent()) {
                HttpResponse<String> bericht = probeer(poort, href.get(), SLEUTEL).orElseThrow();
                assertThat(bericht.statusCode()).isEqualTo(200);
                return bericht.body();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no JW301 for " + AGB + ":\n" + staart(werkmap));
    }

    private Optional<HttpResponse<String>> probeer(int poort, String pad, String sleutel) throws InterruptedException {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(30)).GET();
        if (sleutel != null) {
            verzoek.header("Authorization", "Bearer " + sleutel);
        }
        try {
            return Optional.of(http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException nogNiet) {
            return Optional.empty();
        }
    }

    private static String staart(Path werkmap) {
        try {
            List<String> regels = Files.readAllLines(uitvoer(werkmap));
            return String.join("\n", regels.subList(Math.max(0, regels.size() - 40), regels.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
