package nl.dichtbij.interventies.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.interventies.NieuwePilot;
import nl.dichtbij.interventies.Pilot;
import nl.dichtbij.interventies.Pilotfase;
import nl.dichtbij.interventies.Pilots;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Formulieren;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pilots' pages (issue 18): the list, a pilot with the form to move it to its next phase, and the form to register one.
 * Everyone who reads the intervention register reads the pilots; only beleid gets the forms.
 */
@Controller
class PilotsController {

    private final Pilots pilots;
    private final Interventies interventies;
    private final Clock clock;

    PilotsController(Pilots pilots, Interventies interventies, Clock clock) {
        this.pilots = pilots;
        this.interventies = interventies;
        this.clock = clock;
    }

    @GetMapping("/interventies/pilots")
    String lijst(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("pilots", pilots.lijst(gebruiker));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("beleid", gebruiker.is(Rol.BELEID));
        return "interventies/pilots";
    }

    @GetMapping("/interventies/pilots/nieuw")
    String nieuw(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(required = false) Long interventie, Model model) {
        if (!model.containsAttribute("formulier")) {
            PilotFormulier f = new PilotFormulier();
            f.setInterventieId(interventie);
            model.addAttribute("formulier", f);
        }
        model.addAttribute("interventies", interventies.lijst(beleid).stream().filter(i -> i.actief()).toList());
        return "interventies/pilot-formulier";
    }

    @PostMapping("/interventies/pilots")
    String registreren(@AuthenticationPrincipal Gebruiker beleid, @ModelAttribute("formulier") PilotFormulier formulier, BindingResult resultaat,
                       Model model) {
        if (!resultaat.hasErrors()) {
            try {
                long id = pilots.registreren(beleid, formulier.gegevens());
                return "redirect:/interventies/pilots/" + id + "?geregistreerd";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return nieuw(beleid, null, model);
    }

    @GetMapping("/interventies/pilots/{id:[0-9]+}")
    String pilot(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, Model model) {
        Pilot p = pilots.pilot(gebruiker, id);
        model.addAttribute("p", p);
        model.addAttribute("evaluatieTeLaat", p.evaluatieTeLaat(LocalDate.now(clock)));
        boolean mag = gebruiker.is(Rol.BELEID) && !p.afgerond();
        model.addAttribute("mag", mag);
        if (mag) {
            model.addAttribute("volgende", p.fase().volgende().orElseThrow());
            if (!model.containsAttribute("stap")) {
                FaseFormulier f = new FaseFormulier();
                f.setGelezenVersie(p.versie());
                f.setBevindingen(p.bevindingen());
                model.addAttribute("stap", f);
            }
        }
        return "interventies/pilot";
    }

    @PostMapping("/interventies/pilots/{id:[0-9]+}/fase")
    String volgendeFase(@AuthenticationPrincipal Gebruiker beleid, @PathVariable long id, @ModelAttribute("stap") FaseFormulier stap,
                        BindingResult resultaat, Model model) {
        if (!resultaat.hasErrors()) {
            try {
                Pilotfase nu = pilots.naarVolgendeFase(beleid, id, stap.getGelezenVersie() == null ? -1 : stap.getGelezenVersie(), stap.getBevindingen(),
                        stap.getBesluit());
                return "redirect:/interventies/pilots/" + id + "?fase=" + nu.name();
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
                if (e instanceof Pilots.IntussenGewijzigd) {
                    stap.setGelezenVersie(pilots.pilot(beleid, id).versie());
                }
            }
        }
        return pilot(beleid, id, model);
    }

    public static class PilotFormulier {
        private String vraag;
        private Long interventieId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate van;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate tot;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate evaluatiedatum;

        NieuwePilot gegevens() {
            return new NieuwePilot(vraag, interventieId, van, tot, evaluatiedatum);
        }

        public String getVraag() { return vraag; }
        public void setVraag(String vraag) { this.vraag = vraag; }
        public Long getInterventieId() { return interventieId; }
        public void setInterventieId(Long interventieId) { this.interventieId = interventieId; }
        public LocalDate getVan() { return van; }
        public void setVan(LocalDate van) { this.van = van; }
        public LocalDate getTot() { return tot; }
        public void setTot(LocalDate tot) { this.tot = tot; }
        public LocalDate getEvaluatiedatum() { return evaluatiedatum; }
        public void setEvaluatiedatum(LocalDate evaluatiedatum) { this.evaluatiedatum = evaluatiedatum; }
    }

    public static class FaseFormulier {
        private String bevindingen;
        private String besluit;
        private Long gelezenVersie;

        public String getBevindingen() { return bevindingen; }
        public void setBevindingen(String bevindingen) { this.bevindingen = bevindingen; }
        public String getBesluit() { return besluit; }
        public void setBesluit(String besluit) { this.besluit = besluit; }
        public Long getGelezenVersie() { return gelezenVersie; }
        public void setGelezenVersie(Long gelezenVersie) { this.gelezenVersie = gelezenVersie; }
    }
}
