package nl.dichtbij.vroegsignalering.web;

import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.vroegsignalering.Bronsoort;
import nl.dichtbij.vroegsignalering.Signaalbronnen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Functioneel beheer keeps the register of senders of signals; a new sender's key is shown once, on the answer to the form. */
@Controller
@RequestMapping("/beheer/signaalbronnen")
class SignaalbronnenController {

    private final Signaalbronnen bronnen;

    SignaalbronnenController(Signaalbronnen bronnen) {
        this.bronnen = bronnen;
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker beheer, Model model) {
        return pagina(beheer, model, Map.of(), Map.of("naam", "", "soort", ""));
    }

    @PostMapping
    String aanmaken(@AuthenticationPrincipal Gebruiker beheer, @RequestParam(required = false) String naam,
                    @RequestParam(required = false) String soort, Model model) {
        try {
            Signaalbronnen.NieuweBron nieuw = bronnen.aanmaken(beheer, naam, soort);
            model.addAttribute("nieuw", nieuw);
            return pagina(beheer, model, Map.of(), Map.of("naam", "", "soort", ""));
        } catch (OngeldigeInvoerException e) {
            return pagina(beheer, model, e.fouten(), Map.of("naam", naam == null ? "" : naam, "soort", soort == null ? "" : soort));
        }
    }

    @PostMapping("/{bronId:[0-9]+}/actief")
    String actief(@AuthenticationPrincipal Gebruiker beheer, @PathVariable long bronId, @RequestParam(defaultValue = "false") boolean actief) {
        bronnen.actief(beheer, bronId, actief);
        return "redirect:/beheer/signaalbronnen?gewijzigd";
    }

    private String pagina(Gebruiker beheer, Model model, Map<String, String> fouten, Map<String, String> ingevuld) {
        model.addAttribute("bronnen", bronnen.lijst(beheer));
        model.addAttribute("soorten", Bronsoort.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "vroegsignalering/bronnen";
    }
}
