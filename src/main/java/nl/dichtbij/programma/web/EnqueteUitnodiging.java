package nl.dichtbij.programma.web;

import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Paginamodel;
import nl.dichtbij.programma.Enquetes;

import org.springframework.stereotype.Component;

/**
 * Puts the open survey on the resident's Mijn Dichtbij page (only there, and only while he has
 * not answered it yet), so the overview can invite him without the toegang module knowing the survey.
 */
@Component
class EnqueteUitnodiging implements Paginamodel {

    private final Enquetes enquetes;
    private final nl.dichtbij.programma.Clientervaringen clientervaringen;

    EnqueteUitnodiging(Enquetes enquetes, nl.dichtbij.programma.Clientervaringen clientervaringen) {
        this.enquetes = enquetes;
        this.clientervaringen = clientervaringen;
    }

    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        Gebruiker gebruiker = verzoek.gebruiker();
        if (gebruiker != null && gebruiker.is(Rol.INWONER) && verzoek.get() && verzoek.pad().equals("/mijn")) {
            enquetes.open(gebruiker.gemeenteCode()).filter(e -> !enquetes.meegedaan(gebruiker, e)).ifPresent(e -> model.put("openEnquete", e));
            clientervaringen.uitnodigingen(gebruiker).stream().findFirst().ifPresent(o -> model.put("openClientervaring", o));
        }
    }
}
