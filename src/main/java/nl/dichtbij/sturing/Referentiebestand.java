package nl.dichtbij.sturing;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.dichtbij.platform.Regelnummers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference CSV (issue 21) without touching the database: columns {@code indicator;jaar;niveau;gebied;waarde;eenheid;
 * bron;bron_url} (header row required, any order, ; or ,). Every row is checked on its own; a broken row is reported with
 * the line the user sees in his editor and the reason, the good rows are kept. A second row for the same indicator, year
 * and level in one file is refused (which one should count?).
 */
public final class Referentiebestand {

    public static final int MAX_RIJEN = 5_000;
    public static final List<String> KOLOMMEN = List.of("indicator", "jaar", "niveau", "gebied", "waarde", "eenheid", "bron", "bron_url");
    static final BigDecimal MAXIMUM = new BigDecimal("999999999999");

    /** The rows that passed, those that did not, and what stopped the file as a whole (or null). */
    public record Uitkomst(List<Referentiecijfer> goed, List<Importverslag.Afwijzing> afwijzingen, int gelezen, String bestandsfout) {
    }

    private Referentiebestand() {
    }

    /** @param ditJaar the current year: a figure can be of a year from 2000 up to this one. */
    public static Uitkomst lees(String tekst, int ditJaar) {
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (tekst.isBlank()) {
            return new Uitkomst(List.of(), List.of(), 0, "Het bestand is leeg.");
        }
        if (tekst.indexOf('\0') >= 0) {
            return new Uitkomst(List.of(), List.of(), 0, "Het bestand is geen CSV-bestand.");
        }
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.chars().filter(c -> c == ';').count() >= eersteRegel.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        Regelnummers regelnummers = Regelnummers.van(tekst);
        List<Referentiecijfer> goed = new ArrayList<>();
        List<Importverslag.Afwijzing> afwijzingen = new ArrayList<>();
        Set<String> inBestand = new HashSet<>();
        int gelezen = 0;
        String bestandsfout = null;
        CSVParser geopend;
        try {
            geopend = formaat.parse(new StringReader(tekst));
        } catch (IllegalArgumentException | UncheckedIOException | java.io.IOException e) {
            return new Uitkomst(List.of(), List.of(), 0, "De eerste regel met kolomnamen klopt niet (een kolomnaam staat er twee keer in of is leeg).");
        }
        try (CSVParser parser = geopend) {
            Set<String> namen = new HashSet<>();
            parser.getHeaderMap().keySet().forEach(k -> namen.add(k == null ? "" : k.trim().toLowerCase(Locale.ROOT)));
            List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !namen.contains(k)).toList();
            if (!ontbreekt.isEmpty()) {
                return new Uitkomst(List.of(), List.of(), 0, "De eerste regel moet de kolomnamen bevatten. Deze ontbreken: "
                        + String.join(", ", ontbreekt) + ". Verwacht: " + String.join(";", KOLOMMEN) + ".");
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
                if (++gelezen > MAX_RIJEN) {
                    gelezen--;
                    bestandsfout = "Het bestand heeft meer dan " + MAX_RIJEN + " regels. Alleen de eerste " + MAX_RIJEN + " zijn gelezen.";
                    break;
                }
                Object uitkomst = rij(rij, ditJaar);
                if (uitkomst instanceof String reden) {
                    afwijzingen.add(new Importverslag.Afwijzing(regel, reden));
                } else {
                    Referentiecijfer cijfer = (Referentiecijfer) uitkomst;
                    if (!inBestand.add(cijfer.indicator() + "|" + cijfer.jaar() + "|" + cijfer.niveau())) {
                        afwijzingen.add(new Importverslag.Afwijzing(regel, "Voor " + cijfer.indicator().code() + ", " + cijfer.jaar() + ", "
                                + cijfer.niveau().code() + " staat al een regel eerder in dit bestand. Laat er één staan."));
                    } else {
                        goed.add(cijfer);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Uitkomst(List.copyOf(goed), List.copyOf(afwijzingen), gelezen, bestandsfout);
    }

    /** One row: the figure, or the reason in plain Dutch why not. */
    static Object rij(CSVRecord rij, int ditJaar) {
        if (!rij.isConsistent()) {
            return "Deze regel heeft " + rij.size() + " kolommen in plaats van " + rij.getParser().getHeaderNames().size() + ".";
        }
        Indicator indicator = Indicator.lees(waarde(rij, "indicator")).orElse(null);
        if (indicator == null) {
            return "De indicator '" + kort(waarde(rij, "indicator"), 40) + "' kennen we niet. Gebruik een van: " + Indicator.codes() + ".";
        }
        String jaarTekst = waarde(rij, "jaar");
        if (!jaarTekst.matches("\\d{4}")) {
            return "Het jaar '" + kort(jaarTekst, 10) + "' is geen jaartal. Schrijf bijvoorbeeld 2015.";
        }
        int jaar = Integer.parseInt(jaarTekst);
        if (jaar < 2000 || jaar > ditJaar) {
            return "Het jaar " + jaar + " kan niet: kies een jaar van 2000 tot en met " + ditJaar + ".";
        }
        Referentiecijfer.Niveau niveau = Referentiecijfer.Niveau.lees(waarde(rij, "niveau")).orElse(null);
        if (niveau == null) {
            return "Het niveau '" + kort(waarde(rij, "niveau"), 30) + "' kennen we niet. Gebruik landelijk, provincie, grootteklasse of vergelijkingsgroep.";
        }
        String gebied = waarde(rij, "gebied");
        if (gebied.isEmpty() || gebied.length() > 100) {
            return "Vul het gebied in (hoogstens 100 tekens), bijvoorbeeld Nederland of Provincie Utrecht.";
        }
        BigDecimal getal;
        try {
            getal = new BigDecimal(waarde(rij, "waarde").replace(',', '.'));
        } catch (NumberFormatException e) {
            return "De waarde '" + kort(waarde(rij, "waarde"), 20) + "' is geen getal. Schrijf bijvoorbeeld 40 of 24,5.";
        }
        if (getal.signum() < 0 || getal.compareTo(MAXIMUM) > 0 || getal.scale() > 2) {
            return "De waarde " + getal.toPlainString() + " kan niet: een getal van 0 of meer, met hoogstens 2 cijfers achter de komma.";
        }
        String eenheid = waarde(rij, "eenheid");
        if (eenheid.isEmpty() || eenheid.length() > 80) {
            return "Vul de eenheid in (hoogstens 80 tekens), bijvoorbeeld " + indicator.gebruikelijkeEenheid() + ".";
        }
        // a figure per inhabitant beside one per household compares nothing (the walk: 24,5 per 1.000 inwoners beside our 50 per 1.000 huishoudens)
        boolean perHuishouden = indicator.gebruikelijkeEenheid().contains("huishoud");
        String klein = eenheid.toLowerCase(java.util.Locale.ROOT);
        if (perHuishouden ? klein.contains("inwoner") : klein.contains("huishoud")) {
            return "De eenheid '" + eenheid + "' past niet bij deze indicator: die telt " + indicator.gebruikelijkeEenheid()
                    + ". Een cijfer per " + (perHuishouden ? "inwoner" : "huishouden") + " is niet te vergelijken met ons cijfer.";
        }
        String bron = waarde(rij, "bron");
        if (bron.isEmpty() || bron.length() > 200) {
            return "Vul de bron in (hoogstens 200 tekens), bijvoorbeeld CBS Statline.";
        }
        String url = waarde(rij, "bron_url");
        if (!geldigeUrl(url)) {
            return "Het adres van de bron '" + kort(url, 60) + "' is geen webadres. Het begint met https:// of http://.";
        }
        return new Referentiecijfer(indicator, jaar, niveau, gebied, getal.setScale(2), eenheid, bron, url);
    }

    static boolean geldigeUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (schema.equals("https") || schema.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String waarde(CSVRecord rij, String kolom) {
        for (java.util.Map.Entry<String, Integer> e : rij.getParser().getHeaderMap().entrySet()) {
            if (e.getKey() != null && e.getKey().trim().equalsIgnoreCase(kolom)) {
                return e.getValue() < rij.size() ? rij.get(e.getValue()).strip() : "";
            }
        }
        return "";
    }

    static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max) + "…";
    }
}
