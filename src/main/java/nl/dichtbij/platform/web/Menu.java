package nl.dichtbij.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which item of the main menu the page belongs to, so the menu can mark it ({@code aria-current="page"}): the item
 * whose address is the longest start of the page's address, e.g. a melding under "Werkbak", Tom's plan under "Mijn plan".
 */
@ControllerAdvice(annotations = Controller.class)
class Menu {

    /** The addresses in the menu of {@code layout.html}. */
    static final List<String> ITEMS = List.of("/mijn", "/mijn/plan", "/mijn/besluiten", "/mijn/gegevens", "/aanbieder",
            "/aanbieder/berichten", "/aanbieder/cijfers", "/privacy", "/werk", "/werk/verzoeken", "/werk/zoeken", "/teams", "/teams/noodtoegang", "/sturing/raad", "/sturing/geld",
            "/sturing/doorloop", "/sturing/stapeling", "/sturing/wijken", "/sturing/uitkomsten", "/sturing/watwerkt", "/sturing/verwijzers", "/sturing/kosten", "/sturing/aanbieders", "/sturing/voorzieningen", "/programma", "/programma/enquete", "/interventies", "/inkoop",
            "/beheer/sociale-kaart", "/beheer/aanbieders", "/beheer/codelijsten", "/beheer/contactgegevens", "/beheer/huisstijl", "/beheer/mandaten", "/beheer/berichten", "/beheer/inlogblokkades",
            "/beheer/gebeurtenissen", "/sociale-kaart", "/inloggen");

    @ModelAttribute("menuActief")
    String menuActief(HttpServletRequest request) {
        return actief(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String actief(String pad) {
        return ITEMS.stream().filter(item -> pad.equals(item) || pad.startsWith(item + "/")).max(Comparator.comparingInt(String::length))
                .orElse(null);
    }
}
