package nl.dichtbij.programma.web;

import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.programma.Antwoord;
import nl.dichtbij.programma.Enquete;
import nl.dichtbij.programma.Enquetes;
import nl.dichtbij.programma.Vraag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The resident answers the yearly survey in Mijn Dichtbij, once, anonymously. */
@Controller
class MijnEnqueteController {

    private final Enquetes enquetes;

    MijnEnqueteController(Enquetes enquetes) {
        this.enquetes = enquetes;
    }

    @GetMapping("/mijn/enquete")
    String formulier(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        EnqueteFormulier formulier = new EnqueteFormulier();
        enquetes.open(inwoner.gemeenteCode()).ifPresent(e -> formulier.setEnqueteId(e.id()));
        model.addAttribute("formulier", formulier);
        return toon(inwoner, model);
    }

    @PostMapping("/mijn/enquete")
    String beantwoorden(@AuthenticationPrincipal Gebruiker inwoner, @ModelAttribute("formulier") EnqueteFormulier formulier,
                        BindingResult resultaat, Model model) {
        Optional<Enquete> open = enquetes.open(inwoner.gemeenteCode());
        Long enqueteId = formulier.getEnqueteId() != null ? formulier.getEnqueteId() : open.map(Enquete::id).orElse(null);
        if (enqueteId == null) {
            return "redirect:/mijn/enquete";
        }
        if (resultaat.hasErrors()) {
            return toon(inwoner, model);
        }
        try {
            enquetes.beantwoorden(inwoner, enqueteId, formulier.antwoorden());
            return "redirect:/mijn/enquete?bedankt";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return toon(inwoner, model);
        }
    }

    private String toon(Gebruiker inwoner, Model model) {
        Optional<Enquete> open = enquetes.open(inwoner.gemeenteCode());
        model.addAttribute("enquete", open.orElse(null));
        model.addAttribute("meegedaan", open.map(e -> enquetes.meegedaan(inwoner, e)).orElse(false));
        model.addAttribute("vragen", Vraag.values());
        model.addAttribute("antwoorden", Antwoord.values());
        return "programma/mijn-enquete";
    }
}
