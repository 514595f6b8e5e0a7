package nl.dichtbij.berichten.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.XmlSchrijver;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.Persoon;

/** Writes a JW301/WMO301: the client, his address, for a minor his parents (OP002), and all his current toewijzingen at this provider (OP087). */
final class ToewijzingBericht {

    private static final Pattern HUISNUMMER = Pattern.compile("^(\\d{1,5})\\s*([A-Za-z])?\\s*-?\\s*(\\S{1,4})?");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private ToewijzingBericht() {
    }

    static XmlSchrijver schrijf(Berichtsoort soort, Schemas.XsdVersie versie, String gemeenteCode, String aanbiederAgb, String identificatie,
                                LocalDate dagtekening, Persoon client, Adres adres, List<Persoon> ouders, List<Toewijzing> toewijzingen) {
        XmlSchrijver xml = new XmlSchrijver(soort);
        xml.open("Bericht").open("Header").berichtCode()
                .veld("Afzender", gemeenteCode).veld("Ontvanger", aanbiederAgb)
                .identificatie("BerichtIdentificatie", identificatie, dagtekening)
                .xsdVersie("XsdVersie", versie).sluit();
        xml.open("Client").veld("Bsn", client.bsn());
        xml.open("Geboortedatum").basisVeld("Datum", client.geboortedatum()).sluit();
        xml.veld("Geslacht", "0");
        naam(xml, client);
        if (!ouders.isEmpty()) {
            xml.open("Relaties");
            for (Persoon ouder : ouders) {
                xml.open("Relatie").veld("Nummer", relatienummer(ouder.bsn())).veld("Soort", "10");
                xml.open("Geboortedatum").basisVeld("Datum", ouder.geboortedatum()).sluit();
                naam(xml, ouder);
                xml.open("Contact").veld("Soort", "01");
                adres(xml, adres);
                xml.sluit().sluit();
            }
            xml.sluit();
        }
        xml.open("Contactgegevens").open("Contact").veld("Soort", "01");
        adres(xml, adres);
        xml.sluit().sluit();
        xml.open("ToegewezenProducten");
        for (Toewijzing t : toewijzingen) {
            xml.open("ToegewezenProduct").veld("ToewijzingNummer", t.toewijzingNummer()).veld("ReferentieAanbieder", t.referentieAanbieder());
            xml.open("Product").basisVeld("Categorie", t.productcategorie()).basisVeld("Code", t.productcode()).sluit();
            var moment = t.toegewezenOp().atZone(NEDERLAND);
            xml.veld("Toewijzingsdatum", moment.toLocalDate()).veld("Toewijzingstijd", TIJD.format(moment))
                    .veld("Ingangsdatum", t.ingangsdatum()).veld("Einddatum", t.einddatum()).veld("RedenWijziging", t.redenWijziging());
            if (t.volume() != null && t.eenheid() != null && t.frequentie() != null) {
                xml.open("Omvang").basisVeld("Volume", t.volume()).basisVeld("Eenheid", t.eenheid()).basisVeld("Frequentie", t.frequentie()).sluit();
            }
            xml.veld("Budget", t.budgetCenten());
            xml.sluit();
        }
        xml.sluit().sluit().sluit();
        return xml;
    }

    private static void naam(XmlSchrijver xml, Persoon persoon) {
        xml.open("Naam").openBasis("Geslachtsnaam").basisVeld("Achternaam", persoon.achternaam());
        if (persoon.tussenvoegsel() != null && !persoon.tussenvoegsel().isBlank()) {
            xml.basisVeld("Voorvoegsel", kort(persoon.tussenvoegsel(), 10));
        }
        xml.sluit().basisVeld("Voornamen", persoon.voornaam()).basisVeld("NaamGebruik", "1").sluit();
    }

    private static void adres(XmlSchrijver xml, Adres adres) {
        if (adres == null) {
            return;
        }
        xml.open("Adres");
        Matcher m = HUISNUMMER.matcher(adres.huisnummer() == null ? "" : adres.huisnummer().trim());
        if (m.find()) {
            xml.openBasis("Huis").basisVeld("Huisnummer", Integer.parseInt(m.group(1)));
            xml.basisVeld("Huisletter", m.group(2));
            xml.basisVeld("HuisnummerToevoeging", m.group(3));
            xml.sluit();
        }
        xml.basisVeld("Postcode", adres.postcode() == null ? null : adres.postcode().replace(" ", "").toUpperCase(Locale.ROOT))
                // the standard takes the 24-character short street name of the BRP
                .basisVeld("Straatnaam", adres.straat() == null ? null : kort(adres.straat(), 24))
                .basisVeld("Plaatsnaam", adres.woonplaats() == null ? null : kort(adres.woonplaats(), 80))
                .sluit();
    }

    /** A stable number per relation that does not reveal the relation's BSN (OP071). */
    static String relatienummer(String bsn) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("relatie:" + bsn).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kort(String tekst, int max) {
        String schoon = tekst.trim();
        return schoon.length() <= max ? schoon : schoon.substring(0, max).trim();
    }
}
