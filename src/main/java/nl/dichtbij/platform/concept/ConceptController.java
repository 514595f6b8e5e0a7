package nl.dichtbij.platform.concept;

import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Saves a draft while someone types (htmx posts the whole form a few seconds after the last key) and throws it away on
 * request. The answer is the line that tells him it is saved.
 */
@Controller
@RequestMapping("/concepten")
class ConceptController {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private final Concepten concepten;

    ConceptController(Concepten concepten) {
        this.concepten = concepten;
    }

    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String bewaar(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(ConceptHerstel.VELD) String formulier, HttpServletRequest request) {
        String pad = ConceptHerstel.formulierpad(formulier);
        try {
            var moment = concepten.bewaar(gebruiker, pad, request.getParameterMap());
            ConceptHerstel.onthoud(request.getSession(), pad);
            return "Concept bewaard om " + HtmlUtils.htmlEscape(TIJD.format(moment.atZone(ClockConfig.AMSTERDAM))) + ".";
        } catch (Formulierinhoud.TeGrootException e) {
            return "Dit formulier is te groot om als concept te bewaren. Verstuur het of kopieer uw tekst.";
        }
    }

    /** Without JavaScript too: the button under the notice that a draft was put back. */
    @PostMapping("/weggooien")
    String weggooien(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(ConceptHerstel.VELD) String formulier, HttpSession sessie) {
        String pad = ConceptHerstel.formulierpad(formulier);
        concepten.weggooien(gebruiker, pad);
        ConceptHerstel.vergeet(sessie, pad);
        return "redirect:" + pad + "?conceptWeg";
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<String> geenFormulier(OngeldigeInvoerException fout) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(HtmlUtils.htmlEscape(fout.getMessage()));
    }
}
