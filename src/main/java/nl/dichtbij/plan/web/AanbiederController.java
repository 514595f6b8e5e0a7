package nl.dichtbij.plan.web;

import java.util.List;
import java.util.Set;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.NieuweVoortgang;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Voortgangsnotitie;
import nl.dichtbij.plan.Voortgangsnotities;
import nl.dichtbij.plan.VoortgangGeweigerdException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.zrm.Zrm;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The provider sees its own clients (its toewijzingen) and, per client, only the parts of the
 * plan that the resident shared with this provider; on the goals about its client it gives its
 * progress per evaluation period ({@link Voortgangsnotities}, which holds the access rule).
 */
@Controller
@RequestMapping("/aanbieder")
class AanbiederController {

    private final Besluiten besluiten;
    private final Plannen plannen;
    private final Zrm zrm;
    private final Dossiertoegang dossiertoegang;
    private final PersonenRegister register;
    private final Voortgangsnotities voortgangsnotities;

    AanbiederController(Besluiten besluiten, Plannen plannen, Zrm zrm, Dossiertoegang dossiertoegang, PersonenRegister register,
                        Voortgangsnotities voortgangsnotities) {
        this.voortgangsnotities = voortgangsnotities;
        this.besluiten = besluiten;
        this.plannen = plannen;
        this.zrm = zrm;
        this.dossiertoegang = dossiertoegang;
        this.register = register;
    }

    record Client(Beschikking toewijzing, String naam) {
    }

    @GetMapping
    String clienten(@AuthenticationPrincipal Gebruiker aanbieder, Model model) {
        List<Beschikking> toewijzingen = besluiten.vanAanbieder(aanbieder);
        var namen = register.personen(aanbieder.gemeenteCode(), toewijzingen.stream().map(Beschikking::persoonBsn).toList());
        model.addAttribute("clienten", toewijzingen.stream()
                .map(b -> new Client(b, namen.containsKey(b.persoonBsn()) ? namen.get(b.persoonBsn()).naam() : "Onbekend")).toList());
        return "plan/aanbieder-clienten";
    }

    @GetMapping("/clienten/{beschikkingId}")
    String client(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long beschikkingId, Model model) {
        Beschikking toewijzing = besluiten.vanAanbieder(aanbieder, beschikkingId);
        Persoon client = register.persoon(toewijzing.gemeenteCode(), toewijzing.persoonBsn()).orElseThrow(() -> new NietGevondenException("De cliënt"));
        Set<Dossierdeel> gedeeld = dossiertoegang.gedeeldMetAanbieder(aanbieder, toewijzing.gemeenteCode(), client.huishoudenId());
        model.addAttribute("toewijzing", toewijzing);
        model.addAttribute("omvang", besluiten.omvang(toewijzing));
        model.addAttribute("client", client);
        model.addAttribute("gedeeld", gedeeld);
        if (gedeeld.contains(Dossierdeel.PLAN)) {
            plannen.gedeeld(toewijzing.gemeenteCode(), toewijzing.zaakId()).ifPresent(plan -> {
                model.addAttribute("plan", plan);
                // what this provider wrote earlier on the goals of this plan (under this or an earlier toewijzing)
                model.addAttribute("eigenNotities", voortgangsnotities.vanPlan(plan).notities().stream()
                        .filter(n -> n.aanbiederAgb().equals(aanbieder.organisatie()))
                        .sorted(java.util.Comparator.comparing(Voortgangsnotitie::geschrevenOp).reversed())
                        .collect(java.util.stream.Collectors.groupingBy(Voortgangsnotitie::doelId)));
            });
            dossiertoegang.aanbiederZag(aanbieder, toewijzing.gemeenteCode(), List.of(client.bsn()), Dossierdeel.PLAN, "Toestemming van de inwoner (AVG art. 6 lid 1a)");
            try {
                model.addAttribute("schrijfruimte", voortgangsnotities.schrijfruimte(aanbieder, beschikkingId));
            } catch (VoortgangGeweigerdException e) {
                model.addAttribute("voortgangNiet", e.getMessage());
            }
        }
        if (!model.containsAttribute("voortgang")) {
            model.addAttribute("voortgang", new Formulieren.VoortgangFormulier());
        }
        if (gedeeld.contains(Dossierdeel.ZRM)) {
            model.addAttribute("zrm", zrm.historie(toewijzing.gemeenteCode(), client.bsn()));
            dossiertoegang.aanbiederZag(aanbieder, toewijzing.gemeenteCode(), List.of(client.bsn()), Dossierdeel.ZRM, "Toestemming van de inwoner (AVG art. 6 lid 1a)");
        }
        return "plan/aanbieder-client";
    }

    /**
     * "Voortgang doorgeven" on one goal. Errors in what was typed come back beside the fields with the text kept; a refusal
     * by the access rule answers 403 with the reason on the client's page, the text still in the form.
     */
    @PostMapping("/clienten/{beschikkingId}/voortgang")
    String voortgang(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long beschikkingId,
                     @ModelAttribute("voortgang") Formulieren.VoortgangFormulier formulier, BindingResult resultaat, Model model,
                     HttpServletResponse response) {
        model.addAttribute("voortgangVoorDoel", formulier.getDoelId());
        if (!resultaat.hasErrors()) {
            try {
                voortgangsnotities.schrijven(aanbieder, beschikkingId, formulier.getDoelId() == null ? -1 : formulier.getDoelId(),
                        new NieuweVoortgang(formulier.getTekst(), formulier.getGoedGegaan(), formulier.getAandacht()));
                return "redirect:/aanbieder/clienten/" + beschikkingId + "?voortgang#doel-" + formulier.getDoelId();
            } catch (VoortgangGeweigerdException e) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                model.addAttribute("voortgangGeweigerd", e.getMessage());
            } catch (OngeldigeInvoerException e) {
                nl.dichtbij.platform.web.Formulieren.fouten(resultaat, e);
            }
        }
        return client(aanbieder, beschikkingId, model);
    }
}
