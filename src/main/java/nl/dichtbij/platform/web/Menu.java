package nl.dichtbij.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which item of the main menu the page belongs to, so the menu can mark it ({@code aria-current="page"}): the item
 * whose address is the longest start of the page's address, e.g. a melding under "Werkbak", Tom's plan under "Mijn plan".
 */
@Component
class Menu implements Paginamodel {

    /** The addresses in the menu of {@code layout.html}. */
    static final List<String> ITEMS = List.of("/mijn", "/mijn/plan", "/mijn/besluiten", "/mijn/marktplaats", "/mijn/gegevens", "/aanbieder",
            "/aanbieder/berichten", "/aanbieder/cijfers", "/aanbieder/ervaringen", "/partner/verwijzingen", "/aanbieder/marktplaats", "/aanbieder/veiligheid", "/privacy", "/werk", "/werk/verzoeken", "/werk/zoeken", "/werk/vroegsignalen", "/teams", "/teams/noodtoegang", "/regio", "/open-data", "/sturing/raad", "/sturing/cbs-jeugd", "/sturing/geld",
            "/sturing/doorloop", "/sturing/stapeling", "/sturing/wijken", "/sturing/uitkomsten", "/sturing/watwerkt", "/sturing/participatie", "/sturing/vroegsignalering", "/sturing/verwijzers", "/sturing/kosten", "/sturing/aanbieders", "/sturing/ervaringen", "/sturing/voorzieningen", "/sturing/marktplaats", "/sturing/referenties", "/programma", "/programma/enquete", "/programma/clientervaring", "/interventies", "/inkoop",
            "/beheer/sociale-kaart", "/beheer/aanbieders", "/beheer/codelijsten", "/beheer/contactgegevens", "/beheer/signaalbronnen", "/beheer/huisstijl", "/beheer/mandaten", "/beheer/ervaringen", "/beheer/postcodegebieden", "/beheer/partners", "/beheer/gecertificeerde-instellingen", "/beheer/berichten", "/beheer/inlogblokkades",
            "/beheer/gebeurtenissen", "/sociale-kaart", "/sociale-kaart/aanbieders", "/inloggen");

    @Override
    public void vul(Verzoek verzoek, Map<String, Object> model) {
        model.put("menuActief", actief(verzoek.pad()));
    }

    static String actief(String pad) {
        return ITEMS.stream().filter(item -> pad.equals(item) || pad.startsWith(item + "/")).max(Comparator.comparingInt(String::length))
                .orElse(null);
    }
}
