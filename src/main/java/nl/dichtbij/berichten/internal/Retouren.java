package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.XmlSchrijver;

/**
 * Writes the retour of a received message. 306/308/316/318 mirror the heenbericht: the header
 * with the retour's identification, and only rejected clients with all their berichtklassen,
 * each with its retourcodes (OP065). The 325 answers a declaration with the amount granted and
 * only the clients with rejected prestaties (OP304).
 */
final class Retouren {

    private Retouren() {
    }

    static XmlSchrijver gespiegeld(Berichtsoort heen, Schemas.XsdVersie versie, Knoop wortel, Beoordeling beoordeling, String retourId,
                                   LocalDate dagtekening) {
        Berichtsoort soort = heen.retour().orElseThrow();
        XmlSchrijver xml = new XmlSchrijver(soort);
        xml.open("Bericht").open("Header");
        for (Knoop veld : wortel.kind("Header").kinderen()) {
            if (veld.naam().equals("BerichtCode")) {
                xml.veld("BerichtCode", soort.berichtCode());
            } else {
                kopieer(xml, veld, heen, beoordeling, false);
            }
        }
        xml.veld("IdentificatieRetour", retourId).veld("DagtekeningRetour", dagtekening).xsdVersie("XsdVersieRetour", versie)
                .retourCodes(beoordeling.headerCodes()).sluit();
        Knoop client = wortel.kind("Client");
        if (!beoordeling.technischAfgekeurd() && client != null && beoordeling.ietsAfgekeurdOnder(client)) {
            kopieer(xml, client, heen, beoordeling, true);
        }
        return xml.sluit();
    }

    private static void kopieer(XmlSchrijver xml, Knoop knoop, Berichtsoort heen, Beoordeling beoordeling, boolean metCodes) {
        if (knoop.isBlad()) {
            xml.veld(knoop.naam(), knoop.tekst(), knoop.basis());
            return;
        }
        xml.start(knoop.naam(), knoop.basis());
        for (Knoop kind : knoop.kinderen()) {
            kopieer(xml, kind, heen, beoordeling, metCodes);
        }
        if (metCodes && !knoop.basis() && heen.isKlasse(knoop.naam())) {
            xml.retourCodes(beoordeling.codes(knoop));
        }
        xml.sluit();
    }

    static XmlSchrijver declaratieAntwoord(Berichtsoort heen, Schemas.XsdVersie versie, Knoop wortel, Beoordeling beoordeling, String identificatie,
                                           LocalDate dagtekening) {
        Berichtsoort soort = heen.retour().orElseThrow();
        Knoop header = wortel.kind("Header");
        XmlSchrijver xml = new XmlSchrijver(soort);
        xml.open("Bericht").open("Header").berichtCode()
                .veld("Afzender", header.waarde("Ontvanger")).veld("Ontvanger", header.waarde("Afzender"))
                .identificatie("BerichtIdentificatie", identificatie, dagtekening)
                .xsdVersie("XsdVersie", versie)
                .identificatie("DeclaratieIdentificatie", header.waarde("BerichtIdentificatie/Identificatie"),
                        header.datum("BerichtIdentificatie/Dagtekening"));
        xml.open("XsdVersieDeclaratie").basisVeld("BasisschemaXsdVersie", header.waarde("XsdVersie/BasisschemaXsdVersie"))
                .basisVeld("BerichtXsdVersie", header.waarde("XsdVersie/BerichtXsdVersie")).sluit();
        xml.retourCodes(beoordeling.headerCodes()).sluit();
        Knoop declaratie = wortel.kind("Declaratie");
        if (!beoordeling.technischAfgekeurd() && declaratie != null) {
            xml.open("DeclaratieAntwoord").veld("DeclaratieNummer", declaratie.waarde("DeclaratieNummer"));
            Knoop ingediend = declaratie.pad("TotaalIngediendBedrag");
            xml.open("TotaalIngediendBedrag").basisVeld("TotaalBedrag", ingediend.waarde("TotaalBedrag"))
                    .basisVeld("DebetCredit", ingediend.waarde("DebetCredit")).sluit();
            long toegekend = beoordeling.toegekendCenten();
            xml.open("TotaalToegekendBedrag").basisVeld("TotaalBedrag", Math.abs(toegekend)).basisVeld("DebetCredit", toegekend < 0 ? "C" : "D").sluit();
            List<Knoop> afgekeurd = declaratie.pad("Clienten").kinderen("Client").stream().filter(beoordeling::ietsAfgekeurdOnder).toList();
            if (!afgekeurd.isEmpty() && !Retourcode.DECLARATIENUMMER_NIET_UNIEK.code().equals(beoordeling.declaratieCode())) {
                xml.open("Clienten");
                for (Knoop client : afgekeurd) {
                    xml.open("Client").veld("Bsn", client.waarde("Bsn")).open("Prestaties");
                    for (Knoop prestatie : client.pad("Prestaties").kinderen("Prestatie")) {
                        xml.open("Prestatie");
                        for (Knoop veld : prestatie.kinderen()) {
                            kopieer(xml, veld, heen, beoordeling, false);
                        }
                        xml.retourCodes(beoordeling.codes(prestatie)).sluit();
                    }
                    xml.sluit().retourCodes(beoordeling.codes(client)).sluit();
                }
                xml.sluit();
            }
            xml.retourCodes(List.of(beoordeling.declaratieCode() == null ? Retourcode.GEEN_OPMERKING.code() : beoordeling.declaratieCode())).sluit();
        }
        return xml.sluit();
    }
}
