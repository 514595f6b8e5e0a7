package nl.dichtbij.sturing.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.sturing.Opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data (issue 21): the council overview of each municipality of this installation per year, without a login, as CSV and
 * JSON with a Table Schema, and a DCAT catalogue per municipality in JSON-LD. An unknown municipality or year is 404.
 */
@Controller
class OpenDataController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);
    static final String SCHEMA = "/open-data/raadsoverzicht.schema.json";
    static final String LICENTIE = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final CacheControl EEN_UUR = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final Opendata opendata;

    OpenDataController(Opendata opendata) {
        this.opendata = opendata;
    }

    @GetMapping("/open-data")
    String overzicht(Model model) {
        model.addAttribute("gemeenten", opendata.gemeenten());
        model.addAttribute("jaren", opendata.jaren());
        model.addAttribute("schema", SCHEMA);
        return "sturing/opendata";
    }

    @GetMapping(value = "/open-data/raadsoverzicht.schema.json")
    ResponseEntity<byte[]> schema() throws IOException {
        byte[] inhoud = new ClassPathResource("opendata/raadsoverzicht.schema.json").getContentAsByteArray();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(EEN_UUR).body(inhoud);
    }

    @GetMapping("/open-data/{gemeente}/{jaar}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String gemeente, @PathVariable String jaar) {
        return dataset(gemeente, jaar).map(d -> ResponseEntity.ok().contentType(CSV).cacheControl(EEN_UUR)
                        .header("Content-Disposition", "inline; filename=\"raadsoverzicht-" + d.gemeenteCode() + "-" + d.jaar() + ".csv\"")
                        .header("Link", "<" + basis() + SCHEMA + ">; rel=\"describedby\"")
                        .body(csv(d).getBytes(StandardCharsets.UTF_8)))
                // plain text, not the site's HTML error page: whoever asked for a file reads the answer as one
                .orElseGet(() -> ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .body("Er zijn geen open gegevens van deze gemeente over dit jaar. Kijk op /open-data welke er zijn.\n"
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping("/open-data/{gemeente}/{jaar}.json")
    ResponseEntity<Map<String, Object>> json(@PathVariable String gemeente, @PathVariable String jaar) {
        return dataset(gemeente, jaar).map(d -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(EEN_UUR).body(json(d)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/open-data/{gemeente}/catalogus.jsonld")
    ResponseEntity<Map<String, Object>> catalogus(@PathVariable String gemeente) {
        return opendata.gemeente(gemeente).map(g -> ResponseEntity.ok().contentType(JSON_LD).cacheControl(EEN_UUR).body(catalogus(g)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Optional<Opendata.Dataset> dataset(String gemeente, String jaar) {
        Integer j = Tabel.jaar(jaar);
        return j == null ? Optional.empty() : opendata.dataset(gemeente, j);
    }

    /** RFC 4180 with a header of {@link Opendata#VELDEN}; a decimal point; an empty field for a value left out. */
    static String csv(Opendata.Dataset d) {
        StringWriter uit = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(uit, CSVFormat.RFC4180.builder().setHeader(Opendata.VELDEN.toArray(String[]::new)).get())) {
            for (Opendata.Regel r : d.regels()) {
                printer.printRecord(d.gemeenteCode(), d.jaar(), r.indicator(), leeg(r.onderdeel()), r.periode(), getal(r.waarde()), r.eenheid(),
                        r.onderdrukt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    private Map<String, Object> json(Opendata.Dataset d) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("gemeente_code", d.gemeenteCode());
        uit.put("gemeente", d.gemeenteNaam());
        uit.put("jaar", d.jaar());
        uit.put("schema", basis() + SCHEMA);
        uit.put("licentie", LICENTIE);
        List<Map<String, Object>> regels = new ArrayList<>();
        for (Opendata.Regel r : d.regels()) {
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("gemeente_code", d.gemeenteCode());
            rij.put("jaar", d.jaar());
            rij.put("indicator", r.indicator());
            rij.put("onderdeel", r.onderdeel());
            rij.put("periode", r.periode());
            rij.put("waarde", r.waarde());
            rij.put("eenheid", r.eenheid());
            rij.put("onderdrukt", r.onderdrukt());
            regels.add(rij);
        }
        uit.put("regels", regels);
        return uit;
    }

    /** A DCAT catalogue of the municipality: one dcat:Dataset per year, each with its CSV and JSON distribution. */
    private Map<String, Object> catalogus(Gemeente g) {
        String basis = basis();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        Map<String, Object> uitgever = Map.of("@type", "foaf:Organization", "foaf:name", "Gemeente " + g.naam());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int jaar : opendata.jaren()) {
            String adres = basis + "/open-data/" + g.code() + "/" + jaar;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("@id", adres);
            d.put("@type", "dcat:Dataset");
            d.put("dct:identifier", g.code() + "-" + jaar);
            d.put("dct:title", "Raadsoverzicht sociaal domein " + g.naam() + " " + jaar);
            d.put("dct:description", "De cijfers van het raadsoverzicht: huishoudens met 3 of meer voorzieningen (per kern en per 1.000 huishoudens), "
                    + "budget en prognose per thema, en de uitkomsten van het cliëntervaringsonderzoek. Geen persoonsgegevens; "
                    + "aantallen onder de 5 zijn weggelaten.");
            d.put("dct:publisher", uitgever);
            d.put("dct:license", Map.of("@id", LICENTIE));
            d.put("dct:language", Map.of("@id", "http://publications.europa.eu/resource/authority/language/NLD"));
            d.put("dcat:keyword", List.of("sociaal domein", "Jeugdwet", "Wmo", "stapeling", "raadsinformatie"));
            d.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime",
                    "dcat:startDate", Map.of("@value", jaar + "-01-01", "@type", "xsd:date"),
                    "dcat:endDate", Map.of("@value", jaar + "-12-31", "@type", "xsd:date")));
            d.put("dct:conformsTo", Map.of("@id", basis + SCHEMA));
            d.put("dcat:distribution", List.of(distributie(adres + ".csv", "text/csv", "CSV", basis), distributie(adres + ".json", "application/json", "JSON", basis)));
            datasets.add(d);
        }
        Map<String, Object> catalogus = new LinkedHashMap<>();
        catalogus.put("@context", context);
        catalogus.put("@id", basis + "/open-data/" + g.code() + "/catalogus.jsonld");
        catalogus.put("@type", "dcat:Catalog");
        catalogus.put("dct:title", "Open data sociaal domein gemeente " + g.naam());
        catalogus.put("dct:publisher", uitgever);
        catalogus.put("dcat:dataset", datasets);
        return catalogus;
    }

    private static Map<String, Object> distributie(String adres, String mediatype, String formaat, String basis) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "dcat:Distribution");
        d.put("dcat:downloadURL", Map.of("@id", adres));
        d.put("dcat:accessURL", Map.of("@id", adres));
        d.put("dcat:mediaType", mediatype);
        d.put("dct:format", formaat);
        d.put("dct:conformsTo", Map.of("@id", basis + SCHEMA));
        return d;
    }

    private static String basis() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String leeg(String tekst) {
        return tekst == null ? "" : tekst;
    }

    private static String getal(BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString();
    }
}
