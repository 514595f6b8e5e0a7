package nl.dichtbij.gemeente.web;

import java.util.Map;

import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.gemeente.Huisstijlen;
import nl.dichtbij.platform.web.Paginamodel;

import org.springframework.stereotype.Component;

/**
 * One's own municipality on every page of a signed-in person: the phone number of its sociaal team in the footer, its name
 * and colours in the header.
 */
@Component
class SociaalTeamBellen implements Paginamodel {

    private final Contactgegevens contactgegevens;
    private final Huisstijlen huisstijlen;

    SociaalTeamBellen(Contactgegevens contactgegevens, Huisstijlen huisstijlen) {
        this.contactgegevens = contactgegevens;
        this.huisstijlen = huisstijlen;
    }

    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        // the region's staff work for several municipalities: no one municipality's colours or social team's number (issue 21)
        if (verzoek.gebruiker() != null && !verzoek.gebruiker().is(nl.dichtbij.platform.Rol.REGIO)) {
            huisstijlen.van(verzoek.gebruiker().gemeenteCode()).ifPresent(h -> model.put("huisstijl", h));
            contactgegevens.van(verzoek.gebruiker().gemeenteCode()).ifPresent(c -> model.put("gemeenteContact", c));
        }
    }
}
