package nl.dichtbij.platform.web;

import java.util.Map;

import nl.dichtbij.platform.Gebruiker;

/**
 * What a module adds to every page about to be rendered besides what its controller put there: the menu's active item,
 * the municipality's colours, an invitation on Mijn Dichtbij. Called once per rendered page, after the controller and
 * never for the API or a redirect (issue 24: a {@code @ModelAttribute} in a controller advice ran for every API request too).
 * What the controller already put in the model stays.
 */
public interface Paginamodel {

    /** The page being rendered: who is signed in (null when nobody is), its path without the context path, and whether it is a GET. */
    record Verzoek(Gebruiker gebruiker, String pad, boolean get) {
    }

    void vul(Verzoek verzoek, Map<String, Object> model);
}
