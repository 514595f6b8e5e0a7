package nl.dichtbij.sturing.web;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Indicator;
import nl.dichtbij.sturing.Raadsoverzicht;
import nl.dichtbij.sturing.Referentiecijfers;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's overview: are we reaching the goals, is the budget holding. No personal data. */
@Controller
class RaadController {

    private final Raadsoverzicht raadsoverzicht;
    private final Referentiecijfers referenties;

    RaadController(Raadsoverzicht raadsoverzicht, Referentiecijfers referenties) {
        this.raadsoverzicht = raadsoverzicht;
        this.referenties = referenties;
    }

    @GetMapping("/sturing/raad")
    String raad(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        Integer gevraagd = Tabel.jaar(jaar);
        Raadsoverzicht.Overzicht o = raadsoverzicht.overzicht(gebruiker, gevraagd);
        if (jaar != null && !jaar.isBlank() && gevraagd == null) {
            model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100, met vier cijfers. U ziet nu " + o.stapelingsjaar() + ".");
        }
        model.addAttribute("o", o);
        model.addAttribute("huishoudensDrieOfMeer", Indicator.HUISHOUDENS_3_PLUS);
        model.addAttribute("referenties", referenties.bij(gebruiker.gemeenteCode(), Indicator.HUISHOUDENS_3_PLUS, o.stapelingsjaar()));
        model.addAttribute("jaren", raadsoverzicht.jaren());
        model.addAttribute("staven", Geldtabellen.staven(o.themas()));
        return "sturing/raad";
    }
}
