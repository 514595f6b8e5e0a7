package nl.dichtbij.platform.istandaarden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled copy is the reference copy in ../shared/istandaarden, byte for byte. */
class IStandaardenKopieTest {

    private static final Path REFERENTIE = Path.of("..", "shared", "istandaarden");
    private static final Path BRONMAP = Path.of("src", "main", "resources", "istandaarden");

    @BeforeAll
    static void referentieAanwezig() {
        if (!Files.isDirectory(REFERENTIE)) {
            assertThat(System.getenv("CI")).as("CI has ../shared/istandaarden").isNotEqualTo("true");
            Assumptions.abort("../shared/istandaarden is not here");
        }
    }

    @Test
    void everyBundledFileIsTheReferenceFileUnchanged() throws IOException {
        List<String> meegeleverd = bestanden(BRONMAP).filter(pad -> !pad.equals("README.md")).toList();
        assertThat(meegeleverd).hasSizeGreaterThan(30);
        IStandaarden bundel = IStandaarden.meegeleverd();
        for (String pad : meegeleverd) {
            assertThat(bundel.lees(pad)).as(pad).isEqualTo(Files.readAllBytes(REFERENTIE.resolve(pad)));
        }
    }

    @Test
    void everyReferenceXsdIsBundled() throws IOException {
        List<String> xsds = Stream.of("ijw-3.2/xsd", "iwmo-3.2/xsd").flatMap(map -> bestanden(REFERENTIE.resolve(map)).map(b -> map + "/" + b))
                .toList();
        assertThat(xsds).hasSizeGreaterThan(20);
        assertThat(xsds).allSatisfy(xsd -> assertThat(IStandaarden.meegeleverd().bevat(xsd)).as(xsd).isTrue());
    }

    private static Stream<String> bestanden(Path map) {
        try (Stream<Path> alles = Files.walk(map)) {
            return alles.filter(Files::isRegularFile).map(p -> map.relativize(p).toString().replace('\\', '/')).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
