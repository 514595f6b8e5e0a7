package nl.dichtbij.gemeente.web;

import java.time.Duration;
import java.util.Map;

import nl.dichtbij.gemeente.Huisstijl;
import nl.dichtbij.gemeente.Huisstijlen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality's colours: served as a small style sheet that sets the design tokens of {@code dichtbij.css} (every page of
 * a signed-in person links the one of his municipality), and kept by beheer. Only checked colours reach the style sheet.
 */
@Controller
class HuisstijlController {

    private final Huisstijlen huisstijlen;

    HuisstijlController(Huisstijlen huisstijlen) {
        this.huisstijlen = huisstijlen;
    }

    @GetMapping("/huisstijl/{gemeente}.css")
    ResponseEntity<String> stijlblad(@PathVariable String gemeente, @RequestParam(required = false) String v) {
        if (!gemeente.matches("\\d{4}")) {
            return ResponseEntity.notFound().build();
        }
        // a browser may keep the sheet for a day only under the address of these colours: a node that has not seen a change
        // yet (it reloads every few minutes) must not let the new address keep the old colours
        return huisstijlen.van(gemeente).filter(Huisstijl::eigen)
                .map(s -> ResponseEntity.ok().contentType(new MediaType("text", "css"))
                        .cacheControl(s.versie().equals(v) ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic() : CacheControl.noCache())
                        .body(":root { --primair: " + s.primair() + "; --primair-donker: " + s.donker() + "; }\n"))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/beheer/huisstijl")
    String pagina(@AuthenticationPrincipal Gebruiker beheerder, Model model) {
        if (!model.containsAttribute("ingevuld")) {
            Huisstijl stijl = huisstijlen.van(beheerder.gemeenteCode()).orElseThrow();
            model.addAttribute("ingevuld", Map.of("primair", stijl.primair(), "donker", stijl.donker()));
        }
        return "beheer/huisstijl";
    }

    @PostMapping("/beheer/huisstijl")
    String vastleggen(@AuthenticationPrincipal Gebruiker beheerder, @RequestParam(required = false) String primair,
                      @RequestParam(required = false) String donker, Model model) {
        try {
            huisstijlen.vastleggen(beheerder.gemeenteCode(), primair, donker);
            return "redirect:/beheer/huisstijl?bewaard";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Map.of("primair", primair == null ? "" : primair, "donker", donker == null ? "" : donker));
            return pagina(beheerder, model);
        }
    }
}
