package nl.dichtbij.veiligheid.web;

import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Startplek;
import nl.dichtbij.platform.web.Paginamodel;
import nl.dichtbij.veiligheid.Veiligheid;

import org.springframework.stereotype.Component;

/** A gecertificeerde instelling's account starts at the cases of its measures, not at a care provider's clients, and only such an account has them in its menu. */
@Component
class GiStartplek implements Startplek, Paginamodel {

    private final Veiligheid veiligheid;

    GiStartplek(Veiligheid veiligheid) {
        this.veiligheid = veiligheid;
    }

    @Override
    public Optional<String> voor(Gebruiker gebruiker) {
        return gebruiker.is(Rol.AANBIEDER) && gebruiker.organisatie() != null
                && veiligheid.isInstelling(gebruiker.gemeenteCode(), gebruiker.organisatie())
                ? Optional.of("/aanbieder/veiligheid") : Optional.empty();
    }

    /** The menu shows this work only to the accounts that do it. */
    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        if (verzoek.gebruiker() != null && verzoek.gebruiker().is(Rol.AANBIEDER)) {
            model.put("giAccount", voor(verzoek.gebruiker()).isPresent());
        }
    }
}
