package nl.dichtbij.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Toestemming;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, the provider's progress note. The access rule: only under a running toewijzing of the provider for a member of
 * the household whose plan it is, and only while the resident shares the plan with that provider; otherwise refused, in the
 * service, in the portal and in the API. The note lands at the goal on the case page, is read and linked when the regisseur
 * records the goal's evaluation, and the resident reads it in Mijn plan.
 */
@IntegratieTest
class VoortgangsnotitiesIT {

    private static final String AGB = "42420001";
    private static final String SLEUTEL = "Bearer demo-aanbieder-42420001";
    private static final Gebruiker AANBIEDER = new Gebruiker("aanbieder", null, "Jeugdhulp Voorbeeld B.V.", Rol.AANBIEDER, "0632", null, null, AGB, null);

    @LocalServerPort int port;
    @Autowired Voortgangsnotities voortgangsnotities;
    @Autowired Plannen plannen;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Aanbod aanbod;
    @Autowired Toestemmingen toestemmingen;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void herstelKlok() {
        klok.herstel();
    }

    /** A parent and a child of 10 with a case at the Jeugdteam; goals about the child, the parent and the whole household. */
    record Gezin(Persoon ouder, Persoon kind, Zaak zaak, Gebruiker inwoner, long doelKind, long doelOuder, long doelHuishouden) {
    }

    private Gebruiker consulent() {
        return Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
    }

    private Gezin gezin() {
        var ingeschreven = Testhuishouden.in("0632").volwassene(44).kind(10).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, ingeschreven.huishoudenId());
        Persoon ouder = ingeschreven.volwassene();
        Persoon kind = ingeschreven.kind();
        long doelKind = plannen.doelToevoegen(consulent(), zaak.id(), new NieuwDoel("Weer elke dag naar school", kind.bsn(),
                Levensgebied.DAGBESTEDING, null, null, Regeling.JEUGDWET, 3));
        long doelOuder = plannen.doelToevoegen(consulent(), zaak.id(), new NieuwDoel("Rekeningen op tijd betalen", ouder.bsn(),
                Levensgebied.FINANCIEN, null, null, Regeling.SCHULDHULP, 3));
        long doelHuishouden = plannen.doelToevoegen(consulent(), zaak.id(), new NieuwDoel("Samen eten op zondag", null,
                Levensgebied.SOCIAAL_FUNCTIONEREN, null, null, Regeling.GEEN, 3));
        Gebruiker inwoner = new Gebruiker("test-" + ouder.bsn(), null, ouder.naam(), Rol.INWONER, "0632", null, ouder.bsn());
        return new Gezin(ouder, kind, zaak, inwoner, doelKind, doelOuder, doelHuishouden);
    }

    /** Ambulante jeugdhulp for the child with the demo provider, zorg in natura: its toewijzing. */
    private Beschikking toewijzing(Gezin gezin, LocalDate van, LocalDate tot) {
        Aanvraag aanvraag = besluiten.aanvragen(consulent(), gezin.zaak().id(), gezin.kind().bsn(), Wet.JEUGDWET, "Ambulante jeugdhulp");
        long aanbieder = aanbod.aanbiedersVoor(aanbod.product("0632", "45A01").orElseThrow()).stream()
                .filter(a -> a.agbCode().equals(AGB)).findFirst().orElseThrow().id();
        return besluiten.beslissen(consulent(), aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING, "Hij gaat weer naar school.",
                "Uit het onderzoek blijkt dat het netwerk dit niet alleen kan.", "45A01", 3, "04", "2", null, van, tot, Leveringsvorm.ZIN,
                aanbieder, null));
    }

    private Beschikking lopendeToewijzing(Gezin gezin) {
        LocalDate vandaag = LocalDate.now(klok);
        return toewijzing(gezin, vandaag, vandaag.plusMonths(6));
    }

    private Toestemming deeltPlan(Gezin gezin, String agb) {
        return toestemmingen.verlenen(gezin.inwoner(), "AANBIEDER:" + agb, null, Set.of(Dossierdeel.PLAN), null);
    }

    private static NieuweVoortgang voortgang(String tekst) {
        return new NieuweVoortgang(tekst, "Hij staat zelf op.", "Maandag blijft lastig.");
    }

    private void geweigerd(Gebruiker aanbieder, long beschikkingId, long doelId, String reden) {
        assertThatThrownBy(() -> voortgangsnotities.schrijven(aanbieder, beschikkingId, doelId, voortgang("Het gaat goed.")))
                .isInstanceOf(VoortgangGeweigerdException.class).hasMessageContaining(reden);
    }

    @Test
    void aProviderWithARunningToewijzingAndConsentWritesANoteTheRegisseurReadsAtTheGoalAndInTheEvaluation() throws Exception {
        Gezin gezin = gezin();
        Beschikking toewijzing = lopendeToewijzing(gezin);
        deeltPlan(gezin, AGB);
        LocalDate vandaag = LocalDate.now(klok);

        var ruimte = voortgangsnotities.schrijfruimte(AANBIEDER, toewijzing.id());
        assertThat(ruimte.doelen()).as("the goals about its client and about the whole household, not the parent's")
                .extracting(o -> o.doel().id()).containsExactlyInAnyOrder(gezin.doelKind(), gezin.doelHuishouden());
        Voortgangsnotitie notitie = voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelKind(),
                voortgang("Hij gaat weer vier dagen per week naar school."));
        assertThat(notitie.periodeNummer()).isEqualTo(1);
        assertThat(notitie.periodeVan()).as("the plan started today").isEqualTo(vandaag);
        assertThat(notitie.periodeTot()).isEqualTo(vandaag.plusMonths(3));
        assertThat(notitie.aanbiederNaam()).isEqualTo("Jeugdhulp Voorbeeld B.V.");
        assertThat(notitie.gelezen()).isFalse();

        assertThatThrownBy(() -> voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelKind(), voortgang("Nog iets.")))
                .as("one note per provider per goal per period").isInstanceOf(VoortgangAlDoorgegevenException.class)
                .hasMessageContaining("al door op");
        assertThatThrownBy(() -> voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelHuishouden(), new NieuweVoortgang(" ", null, null)))
                .isInstanceOf(OngeldigeInvoerException.class).satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten())
                        .containsEntry("tekst", "Schrijf hoe het gaat met dit doel."));
        assertThatThrownBy(() -> voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelHuishouden(),
                new NieuweVoortgang("x".repeat(2001), null, null))).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("2000");
        geweigerd(AANBIEDER, toewijzing.id(), gezin.doelOuder(), "doelen van uw cliënt");

        // the regisseur sees it at the goal and in the evaluation form
        HttpClient regisseur = Inloggen.als(port, "jeugdconsulent");
        String zaakpagina = pagina(regisseur, "/werk/zaken/" + gezin.zaak().id());
        assertThat(zaakpagina).contains("Voortgang van aanbieders")
                .contains("Voortgang van Jeugdhulp Voorbeeld B.V., periode " + nl.dichtbij.platform.Formaat.lang(vandaag))
                .contains("Hij gaat weer vier dagen per week naar school.").contains("Maandag blijft lastig.")
                .contains("Bij deze evaluatie: voortgang van Jeugdhulp Voorbeeld B.V.");

        // recording the evaluation reads the notes of the period and links them to it
        plannen.evalueren(consulent(), gezin.zaak().id(), gezin.doelKind(), vandaag, "Gaat goed, school is blij.", null, null);
        Ondersteuningsplan plan = plannen.vanZaak(consulent(), gezin.zaak().id());
        Evaluatie evaluatie = plannen.evaluaties(plan).get(gezin.doelKind()).getLast();
        var overzicht = voortgangsnotities.vanPlan(plan);
        assertThat(overzicht.open(gezin.doelKind())).isEmpty();
        assertThat(overzicht.bijEvaluatie(evaluatie.id())).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(notitie.id());
            assertThat(n.gelezenDoorNaam()).isEqualTo("Jasmijn Bakker");
            assertThat(n.gelezenOp()).isNotNull();
        });
        assertThat(pagina(regisseur, "/werk/zaken/" + gezin.zaak().id())).as("in the evaluation history, read by whom")
                .contains("Gaat goed, school is blij.").contains("(gelezen door Jasmijn Bakker op");

        // the next period: the provider may write again
        var volgende = voortgangsnotities.schrijfruimte(AANBIEDER, toewijzing.id()).doel(gezin.doelKind()).orElseThrow();
        assertThat(volgende.periode().nummer()).isEqualTo(2);
        assertThat(volgende.alDoorgegeven()).isFalse();
        assertThat(voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelKind(), voortgang("Nu elke dag.")).periodeNummer())
                .isEqualTo(2);

        // the provider's own page lists what it wrote; the resident reads it in Mijn plan
        String portaal = pagina(Inloggen.als(port, "aanbieder"), "/aanbieder/clienten/" + toewijzing.id());
        assertThat(portaal).contains("Wat u eerder doorgaf").contains("Hij gaat weer vier dagen per week naar school.")
                .contains("gelezen door Jasmijn Bakker");
        Testzaken.inwonerMetAccount(jdbc, wachtwoorden, gezin.ouder());
        assertThat(pagina(Inloggen.als(port, "test-" + gezin.ouder().bsn()), "/mijn/plan")).contains("Wat uw zorgaanbieder schreef")
                .contains("Hij gaat weer vier dagen per week naar school.").contains("Nu elke dag.");
    }

    @Test
    void withoutAToewijzingOfItsOwnTheProviderIsRefused() {
        Gezin gezin = gezin();
        deeltPlan(gezin, AGB);
        geweigerd(AANBIEDER, Long.MAX_VALUE, gezin.doelKind(), "geen toewijzing voor deze cliënt");

        // another provider with the resident's consent, but the toewijzing is the demo provider's
        Beschikking toewijzing = lopendeToewijzing(gezin);
        deeltPlan(gezin, "42420002");
        Gebruiker andere = new Gebruiker("zorg-dichtbij", null, "Zorg Dichtbij Woerden", Rol.AANBIEDER, "0632", null, null, "42420002", null);
        geweigerd(andere, toewijzing.id(), gezin.doelKind(), "geen toewijzing voor deze cliënt");
        // the demo provider itself, signed in for another municipality
        Gebruiker inMontfoort = new Gebruiker("aanbieder", null, "Jeugdhulp Voorbeeld B.V.", Rol.AANBIEDER, "0335", null, null, AGB, null);
        geweigerd(inMontfoort, toewijzing.id(), gezin.doelKind(), "geen toewijzing voor deze cliënt");
        // a professional is no provider
        geweigerd(consulent(), toewijzing.id(), gezin.doelKind(), "Alleen een zorgaanbieder");
        assertThat(voortgangsnotities.schrijven(AANBIEDER, toewijzing.id(), gezin.doelKind(), voortgang("Het gaat goed.")).id()).isPositive();
    }

    @Test
    void aToewijzingThatHasNotStartedHasEndedOrWasWithdrawnIsRefused() {
        Gezin gezin = gezin();
        deeltPlan(gezin, AGB);
        LocalDate vandaag = LocalDate.now(klok);

        Beschikking later = toewijzing(gezin, vandaag.plusDays(7), vandaag.plusMonths(6));
        geweigerd(AANBIEDER, later.id(), gezin.doelKind(), "De toewijzing begint op " + nl.dichtbij.platform.Formaat.lang(vandaag.plusDays(7)));

        Beschikking kort = toewijzing(gezin, vandaag, vandaag.plusDays(10));
        assertThat(voortgangsnotities.schrijfruimte(AANBIEDER, kort.id()).doelen()).isNotEmpty();
        klok.verzet(Duration.ofDays(11));
        geweigerd(AANBIEDER, kort.id(), gezin.doelKind(), "De toewijzing is afgelopen op " + nl.dichtbij.platform.Formaat.lang(vandaag.plusDays(10)));
        assertThat(voortgangsnotities.schrijfruimte(AANBIEDER, later.id()).doelen()).as("the later one runs by now").isNotEmpty();
        klok.herstel();

        Beschikking ingetrokken = lopendeToewijzing(gezin);
        besluiten.wijzigen(consulent(), ingetrokken.id(), Besluiten.Wijziging.INTREKKEN, null, "Verkeerde aanbieder gekozen.");
        geweigerd(AANBIEDER, ingetrokken.id(), gezin.doelKind(), "ingetrokken");
    }

    @Test
    void withoutTheResidentsConsentOrAfterHeWithdrewItTheProviderIsRefused() {
        Gezin gezin = gezin();
        Beschikking toewijzing = lopendeToewijzing(gezin);
        geweigerd(AANBIEDER, toewijzing.id(), gezin.doelKind(), "deelt het plan niet (meer)");

        toestemmingen.verlenen(gezin.inwoner(), "AANBIEDER:" + AGB, null, Set.of(Dossierdeel.ZRM), null);
        geweigerd(AANBIEDER, toewijzing.id(), gezin.doelKind(), "deelt het plan niet (meer)");

        Toestemming toestemming = deeltPlan(gezin, AGB);
        assertThat(voortgangsnotities.schrijfruimte(AANBIEDER, toewijzing.id()).doelen()).isNotEmpty();
        toestemmingen.intrekken(gezin.inwoner(), toestemming.id());
        geweigerd(AANBIEDER, toewijzing.id(), gezin.doelKind(), "deelt het plan niet (meer)");
    }

    @Test
    void theApiAppliesTheSameRuleAndAnswersProblems() throws Exception {
        Gezin gezin = gezin();
        Beschikking toewijzing = lopendeToewijzing(gezin);
        String notitie = """
                {"gemeente":"0632","beschikkingId":%d,"doelId":%d,"tekst":"Via de koppeling: het gaat beter.","aandacht":"Huiswerk"}"""
                .formatted(toewijzing.id(), gezin.doelKind());

        isProblem(api("GET", "/api/v1/voortgangsnotities/doelen?gemeente=0632&beschikkingId=" + toewijzing.id(), null, SLEUTEL), 403,
                "deelt het plan niet");
        isProblem(api("POST", "/api/v1/voortgangsnotities", notitie, SLEUTEL), 403, "deelt het plan niet");
        Toestemming toestemming = deeltPlan(gezin, AGB);

        HttpResponse<String> doelen = api("GET", "/api/v1/voortgangsnotities/doelen?gemeente=0632", null, SLEUTEL);
        assertThat(doelen.statusCode()).isEqualTo(200);
        assertThat(doelen.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode lijst = json.readTree(doelen.body());
        assertThat(lijst.valueStream().filter(d -> d.get("beschikkingId").asLong() == toewijzing.id()).map(d -> d.get("doelId").asLong()).toList())
                .containsExactlyInAnyOrder(gezin.doelKind(), gezin.doelHuishouden());

        HttpResponse<String> geschreven = api("POST", "/api/v1/voortgangsnotities", notitie, SLEUTEL);
        assertThat(geschreven.statusCode()).as(geschreven.body()).isEqualTo(201);
        JsonNode body = json.readTree(geschreven.body());
        assertThat(body.get("periodeNummer").asInt()).isEqualTo(1);
        assertThat(body.get("gelezen").asBoolean()).isFalse();
        assertThat(api("GET", geschreven.headers().firstValue("Location").orElseThrow(), null, SLEUTEL).statusCode()).isEqualTo(200);
        isProblem(api("POST", "/api/v1/voortgangsnotities", notitie, SLEUTEL), 409, "al door op");
        assertThat(json.readTree(api("GET", "/api/v1/voortgangsnotities?gemeente=0632&beschikkingId=" + toewijzing.id(), null, SLEUTEL).body())
                .valueStream().map(n -> n.get("tekst").asString()).toList()).containsExactly("Via de koppeling: het gaat beter.");

        isProblem(api("POST", "/api/v1/voortgangsnotities", notitie.replace("\"0632\"", "\"0335\""), SLEUTEL), 403, "geen toewijzing");
        isProblem(api("POST", "/api/v1/voortgangsnotities", notitie.replace("\"gemeente\":\"0632\",", ""), SLEUTEL), 400, "CBS-code");
        isProblem(api("POST", "/api/v1/voortgangsnotities", """
                {"gemeente":"0632","beschikkingId":%d,"doelId":%d,"tekst":""}""".formatted(toewijzing.id(), gezin.doelHuishouden()), SLEUTEL),
                400, "Schrijf hoe het gaat");
        isProblem(api("POST", "/api/v1/voortgangsnotities", """
                {"gemeente":"0632","beschikkingId":%d,"doelId":%d,"tekst":"Ook bij moeder?"}""".formatted(toewijzing.id(), gezin.doelOuder()), SLEUTEL),
                403, "doelen van uw cliënt");
        assertThat(api("GET", "/api/v1/voortgangsnotities?gemeente=0632", null, null).statusCode()).as("no key").isEqualTo(401);
        assertThat(api("GET", "/api/v1/voortgangsnotities?gemeente=0632", null, "Basic "
                + java.util.Base64.getEncoder().encodeToString("aanbieder:demo".getBytes())).statusCode())
                .as("the provider API takes the organisation's key, not a person's password").isEqualTo(401);

        toestemmingen.intrekken(gezin.inwoner(), toestemming.id());
        isProblem(api("POST", "/api/v1/voortgangsnotities", notitie.replace(String.valueOf(gezin.doelKind()), String.valueOf(gezin.doelHuishouden())),
                SLEUTEL), 403, "deelt het plan niet");
        assertThat(json.readTree(api("GET", "/api/v1/voortgangsnotities/doelen?gemeente=0632", null, SLEUTEL).body()).valueStream()
                .noneMatch(d -> d.get("beschikkingId").asLong() == toewijzing.id())).as("the list leaves out what it may not write on").isTrue();
    }

    @Test
    void thePortalRefusesWith403AndKeepsWhatWasTyped() throws Exception {
        Gezin gezin = gezin();
        Beschikking toewijzing = lopendeToewijzing(gezin);
        Toestemming toestemming = deeltPlan(gezin, AGB);
        HttpClient portaal = Inloggen.als(port, "aanbieder");
        String pad = "/aanbieder/clienten/" + toewijzing.id();

        String pagina = pagina(portaal, pad);
        assertThat(pagina).contains("Voortgang doorgeven").contains("voortgang-tekst-" + gezin.doelKind())
                .doesNotContain("voortgang-tekst-" + gezin.doelOuder());
        HttpResponse<String> leeg = post(portaal, pad + "/voortgang", pagina, "doelId=" + gezin.doelKind() + "&tekst=&goedGegaan=Hij+lacht+weer");
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Schrijf hoe het gaat met dit doel.").contains("Hij lacht weer").contains("aria-invalid=\"true\"");

        toestemmingen.intrekken(gezin.inwoner(), toestemming.id());
        HttpResponse<String> geweigerd = post(portaal, pad + "/voortgang", pagina, "doelId=" + gezin.doelKind() + "&tekst=Gaat+goed+met+Sem");
        assertThat(geweigerd.statusCode()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("Voortgang niet doorgegeven").contains("deelt het plan niet (meer)").contains("Gaat goed met Sem");
    }

    private String pagina(HttpClient browser, String pad) throws Exception {
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> post(HttpClient browser, String pad, String formulierpagina, String velden) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(formulierpagina))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String methode, String pad, String body, String autorisatie) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Accept", "application/json");
        if (autorisatie != null) {
            verzoek.header("Authorization", autorisatie);
        }
        if (body != null) {
            verzoek.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body));
        } else {
            verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void isProblem(HttpResponse<String> antwoord, int status, String detail) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(antwoord.body()).get("detail").asString()).contains(detail);
    }
}
