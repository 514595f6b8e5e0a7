package nl.dichtbij.gemeente.web;

import nl.dichtbij.gemeente.Contact;
import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The phone number of one's own municipality's sociaal team, for the footer of every page of a signed-in person. */
@ControllerAdvice(annotations = Controller.class)
class SociaalTeamBellen {

    private final Contactgegevens contactgegevens;

    SociaalTeamBellen(Contactgegevens contactgegevens) {
        this.contactgegevens = contactgegevens;
    }

    @ModelAttribute("gemeenteContact")
    Contact gemeenteContact(@AuthenticationPrincipal Object ingelogd) {
        return ingelogd instanceof Gebruiker gebruiker ? contactgegevens.van(gebruiker.gemeenteCode()).orElse(null) : null;
    }
}
