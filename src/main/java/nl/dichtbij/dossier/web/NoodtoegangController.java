package nl.dichtbij.dossier.web;

import nl.dichtbij.dossier.Noodtoegang;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Break the glass (professional) and the teamleider's list to judge it. */
@Controller
class NoodtoegangController {

    private final Noodtoegang noodtoegang;

    NoodtoegangController(Noodtoegang noodtoegang) {
        this.noodtoegang = noodtoegang;
    }

    @PostMapping("/werk/noodtoegang")
    String nemen(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam long huishoudenId, @RequestParam(required = false) String reden,
                 @RequestParam(required = false) String terug, Model model) {
        String naar = terug != null && terug.matches("/werk/[a-z0-9/\\-]*") ? terug : "/werk";
        try {
            noodtoegang.nemen(medewerker, huishoudenId, reden);
            return "redirect:" + naar;
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("huishoudenId", huishoudenId);
            model.addAttribute("terug", naar);
            model.addAttribute("fout", e.fouten().values().iterator().next());
            model.addAttribute("reden", reden);
            return "geen-toegang";
        }
    }

    @GetMapping("/teams/noodtoegang")
    String overzicht(@AuthenticationPrincipal Gebruiker teamleider, Model model) {
        model.addAttribute("open", noodtoegang.teBeoordelen(teamleider));
        model.addAttribute("beoordeeld", noodtoegang.recentBeoordeeld(teamleider));
        return "dossier/noodtoegang";
    }

    @PostMapping("/teams/noodtoegang/{id}/beoordeeld")
    String beoordeeld(@AuthenticationPrincipal Gebruiker teamleider, @PathVariable long id) {
        noodtoegang.beoordelen(teamleider, id);
        return "redirect:/teams/noodtoegang?beoordeeld";
    }
}
