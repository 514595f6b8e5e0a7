package nl.dichtbij.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.stream.StreamSource;

import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.health.contributor.Status;
import org.xml.sax.SAXException;

class SchemasTest {

    /** A header-only JW306: the whole message accepted. */
    private static final String JW306 = """
            <jw306:Bericht xmlns:jw306="http://www.istandaarden.nl/ijw/3_2/jw306/schema" xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
              <jw306:Header>
                <jw306:BerichtCode>439</jw306:BerichtCode><jw306:BerichtVersie>3</jw306:BerichtVersie><jw306:BerichtSubversie>2</jw306:BerichtSubversie>
                <jw306:Afzender>42420001</jw306:Afzender><jw306:Ontvanger>0632</jw306:Ontvanger>
                <jw306:BerichtIdentificatie><b:Identificatie>R1</b:Identificatie><b:Dagtekening>2026-12-01</b:Dagtekening></jw306:BerichtIdentificatie>
                <jw306:XsdVersie><b:BasisschemaXsdVersie>0.1.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>0.1.0</b:BerichtXsdVersie></jw306:XsdVersie>
                <jw306:IdentificatieRetour>B1</jw306:IdentificatieRetour><jw306:DagtekeningRetour>2026-12-01</jw306:DagtekeningRetour>
                <jw306:XsdVersieRetour><b:BasisschemaXsdVersie>0.1.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>0.1.0</b:BerichtXsdVersie></jw306:XsdVersieRetour>
                <jw306:RetourCodes><jw306:RetourCode>0200</jw306:RetourCode></jw306:RetourCodes>
              </jw306:Header>
            </jw306:Bericht>""";

    private static final String WMO306 = JW306.replace("ijw/3_2/jw306", "iwmo/3_2/wmo306").replace("ijw/3_2/basisschema", "iwmo/3_2/basisschema")
            .replace("jw306:", "wmo306:").replace("xmlns:jw306", "xmlns:wmo306").replace(">439<", ">419<");

    @Test
    void everySchemaCompilesFromTheBundledCopy() {
        Schemas schemas = new Schemas(IStandaarden.meegeleverd());
        schemas.compileerAlles();
        assertThat(schemas.allesGecompileerd()).isTrue();
        assertThat(schemas.aantalGecompileerd()).isEqualTo(Berichtsoort.values().length);
    }

    @Test
    void theIwmoRetourIsTheIjwOneInIwmoNamespacesWithItsOwnBerichtCode() throws Exception {
        Schemas schemas = new Schemas(IStandaarden.meegeleverd());
        assertThatNoException().isThrownBy(() -> valideer(schemas, Berichtsoort.JW306, JW306));
        assertThatNoException().isThrownBy(() -> valideer(schemas, Berichtsoort.WMO306, WMO306));
        assertThatExceptionOfType(SAXException.class).isThrownBy(() -> valideer(schemas, Berichtsoort.WMO306, JW306));
        assertThatExceptionOfType(SAXException.class).isThrownBy(() -> valideer(schemas, Berichtsoort.WMO306, WMO306.replace(">419<", ">439<")));
    }

    @Test
    void aFolderOnDiskOverridesTheBundledCopy() {
        Schemas schemas = new Schemas(IStandaarden.map(Path.of("src/main/resources/istandaarden")));
        schemas.compileerAlles();
        assertThat(schemas.allesGecompileerd()).isTrue();
        assertThat(schemas.versie(Berichtsoort.JW301)).isEqualTo(new Schemas.XsdVersie("0.1.0", "0.1.0"));
    }

    @Test
    void aFolderWithoutTheSchemasStopsTheStartWithOneLine(@TempDir Path leeg) throws Exception {
        Files.createDirectories(leeg.resolve("ijw-3.2/xsd"));
        Files.writeString(leeg.resolve("ijw-3.2/xsd/basisschema.xsd"), "<x/>");
        assertThatExceptionOfType(FailureAnalyzedException.class).isThrownBy(() -> new Schemas(IStandaarden.map(leeg)))
                .satisfies(e -> {
                    assertThat(e.analysis().getDescription()).startsWith("dichtbij.istandaarden.pad wijst naar de map " + leeg)
                            .contains("iwmo-3.2/xsd/basisschema.xsd en nog 19 andere ontbreken").doesNotContain("\n");
                    assertThat(e.analysis().getAction()).contains("Laat dichtbij.istandaarden.pad weg");
                });
    }

    @Test
    void theImportOfTheBasisschemaMayOnlyUseTheProtocolItCameFrom() throws Exception {
        assertThat(Schemas.protocol(URI.create("file:/app/istandaarden/ijw-3.2/xsd/jw301.xsd").toURL())).isEqualTo("file");
        assertThat(Schemas.protocol(URI.create("jar:file:/app/lib.jar!/istandaarden/ijw-3.2/xsd/jw301.xsd").toURL())).isEqualTo("file");
        URI inDeJar = URI.create("jar:nested:/app/dichtbij.jar/!BOOT-INF/classes/!/istandaarden/ijw-3.2/xsd/jw301.xsd");
        assertThat(Schemas.protocol(URL.of(inDeJar, new GeenVerbinding()))).isEqualTo("nested");
    }

    @Test
    void healthIsDownUntilEverySchemaIsCompiled() {
        Schemas schemas = new Schemas(IStandaarden.meegeleverd());
        SchemaVoorbereiding voorbereiding = new SchemaVoorbereiding(schemas);
        SchemasHealthIndicator gezondheid = new SchemasHealthIndicator(schemas, voorbereiding);
        schemas.schema(Berichtsoort.JW305);
        assertThat(gezondheid.health().getStatus()).isEqualTo(Status.DOWN);
        voorbereiding.compileer();
        assertThat(gezondheid.health().getStatus()).isEqualTo(Status.UP);
        assertThat(voorbereiding.fout()).isEmpty();
    }

    /** Stands in for Spring Boot's nested-jar handler, which only the packaged application registers. */
    private static final class GeenVerbinding extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) {
            throw new UnsupportedOperationException(url.toString());
        }
    }

    private static void valideer(Schemas schemas, Berichtsoort soort, String xml) throws Exception {
        schemas.schema(soort).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
