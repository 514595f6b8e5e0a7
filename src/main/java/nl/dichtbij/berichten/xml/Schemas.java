package nl.dichtbij.berichten.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The official XSDs of iJw 3.2 and iWmo 3.2, read from the iStandaarden folder the
 * installation points to ({@code dichtbij.istandaarden.pad}); compiled once, shared by all
 * threads. The iWmo retours have no published XSD; their schema is the iJw retour schema in the
 * iWmo namespaces, on the iWmo basisschema, as the iWmo master overview describes.
 */
@Component
public class Schemas {

    private static final Pattern BERICHT_VERSIE = Pattern.compile("<\\w+:BerichtXsdVersie>([^<]+)<");
    private static final Pattern BASIS_VERSIE = Pattern.compile("<\\w+:BasisschemaXsdVersie>([^<]+)<");

    private final Path map;
    private final Map<Berichtsoort, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<Berichtsoort, XsdVersie> versies = new ConcurrentHashMap<>();

    public record XsdVersie(String basisschema, String bericht) {
    }

    public Schemas(@Value("${dichtbij.istandaarden.pad:../shared/istandaarden}") String map) {
        this.map = Path.of(map).toAbsolutePath().normalize();
    }

    public Path map() {
        return map;
    }

    public boolean beschikbaar() {
        return Files.isRegularFile(map.resolve("ijw-3.2/xsd/basisschema.xsd")) && Files.isRegularFile(map.resolve("iwmo-3.2/xsd/basisschema.xsd"));
    }

    public Schema schema(Berichtsoort soort) {
        return schemas.computeIfAbsent(soort, this::compileer);
    }

    /** The version numbers in the schema's appinfo, for XsdVersie and XsdVersieRetour. */
    public XsdVersie versie(Berichtsoort soort) {
        return versies.computeIfAbsent(soort, s -> {
            String tekst = tekst(s.gespiegeldVanIjw() ? Berichtsoort.van(Standaard.IWMO, "301") : s);
            return new XsdVersie(eerste(BASIS_VERSIE, tekst), eerste(BERICHT_VERSIE, tekst));
        });
    }

    private Schema compileer(Berichtsoort soort) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            Path bestand = bestand(soort);
            if (!soort.gespiegeldVanIjw()) {
                return factory.newSchema(new StreamSource(bestand.toFile()));
            }
            Berichtsoort ijw = soort.inIjw();
            String tekst = tekst(ijw)
                    .replace(Standaard.IJW.basisNamespace(), Standaard.IWMO.basisNamespace())
                    .replace(ijw.namespace(), soort.namespace())
                    .replace("pattern value=\"" + ijw.berichtCode() + "\"", "pattern value=\"" + soort.berichtCode() + "\"");
            StreamSource bron = new StreamSource(new StringReader(tekst));
            bron.setSystemId(bestand.toUri().toString());
            return factory.newSchema(bron);
        } catch (SAXException e) {
            throw new IllegalStateException("XSD van " + soort + " is niet te lezen uit " + map, e);
        }
    }

    private Path bestand(Berichtsoort soort) {
        return map.resolve(soort.standaard().map()).resolve("xsd").resolve(soort.xsd());
    }

    private String tekst(Berichtsoort soort) {
        try {
            return Files.readString(bestand(soort));
        } catch (IOException e) {
            throw new UncheckedIOException("XSD van " + soort + " niet gevonden in " + map, e);
        }
    }

    private static String eerste(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        return m.find() ? m.group(1).trim() : "1.0.0";
    }
}
