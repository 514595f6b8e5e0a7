package nl.dichtbij.aanbod.web;

import java.io.IOException;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Functioneel beheer keeps the code lists and sees the products of the municipality. */
@Controller
class CodelijstController {

    private final Aanbod aanbod;
    private final IStandaarden istandaarden;

    CodelijstController(Aanbod aanbod, IStandaarden istandaarden) {
        this.aanbod = aanbod;
        this.istandaarden = istandaarden;
    }

    @GetMapping("/beheer/codelijsten")
    String codelijsten(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        model.addAttribute("productcategorieenWmo", aanbod.codelijst("WMO020"));
        model.addAttribute("productcategorieenJeugd", aanbod.codelijst("JZ020"));
        model.addAttribute("eenheden", aanbod.codelijst("WJ756"));
        model.addAttribute("frequenties", aanbod.codelijst("WMO757"));
        model.addAttribute("producten", aanbod.producten(beheerder.gemeenteCode()));
        model.addAttribute("bron", istandaarden.bron());
        model.addAttribute("meegeleverd", istandaarden.isMeegeleverd());
        return "beheer/codelijsten";
    }

    @PostMapping("/beheer/codelijsten/bijwerken")
    String bijwerken(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        try {
            int aantal = aanbod.importeer(istandaarden);
            return "redirect:/beheer/codelijsten?bijgewerkt=" + aantal;
        } catch (IOException e) {
            model.addAttribute("fout", "De codelijsten konden niet worden gelezen: " + e.getMessage());
            return codelijsten(beheerder, model);
        }
    }
}
