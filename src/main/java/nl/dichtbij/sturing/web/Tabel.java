package nl.dichtbij.sturing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.sturing.Regeling;
import nl.dichtbij.sturing.Stapeling;

/**
 * One table of the stacking page as plain rows: what the screen shows is what the CSV and XLSX
 * exports hold. The first column is the row header; a null cell stays empty.
 */
public record Tabel(String code, String titel, List<String> kolommen, List<List<Object>> rijen, List<Object> totaal) {

    static final List<String> CODES = List.of("regelingen", "combinaties", "wijken", "kernen");

    /** A first cell that opens a page: on screen a link, in the CSV and XLSX downloads only its text. */
    public record Link(String tekst, String adres) {

        @Override
        public String toString() {
            return tekst;
        }
    }

    static Tabel van(Stapeling s, String code) {
        return switch (code) {
            case "combinaties" -> combinaties(s);
            case "wijken" -> gebieden(s, true);
            case "kernen" -> gebieden(s, false);
            default -> regelingen(s);
        };
    }

    static Tabel regelingen(Stapeling s) {
        List<List<Object>> rijen = new ArrayList<>();
        s.perRegeling().forEach(r -> rijen.add(List.of(r.naam(), r.adressen(), r.alleenDeze(), leeg(r.percentageAlleenDeze()))));
        return new Tabel("regelingen", "Adressen per regeling, " + s.jaar(),
                List.of("Regeling", "Adressen met deze regeling", "Adressen met alleen deze regeling", "% alleen deze regeling"), rijen,
                java.util.Arrays.asList("Totaal", s.totaal().adressen(), s.totaal().alleenDeze(), null));
    }

    static Tabel combinaties(Stapeling s) {
        List<List<Object>> rijen = new ArrayList<>();
        s.perCombinatie().forEach(c -> rijen.add(List.of(c.naam(), c.adressen())));
        return new Tabel("combinaties", "Adressen per combinatie van regelingen, " + s.jaar(), List.of("Combinatie", "Adressen"), rijen,
                List.of("Totaal adressen met een voorziening", s.adressenMetVoorziening()));
    }

    static Tabel gebieden(Stapeling s, boolean perWijk) {
        List<String> kolommen = new ArrayList<>(perWijk ? List.of("Wijk", "Kern") : List.of("Kern"));
        kolommen.add("Huishoudens");
        kolommen.add("Adressen met een voorziening");
        for (Regeling r : Regeling.values()) {
            kolommen.add(r.label());
        }
        kolommen.add("Huishoudens met 3 of meer voorzieningen");
        kolommen.add("Per 1.000 huishoudens");
        List<List<Object>> rijen = new ArrayList<>();
        for (Stapeling.Gebied g : perWijk ? s.perWijk() : s.perKern()) {
            List<Object> rij = new ArrayList<>(perWijk ? List.of(g.wijk(), g.kern()) : List.of(g.kern()));
            rij.add(g.huishoudens());
            rij.add(g.adressenMetVoorziening());
            for (Regeling r : Regeling.values()) {
                rij.add(g.aantal(r));
            }
            rij.add(g.drieOfMeer());
            rij.add(g.drieOfMeerPerDuizend());
            rijen.add(rij);
        }
        List<Object> totaal = new ArrayList<>(perWijk ? java.util.Arrays.asList("Gemeente", null) : List.of("Gemeente"));
        totaal.add(s.huishoudens());
        totaal.add(s.adressenMetVoorziening());
        for (Stapeling.PerRegeling r : s.perRegeling()) {
            totaal.add(r.adressen());
        }
        totaal.add(s.huishoudensDrieOfMeer());
        totaal.add(s.drieOfMeerPerDuizend());
        return new Tabel(perWijk ? "wijken" : "kernen", (perWijk ? "Per wijk, " : "Per kern, ") + s.jaar(), kolommen, rijen, totaal);
    }

    private static Object leeg(BigDecimal waarde) {
        return waarde == null ? "" : waarde;
    }

    /** The rows as the screen shows them. */
    public List<List<String>> weergaveRijen() {
        return rijen.stream().map(r -> r.stream().map(Tabel::weergave).toList()).toList();
    }

    /** Per row the address its first cell links to, or null; for {@code fragmenten :: cijfertabel} as {@code adressen}. */
    public List<String> adressen() {
        return rijen.stream().map(r -> !r.isEmpty() && r.getFirst() instanceof Link l ? l.adres() : null).toList();
    }

    public List<String> weergaveTotaal() {
        return totaal == null ? List.of() : totaal.stream().map(Tabel::weergave).toList();
    }

    /** On screen: 1.359 and 84,8 (Dutch separators). */
    static String weergave(Object waarde) {
        if (waarde instanceof Long || waarde instanceof Integer) {
            return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", ((Number) waarde).longValue());
        }
        return tekst(waarde);
    }

    /** How a cell reads on screen and in CSV: numbers with a Dutch decimal comma, no thousands separator in files. */
    static String tekst(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof BigDecimal b) {
            return b.toPlainString().replace('.', ',');
        }
        return waarde.toString();
    }

    /** The table as a CSV or XLSX download; the total row goes along as the last row. */
    org.springframework.http.ResponseEntity<byte[]> download(String naam, String formaat) {
        java.util.List<java.util.List<Object>> alle = new ArrayList<>(rijen);
        if (totaal != null) {
            alle.add(totaal);
        }
        return nl.dichtbij.platform.web.Tabelbestand.download(naam, formaat, code, kolommen, alle);
    }

    /** The answer to an export with an unknown table, format or year. */
    static org.springframework.http.ResponseEntity<byte[]> ongeldigeKeuze(java.util.List<String> codes) {
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(("Kies een tabel (" + String.join(", ", codes) + "), csv of xlsx, en een jaar tussen 2000 en 2100.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A known table and format, and a year that is empty (the default) or one the pages can show. */
    static boolean geldigeKeuze(java.util.List<String> codes, String tabel, String formaat, String jaar) {
        return codes.contains(tabel) && nl.dichtbij.platform.web.Tabelbestand.bekendFormaat(formaat)
                && (jaar == null || jaar.isBlank() || jaar(jaar) != null);
    }

    /** A year the steering pages can show: 2000 to 2100. */
    static boolean geldigJaar(Integer jaar) {
        return jaar != null && jaar >= 2000 && jaar <= 2100;
    }

    /** The year as the address gives it ("2026"), when it is one the pages can show; null when empty, no number or out of range. */
    static Integer jaar(String jaar) {
        if (jaar == null || !jaar.strip().matches("\\d{4}")) {
            return null;
        }
        int j = Integer.parseInt(jaar.strip());
        return geldigJaar(j) ? j : null;
    }

    /** The asked year when it is one the pages can show, otherwise the page's default. */
    static int jaarOf(String jaar, int standaard) {
        Integer gekozen = jaar(jaar);
        return gekozen == null ? standaard : gekozen;
    }

    /**
     * The year asked for in the address of a page: one that cannot be read or lies outside 2000–2100 gives {@code standaard}
     * and a Dutch message on the page (attribute {@code fout}) instead of an error page.
     */
    static int jaar(String jaar, int standaard, org.springframework.ui.Model model) {
        if (jaar == null || jaar.isBlank()) {
            return standaard;
        }
        Integer gekozen = jaar(jaar);
        if (gekozen != null) {
            return gekozen;
        }
        model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100, met vier cijfers. U ziet nu " + standaard + ".");
        return standaard;
    }

    /** The years of the year menu: the last ten, newest first, and the chosen one when it lies outside them. */
    static java.util.List<Integer> jaren(int ditJaar, int gekozen) {
        java.util.TreeSet<Integer> jaren = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (int j = ditJaar - 9; j <= ditJaar; j++) {
            jaren.add(j);
        }
        jaren.add(gekozen);
        return java.util.List.copyOf(jaren);
    }

    /** A page number from the address; anything that is not a number is the first page. */
    static int pagina(String pagina) {
        try {
            return pagina == null ? 0 : Math.max(0, Integer.parseInt(pagina.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A month as Dutch readers write it in a table: "januari". */
    static String maand(int maand) {
        return java.time.Month.of(maand).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("nl-NL"));
    }
}
