package nl.dichtbij.besluit.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

final class Brieven {

    private Brieven() {
    }

    static ResponseEntity<byte[]> pdf(byte[] inhoud, long id) {
        return pdf(inhoud, id, false);
    }

    /** Inline to read in the browser, or as an attachment to save. */
    static ResponseEntity<byte[]> pdf(byte[] inhoud, long id, boolean opslaan) {
        ContentDisposition.Builder wijze = opslaan ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, wijze.filename("besluit-" + id + ".pdf").build().toString())
                .body(inhoud);
    }
}
