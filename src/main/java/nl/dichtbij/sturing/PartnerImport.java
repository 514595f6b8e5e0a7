package nl.dichtbij.sturing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.internal.Adresbepaling;
import nl.dichtbij.sturing.internal.Opslag;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the CSV file a partner (FermWerk, schuldhulpverlening) delivers. Columns (header row
 * required, in any order, separated by ; or ,): {@code bsn}, {@code postcode}, {@code huisnummer},
 * {@code regeling}, {@code product}, {@code startdatum}, {@code einddatum} and optionally {@code gemeente}.
 * A row names its household by BSN or by postcode and house number. Every row is checked; the good
 * rows are saved together in one transaction, the rejected ones are reported with line number and
 * reason. Nothing saved before is changed; a row already known is counted, not saved twice.
 */
@Service
public class PartnerImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_RIJEN = 20_000;
    static final List<String> KOLOMMEN = List.of("bsn", "postcode", "huisnummer", "regeling", "product", "startdatum", "einddatum");
    private static final List<DateTimeFormatter> DATUMS = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final Adresbepaling adressen;
    private final Opslag opslag;
    private final TransactionTemplate transactie;
    private final Clock clock;

    PartnerImport(Adresbepaling adressen, Opslag opslag, TransactionTemplate transactie, Clock clock) {
        this.adressen = adressen;
        this.opslag = opslag;
        this.transactie = transactie;
        this.clock = clock;
    }

    public Importverslag importeer(Gebruiker medewerker, String partner, String bestandsnaam, InputStream invoer) throws IOException {
        Voorzieningen.alleenSturing(medewerker);
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bestand" : Adresbeperking.kort(bestandsnaam, 80);
        if (partner == null || partner.isBlank() || partner.trim().length() > 120) {
            return Importverslag.geweigerd(naam, "Vul de partner in die het bestand aanlevert, bijvoorbeeld FermWerk.");
        }
        byte[] inhoud = invoer.readNBytes(MAX_BYTES + 1);
        if (inhoud.length > MAX_BYTES) {
            return Importverslag.geweigerd(naam, "Het bestand is groter dan 2 MB. Splits het in kleinere bestanden.");
        }
        if (inhoud.length == 0) {
            return Importverslag.geweigerd(naam, "Het bestand is leeg.");
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            return Importverslag.geweigerd(naam, "Het bestand is geen tekst in UTF-8. Sla het op als 'CSV UTF-8'.");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (tekst.indexOf('\0') >= 0) {
            return Importverslag.geweigerd(naam, "Het bestand is geen CSV-bestand.");
        }
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.chars().filter(c -> c == ';').count() >= eersteRegel.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();

        List<Importverslag.Afwijzing> afwijzingen = new ArrayList<>();
        List<Opslag.Rij> goed = new ArrayList<>();
        Set<String> inBestand = new HashSet<>();
        int gelezen = 0;
        int alBekend = 0;
        String bestandsfout = null;
        nl.dichtbij.platform.Regelnummers regelnummers = nl.dichtbij.platform.Regelnummers.van(tekst);
        CSVParser geopend;
        try {
            geopend = formaat.parse(new java.io.StringReader(tekst));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Importverslag.geweigerd(naam, "De eerste regel met kolomnamen klopt niet (een kolomnaam staat er twee keer in of is leeg).");
        }
        try (CSVParser parser = geopend) {
            Map<String, Integer> kop = parser.getHeaderMap();
            Set<String> namen = new HashSet<>();
            kop.keySet().forEach(k -> namen.add(k == null ? "" : k.trim().toLowerCase(Locale.ROOT)));
            List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !namen.contains(k)).toList();
            if (ontbreekt.size() > 0) {
                return Importverslag.geweigerd(naam, "De eerste regel moet de kolomnamen bevatten. Deze ontbreken: " + String.join(", ", ontbreekt)
                        + ". Verwacht: " + String.join(";", KOLOMMEN) + " (en eventueel gemeente).");
            }
            long vorigeRegel = 1;
            Iterator<CSVRecord> rijen = parser.iterator();
            while (true) {
                CSVRecord rij;
                try {
                    if (!rijen.hasNext()) {
                        break;
                    }
                    rij = rijen.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    bestandsfout = "Na regel " + vorigeRegel + " is het bestand niet goed opgebouwd (bijvoorbeeld een aanhalingsteken dat niet "
                            + "wordt gesloten). De regels daarna zijn niet gelezen; de goede regels ervoor wel.";
                    break;
                }
                long regel = regelnummers.regel(rij.getCharacterPosition());
                vorigeRegel = regel;
                gelezen++;
                if (gelezen > MAX_RIJEN) {
                    bestandsfout = "Het bestand heeft meer dan " + MAX_RIJEN + " regels. Alleen de eerste " + MAX_RIJEN + " zijn gelezen.";
                    gelezen--;
                    break;
                }
                String reden = controleer(medewerker, partner.trim(), rij, goed, inBestand);
                if (reden == null) {
                    continue;
                }
                if (reden.equals(AL_BEKEND)) {
                    alBekend++;
                } else {
                    afwijzingen.add(new Importverslag.Afwijzing(regel, reden));
                }
            }
        }
        if (!goed.isEmpty()) {
            transactie.executeWithoutResult(status -> opslag.opslaan(goed, clock.instant()));
        }
        return new Importverslag(naam, gelezen, goed.size(), alBekend, afwijzingen, bestandsfout);
    }


    private static final String AL_BEKEND = "\u0000al bekend";

    /** Checks one row; adds it to {@code goed} and returns null when it is fine, else the reason. */
    private String controleer(Gebruiker medewerker, String partner, CSVRecord rij, List<Opslag.Rij> goed, Set<String> inBestand) {
        if (!rij.isConsistent()) {
            return "Deze regel heeft " + rij.size() + " kolommen in plaats van " + rij.getParser().getHeaderNames().size() + ".";
        }
        String gemeente = waarde(rij, "gemeente");
        if (!gemeente.isEmpty() && !gemeente.equals(medewerker.gemeenteCode())) {
            return "Deze regel hoort bij een andere gemeente (" + Adresbeperking.kort(gemeente, 10) + ").";
        }
        Regeling regeling = Regeling.lees(waarde(rij, "regeling")).orElse(null);
        if (regeling == null) {
            return "De regeling '" + Adresbeperking.kort(waarde(rij, "regeling"), 30)
                    + "' kennen we niet. Gebruik werk-en-inkomen of schuldhulpverlening.";
        }
        if (!regeling.partner()) {
            return regeling.label() + " komt uit de beschikkingen, niet uit een partnerbestand.";
        }
        LocalDate start;
        LocalDate einde;
        try {
            start = datum(waarde(rij, "startdatum"));
        } catch (DateTimeParseException e) {
            return "De startdatum '" + Adresbeperking.kort(waarde(rij, "startdatum"), 20) + "' is geen datum. Schrijf bijvoorbeeld 2017-03-01.";
        }
        try {
            einde = datum(waarde(rij, "einddatum"));
        } catch (DateTimeParseException e) {
            return "De einddatum '" + Adresbeperking.kort(waarde(rij, "einddatum"), 20) + "' is geen datum. Schrijf bijvoorbeeld 2017-12-31.";
        }
        String product = waarde(rij, "product");
        String fout = Voorzieningen.controleer(regeling, product, start, einde);
        if (fout != null) {
            return fout;
        }
        Adresbepaling.Uitkomst adres = adressen.bepaal(medewerker.gemeenteCode(), waarde(rij, "bsn"), waarde(rij, "postcode"), waarde(rij, "huisnummer"));
        if (!adres.gevonden()) {
            return adres.fout();
        }
        String sleutel = adres.huishoudenId() + "|" + regeling + "|" + product.toLowerCase(Locale.ROOT) + "|" + start;
        if (!inBestand.add(sleutel) || opslag.bestaat(medewerker.gemeenteCode(), adres.huishoudenId(), regeling, product, start)) {
            return AL_BEKEND;
        }
        goed.add(new Opslag.Rij(medewerker.gemeenteCode(), adres.huishoudenId(), adres.wijk(), adres.kern(), regeling, product, start, einde,
                Bron.PARTNER, partner, null, medewerker.gebruikersnaam()));
        return null;
    }

    private static String waarde(CSVRecord rij, String kolom) {
        for (Map.Entry<String, Integer> e : rij.getParser().getHeaderMap().entrySet()) {
            if (e.getKey() != null && e.getKey().trim().equalsIgnoreCase(kolom)) {
                return e.getValue() < rij.size() ? rij.get(e.getValue()).trim() : "";
            }
        }
        return "";
    }

    static LocalDate datum(String tekst) {
        if (tekst.isEmpty()) {
            return null;
        }
        DateTimeParseException laatste = null;
        for (DateTimeFormatter f : DATUMS) {
            try {
                return LocalDate.parse(tekst, f);
            } catch (DateTimeParseException e) {
                laatste = e;
            }
        }
        throw laatste;
    }

    /** Shortens hostile input before it is echoed in a report. */
    static final class Adresbeperking {
        private Adresbeperking() {
        }

        static String kort(String tekst, int max) {
            String schoon = tekst.replaceAll("\\p{Cntrl}", " ");
            return schoon.length() > max ? schoon.substring(0, max) + "…" : schoon;
        }
    }
}
