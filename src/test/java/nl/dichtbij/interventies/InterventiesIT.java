package nl.dichtbij.interventies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The intervention register end to end (issue 18): beleid registers an intervention on the page (a level 3 without a source
 * is refused in Dutch and everything typed stays), changes it, and a stale form is refused; professionals, a provider, beheer
 * and bestuur read it but may not post; a resident may not read; another municipality never sees it. {@code voorProduct}
 * finds the active intervention of a product. A pilot moves Plan, Do, Check, Act, and Act without a decision is refused.
 */
@IntegratieTest
class InterventiesIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final Gebruiker CONSULENT = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", null, null);
    private static final Gebruiker INWONER = new Gebruiker("inwoner", null, "Sanne de Wit", Rol.INWONER, "0632", null, "999900018");
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Interventies interventies;
    @Autowired Pilots pilots;
    @Autowired Clock clock;

    private static String naam(String basis) {
        return basis + " " + VOLGNUMMER.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
    }

    private static NieuweInterventie nieuw(String naam, int niveau, String bron, List<String> agbs, List<String> producten, boolean actief) {
        return new NieuweInterventie(naam, "Wat er gebeurt.", "Gezinnen in Woerden", null, niveau, bron, null, null, null, agbs, producten, actief);
    }

    @Test
    void beleidRegistersOnThePageKeepsWhatWasTypedOnAnErrorAndChangesIt() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        String naam = naam("Video Interactie Begeleiding");
        List<String[]> velden = new ArrayList<>(List.of(
                veld("naam", naam), veld("beschrijving", "Filmen thuis en samen terugkijken wat goed gaat."),
                veld("doelgroep", "Ouders met kinderen tot 12 jaar"), veld("uitsluitingscriteria", "Niet bij een acute crisis"),
                veld("effectniveau", "3"), veld("bron", ""), veld("prijs", "1.250,00"), veld("prijseenheid", "per traject"), veld("capaciteit", "8"),
                veld("aanbiederAgbs[0]", "42420001"), veld("aanbiederAgbs[1]", ""), veld("productcodes", "45A01"), veld("productcodes", "45A02")));

        HttpResponse<String> fout = post(beleid, "/interventies", velden, get(beleid, "/interventies/nieuw").body());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Controleer uw invoer", "Bij niveau 2 of hoger hoort een bron: waar staat dat het werkt?")
                .contains("value=\"" + naam + "\"", "value=\"1.250,00\"", "value=\"8\"", "Niet bij een acute crisis");
        assertThat(fout.body()).containsPattern("value=\"3\"[^>]*checked|checked[^>]*value=\"3\"");
        assertThat(fout.body()).containsPattern("value=\"42420001\"[^>]*selected");
        assertThat(fout.body()).containsPattern("value=\"45A02\"[^>]*checked");
        assertThat(interventies.lijst(BELEID)).extracting(Interventie::naam).doesNotContain(naam);

        velden.set(5, veld("bron", "Databank Effectieve Jeugdinterventies (NJi)"));
        HttpResponse<String> bewaard = post(beleid, "/interventies", velden, fout.body());
        assertThat(bewaard.uri().getPath()).matches("/interventies/[0-9]+");
        assertThat(bewaard.body()).contains("De interventie is toegevoegd aan het register.", naam,
                "Niveau 3 – doeltreffend (aanwijzingen voor effectiviteit)", "€ 1.250,00 per traject", "8 cliënten tegelijk",
                "Jeugdhulp Voorbeeld B.V. (AGB-code 42420001)", "45A02 Ambulante gezinsbegeleiding");
        long id = Long.parseLong(bewaard.uri().getPath().substring("/interventies/".length()));
        Interventie i = interventies.interventie("0632", id).orElseThrow();
        assertThat(i.effectniveau()).isEqualTo(Effectniveau.NIVEAU_3);
        assertThat(i.effectniveau().niveau()).isEqualTo(3);
        assertThat(i.prijs()).isEqualByComparingTo("1250.00");
        assertThat(i.aanbiederAgbs()).containsExactly("42420001");
        assertThat(i.productcodes()).containsExactly("45A01", "45A02");
        assertThat(get(beleid, "/interventies").body()).contains(naam);

        // a price that is no amount is the form's error, and stays as typed
        String formulier = get(beleid, "/interventies/" + id + "/wijzigen").body();
        List<String[]> wijziging = new ArrayList<>(velden);
        wijziging.set(6, veld("prijs", "twaalf euro"));
        wijziging.add(veld("gelezenVersie", String.valueOf(i.versie())));
        HttpResponse<String> geenBedrag = post(beleid, "/interventies/" + id + "/wijzigen", wijziging, formulier);
        assertThat(geenBedrag.body()).contains("Vul de prijs in euro in, bijvoorbeeld 1.250,00.", "value=\"twaalf euro\"");

        wijziging.set(6, veld("prijs", "1.300,00"));
        wijziging.set(8, veld("capaciteit", "10"));
        HttpResponse<String> gewijzigd = post(beleid, "/interventies/" + id + "/wijzigen", wijziging, formulier);
        assertThat(gewijzigd.body()).contains("De wijziging is bewaard.", "€ 1.300,00 per traject", "10 cliënten tegelijk");
        assertThat(interventies.interventie("0632", id).orElseThrow().versie()).isEqualTo(i.versie() + 1);

        // the same form again, read at the old version: refused, and what was typed stays
        wijziging.set(8, veld("capaciteit", "12"));
        HttpResponse<String> verouderd = post(beleid, "/interventies/" + id + "/wijzigen", wijziging, formulier);
        assertThat(verouderd.body()).contains("Iemand anders heeft deze interventie intussen gewijzigd.", "value=\"12\"");
        assertThat(interventies.interventie("0632", id).orElseThrow().capaciteit()).isEqualTo(10);
    }

    @Test
    void theServiceRefusesUnknownProvidersAndProductsATakenNameAndAStaleVersion() {
        String naam = naam("Eigen Kracht-conferentie");
        long id = interventies.registreren(BELEID, nieuw(naam, 1, null, List.of(), List.of(), true));
        assertThatThrownBy(() -> interventies.registreren(BELEID, nieuw(naam.toUpperCase(), 1, null, List.of(), List.of(), true)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("naam"))
                        .startsWith("Uw gemeente heeft al een interventie met deze naam."));
        assertThatThrownBy(() -> interventies.registreren(BELEID, nieuw(naam("Onbekend"), 0, null, List.of("42429999"), List.of("99Z99"), true)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsEntry("aanbiederAgbs", "AGB-code 42429999 staat niet in het aanbiedersregister. Kies een aanbieder uit de lijst.")
                        .containsEntry("productcodes", "Product 99Z99 staat niet in de productenlijst van uw gemeente. Kies een product uit de lijst."));
        assertThatThrownBy(() -> interventies.registreren(BELEID, nieuw(naam("Zonder bron"), 2, null, List.of(), List.of(), true)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("bron"));
        // the same name is free in another municipality
        long montfoort = interventies.registreren(BELEID_MONTFOORT, nieuw(naam, 1, null, List.of(), List.of(), true));
        assertThat(interventies.interventie("0632", montfoort)).isEmpty();
        assertThat(interventies.lijst(BELEID)).extracting(Interventie::id).contains(id).doesNotContain(montfoort);

        interventies.wijzigen(BELEID, id, 1, nieuw(naam, 2, "Movisie", List.of("42420002"), List.of(), true));
        assertThatThrownBy(() -> interventies.wijzigen(BELEID, id, 1, nieuw(naam, 1, null, List.of(), List.of(), true)))
                .isInstanceOf(Interventies.IntussenGewijzigd.class);
        assertThat(interventies.interventie("0632", id).orElseThrow().aanbiederAgbs()).containsExactly("42420002");
        assertThatThrownBy(() -> interventies.registreren(CONSULENT, nieuw(naam("Consulent"), 1, null, List.of(), List.of(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interventies.lijst(INWONER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void voorProductFindsTheActiveInterventionOfTheMunicipality() {
        String naam = naam("Re-integratie op maat");
        long id = interventies.registreren(BELEID, nieuw(naam, 1, null, List.of("42420003"), List.of("PW002"), true));
        assertThat(interventies.voorProduct("0632", "PW002")).get().satisfies(i -> {
            assertThat(i.productcodes()).contains("PW002");
            assertThat(i.actief()).isTrue();
        });
        assertThat(interventies.voorProduct("0335", "PW002")).map(Interventie::id).isNotEqualTo(java.util.Optional.of(id));
        interventies.wijzigen(BELEID, id, 1, nieuw(naam, 1, null, List.of("42420003"), List.of("PW002"), false));
        assertThat(interventies.voorProduct("0632", "PW002")).map(Interventie::id).isNotEqualTo(java.util.Optional.of(id));
        assertThat(interventies.voorProduct("0632", "GEEN")).isEmpty();
    }

    @Test
    void everyoneWhoChoosesOrOffersCareReadsButOnlyBeleidPostsAndAnotherMunicipalityDoesNotSee() throws Exception {
        String naam = naam("Buurtsportcoach");
        long id = interventies.registreren(BELEID, nieuw(naam, 0, null, List.of(), List.of(), true));
        HttpClient beleid = Inloggen.als(port, "beleid");
        String pagina = get(beleid, "/interventies").body();
        for (String lezer : List.of("jeugdconsulent", "wmoconsulent", "teamleider", "aanbieder", "bestuur", "beheer")) {
            HttpClient browser = Inloggen.als(port, lezer);
            HttpResponse<String> lijst = get(browser, "/interventies?niveau=0");
            assertThat(lijst.statusCode()).as(lezer).isEqualTo(200);
            assertThat(lijst.body()).as(lezer).contains(naam).doesNotContain("Interventie toevoegen");
            HttpResponse<String> een = get(browser, "/interventies/" + id);
            assertThat(een.statusCode()).as(lezer).isEqualTo(200);
            assertThat(een.body()).as(lezer).contains(naam).doesNotContain("Interventie wijzigen");
            assertThat(get(browser, "/interventies/pilots").statusCode()).as(lezer).isEqualTo(200);
            assertThat(get(browser, "/interventies/nieuw").statusCode()).as(lezer).isEqualTo(403);
            String eigenToken = get(browser, "/interventies").body();
            assertThat(post(browser, "/interventies", List.<String[]>of(veld("naam", "Niet van " + lezer)), eigenToken).statusCode()).as(lezer).isEqualTo(403);
            assertThat(post(browser, "/interventies/" + id + "/wijzigen", List.<String[]>of(veld("naam", "Niet van " + lezer)), eigenToken).statusCode())
                    .as(lezer).isEqualTo(403);
        }
        HttpClient inwoner = Inloggen.als(port, "inwoner");
        assertThat(get(inwoner, "/interventies").statusCode()).isEqualTo(403);
        assertThat(get(inwoner, "/interventies/" + id).statusCode()).isEqualTo(403);

        HttpClient montfoort = Inloggen.als(port, "montfoort");
        HttpResponse<String> lijst = get(montfoort, "/interventies");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).doesNotContain(naam, "Multisysteemtherapie");
        assertThat(get(montfoort, "/interventies/" + id).statusCode()).isEqualTo(404);
        assertThat(interventies.lijst(BELEID_MONTFOORT)).extracting(Interventie::id).doesNotContain(id);
        assertThat(pagina).contains(naam, "Interventie toevoegen", "effectladder");
    }

    @Test
    void aPilotMovesPlanDoCheckActAndActNeedsADecision() throws Exception {
        String naam = naam("Welzijn op Recept");
        long interventie = interventies.registreren(BELEID, nieuw(naam, 2, "Movisie", List.of(), List.of(), true));
        HttpClient beleid = Inloggen.als(port, "beleid");
        LocalDate vandaag = LocalDate.now(clock);
        String vraag = "Gaan eenzame inwoners minder naar de huisarts? " + naam;
        List<String[]> velden = new ArrayList<>(List.<String[]>of(veld("vraag", vraag), veld("interventieId", String.valueOf(interventie)),
                veld("van", vandaag.toString()), veld("tot", vandaag.minusDays(1).toString()), veld("evaluatiedatum", vandaag.plusMonths(6).toString())));
        HttpResponse<String> fout = post(beleid, "/interventies/pilots", velden, get(beleid, "/interventies/pilots/nieuw").body());
        assertThat(fout.body()).contains("De pilot stopt na de begindatum", vraag);

        velden.set(3, veld("tot", vandaag.plusMonths(6).toString()));
        HttpResponse<String> geregistreerd = post(beleid, "/interventies/pilots", velden, fout.body());
        assertThat(geregistreerd.uri().getPath()).matches("/interventies/pilots/[0-9]+");
        assertThat(geregistreerd.body()).contains("De pilot is toegevoegd.", "Plan – voorbereiden", naam, "Naar Do – uitvoeren");
        long id = Long.parseLong(geregistreerd.uri().getPath().substring("/interventies/pilots/".length()));
        String adres = "/interventies/pilots/" + id + "/fase";

        HttpClient consulent = Inloggen.als(port, "jeugdconsulent");
        HttpResponse<String> gelezen = get(consulent, "/interventies/pilots/" + id);
        assertThat(gelezen.body()).contains(vraag).doesNotContain("Naar Do");
        assertThat(post(consulent, adres, List.<String[]>of(veld("gelezenVersie", "1")), gelezen.body()).statusCode()).isEqualTo(403);

        HttpResponse<String> nuDo = post(beleid, adres, List.<String[]>of(veld("gelezenVersie", "1")), geregistreerd.body());
        assertThat(nuDo.body()).contains("De pilot staat nu in de fase Do – uitvoeren.");
        // the same click again, at the old version: refused, the phase stays
        assertThat(post(beleid, adres, List.<String[]>of(veld("gelezenVersie", "1")), nuDo.body()).body()).contains("Iemand anders heeft deze pilot intussen gewijzigd.");
        assertThat(pilots.pilot("0632", id).orElseThrow().fase()).isEqualTo(Pilotfase.DO);

        HttpResponse<String> nuCheck = post(beleid, adres, List.<String[]>of(veld("gelezenVersie", "2"), veld("bevindingen", "29 van de 41 doen nog mee.")), nuDo.body());
        assertThat(nuCheck.body()).contains("De pilot staat nu in de fase Check – evalueren.", "29 van de 41 doen nog mee.", "Naar Act – besluiten");

        HttpResponse<String> zonderBesluit = post(beleid, adres, List.<String[]>of(veld("gelezenVersie", "3"), veld("bevindingen", "29 van de 41 doen nog mee."),
                veld("besluit", " ")), nuCheck.body());
        assertThat(zonderBesluit.body()).contains("Schrijf het besluit op: gaat de gemeente door, past ze de aanpak aan of stopt ze?");
        assertThat(pilots.pilot("0632", id).orElseThrow().fase()).isEqualTo(Pilotfase.CHECK);

        HttpResponse<String> nuAct = post(beleid, adres, List.<String[]>of(veld("gelezenVersie", "3"), veld("bevindingen", "29 van de 41 doen nog mee."),
                veld("besluit", "Doorgaan in alle wijken.")), zonderBesluit.body());
        assertThat(nuAct.body()).contains("De pilot staat nu in de fase Act – besluiten.", "Doorgaan in alle wijken.").doesNotContain("Naar de volgende fase");
        Pilot p = pilots.pilot("0632", id).orElseThrow();
        assertThat(p.fase()).isEqualTo(Pilotfase.ACT);
        assertThat(p.besluit()).isEqualTo("Doorgaan in alle wijken.");
        assertThat(p.interventieNaam()).isEqualTo(naam);
        assertThatThrownBy(() -> pilots.naarVolgendeFase(BELEID, id, p.versie(), null, "Nog eens"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("fase"));
        assertThat(pilots.pilot("0335", id)).isEmpty();
        assertThatThrownBy(() -> pilots.registreren(BELEID_MONTFOORT, new NieuwePilot("Vraag", interventie, vandaag, vandaag.plusDays(1), vandaag)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("interventieId"));
        assertThat(get(consulent, "/interventies/" + interventie).body()).contains(vraag, "Act – besluiten");
    }

    private static String[] veld(String naam, String waarde) {
        return new String[] {naam, waarde};
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String pad, List<String[]> velden, String pagina) throws Exception {
        String body = velden.stream().map(v -> URLEncoder.encode(v[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + Inloggen.csrf(pagina);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
