package nl.dichtbij.gemeente.web;

import nl.dichtbij.gemeente.Contact;
import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.gemeente.Huisstijl;
import nl.dichtbij.gemeente.Huisstijlen;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * One's own municipality on every page of a signed-in person: the phone number of its sociaal team in the footer, its name
 * and colours in the header.
 */
@ControllerAdvice(annotations = Controller.class)
class SociaalTeamBellen {

    private final Contactgegevens contactgegevens;
    private final Huisstijlen huisstijlen;

    SociaalTeamBellen(Contactgegevens contactgegevens, Huisstijlen huisstijlen) {
        this.contactgegevens = contactgegevens;
        this.huisstijlen = huisstijlen;
    }

    @ModelAttribute("huisstijl")
    Huisstijl huisstijl(@AuthenticationPrincipal Object ingelogd) {
        return ingelogd instanceof Gebruiker gebruiker ? huisstijlen.van(gebruiker.gemeenteCode()).orElse(null) : null;
    }

    @ModelAttribute("gemeenteContact")
    Contact gemeenteContact(@AuthenticationPrincipal Object ingelogd) {
        return ingelogd instanceof Gebruiker gebruiker ? contactgegevens.van(gebruiker.gemeenteCode()).orElse(null) : null;
    }
}
