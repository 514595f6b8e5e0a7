package nl.dichtbij.plan.web;

import java.util.List;
import java.util.Set;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.zrm.Zrm;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The provider sees its own clients (its toewijzingen) and, per client, only the parts of the
 * plan that the resident shared with this provider.
 */
@Controller
@RequestMapping("/aanbieder")
class AanbiederController {

    private final Besluiten besluiten;
    private final Plannen plannen;
    private final Zrm zrm;
    private final Dossiertoegang dossiertoegang;
    private final PersonenRegister register;

    AanbiederController(Besluiten besluiten, Plannen plannen, Zrm zrm, Dossiertoegang dossiertoegang, PersonenRegister register) {
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
            plannen.gedeeld(toewijzing.gemeenteCode(), toewijzing.zaakId()).ifPresent(plan -> model.addAttribute("plan", plan));
            dossiertoegang.aanbiederZag(aanbieder, toewijzing.gemeenteCode(), List.of(client.bsn()), Dossierdeel.PLAN, "Toestemming van de inwoner (AVG art. 6 lid 1a)");
        }
        if (gedeeld.contains(Dossierdeel.ZRM)) {
            model.addAttribute("zrm", zrm.historie(toewijzing.gemeenteCode(), client.bsn()));
            dossiertoegang.aanbiederZag(aanbieder, toewijzing.gemeenteCode(), List.of(client.bsn()), Dossierdeel.ZRM, "Toestemming van de inwoner (AVG art. 6 lid 1a)");
        }
        return "plan/aanbieder-client";
    }
}
