package nl.dichtbij.inwoner.web;

import nl.dichtbij.inwoner.Nieuwsmail;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Mijn Dichtbij: the resident turns the e-mail about news on (with his address) or off. */
@Controller
class NieuwsmailController {

    private final Nieuwsmail nieuwsmail;

    NieuwsmailController(Nieuwsmail nieuwsmail) {
        this.nieuwsmail = nieuwsmail;
    }

    @GetMapping("/mijn/email")
    String pagina(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", nieuwsmail.adres(inwoner).orElse(""));
        }
        model.addAttribute("aan", nieuwsmail.adres(inwoner).isPresent());
        model.addAttribute("namens", inwoner.handeltNamensIemand() ? inwoner.naam() : null);
        return "inwoner/email";
    }

    @PostMapping("/mijn/email")
    String instellen(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) String email,
                     @RequestParam(required = false) String uitzetten, Model model) {
        try {
            if (uitzetten == null && (email == null || email.isBlank())) {
                throw new OngeldigeInvoerException("email", nieuwsmail.adres(inwoner).isPresent()
                        ? "Vul uw e-mailadres in. Wilt u geen e-mails meer? Kies dan Geen e-mails meer."
                        : "Vul uw e-mailadres in.");
            }
            nieuwsmail.instellen(inwoner, uitzetten != null ? "" : email);
            return "redirect:/mijn/email?" + (uitzetten != null ? "uit" : "aan");
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", String.join(" ", e.fouten().values()));
            model.addAttribute("email", email);
            return pagina(inwoner, model);
        }
    }
}
