package nl.dichtbij.berichten.xml;

import java.io.StringWriter;
import java.time.LocalDate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one message: its own elements in the message namespace, the parts of CDT types in the basisschema namespace. */
public final class XmlSchrijver {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Berichtsoort soort;
    private final StringWriter uit = new StringWriter(2048);
    private final XMLStreamWriter xml;
    private final String voorvoegsel;
    private final String basisVoorvoegsel;
    private boolean wortel = true;

    public XmlSchrijver(Berichtsoort soort) {
        this.soort = soort;
        this.voorvoegsel = soort.standaard().voorvoegsel() + soort.nummer();
        this.basisVoorvoegsel = soort.standaard().naam();
        try {
            xml = FACTORY.createXMLStreamWriter(uit);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public Berichtsoort soort() {
        return soort;
    }

    public XmlSchrijver open(String naam) {
        return start(naam, false);
    }

    public XmlSchrijver openBasis(String naam) {
        return start(naam, true);
    }

    public XmlSchrijver start(String naam, boolean basis) {
        try {
            xml.writeStartElement(basis ? basisVoorvoegsel : voorvoegsel, naam, basis ? soort.standaard().basisNamespace() : soort.namespace());
            if (wortel) {
                xml.writeNamespace(voorvoegsel, soort.namespace());
                xml.writeNamespace(basisVoorvoegsel, soort.standaard().basisNamespace());
                wortel = false;
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlSchrijver sluit() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text in the message namespace; nothing when the value is null. */
    public XmlSchrijver veld(String naam, Object waarde) {
        return veld(naam, waarde, false);
    }

    public XmlSchrijver basisVeld(String naam, Object waarde) {
        return veld(naam, waarde, true);
    }

    public XmlSchrijver veld(String naam, Object waarde, boolean basis) {
        if (waarde == null) {
            return this;
        }
        start(naam, basis);
        try {
            xml.writeCharacters(waarde instanceof LocalDate datum ? datum.toString() : waarde.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return sluit();
    }

    /** The fixed opening of every header: BerichtCode, BerichtVersie 3, BerichtSubversie 2. */
    public XmlSchrijver berichtCode() {
        return veld("BerichtCode", soort.berichtCode()).veld("BerichtVersie", 3).veld("BerichtSubversie", 2);
    }

    public XmlSchrijver identificatie(String element, String identificatie, LocalDate dagtekening) {
        return open(element).basisVeld("Identificatie", identificatie).basisVeld("Dagtekening", dagtekening).sluit();
    }

    public XmlSchrijver xsdVersie(String element, Schemas.XsdVersie versie) {
        return open(element).basisVeld("BasisschemaXsdVersie", versie.basisschema()).basisVeld("BerichtXsdVersie", versie.bericht()).sluit();
    }

    public XmlSchrijver retourCodes(Iterable<String> codes) {
        open("RetourCodes");
        for (String code : codes) {
            veld("RetourCode", code);
        }
        return sluit();
    }

    public String klaar() {
        try {
            xml.writeEndDocument();
            xml.close();
            return uit.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
