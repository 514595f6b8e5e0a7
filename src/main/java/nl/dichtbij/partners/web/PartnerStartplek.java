package nl.dichtbij.partners.web;

import java.util.Map;
import java.util.Optional;

import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Startplek;
import nl.dichtbij.platform.web.Paginamodel;

import org.springframework.stereotype.Component;

/** A partner's account (FermWerk, debt help) starts at the referrals to its organisation, not at a provider's clients, and only such an account has them in its menu. */
@Component
class PartnerStartplek implements Startplek, Paginamodel {

    private final Partnerregister register;

    PartnerStartplek(Partnerregister register) {
        this.register = register;
    }

    @Override
    public Optional<String> voor(Gebruiker gebruiker) {
        return gebruiker.is(Rol.AANBIEDER) && register.isPartnerorganisatie(gebruiker.gemeenteCode(), gebruiker.organisatie())
                ? Optional.of("/partner/verwijzingen") : Optional.empty();
    }

    /** The menu shows this work only to the accounts that do it. */
    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        if (verzoek.gebruiker() != null && verzoek.gebruiker().is(Rol.AANBIEDER)) {
            model.put("partnerAccount", voor(verzoek.gebruiker()).isPresent());
        }
    }
}
