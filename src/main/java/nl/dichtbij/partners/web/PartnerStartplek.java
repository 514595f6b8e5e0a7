package nl.dichtbij.partners.web;

import java.util.Optional;

import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Startplek;

import org.springframework.stereotype.Component;

/** A partner's account (FermWerk, debt help) starts at the referrals to its organisation, not at a provider's clients. */
@Component
class PartnerStartplek implements Startplek {

    private final Partnerregister register;

    PartnerStartplek(Partnerregister register) {
        this.register = register;
    }

    @Override
    public Optional<String> voor(Gebruiker gebruiker) {
        return gebruiker.is(Rol.AANBIEDER) && register.isPartnerorganisatie(gebruiker.gemeenteCode(), gebruiker.organisatie())
                ? Optional.of("/partner/verwijzingen") : Optional.empty();
    }
}
