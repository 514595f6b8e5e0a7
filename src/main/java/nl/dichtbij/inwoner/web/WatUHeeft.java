package nl.dichtbij.inwoner.web;

import java.util.Map;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Paginamodel;

import org.springframework.stereotype.Component;

/**
 * Tells the resident's Mijn Dichtbij page what he has besides his questions: a plan, decisions. A resident helped after a
 * conversation with the consulent has no question in Mijn Dichtbij, and should not read "nog geen vragen" as if nothing
 * happened. Only on that page; the toegang module that shows it does not know the plan or the decisions.
 */
@Component
class WatUHeeft implements Paginamodel {

    private final Plannen plannen;
    private final Besluiten besluiten;

    WatUHeeft(Plannen plannen, Besluiten besluiten) {
        this.plannen = plannen;
        this.besluiten = besluiten;
    }

    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        Gebruiker gebruiker = verzoek.gebruiker();
        if (gebruiker != null && gebruiker.is(Rol.INWONER) && verzoek.get() && verzoek.pad().equals("/mijn")) {
            model.put("heeftPlan", plannen.heeftPlan(gebruiker));
            model.put("aantalBesluiten", besluiten.aantalVanInwoner(gebruiker));
        }
    }
}
