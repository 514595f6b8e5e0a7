package nl.dichtbij.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** The demo's fixed content, in CSV files (semicolon, UTF-8, a header line) under {@code src/main/resources/demo/}. */
final class Demobestand {

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setCommentMarker('#').setTrim(true).get();

    private Demobestand() {
    }

    /** The rows of {@code demo/<naam>}, in file order. */
    static List<CSVRecord> rijen(String naam) {
        try (Reader lezer = new InputStreamReader(new ClassPathResource("demo/" + naam).getInputStream(), StandardCharsets.UTF_8)) {
            return FORMAAT.parse(lezer).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo: demo/" + naam + " niet gelezen", e);
        }
    }

    /** The value of a column; an empty cell is {@code null}. */
    static String waarde(CSVRecord rij, String kolom) {
        String waarde = rij.get(kolom);
        return waarde == null || waarde.isEmpty() ? null : waarde;
    }
}
