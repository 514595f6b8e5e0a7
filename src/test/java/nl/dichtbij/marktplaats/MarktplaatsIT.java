package nl.dichtbij.marktplaats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 19, the marketplace through its pages and API: publishing only with consent and without personal data, sealed bids
 * (page and API), questions answered to all without who asked, refusals for a late, second or unqualified bid (each logged),
 * nothing of the resident on any provider-facing response, and the award as an ordinary decision with its toewijzing.
 */
@IntegratieTest
class MarktplaatsIT {

    private static final String PRODUCT = "02A01"; // Begeleiding individueel: Jeugdhulp Voorbeeld (aanbieder) and Zorg Dichtbij (zorgdichtbij)

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired PersonenRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    record Gezin(Zaak zaak, Persoon ouder, Persoon kind, String straat, String postcode) {
    }

    private static final java.util.regex.Pattern CSRF_VELD = java.util.regex.Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

    private Gezin gezin() {
        var ingeschreven = Testhuishouden.in("0632").volwassene(41).kind(12).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, ingeschreven.huishoudenId());
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Overzicht over geld en post", ingeschreven.volwassene().bsn(), Levensgebied.FINANCIEN,
                null, null, Regeling.WMO, 3));
        var adres = register.adres("0632", ingeschreven.huishoudenId()).orElseThrow();
        return new Gezin(zaak, ingeschreven.volwassene(), ingeschreven.kind(), adres.straat(), adres.postcode());
    }

    private String publicatie(Gezin g, String situatie, boolean toestemming) {
        LocalDate vandaag = LocalDate.now(klok);
        return "persoonBsn=" + g.ouder().bsn() + "&productcode=" + PRODUCT + "&situatie=" + enc(situatie) + "&doelen=" + enc("- Overzicht over geld en post")
                + "&gewensteStart=" + vandaag.plusDays(14) + "&sluitDatum=" + vandaag.plusDays(7) + (toestemming ? "&toestemming=ja" : "")
                + "&wijze=MONDELING&toestemmingOp=" + vandaag;
    }

    private long publiceer(HttpClient consulent, Gezin g) throws Exception {
        String pad = "/werk/zaken/" + g.zaak().id() + "/marktplaats";
        post(consulent, pad, publicatie(g, "Ouder met schulden en weinig overzicht; een kind op de basisschool.", true), pad + "?voor=" + g.ouder().bsn());
        return jdbc.sql("select verzoek_id from marktverzoek_zaak where zaak_id = ? order by verzoek_id desc").param(g.zaak().id()).query(Long.class).list()
                .getFirst();
    }

    @Test
    void publishingNeedsConsentAndNoPersonalDataAndTheStoredRequestHoldsNone() throws Exception {
        Gezin g = gezin();
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        assertThat(pagina(consulent, "/werk/zaken/" + g.zaak().id())).contains("Marktplaats voor complexe situaties");
        String pad = "/werk/zaken/" + g.zaak().id() + "/marktplaats";
        assertThat(pagina(consulent, pad + "?voor=" + g.ouder().bsn())).contains("27 tot 45 jaar", "1 volwassene en 1 kind", "Geld en schulden",
                "Overzicht over geld en post", "02A01 Begeleiding individueel (Wmo)").as("no Jeugdwet help for a parent of 41").doesNotContain("(Jeugdwet)</option>");
        assertThat(pagina(consulent, pad + "?voor=" + g.kind().bsn())).contains("(Jeugdwet)</option>");

        String zonder = post(consulent, pad, publicatie(g, "Ouder met schulden.", false), pad + "?voor=" + g.ouder().bsn());
        assertThat(zonder).contains("Zonder toestemming van de inwoner kunt u het verzoek niet publiceren.", "Ouder met schulden.");
        String metNaam = post(consulent, pad, publicatie(g, g.ouder().voornaam() + " woont aan de " + g.straat() + ", geboren "
                + g.ouder().geboortedatum().format(DateTimeFormatter.ofPattern("d-M-yyyy")), true), pad + "?voor=" + g.ouder().bsn());
        assertThat(metNaam).contains("Haal de naam, het adres en de geboortedatum van de inwoner of zijn huishouden weg.");
        assertThat(jdbc.sql("select count(*) from marktverzoek_zaak where zaak_id = ?").param(g.zaak().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from verwerking where actor = 'wmoconsulent' and betrokkene_bsn = ? and handeling = 'GEWEIGERD'")
                .param(g.ouder().bsn()).query(Long.class).single()).as("publishing without consent is logged").isPositive();

        long id = publiceer(consulent, g);
        assertThat(pagina(consulent, "/werk/marktplaats/" + id)).contains("Open voor vragen en biedingen", "De biedingen zijn verzegeld tot",
                g.ouder().naam());
        Map<String, Object> opgeslagen = jdbc.sql("select * from marktverzoek where id = ?").param(id).query().singleRow();
        String alles = String.join("|", opgeslagen.values().stream().map(String::valueOf).toList());
        assertGeenPersoonsgegevens("the stored request", alles, g);
        assertThat(alles).contains("Begeleiding individueel", "27 tot 45 jaar", "Geld en schulden");
        assertThat(jdbc.sql("select wat from marktstap where verzoek_id = ?").param(id).query(String.class).list()).containsExactly("Gepubliceerd");
    }

    @Test
    void sealedBidsQuestionsForAllRefusalsAndTheAwardBecomesADecisionWithItsToewijzing() throws Exception {
        Gezin g = gezin();
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        long id = publiceer(consulent, g);
        HttpClient jeugdhulp = Inloggen.als(port, "aanbieder");
        HttpClient zorgDichtbij = Inloggen.als(port, "zorgdichtbij");
        HttpClient fermwerk = Inloggen.als(port, "fermwerk");
        List<String> voorAanbieders = new ArrayList<>();
        String detail = "/aanbieder/marktplaats/" + id;

        voorAanbieders.add(pagina(jeugdhulp, "/aanbieder/marktplaats"));
        assertThat(voorAanbieders.getLast()).contains("Begeleiding individueel");
        assertThat(pagina(fermwerk, "/aanbieder/marktplaats")).as("no contract for the product").doesNotContain(id + ": Begeleiding individueel");
        assertThat(verstuurGet(fermwerk, detail).statusCode()).isEqualTo(404);

        // a question, answered for all, without who asked
        voorAanbieders.add(post(jeugdhulp, detail + "/vragen", "vraag=" + enc("Is er ook hulp in de avond nodig?"), detail));
        long vraag = jdbc.sql("select id from marktvraag where verzoek_id = ?").param(id).query(Long.class).single();
        post(consulent, "/werk/marktplaats/" + id + "/vragen/" + vraag + "/antwoord", "antwoord=" + enc("Ja, twee avonden per week."),
                "/werk/marktplaats/" + id);
        voorAanbieders.add(pagina(zorgDichtbij, detail));
        assertThat(voorAanbieders.getLast()).contains("Is er ook hulp in de avond nodig?", "Ja, twee avonden per week.")
                .doesNotContain("Jeugdhulp Voorbeeld", "42420001");

        // bids: one each; a second one, and one without a contract, refused and logged
        voorAanbieders.add(post(jeugdhulp, detail + "/bod", "plan=" + enc("Wekelijkse begeleiding thuis en budgetcoaching.") + "&prijs=" + enc("6.400,00")
                + "&urenPerWeek=3", detail));
        assertThat(voorAanbieders.getLast()).contains("Uw bod is ontvangen en verzegeld tot de sluiting.");
        voorAanbieders.add(post(zorgDichtbij, detail + "/bod", "plan=" + enc("Begeleiding met een vaste coach, twee keer per week.") + "&prijs="
                + enc("5.900,00") + "&urenPerWeek=4", detail));
        HttpResponse<String> tweede = verstuur(jeugdhulp, detail + "/bod", "plan=Nog+eens&prijs=1000&urenPerWeek=2", detail);
        assertThat(tweede.body()).contains("Uw organisatie heeft al geboden. Elke aanbieder biedt één keer; een bod wijzigt niet.");
        HttpResponse<String> zonderContract = verstuur(fermwerk, detail + "/bod", "plan=Werk&prijs=1000&urenPerWeek=2", "/aanbieder/marktplaats");
        assertThat(zonderContract.statusCode()).isEqualTo(403);
        assertThat(zonderContract.body()).contains("Uw organisatie heeft geen contract voor dit product. U kunt op dit verzoek niet bieden.");
        assertThat(jdbc.sql("select count(*) from marktbod where verzoek_id = ?").param(id).query(Long.class).single()).isEqualTo(2);

        // nobody reads the bids before the deadline: not the regisseur on the page or through the API, not beleid
        String verzoekpagina = pagina(consulent, "/werk/marktplaats/" + id);
        assertThat(verzoekpagina).contains("De biedingen zijn verzegeld tot").doesNotContain("5.900", "6.400", "Wekelijkse begeleiding");
        HttpResponse<String> vroeg = verstuurGet(consulent, "/werk/marktplaats/" + id + "/biedingen");
        assertThat(vroeg.statusCode()).isEqualTo(403);
        assertThat(vroeg.body()).contains("De biedingen zijn verzegeld tot").doesNotContain("5.900");
        HttpResponse<String> api = api("wmoconsulent", "/api/v1/marktplaats/verzoeken/" + id + "/biedingen");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("Biedingen verzegeld").doesNotContain("5900");
        assertThat(pagina(Inloggen.als(port, "beleid"), "/sturing/marktplaats/" + id)).contains("Verzegeld tot").doesNotContain("5.900", "6.400");
        assertThat(jdbc.sql("select wat from marktstap where verzoek_id = ?").param(id).query(String.class).list())
                .contains("Bod geweigerd", "Biedingen lezen geweigerd", "Vraag gesteld", "Vraag beantwoord", "Bod ontvangen (verzegeld)");
        assertThat(jdbc.sql("select count(*) from verwerking where actor = 'wmoconsulent' and betrokkene_bsn = ? and handeling = 'GEWEIGERD'")
                .param(g.ouder().bsn()).query(Long.class).single()).isPositive();

        // every provider-facing response, pages and API, holds nothing of the resident
        HttpResponse<String> apiLijst = api("zorgdichtbij", "/api/v1/marktplaats/verzoeken");
        assertThat(apiLijst.statusCode()).isEqualTo(200);
        voorAanbieders.add(apiLijst.body());
        voorAanbieders.add(api("aanbieder", "/api/v1/marktplaats/verzoeken/" + id).body());
        assertThat(api("aanbieder", "/api/v1/marktplaats/verzoeken/" + id + "/biedingen").statusCode()).isEqualTo(403);
        voorAanbieders.add(pagina(zorgDichtbij, detail));

        // the deadline passes: a late bid is refused; the bids open
        klok.verzet(Duration.ofDays(8));
        HttpResponse<String> laat = verstuur(fermwerk, detail + "/bod", "plan=Laat&prijs=1000&urenPerWeek=2", "/aanbieder/marktplaats");
        assertThat(laat.statusCode()).isEqualTo(403);
        HttpClient derde = Inloggen.als(port, "aanbieder");
        assertThat(verstuur(derde, detail + "/vragen", "vraag=Nog+iets", detail).body()).contains("Het bieden is gesloten. U kunt geen vragen meer stellen.");
        assertThat(api("wmoconsulent", "/api/v1/marktplaats/verzoeken/" + id + "/biedingen").body()).contains("5900", "6400");
        String open = pagina(consulent, "/werk/marktplaats/" + id);
        assertThat(open).contains("Zorg Dichtbij Woerden", "€ 5.900,00", "Jeugdhulp Voorbeeld B.V.", "€ 6.400,00");

        // the regisseur proposes, the resident objects without a note (refused), then agrees; the award is a decision
        long bodZorgDichtbij = jdbc.sql("select id from marktbod where verzoek_id = ? and aanbieder_agb = '42420002'").param(id).query(Long.class).single();
        post(consulent, "/werk/marktplaats/" + id + "/gunning", "gunMotivering=Te+vroeg", "/werk/marktplaats/" + id);
        assertThat(post(consulent, "/werk/marktplaats/" + id + "/voorstel", "bodId=" + bodZorgDichtbij + "&motivering="
                + enc("Vaste coach en meer uren, en de laagste prijs."), "/werk/marktplaats/" + id)).contains("Wacht op zijn oordeel");
        Testzaken.inwonerMetAccount(jdbc, wachtwoorden, g.ouder());
        HttpClient inwoner = Inloggen.als(port, "test-" + g.ouder().bsn());
        assertThat(pagina(inwoner, "/mijn/marktplaats")).contains("Zorg Dichtbij Woerden", "Vaste coach en meer uren");
        assertThat(post(inwoner, "/mijn/marktplaats/" + id + "/oordeel", "oordeel=BEZWAAR", "/mijn/marktplaats"))
                .contains("Schrijf op waarom u het er niet mee eens bent.");
        post(inwoner, "/mijn/marktplaats/" + id + "/oordeel", "oordeel=AKKOORD&toelichting=" + enc("Fijn, twee keer per week past."), "/mijn/marktplaats");
        String gegund = post(consulent, "/werk/marktplaats/" + id + "/gunning", "gunMotivering=" + enc("Het plan sluit aan op de doelen; de inwoner is akkoord."),
                "/werk/marktplaats/" + id);
        assertThat(gegund).contains("Gegund. Het besluit is genomen");
        long beschikking = jdbc.sql("select beschikking_id from marktverzoek where id = ?").param(id).query(Long.class).single();
        assertThat(jdbc.sql("select aanbieder_naam from beschikking where id = ?").param(beschikking).query(String.class).single()).isEqualTo("Zorg Dichtbij Woerden");
        assertThat(jdbc.sql("select motivering from beschikking where id = ?").param(beschikking).query(String.class).single())
                .contains("Gegund via de marktplaats", "De inwoner: akkoord (Fijn, twee keer per week past.)");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from toewijzing where beschikking_id = ? and aanbieder_agb = '42420002'").param(beschikking).query(Long.class).single())
                .as("the 301 to the awarded provider").isEqualTo(1));
        assertThat(verstuur(consulent, "/werk/marktplaats/" + id + "/voorstel", "bodId=" + bodZorgDichtbij + "&motivering=Opnieuw",
                "/werk/marktplaats/" + id).body()).as("no second round").contains("Dit verzoek is afgerond.");
        assertThat(pagina(jeugdhulp, detail)).contains("Gegund").doesNotContain("Uw bod is gegund");
        assertThat(pagina(zorgDichtbij, detail)).contains("Uw bod is gegund");
        voorAanbieders.add(pagina(jeugdhulp, detail));
        voorAanbieders.add(pagina(jeugdhulp, "/aanbieder/marktplaats"));
        assertThat(CSRF_VELD.matcher(voorAanbieders.getFirst()).find()).as("the check leaves out the sign-out form's token, as rendered").isTrue();
        for (String antwoord : voorAanbieders) {
            assertGeenPersoonsgegevens("a provider-facing response", antwoord, g);
        }

        // beleid's audit and figures
        String audit = pagina(Inloggen.als(port, "beleid"), "/sturing/marktplaats/" + id);
        assertThat(audit).contains("Gepubliceerd", "Bod geweigerd", "Biedingen lezen geweigerd", "Oordeel van de inwoner: akkoord", "Gegund", "€ 5.900,00");
        assertThat(pagina(Inloggen.als(port, "beleid"), "/sturing/marktplaats")).contains("Prijsspreiding per soort verzoek", "02A01 Begeleiding individueel");
    }

    @Test
    void whenNobodyBidsTheRegisseurRecordsTheFallback() throws Exception {
        Gezin g = gezin();
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        long id = publiceer(consulent, g);
        String pad = "/werk/marktplaats/" + id;
        assertThat(verstuur(consulent, pad + "/terugval", "keuze=ESCALATIE&motivering=x", pad).body()).contains("Het bieden loopt nog. Wacht tot de sluiting.");
        klok.verzet(Duration.ofDays(8));
        assertThat(pagina(consulent, pad)).contains("Niemand heeft geboden.", "Niemand bood: wat nu?");
        assertThat(post(consulent, pad + "/terugval", "keuze=UIT_CATALOGUS&motivering=" + enc("Korte wachttijd"), pad))
                .contains("Kies een aanbieder met een contract voor dit product.");
        long zorgDichtbij = jdbc.sql("select id from aanbieder where agb_code = '42420002'").query(Long.class).single();
        assertThat(post(consulent, pad + "/terugval", "keuze=UIT_CATALOGUS&aanbiederId=" + zorgDichtbij + "&motivering=" + enc("Korte wachttijd"), pad))
                .contains("De terugval is vastgelegd.", "Terugval: gekozen uit de gecontracteerde aanbieders");
        assertThat(jdbc.sql("select terugval from marktverzoek where id = ?").param(id).query(String.class).single()).isEqualTo("UIT_CATALOGUS");
    }

    private void assertGeenPersoonsgegevens(String wat, String antwoord, Gezin g) {
        // a form's CSRF token is random text that may spell a short name ("...4sEm9...", the test child is always Sem):
        // it is no personal data, so it is left out before the search
        String tekst = CSRF_VELD.matcher(antwoord).replaceAll("");
        String klein = tekst.toLowerCase(Locale.ROOT);
        for (Persoon p : List.of(g.ouder(), g.kind())) {
            for (String naam : List.of(p.voornaam(), p.achternaam())) {
                assertThat(java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(naam.toLowerCase(Locale.ROOT)) + "(?!\\p{L})")
                        .matcher(klein).find()).as(wat + ": name " + naam).isFalse();
            }
            assertThat(tekst).as(wat + ": BSN").doesNotContain(p.bsn());
            for (String vorm : List.of("d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d MMMM yyyy")) {
                assertThat(klein).as(wat + ": birth date").doesNotContain(p.geboortedatum().format(DateTimeFormatter.ofPattern(vorm, Locale.forLanguageTag("nl"))));
            }
        }
        assertThat(klein).as(wat + ": address").doesNotContain(g.straat().toLowerCase(Locale.ROOT));
        assertThat(tekst.replace(" ", "")).as(wat + ": postcode").doesNotContain(g.postcode().replace(" ", ""));
    }

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = verstuurGet(wie, pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuurGet(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String post(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        HttpResponse<String> antwoord = verstuur(wie, naar, velden, formulierPagina);
        assertThat(antwoord.statusCode()).as(naar + ": " + antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuur(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        String csrf = Inloggen.csrf(pagina(wie, formulierPagina));
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + naar)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
