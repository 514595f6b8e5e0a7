package nl.dichtbij.catalogus.web;

import java.util.List;
import java.util.Map;

import nl.dichtbij.catalogus.Ervaringen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Paginamodel;

import org.springframework.stereotype.Component;

/**
 * Puts the invitations to tell about a provider's care on the resident's Mijn Dichtbij page (only there): the toegang module
 * that shows the page does not know the stories. A gemachtigde acting for the resident sees the resident's invitations.
 */
@Component
class ErvaringUitnodiging implements Paginamodel {

    private final Ervaringen ervaringen;

    ErvaringUitnodiging(Ervaringen ervaringen) {
        this.ervaringen = ervaringen;
    }

    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        Gebruiker gebruiker = verzoek.gebruiker();
        if (gebruiker != null && gebruiker.is(Rol.INWONER) && gebruiker.bsn() != null && verzoek.get() && verzoek.pad().equals("/mijn")) {
            List<Ervaringen.Uitnodiging> uitnodigingen = ervaringen.uitnodigingen(gebruiker);
            if (!uitnodigingen.isEmpty()) {
                model.put("ervaringUitnodigingen", uitnodigingen);
            }
        }
    }
}
