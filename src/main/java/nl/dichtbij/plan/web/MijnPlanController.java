package nl.dichtbij.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.plan.Ondersteuningsplan;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Mijn plan: the resident reads his household's plan, sees what changed and who helps, comments and agrees. */
@Controller
@RequestMapping("/mijn/plan")
class MijnPlanController {

    private final Plannen plannen;
    private final Zaken zaken;
    private final Clock clock;
    private final nl.dichtbij.plan.Voortgangsnotities voortgangsnotities;

    MijnPlanController(Plannen plannen, Zaken zaken, Clock clock, nl.dichtbij.plan.Voortgangsnotities voortgangsnotities) {
        this.voortgangsnotities = voortgangsnotities;
        this.plannen = plannen;
        this.zaken = zaken;
        this.clock = clock;
    }

    @GetMapping
    String plan(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        var zaak = zaken.vanInwoner(inwoner).orElse(null);
        model.addAttribute("zaak", zaak);
        model.addAttribute("berichten", plannen.berichtenVoorInwoner(inwoner, zaak));
        Ondersteuningsplan plan = plannen.vanInwoner(inwoner).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (plan != null) {
            model.addAttribute("versies", plannen.versiesVoorInwoner(inwoner, plan));
            // what the providers he shared his plan with wrote on his goals (only the goals he may read)
            model.addAttribute("aanbiedersvoortgang", voortgangsnotities.vanPlan(plan));
            model.addAttribute("reacties", plannen.reactiesVoorInwoner(inwoner, plan));
            model.addAttribute("nietAkkoord", plannen.nietAkkoordVoorInwoner(inwoner, plan).orElse(null));
        }
        if (!model.containsAttribute("reactie")) {
            model.addAttribute("reactie", new Formulieren.ReactieFormulier());
        }
        return "plan/mijn-plan";
    }

    @PostMapping("/akkoord")
    String akkoord(@AuthenticationPrincipal Gebruiker inwoner, @ModelAttribute("reactie") Formulieren.ReactieFormulier formulier,
                   BindingResult resultaat, Model model) {
        try {
            plannen.akkoord(inwoner, formulier.getVersienummer() == null ? -1 : formulier.getVersienummer());
            return "redirect:/mijn/plan?akkoord";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("akkoordFout", String.join(" ", e.fouten().values()));
            return plan(inwoner, model);
        }
    }

    @PostMapping("/berichten")
    String bericht(@AuthenticationPrincipal Gebruiker inwoner, @org.springframework.web.bind.annotation.RequestParam(required = false) String bericht,
                   Model model) {
        try {
            zaken.berichtAanContactpersoon(inwoner, bericht);
            return "redirect:/mijn/plan?verstuurd#berichten";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("berichtFout", String.join(" ", e.fouten().values()));
            model.addAttribute("berichtTekst", bericht);
            return plan(inwoner, model);
        }
    }

    @PostMapping("/niet-akkoord")
    String nietAkkoord(@AuthenticationPrincipal Gebruiker inwoner, @org.springframework.web.bind.annotation.RequestParam(required = false) Integer versienummer,
                       @org.springframework.web.bind.annotation.RequestParam(required = false) String reden, Model model) {
        try {
            plannen.nietAkkoord(inwoner, versienummer == null ? -1 : versienummer, reden);
            return "redirect:/mijn/plan?nietAkkoord";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("nietAkkoordFout", String.join(" ", e.fouten().values()));
            model.addAttribute("nietAkkoordReden", reden);
            return plan(inwoner, model);
        }
    }

    @PostMapping("/reacties")
    String reactie(@AuthenticationPrincipal Gebruiker inwoner, @ModelAttribute("reactie") Formulieren.ReactieFormulier formulier,
                   BindingResult resultaat, Model model) {
        try {
            plannen.reageren(inwoner, null, formulier.getTekst());
            return "redirect:/mijn/plan?reactie";
        } catch (OngeldigeInvoerException e) {
            nl.dichtbij.platform.web.Formulieren.fouten(resultaat, e);
            return plan(inwoner, model);
        }
    }
}
