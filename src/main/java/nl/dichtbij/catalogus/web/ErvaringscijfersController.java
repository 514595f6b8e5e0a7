package nl.dichtbij.catalogus.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.dichtbij.catalogus.Ervaring;
import nl.dichtbij.catalogus.Ervaringen;
import nl.dichtbij.catalogus.Ervaringsregels;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.web.Tabelbestand;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For beleid: the experience ratings per provider over time (per quarter or per year), a rating only from the threshold of
 * published stories; and the published stories without names for evaluations (storytelling), as CSV or XLSX.
 */
@Controller
class ErvaringscijfersController {

    private final Ervaringen ervaringen;

    ErvaringscijfersController(Ervaringen ervaringen) {
        this.ervaringen = ervaringen;
    }

    @GetMapping("/sturing/ervaringen")
    String cijfers(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "kwartaal") String per, Model model) {
        boolean perJaar = "jaar".equals(per);
        model.addAttribute("cijfers", ervaringen.cijfers(beleid, perJaar));
        model.addAttribute("perJaar", perJaar);
        model.addAttribute("drempel", Ervaringsregels.DREMPEL);
        return "catalogus/cijfers";
    }

    @GetMapping("/sturing/ervaringen/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "kwartaal") String per,
                                  @RequestParam(defaultValue = "csv") String formaat) {
        bekend(formaat);
        boolean perJaar = "jaar".equals(per);
        List<List<Object>> rijen = new ArrayList<>();
        for (Ervaringen.Kwartaalcijfer c : ervaringen.cijfers(beleid, perJaar)) {
            rijen.add(Arrays.asList(c.aanbiederNaam(), c.aanbiederAgb(), c.periode(), c.aantal(),
                    c.waardering().map(w -> (Object) een(w.luisteren())).orElse("minder dan " + Ervaringsregels.DREMPEL),
                    c.waardering().map(w -> (Object) een(w.afspraken())).orElse(""), c.waardering().map(w -> (Object) een(w.resultaat())).orElse(""),
                    c.waardering().map(w -> (Object) een(w.gemiddeld())).orElse("")));
        }
        return Tabelbestand.download("ervaringscijfers-" + (perJaar ? "jaar" : "kwartaal"), formaat, "Ervaringen",
                List.of("Aanbieder", "AGB-code", perJaar ? "Jaar" : "Kwartaal", "Verhalen", "Luisteren", "Afspraken nagekomen", "Resultaat", "Gemiddeld"), rijen);
    }

    @GetMapping("/sturing/ervaringen/verhalen")
    ResponseEntity<byte[]> verhalen(@AuthenticationPrincipal Gebruiker beleid, @RequestParam(defaultValue = "csv") String formaat) {
        bekend(formaat);
        List<List<Object>> rijen = new ArrayList<>();
        for (Ervaring.Gepubliceerd v : ervaringen.voorEvaluatie(beleid)) {
            rijen.add(Arrays.asList(v.aanbiederNaam(), v.product(), v.maand(), v.luisteren(), v.afspraken(), v.resultaat(), v.verhaal(),
                    v.reactie() == null ? "" : v.reactie()));
        }
        return Tabelbestand.download("ervaringsverhalen", formaat, "Verhalen",
                List.of("Aanbieder", "Product", "Gepubliceerd", "Luisteren", "Afspraken nagekomen", "Resultaat", "Verhaal", "Reactie aanbieder"), rijen);
    }

    /** One decimal, as the page shows it; a BigDecimal, so the CSV writes a decimal comma (4,2) like every other export, not 4.2. */
    static java.math.BigDecimal een(double waarde) {
        return java.math.BigDecimal.valueOf(waarde).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static void bekend(String formaat) {
        if (!Tabelbestand.bekendFormaat(formaat)) {
            throw new NietGevondenException("Het formaat " + formaat);
        }
    }
}
