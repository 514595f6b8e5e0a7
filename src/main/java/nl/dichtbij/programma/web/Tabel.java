package nl.dichtbij.programma.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as the page shows it, written as CSV (semicolon, UTF-8 with BOM, so Dutch Excel opens
 * it) or XLSX. A null cell stays empty; numbers stay numbers in XLSX.
 */
record Tabel(String bestand, String blad, List<String> kolommen, List<List<Object>> rijen) {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    ResponseEntity<byte[]> als(String formaat) throws IOException {
        boolean excel = "xlsx".equalsIgnoreCase(formaat);
        if (!excel && !"csv".equalsIgnoreCase(formaat)) {
            throw new nl.dichtbij.platform.NietGevondenException("Het formaat " + formaat);
        }
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bestand + (excel ? ".xlsx" : ".csv")).build().toString())
                .body(excel ? xlsx() : csv());
    }

    byte[] csv() {
        StringBuilder uit = new StringBuilder("\uFEFF");
        regel(uit, kolommen.stream().map(Object.class::cast).toList());
        rijen.forEach(rij -> regel(uit, rij));
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void regel(StringBuilder uit, List<Object> cellen) {
        for (int i = 0; i < cellen.size(); i++) {
            if (i > 0) {
                uit.append(';');
            }
            uit.append(cel(cellen.get(i)));
        }
        uit.append("\r\n");
    }

    private static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : waarde.toString();
        if (!tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 && !(waarde instanceof Number)) {
            tekst = "'" + tekst; // a cell that starts like a formula is text (CSV injection)
        }
        if (tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            tekst = "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }

    byte[] xlsx() throws IOException {
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
    }
}
