package nl.dichtbij.catalogus.web;

import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.catalogus.Ervaringen;

import org.springframework.ui.Model;

/** The page for a refused attempt (not your care, already told, already replied): 403 with the Dutch reason and a way back. */
final class Geweigerd {

    private Geweigerd() {
    }

    static String pagina(Ervaringen.Geweigerd e, Model model, HttpServletResponse response, String terug, String terugTekst) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("melding", String.join(" ", e.fouten().values()));
        model.addAttribute("terug", terug);
        model.addAttribute("terugTekst", terugTekst);
        return "catalogus/geweigerd";
    }
}
