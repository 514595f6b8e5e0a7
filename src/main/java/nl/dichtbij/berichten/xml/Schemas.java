package nl.dichtbij.berichten.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The official XSDs of iJw 3.2 and iWmo 3.2, read from {@link IStandaarden} (the bundled copy,
 * or the folder {@code dichtbij.istandaarden.pad} points to); compiled once, shared by all
 * threads. The iWmo retours have no published XSD; their schema is the iJw retour schema in the
 * iWmo namespaces, on the iWmo basisschema, as the iWmo master overview describes.
 */
@Component
public class Schemas {

    private static final Pattern BERICHT_VERSIE = Pattern.compile("<\\w+:BerichtXsdVersie>([^<]+)<");
    private static final Pattern BASIS_VERSIE = Pattern.compile("<\\w+:BasisschemaXsdVersie>([^<]+)<");

    private final IStandaarden istandaarden;
    private final Map<Berichtsoort, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<Berichtsoort, XsdVersie> versies = new ConcurrentHashMap<>();

    public record XsdVersie(String basisschema, String bericht) {
    }

    public Schemas(IStandaarden istandaarden) {
        controleer(istandaarden);
        this.istandaarden = istandaarden;
    }

    /** Every XSD must be there, so that a wrong folder stops the start instead of failing each message. */
    static void controleer(IStandaarden istandaarden) {
        List<String> ontbrekend = nodig().filter(pad -> !istandaarden.bevat(pad)).toList();
        if (!ontbrekend.isEmpty()) {
            throw ontbreken(istandaarden, ontbrekend);
        }
    }

    public IStandaarden bron() {
        return istandaarden;
    }

    public Schema schema(Berichtsoort soort) {
        return schemas.computeIfAbsent(soort, this::compileer);
    }

    /** Compiles every schema that is not compiled yet. */
    public void compileerAlles() {
        Arrays.stream(Berichtsoort.values()).forEach(this::schema);
    }

    public boolean allesGecompileerd() {
        return schemas.size() == Berichtsoort.values().length;
    }

    public int aantalGecompileerd() {
        return schemas.size();
    }

    /** The version numbers in the schema's appinfo, for XsdVersie and XsdVersieRetour. */
    public XsdVersie versie(Berichtsoort soort) {
        return versies.computeIfAbsent(soort, s -> {
            String tekst = tekst(s.gespiegeldVanIjw() ? Berichtsoort.van(Standaard.IWMO, "301") : s);
            return new XsdVersie(eerste(BASIS_VERSIE, tekst), eerste(BERICHT_VERSIE, tekst));
        });
    }

    private Schema compileer(Berichtsoort soort) {
        URL url = url(soort.gespiegeldVanIjw() ? soort.inIjw() : soort);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, protocol(url));
            if (!soort.gespiegeldVanIjw()) {
                return factory.newSchema(new StreamSource(url.toExternalForm()));
            }
            Berichtsoort ijw = soort.inIjw();
            String tekst = tekst(ijw)
                    .replace(Standaard.IJW.basisNamespace(), Standaard.IWMO.basisNamespace())
                    .replace(ijw.namespace(), soort.namespace())
                    .replace("pattern value=\"" + ijw.berichtCode() + "\"", "pattern value=\"" + soort.berichtCode() + "\"");
            StreamSource bron = new StreamSource(new StringReader(tekst));
            // Beside the iWmo basisschema, so its import of basisschema.xsd finds the iWmo one.
            bron.setSystemId(naast(basisschema(Standaard.IWMO), soort.xsd()));
            return factory.newSchema(bron);
        } catch (SAXException e) {
            throw new IllegalStateException("XSD van " + soort + " is niet te lezen uit " + istandaarden.bron(), e);
        }
    }

    /** The protocol the parser must be allowed to open for the import of basisschema.xsd, as the JDK checks it (jar: by the inner one). */
    static String protocol(URL url) {
        if (url.getProtocol().equalsIgnoreCase("jar")) {
            String pad = url.getPath();
            return pad.substring(0, pad.indexOf(':'));
        }
        return url.getProtocol();
    }

    private static String naast(URL buur, String bestand) {
        String tekst = buur.toExternalForm();
        return tekst.substring(0, tekst.lastIndexOf('/') + 1) + bestand;
    }

    private URL url(Berichtsoort soort) {
        return istandaarden.url(pad(soort)).orElseThrow(() -> ontbreken(istandaarden, List.of(pad(soort))));
    }

    private URL basisschema(Standaard standaard) {
        return istandaarden.url(basisschemaPad(standaard)).orElseThrow(() -> ontbreken(istandaarden, List.of(basisschemaPad(standaard))));
    }

    private String tekst(Berichtsoort soort) {
        try {
            return new String(istandaarden.lees(pad(soort)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("XSD van " + soort + " niet gevonden in " + istandaarden.bron(), e);
        }
    }

    /** Every file the schemas are compiled from; the iWmo retours borrow iJw's. */
    static Stream<String> nodig() {
        return Stream.concat(Arrays.stream(Standaard.values()).map(Schemas::basisschemaPad),
                Arrays.stream(Berichtsoort.values()).filter(s -> !s.gespiegeldVanIjw()).map(Schemas::pad));
    }

    private static String pad(Berichtsoort soort) {
        return soort.standaard().map() + "/xsd/" + soort.xsd();
    }

    private static String basisschemaPad(Standaard standaard) {
        return standaard.map() + "/xsd/basisschema.xsd";
    }

    private static FailureAnalyzedException ontbreken(IStandaarden istandaarden, List<String> ontbrekend) {
        String welke = ontbrekend.size() == 1 ? ontbrekend.getFirst() + " ontbreekt"
                : ontbrekend.getFirst() + " en nog " + (ontbrekend.size() - 1) + " andere ontbreken";
        if (istandaarden.isMeegeleverd()) {
            return new FailureAnalyzedException("In de applicatie staan de XSD's van iJw 3.2 en iWmo 3.2 niet: " + welke + ".",
                    "Bouw de applicatie opnieuw (./mvnw package); de XSD's horen in src/main/resources/istandaarden.");
        }
        return new FailureAnalyzedException("dichtbij.istandaarden.pad wijst naar " + istandaarden.bron()
                        + ", maar daar staan de XSD's van iJw 3.2 en iWmo 3.2 niet: " + welke + ".",
                "Laat dichtbij.istandaarden.pad weg om de meegeleverde XSD's te gebruiken, of wijs een map aan met ijw-3.2/xsd/ en iwmo-3.2/xsd/.");
    }

    private static String eerste(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        return m.find() ? m.group(1).trim() : "1.0.0";
    }
}
