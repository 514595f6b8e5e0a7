package nl.dichtbij.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a page shows it, as a download: CSV (semicolon, UTF-8 with BOM, so Dutch Excel opens
 * it; a cell that starts like a formula is written as text) or XLSX (numbers stay numbers). A null
 * cell stays empty; a BigDecimal has a decimal comma in CSV.
 */
public final class Tabelbestand {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Tabelbestand() {
    }

    public static boolean bekendFormaat(String formaat) {
        return "csv".equalsIgnoreCase(formaat) || "xlsx".equalsIgnoreCase(formaat);
    }

    /** {@code naam} without extension; {@code formaat} csv or xlsx (check with {@link #bekendFormaat} first). */
    public static ResponseEntity<byte[]> download(String naam, String formaat, String blad, List<String> kolommen, List<List<Object>> rijen) {
        boolean excel = "xlsx".equalsIgnoreCase(formaat);
        if (!excel && !"csv".equalsIgnoreCase(formaat)) {
            throw new IllegalArgumentException("Onbekend formaat " + formaat);
        }
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam + (excel ? ".xlsx" : ".csv")).build().toString())
                .body(excel ? xlsx(blad, kolommen, rijen) : csv(kolommen, rijen));
    }

    public static byte[] csv(List<String> kolommen, List<List<Object>> rijen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.write(0xEF);
        uit.write(0xBB);
        uit.write(0xBF);
        try (Writer schrijver = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(schrijver, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            printer.printRecord(kolommen.stream().map(k -> cel(k)).toList());
            for (List<Object> rij : rijen) {
                printer.printRecord(rij.stream().map(Tabelbestand::cel).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    public static byte[] xlsx(String blad, List<String> kolommen, List<List<Object>> rijen) {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            Workbook boek = new Workbook(uit, "Dichtbij", "1.0");
            Worksheet werkblad = boek.newWorksheet(blad);
            for (int k = 0; k < kolommen.size(); k++) {
                werkblad.value(0, k, kolommen.get(k));
                werkblad.style(0, k).bold().set();
            }
            for (int r = 0; r < rijen.size(); r++) {
                List<Object> rij = rijen.get(r);
                for (int k = 0; k < rij.size(); k++) {
                    Object w = rij.get(k);
                    if (w instanceof Number n) {
                        werkblad.value(r + 1, k, n);
                    } else if (w != null) {
                        werkblad.value(r + 1, k, w.toString());
                    }
                }
            }
            boek.finish();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Number) {
            return waarde instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : waarde.toString();
        }
        String tekst = waarde.toString();
        return !tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    }
}
