package nl.dichtbij.sturing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Tabel} as CSV (semicolon, UTF-8 with BOM, so Dutch Excel opens it) or as XLSX. */
final class Export {

    private Export() {
    }

    static byte[] csv(Tabel tabel) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer schrijver = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(schrijver, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            printer.printRecord(tabel.kolommen().stream().map(Export::veilig).toList());
            for (List<Object> rij : alleRijen(tabel)) {
                printer.printRecord(rij.stream().map(w -> veilig(Tabel.tekst(w))).toList());
            }
        }
        return uit.toByteArray();
    }

    static byte[] xlsx(Tabel tabel) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Workbook boek = new Workbook(uit, "Dichtbij", "1.0");
        Worksheet blad = boek.newWorksheet(tabel.code());
        for (int k = 0; k < tabel.kolommen().size(); k++) {
            blad.value(0, k, tabel.kolommen().get(k));
            blad.style(0, k).bold().set();
        }
        int r = 1;
        for (List<Object> rij : alleRijen(tabel)) {
            for (int k = 0; k < rij.size(); k++) {
                Object w = rij.get(k);
                if (w instanceof Number n) {
                    blad.value(r, k, n instanceof BigDecimal b ? b : n);
                } else if (w != null) {
                    blad.value(r, k, w.toString());
                }
            }
            r++;
        }
        boek.finish();
        return uit.toByteArray();
    }

    private static List<List<Object>> alleRijen(Tabel tabel) {
        List<List<Object>> rijen = new ArrayList<>(tabel.rijen());
        if (tabel.totaal() != null) {
            rijen.add(tabel.totaal());
        }
        return rijen;
    }

    /** A cell that starts like a formula is written as text (CSV injection). */
    static String veilig(String tekst) {
        return !tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    }
}
