package nl.dichtbij.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 15: the resident's pages in plain Dutch (B1). Walks every page a resident can reach from Mijn Dichtbij (following
 * the links, as Sanne and as her father Henk) and lists, per page, the words a resident should not meet there: codes,
 * article numbers, message names, version numbers, raw values of the system and very long sentences.
 */
@IntegratieTest
class TaalVoorInwonersIT {

    /** What a resident should not read, and why; the "why" is what the failure prints. */
    static final Map<Pattern, String> VERBODEN = Map.ofEntries(
            Map.entry(Pattern.compile("\\bAVG\\b|\\bart(\\.|ikel) ?\\d|\\blid \\d"), "wetsartikel"),
            Map.entry(Pattern.compile("[Tt]oewijzing"), "berichtenjargon (toewijzing)"),
            Map.entry(Pattern.compile("\\b(JW|WMO)\\d{3}\\b|\\biJw\\b|\\biWmo\\b"), "berichtcode"),
            Map.entry(Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b|\\b(OPEN|INWONER|CONSULENT|TEAMLEIDER|VASTGESTELD|ONTVANGEN|INZIEN|WIJZIGEN)\\b"), "ruwe systeemwaarde"),
            Map.entry(Pattern.compile("\\b(GET|POST|PUT|DELETE) /"), "technisch verzoek"),
            Map.entry(Pattern.compile("\\bVersie \\d|\\bversie \\d"), "versienummer"),
            // a name that ends with a full stop ("Jeugdhulp Voorbeeld B.V.") at the end of a sentence: one full stop, not two
            Map.entry(Pattern.compile("\\p{L}\\.\\.(?!\\.)"), "twee punten aan het eind van een zin"),
            Map.entry(Pattern.compile("\\b(herbeoordeling|verkorting|productcode|productcategorie|zorg in natura)\\b", Pattern.CASE_INSENSITIVE),
                    "vakjargon"));

    static final int LANGSTE_ZIN = 30;

    private static final Pattern LINK = Pattern.compile("href=\"(/mijn[^\"#?]*)(\\?[^\"#]*)?\"");
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    @LocalServerPort int port;

    @Test
    void everyResidentPageSpeaksPlainDutch() throws Exception {
        vraagHulp(); // so the walk meets a melding page whatever ran before
        List<String> bevindingen = new ArrayList<>();
        int bezocht = 0;
        for (String wie : List.of("inwoner", "mantelzorger")) {
            HttpClient browser = Inloggen.als(port, wie);
            Set<String> gezien = new LinkedHashSet<>();
            Deque<String> tebezoeken = new ArrayDeque<>(List.of("/mijn"));
            while (!tebezoeken.isEmpty() && gezien.size() < 80) {
                String pad = tebezoeken.poll();
                if (!gezien.add(pad)) {
                    continue;
                }
                HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() != 200 || !antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                bezocht++;
                Matcher link = LINK.matcher(antwoord.body());
                while (link.find()) {
                    if (!link.group(1).contains("/brief") && !link.group(1).contains("/bijlagen") && !link.group(1).contains("/export")) {
                        tebezoeken.add(link.group(1));
                    }
                }
                bevindingen.addAll(controleer(wie + " " + pad, tekst(antwoord.body())));
            }
        }
        assertThat(bezocht).as("resident pages visited").isGreaterThan(8);
        assertThat(bevindingen).as("words a resident should not meet").isEmpty();
    }

    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;

    @Test
    void mijnDichtbijSaysWhatTheResidentHasAndItsButtonsNameThePagesTheyOpen() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(45).inschrijven(inschrijvingen, clock);
        Gebruiker inwoner = Testzaken.inwonerMetAccount(jdbc, wachtwoorden, huishouden.volwassene());
        HttpClient browser = Inloggen.als(port, inwoner.gebruikersnaam());
        assertThat(haal(browser, "/mijn")).contains("U heeft nog geen vragen gesteld.").doesNotContain("U krijgt al hulp");

        // a plan made with the consulent, no question asked in Mijn Dichtbij: the page says what he has, not "no questions yet"
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, huishouden.huishoudenId());
        plannen.vanZaak(Testzaken.consulent(gemeenten, Doelgroep.WMO), zaak.id());
        String mijn = haal(browser, "/mijn");
        assertThat(mijn).doesNotContain("nog geen vragen").contains("U krijgt al hulp van ons.", "href=\"/mijn/plan\">Mijn plan</a>.");

        // every button carries the heading of the page it opens
        Matcher knop = Pattern.compile("<a class=\"knop[^\"]*\" href=\"(/mijn[^\"]*)\">([^<]+)</a>").matcher(mijn);
        List<String> knoppen = new ArrayList<>();
        while (knop.find()) {
            knoppen.add(knop.group(2));
            Matcher kop = Pattern.compile("<h1[^>]*>([^<]+)</h1>").matcher(haal(browser, knop.group(1)));
            assertThat(kop.find()).as(knop.group(1)).isTrue();
            assertThat(kop.group(1).strip()).as("the heading of " + knop.group(1)).isEqualTo(knop.group(2).strip());
        }
        assertThat(knoppen).containsExactly("Hulp vragen", "Mijn plan", "Mijn besluiten", "Mijn gegevens", "Verwijzingen naar partners", "Wie mag namens mij handelen?",
                "Mijn ervaringen met aanbieders");
    }

    @Test
    void mijnBesluitenWritesDatesAsTheOtherResidentPagesDo() throws Exception {
        // Sanne reads Tom's decisions (the demo's Jeugd decisions)
        String besluiten = haal(Inloggen.als(port, "inwoner"), "/mijn/besluiten");
        assertThat(besluiten).containsPattern("Van \\d{1,2} [a-z]+ \\d{4} tot en met \\d{1,2} [a-z]+ \\d{4}\\.");
        assertThat(tekst(besluiten)).doesNotContainPattern("\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b");
    }

    private String haal(HttpClient browser, String pad) throws Exception {
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private void vraagHulp() throws Exception {
        HttpClient sanne = Inloggen.als(port, "inwoner");
        URI formulier = URI.create("http://localhost:" + port + "/mijn/hulp-vragen");
        String pagina = sanne.send(HttpRequest.newBuilder(formulier).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> verstuurd = sanne.send(HttpRequest.newBuilder(formulier).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("persoonBsn=999900006&omschrijving=Tom+zit+veel+op+zijn+kamer.&levensgebieden=DAGBESTEDING"
                        + "&urgentie=NORMAAL&contactvoorkeur=TELEFOON&telefoon=0612345678&_csrf=" + Inloggen.csrf(pagina))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verstuurd.body()).contains("Uw vraag is verstuurd");
    }

    static List<String> controleer(String pagina, String tekst) {
        List<String> bevindingen = new ArrayList<>();
        VERBODEN.forEach((patroon, waarom) -> {
            Matcher m = patroon.matcher(tekst);
            if (m.find()) {
                int van = Math.max(0, m.start() - 40);
                bevindingen.add(pagina + ": " + waarom + " in \"…" + tekst.substring(van, Math.min(tekst.length(), m.end() + 40)) + "…\"");
            }
        });
        for (String zin : tekst.split("(?<=[.!?])\\s+|\\s{2,}")) {
            if (zin.split("\\s+").length > LANGSTE_ZIN) {
                bevindingen.add(pagina + ": zin van " + zin.split("\\s+").length + " woorden: \"" + zin + "\"");
            }
        }
        return bevindingen;
    }

    /** The visible text of the page's main part: no tags, no hidden form values, entities as characters. */
    static String tekst(String html) {
        Matcher main = MAIN.matcher(html);
        String deel = main.find() ? main.group(1) : html;
        return deel.replaceAll("(?s)<script.*?</script>|(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", "  ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replaceAll("[ \\t]+", " ")
                .replaceAll("(\\s*\\n\\s*)+", "  ").strip();
    }
}
