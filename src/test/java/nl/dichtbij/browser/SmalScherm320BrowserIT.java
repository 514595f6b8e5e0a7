package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.demo.Testpersonen;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of every role on a 320 px phone (WCAG 1.4.10, reflow): no page scrolls sideways and every page passes
 * axe-core. The routes come from Spring's handler mapping, as in AutorisatieMatrixIT, so a new page is checked too.
 *
 * <p>Path variables are filled with real ids of the demo data as the role sees them: first every page without a
 * variable is visited, and the links on it ({@code a[href]}, {@code form[action]}) give the ids for the pages with one;
 * that repeats until no new page is reached. So the persona's own melding, case, decision, plan and objection are
 * checked as that persona opens them. Skipped, by design:
 * <ul>
 * <li>{@code /api/**}, downloads ({@code .pdf}, {@code .csv}, {@code .xlsx}, {@code .xml}, {@code .json}, {@code /export},
 * a decision's {@code /brief} and {@code /conceptbrief}, objection {@code /bijlagen/}) and {@code /error}: no HTML page;</li>
 * <li>routes without GET (POST-only forms);</li>
 * <li>pages the role may not open: they answer 403 or 404, or send the browser to /inloggen;</li>
 * <li>a page with a path variable that no page of that role links to: the test prints them as "niet bereikt" (that list
 * also names every pattern of another role). With the demo data of 2026-11-23 these are, for roles that may open them:
 * {@code /werk/verzoeken/{verzoekId}} (no page links a provider's verzoek to the consulent), the Wmo consulent's and
 * teamleider's {@code /werk/zaken/{zaakId}}, {@code /werk/aanvragen/{id}} and
 * {@code /werk/huishoudens/{huishoudenId}/vertegenwoordiging} (no case of theirs is linked), {@code /teams/noodtoegang/{id}/**}
 * and {@code /beheer/gebeurtenissen/{id}/opnieuw} (POST), a conceptbrief (download). A sub-page that no link names, such as a
 * melding's {@code /onderzoek}, is opened under a linked page with a numeric id. AutorisatieMatrixIT covers them all by
 * status.</li>
 * </ul>
 */
@IntegratieTest
class SmalScherm320BrowserIT {

    /** To look at one role or page while fixing: -Dsmal.rollen=inwoner,beheer -Dsmal.paden='/mijn.*'. */
    private static final List<String> ROLLEN = List.of(System.getProperty("smal.rollen",
            "inwoner,mantelzorger,jeugdconsulent,wmoconsulent,teamleider,aanbieder,beleid,bestuur,beheer,privacy").split(","));
    private static final Pattern PADEN = Pattern.compile(System.getProperty("smal.paden", ".*"));
    private static final Pattern DOWNLOAD = Pattern.compile(
            "^/api/.*|.*\\.(pdf|csv|xlsx|xml|json)$|.*/export$|.*/brief$|.*/conceptbrief$|.*/bijlagen/.*|^/error$|^/uitloggen$");
    private static final Pattern VARIABELE = Pattern.compile("\\{[^}]+}");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Toestemmingen toestemmingen;

    @Test
    void noPageScrollsSidewaysAt320Px() throws Exception {
        List<String> patronen = paginas();
        List<String> fouten = new ArrayList<>();
        Map<String, Set<String>> nietBereikt = new LinkedHashMap<>();
        int bezocht = 0;
        try (Browser browser = Browser.start(port, "smal")) {
            browser.smal();
            gegevens(browser);
            bezocht += rol(browser, null, patronen, fouten, nietBereikt);
            for (String rol : ROLLEN) {
                browser.inloggen(rol);
                bezocht += rol(browser, rol, patronen, fouten, nietBereikt);
                browser.uitloggen();
            }
        }
        System.out.printf("SMAL SCHERM 320: %d paginapatronen, %d rollen + anoniem, %d pagina's bekeken, %d fouten%n",
                patronen.size(), ROLLEN.size(), bezocht, fouten.size());
        nietBereikt.forEach((rol, p) -> System.out.println("SMAL SCHERM 320 niet bereikt als " + rol + ": " + p));
        assertThat(fouten).as("%d pagina's op 320 px:%n%s", fouten.size(), String.join("\n\n", fouten)).isEmpty();
        if (System.getProperty("smal.rollen") == null && System.getProperty("smal.paden") == null) {
            assertThat(bezocht).isGreaterThan(100);
        }
    }

    /**
     * Data the privacy and case pages show, so their tables are there: Sanne and Henk each ask for help (a melding and a
     * case), Henk shares his plan with the provider and with a professional of the other team, a huisarts too.
     */
    private void gegevens(Browser browser) {
        browser.vraagHulpAls("inwoner", "Ik slaap slecht en ben steeds moe sinds mijn vader hulp nodig heeft.", "Hoe u zich voelt");
        browser.vraagHulpAls("mantelzorger", "Ik kan mijn rekeningen niet meer overzien sinds mijn vrouw overleed.", "Geld en schulden");
        Gebruiker henk = new Gebruiker("mantelzorger", null, Testpersonen.GROOTVADER_NAAM, Rol.INWONER, "0632", null, Testpersonen.GROOTVADER_BSN);
        toestemmingen.verlenen(henk, "AANBIEDER:42420001", null, Set.of(Dossierdeel.PLAN), null);
        toestemmingen.verlenen(henk, "MEDEWERKER:jeugdconsulent", null, Set.of(Dossierdeel.PLAN, Dossierdeel.ZRM, Dossierdeel.NOTITIES, Dossierdeel.BESLUITEN, Dossierdeel.DOCUMENTEN), null);
        toestemmingen.verlenen(henk, "HUISARTS", "Huisartsenpraktijk De Rijnoever-Zuidwestkwartier", Set.of(Dossierdeel.PLAN), null);
    }

    /** Visits each page pattern once as this role; returns how many pages it checked. */
    private int rol(Browser browser, String rol, List<String> patronen, List<String> fouten, Map<String, Set<String>> nietBereikt) {
        String wie = rol == null ? "anoniem" : rol;
        Set<String> links = new LinkedHashSet<>();
        Set<String> open = new LinkedHashSet<>(patronen);
        Set<String> gezien = new LinkedHashSet<>();
        int bezocht = 0;
        boolean voortgang = true;
        while (voortgang) {
            voortgang = false;
            for (String patroon : List.copyOf(open)) {
                String pad = invullen(patroon, links);
                if (pad != null && pad.equals("/inloggen") && rol != null) {
                    open.remove(patroon);
                    continue; // the sign-in page is checked once, before signing in
                }
                if (pad == null) {
                    continue;
                }
                open.remove(patroon);
                voortgang = true;
                browser.ga(pad);
                String status = browser.status();
                String url = browser.url().replaceFirst("^https?://[^/]+", "");
                if (url.startsWith("/inloggen") && !pad.equals("/inloggen") || status.equals("403") || status.equals("404")) {
                    continue; // not this role's page
                }
                if (!gezien.add(url) || !browser.isHtmlPagina()) {
                    continue;
                }
                if (!status.equals("200")) {
                    fouten.add(wie + " " + pad + ": status " + status);
                    continue;
                }
                bezocht++;
                String problemen = browser.problemen();
                if (!problemen.isEmpty()) {
                    fouten.add(wie + " " + pad + ": " + problemen);
                }
                for (WebElement a : browser.alle(By.cssSelector("a[href], form[action]"))) {
                    String href = a.getAttribute(a.getTagName().equals("a") ? "href" : "action");
                    if (href != null && href.startsWith("http://localhost:" + port + "/")) {
                        links.add(href.substring(("http://localhost:" + port).length()).replaceAll("[?#].*$", ""));
                    }
                }
            }
        }
        Set<String> rest = new TreeSet<>(open);
        if (!rest.isEmpty()) {
            nietBereikt.put(wie, rest);
        }
        return bezocht;
    }

    /** The pattern as a path, with its variables taken from a link this role saw; null while no link matches. */
    private static String invullen(String patroon, Set<String> links) {
        if (!patroon.contains("{")) {
            return patroon;
        }
        String gevonden = eerste(patroon, "[^/]+", links);
        if (gevonden == null) {
            // a sub-page no link names, such as a melding's onderzoek: the path of a linked page with the sub-page's tail
            int einde = patroon.lastIndexOf('}') + 1;
            String voor = eerste(patroon.substring(0, einde), "[0-9]+", links);
            gevonden = voor == null ? null : voor + patroon.substring(einde);
        }
        return gevonden;
    }

    private static String eerste(String patroon, String waarde, Set<String> links) {
        Pattern regex = Pattern.compile(VARIABELE.splitAsStream(patroon + "\u0000").map(Pattern::quote)
                .reduce((a, b) -> a + waarde + b).orElseThrow().replace("\u0000", ""));
        return links.stream().filter(l -> regex.matcher(l).matches()).findFirst().orElse(null);
    }

    /** Every GET route that renders a page. */
    private List<String> paginas() {
        Set<String> paginas = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, methode) -> {
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            if (!methoden.isEmpty() && !methoden.contains(RequestMethod.GET)) {
                return;
            }
            for (String patroon : info.getPatternValues()) {
                if (!DOWNLOAD.matcher(patroon).matches() && PADEN.matcher(patroon).matches()) {
                    paginas.add(patroon);
                }
            }
        });
        return List.copyOf(paginas);
    }
}
