package nl.dichtbij.inwoner.web;

import jakarta.servlet.http.HttpServletRequest;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the resident's Mijn Dichtbij page what he has besides his questions: a plan, decisions. A resident helped after a
 * conversation with the consulent has no question in Mijn Dichtbij, and should not read "nog geen vragen" as if nothing
 * happened. Only on that page; the toegang module that shows it does not know the plan or the decisions.
 */
@ControllerAdvice
class WatUHeeft {

    private final Plannen plannen;
    private final Besluiten besluiten;

    WatUHeeft(Plannen plannen, Besluiten besluiten) {
        this.plannen = plannen;
        this.besluiten = besluiten;
    }

    @ModelAttribute("heeftPlan")
    Boolean heeftPlan(@AuthenticationPrincipal Gebruiker gebruiker, HttpServletRequest request) {
        return opMijnDichtbij(gebruiker, request) ? plannen.heeftPlan(gebruiker) : null;
    }

    @ModelAttribute("aantalBesluiten")
    Integer aantalBesluiten(@AuthenticationPrincipal Gebruiker gebruiker, HttpServletRequest request) {
        return opMijnDichtbij(gebruiker, request) ? besluiten.aantalVanInwoner(gebruiker) : null;
    }

    private static boolean opMijnDichtbij(Gebruiker gebruiker, HttpServletRequest request) {
        return gebruiker != null && gebruiker.is(Rol.INWONER) && "GET".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/mijn");
    }
}
