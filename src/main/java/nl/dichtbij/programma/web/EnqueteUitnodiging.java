package nl.dichtbij.programma.web;

import jakarta.servlet.http.HttpServletRequest;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.programma.Enquete;
import nl.dichtbij.programma.Enquetes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the open survey on the resident's Mijn Dichtbij page (only there, and only while he has
 * not answered it yet), so the overview can invite him without the toegang module knowing the survey.
 */
@ControllerAdvice
class EnqueteUitnodiging {

    private final Enquetes enquetes;

    EnqueteUitnodiging(Enquetes enquetes) {
        this.enquetes = enquetes;
    }

    @ModelAttribute("openEnquete")
    Enquete openEnquete(@AuthenticationPrincipal Gebruiker gebruiker, HttpServletRequest request) {
        if (gebruiker == null || !gebruiker.is(Rol.INWONER) || !"GET".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/mijn")) {
            return null;
        }
        return enquetes.open(gebruiker.gemeenteCode()).filter(e -> !enquetes.meegedaan(gebruiker, e)).orElse(null);
    }
}
