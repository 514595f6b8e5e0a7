package nl.dichtbij.berichten.web;

import nl.dichtbij.berichten.Overdrachten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulieren;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bulk transfer at a contract's end (issue 16) for beleid: the preview with the choice of the successor, preparing, and the
 * page of a prepared transfer to carry it out or undo it. Works without JavaScript: the choice is a GET form, each step a POST.
 * The security configuration lets only beleid under {@code /inkoop/**}; {@link Overdrachten} answers 404 for a contract or
 * transfer of another municipality.
 */
@Controller
@RequestMapping("/inkoop/contracten/{contractId:[0-9]+}/overdracht")
class OverdrachtController {

    private final Overdrachten overdrachten;

    OverdrachtController(Overdrachten overdrachten) {
        this.overdrachten = overdrachten;
    }

    /**
     * The preview; {@code bekijken} is sent by the choice form, so a submitted form without a (valid) choice shows the error at
     * the field, where a first visit shows the page without one.
     */
    @GetMapping
    String voorbeeld(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long contractId, @ModelAttribute("formulier") Keuze formulier,
                     BindingResult resultaat, @RequestParam(required = false) String bekijken, Model model) {
        Overdrachten.Voorbeeld v = overdrachten.voorbeeld(beleid, contractId, formulier.getOpvolger());
        if (bekijken != null && !resultaat.hasErrors()) {
            v.keuzeFout(formulier.getOpvolger()).ifPresent(e -> Formulieren.fouten(resultaat, e));
        }
        model.addAttribute("v", v);
        return "berichten/overdracht-voorbeeld";
    }

    @PostMapping
    String voorbereiden(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long contractId, @ModelAttribute("formulier") Keuze formulier,
                        BindingResult resultaat, Model model) {
        try {
            long id = overdrachten.voorbereiden(beleid, contractId, formulier.getOpvolger());
            return "redirect:/inkoop/contracten/" + contractId + "/overdracht/" + id + "?voorbereid";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
        }
        return voorbeeld(beleid, contractId, formulier, resultaat, null, model);
    }

    @GetMapping("/{id:[0-9]+}")
    String overdracht(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long contractId, @PathVariable long id, Model model) {
        model.addAttribute("s", overdrachten.stand(beleid, contractId, id));
        return "berichten/overdracht";
    }

    @PostMapping("/{id:[0-9]+}/uitvoeren")
    String uitvoeren(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long contractId, @PathVariable long id,
                     @RequestParam(defaultValue = "-1") int versie, Model model) {
        try {
            overdrachten.uitvoeren(beleid, contractId, id, versie);
            return "redirect:/inkoop/contracten/" + contractId + "/overdracht/" + id + "?uitgevoerd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            return overdracht(beleid, contractId, id, model);
        }
    }

    @PostMapping("/{id:[0-9]+}/ongedaan")
    String ongedaan(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long contractId, @PathVariable long id,
                    @RequestParam(defaultValue = "-1") int versie, Model model) {
        try {
            overdrachten.ongedaanMaken(beleid, contractId, id, versie);
            return "redirect:/inkoop/contracten/" + contractId + "/overdracht/" + id + "?ongedaan";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            return overdracht(beleid, contractId, id, model);
        }
    }

    /** The chosen successor, by AGB code. */
    public static class Keuze {
        private String opvolger;

        public String getOpvolger() { return opvolger; }
        public void setOpvolger(String opvolger) { this.opvolger = opvolger; }
    }
}
