package nl.dichtbij.berichten.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a message from a provider as hostile input: no DTD, no external entities, a limit on
 * size and depth. Parsing and XSD validation happen in one pass; the schema is chosen by the
 * namespace of the root element.
 */
@Component
public class BerichtLezer {

    /**
     * The longest text one element may hold. Every element of iJw/iWmo 3.2 is at most 200
     * characters except Commentaar, which has no bound in the XSD but whose pattern makes the
     * validator's work grow with the square of its length; 4,000 characters was its bound in
     * earlier releases. Checked before the text reaches the validator.
     */
    public static final int MAX_TEKST = 4_000;

    private final Schemas schemas;
    private final int maxBytes;
    private final int maxDiepte;
    private final int maxTekst;
    private final SAXParserFactory factory;
    private final ThreadLocal<XMLReader> lezers;
    private final ThreadLocal<Map<Berichtsoort, ValidatorHandler>> validators = ThreadLocal.withInitial(() -> new EnumMap<>(Berichtsoort.class));

    /** A message that is XML and of a known kind; {@code xsdFouten} is empty when it is valid. */
    public record Gelezen(Berichtsoort soort, Knoop wortel, List<String> xsdFouten) {

        public boolean geldig() {
            return xsdFouten.isEmpty();
        }
    }

    public BerichtLezer(Schemas schemas, @Value("${dichtbij.berichten.max-bytes:26214400}") int maxBytes,
                        @Value("${dichtbij.berichten.max-diepte:20}") int maxDiepte,
                        @Value("${dichtbij.berichten.max-tekst:" + MAX_TEKST + "}") int maxTekst) {
        this.schemas = schemas;
        this.maxBytes = maxBytes;
        this.maxDiepte = maxDiepte;
        this.maxTekst = maxTekst;
        this.factory = veiligeFactory();
        this.lezers = ThreadLocal.withInitial(this::nieuweLezer);
    }

    public int maxBytes() {
        return maxBytes;
    }

    public Gelezen lees(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new OngeldigBerichtException("Het bericht is leeg.");
        }
        if (xml.length > maxBytes) {
            throw new OngeldigBerichtException("Het bericht is groter dan " + (maxBytes / 1024 / 1024) + " MB (OP179).");
        }
        Opbouw opbouw = new Opbouw();
        XMLReader lezer = lezers.get();
        lezer.setContentHandler(opbouw);
        lezer.setErrorHandler(opbouw.fouten);
        try {
            lezer.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (OnbekendBericht e) {
            throw new OngeldigBerichtException(e.getMessage());
        } catch (SAXParseException e) {
            if (e.getLineNumber() <= 1 && e.getColumnNumber() <= 1 || String.valueOf(e.getMessage()).contains("prolog")) {
                throw new OngeldigBerichtException("Dit bestand is geen XML-bericht. Kies het XML-bestand dat uw systeem voor de gemeente maakte "
                        + "(bijvoorbeeld een JW323 of WMO315), geen PDF, Word- of Excel-bestand.");
            }
            throw new OngeldigBerichtException("Het bericht is geen geldige XML: er klopt iets niet op regel " + e.getLineNumber() + ", kolom "
                    + e.getColumnNumber() + ".", List.of("Technische melding van de XML-lezer: " + e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new OngeldigBerichtException("Het bericht is niet te lezen.", List.of(String.valueOf(e.getMessage())));
        } finally {
            lezer.setContentHandler(null);
        }
        if (opbouw.wortel == null) {
            throw new OngeldigBerichtException("Het bericht is leeg.");
        }
        return new Gelezen(opbouw.soort, opbouw.wortel, List.copyOf(opbouw.fouten.meldingen));
    }

    private static SAXParserFactory veiligeFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private XMLReader nieuweLezer() {
        try {
            XMLReader lezer = factory.newSAXParser().getXMLReader();
            lezer.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            lezer.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return lezer;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reused per thread: startDocument resets it, and making one costs more than validating a small message. */
    private ValidatorHandler validatorVoor(Berichtsoort soort) throws SAXException {
        Map<Berichtsoort, ValidatorHandler> mijn = validators.get();
        ValidatorHandler handler = mijn.get(soort);
        if (handler == null) {
            handler = schemas.schema(soort).newValidatorHandler();
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            mijn.put(soort, handler);
        }
        return handler;
    }

    private static final class OnbekendBericht extends SAXException {
        OnbekendBericht(String melding) {
            super(melding);
        }
    }

    private static final class Fouten implements ErrorHandler {
        private static final int MAX = 20;
        private final List<String> meldingen = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            if (meldingen.size() < MAX) {
                meldingen.add("regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber() + ": " + e.getMessage());
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Picks the schema at the root element, then lets the validator feed the tree. */
    private final class Opbouw extends DefaultHandler {
        private final Fouten fouten = new Fouten();
        private final List<String[]> voorvoegsels = new ArrayList<>(4);
        private final Deque<Knoop> stapel = new ArrayDeque<>();
        private ValidatorHandler validator;
        private Locator locator;
        private Berichtsoort soort;
        private Knoop wortel;
        private int tekstLengte;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (validator == null) {
                voorvoegsels.add(new String[] {prefix, uri});
            } else {
                validator.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (validator != null) {
                validator.endPrefixMapping(prefix);
            }
        }

        @Override
        public void startElement(String uri, String lokaal, String qnaam, Attributes attributen) throws SAXException {
            tekstLengte = 0;
            if (validator == null) {
                begin(uri, lokaal);
            }
            if (stapel.size() >= maxDiepte) {
                throw new OnbekendBericht("Het bericht is dieper genest dan " + maxDiepte + " niveaus.");
            }
            validator.startElement(uri, lokaal, qnaam, attributen);
        }

        private void begin(String uri, String lokaal) throws SAXException {
            soort = Berichtsoort.metNamespace(uri).filter(Berichtsoort::vanAanbieder)
                    .orElseThrow(() -> new OnbekendBericht("Dit is geen bericht dat een aanbieder aan de gemeente stuurt: {" + uri + "}"
                            + lokaal + ". Verwacht: JW305, JW307, JW315, JW317, JW323 of WMO305, WMO307, WMO315, WMO317, WMO323."));
            if (!"Bericht".equals(lokaal)) {
                throw new OnbekendBericht("Het hoofdelement heet " + lokaal + " in plaats van Bericht.");
            }
            validator = validatorVoor(soort);
            validator.setErrorHandler(fouten);
            validator.setContentHandler(new Boom());
            if (locator != null) {
                validator.setDocumentLocator(locator);
            }
            validator.startDocument();
            for (String[] voorvoegsel : voorvoegsels) {
                validator.startPrefixMapping(voorvoegsel[0], voorvoegsel[1]);
            }
        }

        @Override
        public void endElement(String uri, String lokaal, String qnaam) throws SAXException {
            tekstLengte = 0;
            validator.endElement(uri, lokaal, qnaam);
        }

        @Override
        public void characters(char[] tekens, int start, int lengte) throws SAXException {
            tekstLengte += lengte;
            if (tekstLengte > maxTekst) {
                throw new OnbekendBericht("Een tekst in het bericht is langer dan " + maxTekst + " tekens (regel "
                        + (locator == null ? "?" : locator.getLineNumber()) + "). Maak de toelichting korter.");
            }
            if (validator != null) {
                validator.characters(tekens, start, lengte);
            }
        }

        @Override
        public void ignorableWhitespace(char[] tekens, int start, int lengte) throws SAXException {
            if (validator != null) {
                validator.ignorableWhitespace(tekens, start, lengte);
            }
        }

        @Override
        public void endDocument() throws SAXException {
            if (validator != null) {
                validator.endDocument();
            }
        }

        private final class Boom extends DefaultHandler {
            @Override
            public void startElement(String uri, String lokaal, String qnaam, Attributes attributen) {
                Knoop knoop = new Knoop(lokaal, !uri.equals(soort.namespace()));
                if (stapel.isEmpty()) {
                    wortel = knoop;
                } else {
                    stapel.peek().voegToe(knoop);
                }
                stapel.push(knoop);
            }

            @Override
            public void endElement(String uri, String lokaal, String qnaam) {
                stapel.pop();
            }

            @Override
            public void characters(char[] tekens, int start, int lengte) {
                if (!stapel.isEmpty()) {
                    stapel.peek().voegTekstToe(tekens, start, lengte);
                }
            }
        }
    }
}
