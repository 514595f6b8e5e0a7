package nl.dichtbij.toegang.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Melding;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.MijnMeldingen;
import nl.dichtbij.toegang.Urgentie;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Mijn Dichtbij: the resident asks for help and follows where his question stands. */
@Controller
@RequestMapping("/mijn")
class MijnController {

    private final Meldingen meldingen;
    private final MijnMeldingen mijnMeldingen;
    private final Clock clock;

    MijnController(Meldingen meldingen, MijnMeldingen mijnMeldingen, Clock clock) {
        this.meldingen = meldingen;
        this.mijnMeldingen = mijnMeldingen;
        this.clock = clock;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        meldingen.voorWieMagIkVragen(inwoner).forEach(p -> namen.put(p.bsn(), p.bsn().equals(inwoner.bsn()) ? "uzelf" : p.naam()));
        model.addAttribute("meldingen", mijnMeldingen.van(inwoner).stream()
                .map(m -> new MeldingWeergave(m, termijn(m), namen.getOrDefault(m.persoonBsn(), "iemand anders"))).toList());
        return "mijn/overzicht";
    }

    @GetMapping("/hulp-vragen")
    String formulier(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        MeldingFormulier formulier = new MeldingFormulier();
        formulier.setPersoonBsn(inwoner.bsn());
        formulier.setUrgentie(Urgentie.NORMAAL);
        model.addAttribute("formulier", formulier);
        return toonFormulier(inwoner, model);
    }

    @PostMapping("/hulp-vragen")
    String indienen(@AuthenticationPrincipal Gebruiker inwoner, @ModelAttribute("formulier") MeldingFormulier formulier,
                    BindingResult resultaat, Model model) {
        if (resultaat.hasErrors()) {
            return toonFormulier(inwoner, model);
        }
        try {
            Melding melding = meldingen.indienen(inwoner, formulier.naarMelding());
            return "redirect:/mijn/meldingen/" + melding.id() + "?verstuurd";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return toonFormulier(inwoner, model);
        }
    }

    @GetMapping("/meldingen/{id}")
    String melding(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id, Model model) {
        model.addAttribute("intrekken", new IntrekFormulier());
        return toonMelding(inwoner, id, model);
    }

    /** The address of the form after an error, opened again (reload, bookmark): back to the question. */
    @GetMapping("/meldingen/{id}/intrekken")
    String intrekkenOpnieuw(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id) {
        meldingen.bekijk(inwoner, id); // another's question answers as if it did not exist
        return "redirect:/mijn/meldingen/" + id;
    }

    /** Withdrawing is a form on the question's page: a reason to choose, a word of explanation if he likes. */
    @PostMapping("/meldingen/{id}/intrekken")
    String intrekken(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id,
                     @ModelAttribute("intrekken") IntrekFormulier formulier, BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                meldingen.intrekken(inwoner, id, formulier.getReden(), formulier.getToelichting());
                return "redirect:/mijn/meldingen/" + id + "?ingetrokken";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return toonMelding(inwoner, id, model);
    }

    private String toonMelding(Gebruiker inwoner, long id, Model model) {
        model.addAttribute("m", weergave(meldingen.bekijk(inwoner, id)));
        model.addAttribute("intrekredenen", nl.dichtbij.toegang.Intrekreden.values());
        model.addAttribute("magHandelen", !inwoner.handeltNamensIemand() || !inwoner.door().alleenInzien());
        return "mijn/melding";
    }

    private String toonFormulier(Gebruiker inwoner, Model model) {
        model.addAttribute("personen", meldingen.voorWieMagIkVragen(inwoner));
        model.addAttribute("levensgebieden", Levensgebied.values());
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute("contactvoorkeuren", Contactvoorkeur.values());
        return "mijn/hulp-vragen";
    }

    private MeldingWeergave weergave(Melding melding) {
        return new MeldingWeergave(melding, termijn(melding));
    }

    private Termijnbewaking termijn(Melding melding) {
        return new Termijnbewaking(melding.ontvangenDatum(), melding.termijnEinde(), LocalDate.now(clock));
    }
}
