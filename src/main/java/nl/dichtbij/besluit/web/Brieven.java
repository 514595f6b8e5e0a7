package nl.dichtbij.besluit.web;

import java.nio.charset.StandardCharsets;

import nl.dichtbij.besluit.Bezwaren;

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

    /**
     * An objection's attachment, always as a download: what a resident uploaded is never shown as a page of ours
     * (no sniffing, a sandbox if a browser shows it anyway).
     */
    static ResponseEntity<byte[]> bijlage(Bezwaren.BijlageInhoud bijlage) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(bijlage.mediatype()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bijlage.naam(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(bijlage.inhoud());
    }

    /** Inline to read in the browser, or as an attachment to save. */
    static ResponseEntity<byte[]> pdf(byte[] inhoud, long id, boolean opslaan) {
        return pdf(inhoud, "besluit-" + id + ".pdf", opslaan);
    }

    /** The letter of a change of a decision, under a name of its own so it does not replace the decision's letter. */
    static ResponseEntity<byte[]> wijzigingsbrief(byte[] inhoud, long id, long wijziging, boolean opslaan) {
        return pdf(inhoud, "besluit-" + id + "-wijziging-" + wijziging + ".pdf", opslaan);
    }

    private static ResponseEntity<byte[]> pdf(byte[] inhoud, String naam, boolean opslaan) {
        ContentDisposition.Builder wijze = opslaan ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, wijze.filename(naam).build().toString())
                .body(inhoud);
    }
}
