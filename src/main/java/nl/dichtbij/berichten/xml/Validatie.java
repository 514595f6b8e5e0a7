package nl.dichtbij.berichten.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates a message we are about to offer; an invalid one is never offered. */
@Component
public class Validatie {

    private final Schemas schemas;
    /** A Validator is not thread-safe but can be reused; making one costs more than validating a retour. */
    private final ThreadLocal<Map<Berichtsoort, Validator>> validators = ThreadLocal.withInitial(() -> new EnumMap<>(Berichtsoort.class));

    public Validatie(Schemas schemas) {
        this.schemas = schemas;
    }

    /** The XSD errors of this message; empty when valid. */
    public List<String> fouten(Berichtsoort soort, String xml) {
        List<String> fouten = new ArrayList<>();
        try {
            Validator validator = validator(soort);
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    fouten.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    fouten.add(e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            fouten.add(e.getMessage());
        }
        return fouten;
    }

    private Validator validator(Berichtsoort soort) throws SAXException {
        Map<Berichtsoort, Validator> mijn = validators.get();
        Validator validator = mijn.get(soort);
        if (validator == null) {
            validator = schemas.schema(soort).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            mijn.put(soort, validator);
        }
        return validator;
    }

    /** Throws when the message does not match its XSD: a programming error that must not reach a provider. */
    public String gevalideerd(Berichtsoort soort, String xml) {
        List<String> fouten = fouten(soort, xml);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(soort + " voldoet niet aan de XSD: " + fouten + "\n" + xml);
        }
        return xml;
    }
}
