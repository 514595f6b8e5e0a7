package nl.dichtbij.marktplaats.web;

import nl.dichtbij.marktplaats.Fase;
import nl.dichtbij.marktplaats.Marktcijfers;
import nl.dichtbij.marktplaats.Marktplaats;
import nl.dichtbij.marktplaats.Marktverzoek;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** beleid's audit view of the marketplace: the figures, every request and its full history, the bids once opened. */
@Controller
@RequestMapping("/sturing/marktplaats")
class BeleidMarktController {

    private final Marktplaats marktplaats;
    private final Marktcijfers cijfers;

    BeleidMarktController(Marktplaats marktplaats, Marktcijfers cijfers) {
        this.marktplaats = marktplaats;
        this.cijfers = cijfers;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("cijfers", cijfers.cijfers(beleid));
        model.addAttribute("verzoeken", marktplaats.voorBeleid(beleid, pagina, 25));
        return "marktplaats/beleid";
    }

    @GetMapping("/{id}")
    String verzoek(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, Model model) {
        Marktverzoek verzoek = marktplaats.voorBeleid(beleid, id);
        Marktplaats.Overzicht overzicht = marktplaats.overzicht(verzoek);
        model.addAttribute("verzoek", verzoek);
        model.addAttribute("fase", overzicht.fase());
        model.addAttribute("biedingen", overzicht.fase() == Fase.OPEN ? null : marktplaats.biedingen(beleid, id));
        model.addAttribute("vragen", marktplaats.vragen(id));
        model.addAttribute("stappen", marktplaats.stappen(id));
        return "marktplaats/beleid-verzoek";
    }
}
