package nl.dichtbij.programma.web;

import java.util.List;

import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.web.Tabelbestand;

import org.springframework.http.ResponseEntity;

/** A table as the page shows it, offered as CSV or XLSX ({@link Tabelbestand}). */
record Tabel(String bestand, String blad, List<String> kolommen, List<List<Object>> rijen) {

    ResponseEntity<byte[]> als(String formaat) {
        if (!Tabelbestand.bekendFormaat(formaat)) {
            throw new NietGevondenException("Het formaat " + formaat);
        }
        return Tabelbestand.download(bestand, formaat, blad, kolommen, rijen);
    }
}
