package nl.dichtbij.besluit.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

final class Brieven {

    private Brieven() {
    }

    static ResponseEntity<byte[]> pdf(byte[] inhoud, long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("besluit-" + id + ".pdf").build().toString())
                .body(inhoud);
    }
}
