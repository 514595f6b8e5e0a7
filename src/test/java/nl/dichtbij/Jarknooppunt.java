package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as a node of its own: {@code java -jar} in a folder of its own, a free port, its output in
 * {@code uitvoer.log} there. A JVM per node, as in production, so nodes share nothing but the database (two starts in
 * one JVM share Logback, Tomcat's statics and the test's other contexts).
 */
public final class Jarknooppunt implements AutoCloseable {

    private static final Duration STOPPEN = Duration.ofSeconds(30);

    private final Process proces;
    private final Path werkmap;
    private final int poort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Jarknooppunt(Process proces, Path werkmap, int poort) {
        this.proces = proces;
        this.werkmap = werkmap;
        this.poort = poort;
    }

    /** Starts the jar in {@code werkmap} on a free port, without the test's {@code SPRING_*} and {@code DICHTBIJ_*} environment. */
    public static Jarknooppunt start(Path werkmap, String... argumenten) throws IOException {
        int poort = vrijePoort();
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString(), "--server.port=" + poort));
        opdracht.addAll(List.of(argumenten));
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).directory(werkmap.toFile()).redirectErrorStream(true)
                .redirectOutput(werkmap.resolve("uitvoer.log").toFile());
        Map<String, String> omgeving = bouwer.environment();
        omgeving.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DICHTBIJ_") || k.equals("SERVER_PORT"));
        return new Jarknooppunt(bouwer.start(), werkmap, poort);
    }

    public int poort() {
        return poort;
    }

    public Process proces() {
        return proces;
    }

    /** Waits until the readiness probe answers 200 (after all demo data), and returns its body; fails with the log's tail. */
    public String wachtOpGereed(Duration hoogstens) throws InterruptedException {
        Instant tot = Instant.now().plus(hoogstens);
        while (Instant.now().isBefore(tot)) {
            assertThat(proces.isAlive()).as("the application stopped:%n%s", staart()).isTrue();
            Optional<HttpResponse<String>> antwoord = vraag("/actuator/health/readiness", null);
            if (antwoord.isPresent() && antwoord.get().statusCode() == 200) {
                return antwoord.get().body();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within " + hoogstens + ":\n" + staart());
    }

    /** A GET on the node, empty while it does not answer yet; with a bearer key when one is given. */
    public Optional<HttpResponse<String>> vraag(String pad, String sleutel) throws InterruptedException {
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

    /** The last 40 lines the node wrote. */
    public String staart() {
        try {
            List<String> regels = Files.readAllLines(uitvoer());
            return String.join("\n", regels.subList(Math.max(0, regels.size() - 40), regels.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public Path uitvoer() {
        return werkmap.resolve("uitvoer.log");
    }

    /** Stops the node as a service manager does (SIGTERM), forcibly when it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        proces.destroy();
        if (!proces.waitFor(STOPPEN.toSeconds(), TimeUnit.SECONDS)) {
            proces.destroyForcibly().waitFor(STOPPEN.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("target"))) {
            Optional<Path> jar = bestanden.filter(p -> p.getFileName().toString().matches("dichtbij-.*\\.jar")).findFirst();
            assertThat(jar).as("the packaged jar in target/ (./mvnw package runs before the integration tests)").isPresent();
            return jar.get().toAbsolutePath();
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
