package nl.dichtbij.berichten.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import nl.dichtbij.berichten.AndereAfzenderException;
import nl.dichtbij.berichten.Berichtenverkeer;
import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.UitgaandBericht;
import nl.dichtbij.berichten.Verwerking;
import nl.dichtbij.berichten.internal.Inkomend;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.OngeldigBerichtException;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** iJw/iWmo messages for providers: send 305/307/315/317/323 and get the retour; collect 301 and 319. */
@RestController
@RequestMapping("/api/v1/berichten")
@Tag(name = "Berichten", description = "Berichtenverkeer iJw 3.2 en iWmo 3.2 voor aanbieders")
class BerichtenApiController {

    private static final MediaType XML = MediaType.APPLICATION_XML;

    private final Berichtenverkeer verkeer;
    private final Postvak postvak;
    private final BerichtLezer lezer;

    BerichtenApiController(Berichtenverkeer verkeer, Postvak postvak, BerichtLezer lezer) {
        this.verkeer = verkeer;
        this.postvak = postvak;
        this.lezer = lezer;
    }

    @Operation(summary = "Een bericht sturen (JW/WMO 305, 307, 315, 317, 323); het antwoord is het retourbericht")
    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> ontvang(@AuthenticationPrincipal String aanbiederAgb, HttpServletRequest request) throws IOException {
        byte[] xml = lees(request.getInputStream());
        Verwerking verwerking = verkeer.ontvang(aanbiederAgb, xml);
        return ResponseEntity.status(verwerking.herhaald() ? HttpStatus.OK : HttpStatus.CREATED).contentType(XML)
                .header("X-Retoursoort", verwerking.retoursoort().name())
                .header("X-Goedgekeurd", String.valueOf(verwerking.goedgekeurd()))
                .body(verwerking.retourXml());
    }

    record Bericht(long id, String berichtsoort, String gemeente, String identificatie, String dagtekening, boolean opgehaald, String href) {
    }

    @Operation(summary = "De berichten van de gemeente voor uw organisatie (toewijzingen en antwoorden), nieuwste eerst")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Bericht> lijst(@AuthenticationPrincipal String aanbiederAgb, @RequestParam(defaultValue = "false") boolean nieuw,
                        @RequestParam(defaultValue = "0") int pagina, @RequestParam(defaultValue = "50") int grootte) {
        return postvak.voorAanbieder(aanbiederAgb, null, nieuw, Math.max(0, pagina), Math.clamp(grootte, 1, 200)).stream()
                .map(BerichtenApiController::bericht).toList();
    }

    @Operation(summary = "Eén bericht ophalen als XML; daarna staat het als opgehaald")
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> ophalen(@AuthenticationPrincipal String aanbiederAgb, @PathVariable long id) {
        return ResponseEntity.ok().contentType(XML).body(postvak.ophalen(aanbiederAgb, null, id)
                .orElseThrow(() -> new NietGevondenException("Het bericht")));
    }

    private static Bericht bericht(UitgaandBericht b) {
        return new Bericht(b.id(), b.berichtsoort().name(), b.gemeenteCode(), b.identificatie(), b.dagtekening().toString(),
                b.opgehaaldOp() != null, "/api/v1/berichten/" + b.id());
    }

    private byte[] lees(InputStream in) throws IOException {
        byte[] gelezen = in.readNBytes(lezer.maxBytes() + 1);
        if (gelezen.length > lezer.maxBytes()) {
            throw new OngeldigBerichtException("Het bericht is groter dan " + (lezer.maxBytes() / 1024 / 1024) + " MB (OP179).");
        }
        return gelezen;
    }

    @ExceptionHandler(OngeldigBerichtException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigBerichtException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Geen geldig bericht", e.getMessage());
        if (!e.fouten().isEmpty()) {
            problem.setProperty("fouten", e.fouten());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Inkomend.BerichtBezetException.class)
    ResponseEntity<ProblemDetail> bezet(Inkomend.BerichtBezetException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10").contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Bericht wordt verwerkt", e.getMessage()));
    }

    @ExceptionHandler(Inkomend.BerichtGeparkeerdException.class)
    ResponseEntity<ProblemDetail> geparkeerd(Inkomend.BerichtGeparkeerdException e) {
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Bericht ligt bij beheer", e.getMessage()));
    }

    @ExceptionHandler(AndereAfzenderException.class)
    ResponseEntity<ProblemDetail> andereAfzender(AndereAfzenderException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.FORBIDDEN, "Andere afzender", e.getMessage()));
    }
}
