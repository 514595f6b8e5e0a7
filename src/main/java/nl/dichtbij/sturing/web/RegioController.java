package nl.dichtbij.sturing.web;

import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Regiovergelijking;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The regional view (issue 21): the member municipalities side by side, person-free and suppressed, for the region's account. */
@Controller
class RegioController {

    private final Regiovergelijking regio;

    /** One table of the page: a kind of figure, with a row per measure and a column per member municipality. */
    record Deel(String code, String titel, String uitleg, List<Regiovergelijking.Rij> rijen) {
    }

    RegioController(Regiovergelijking regio) {
        this.regio = regio;
    }

    @GetMapping("/regio")
    String regio(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        Integer gevraagd = Tabel.jaar(jaar);
        Regiovergelijking.Vergelijking v = regio.vergelijking(gebruiker, gevraagd);
        if (jaar != null && !jaar.isBlank() && (gevraagd == null || gevraagd != v.jaar())) {
            model.addAttribute("fout", "Kies een jaar uit de lijst. U ziet nu " + v.jaar() + ".");
        }
        model.addAttribute("v", v);
        model.addAttribute("delen", List.of(
                new Deel("stapeling", "Stapeling van voorzieningen",
                        "Huishoudens met 3 of meer voorzieningen (Jeugdwet, Wmo, Participatiewet, schuldhulp, werk en inkomen).", v.stapeling()),
                new Deel("kosten", "Kosten per cliënt",
                        "Cliënten met zorg in het jaar, en wat de zorg per cliënt kostte (zorg in natura en persoonsgebonden budget), in euro.", v.kosten()),
                new Deel("uitstroom", "Uitstroom", "Hoeveel leveringen stopten in het jaar, tegenover het aantal cliënten met zorg.", v.uitstroom()),
                new Deel("doorlooptijden", "Doorlooptijden",
                        "Hoeveel dagen een stap duurde, voor de meldingen van het jaar. Het getal is de middelste waarde (de mediaan).", v.doorlooptijden()),
                new Deel("wachttijden", "Wachttijd per aanbieder",
                        "Dagen van de toewijzing tot de start van de zorg (mediaan). Tussen haakjes: hoe vaak de zorg startte.", v.wachttijden())));
        return "sturing/regio";
    }
}
