package nl.dichtbij.vroegsignalering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 20, vroegsignalering: every rule from a signal arriving to its destruction, by API, by file and on the pages. */
@IntegratieTest
class VroegsignaleringIT {

    private static final String MONTFOORT = "0335";

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired PersonenRegister register;
    @Autowired Clock clock;
    @Autowired VerstelbareKlok klok;
    @Autowired Gemeenten gemeenten;
    @Autowired Zaken zaken;
    @Autowired Signaalbronnen bronnen;
    @Autowired Vroegsignalen signalen;
    @Autowired Signaalbewaring bewaring;
    @Autowired Signaalcijfers cijfers;
    @Autowired SignalenInDossier inDossier;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Gebruiker beheer = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);

    @Test
    void theApiTakesASendersKeyOfItsOwnMunicipalityAndNothingElse() throws Exception {
        var bron = bronnen.aanmaken(beheer, "Woonstichting " + System.nanoTime(), "WONINGCORPORATIE");
        assertThat(bron.sleutel()).startsWith("vs-").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select sleutel_hash from signaalbron where id = ?").param(bron.bron().id()).query(String.class).single())
                .as("only the hash is kept").isNotEqualTo(bron.sleutel()).hasSize(64);
        var gezin = Testhuishouden.in("0632").volwassene(44).inschrijven(inschrijvingen, clock);
        String bsn = gezin.volwassene().bsn();
        LocalDate vandaag = LocalDate.now(clock);
        String lijst = """
                [{"bsn":"%s","kenmerk":"WS-1","datum":"%s","achterstand":"2-maanden","dreiging":true},
                 {"bsn":"123456789","kenmerk":"WS-2","datum":"%s","achterstand":"1-maand"},
                 {"postcode":"9999 ZZ","huisnummer":"1","kenmerk":"WS-3","datum":"%s","achterstand":"1-maand"}]"""
                .formatted(bsn, vandaag.minusDays(3), vandaag, vandaag);

        isProblem(post(null, lijst), 401);
        isProblem(post("Basic " + Base64.getEncoder().encodeToString("wmoconsulent:demo".getBytes(StandardCharsets.UTF_8)), lijst), 401);
        HttpResponse<String> sessie = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessies"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wmoconsulent:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessie.statusCode()).isEqualTo(201);
        isProblem(post("Bearer " + json.readTree(sessie.body()).get("token").asString(), lijst), 401);
        isProblem(post("Bearer vs-geraden", lijst), 401);

        HttpResponse<String> antwoord = post("Bearer " + bron.sleutel(), lijst);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode uitslag = json.readTree(antwoord.body());
        assertThat(uitslag.get("bewaard").asInt()).isEqualTo(1);
        assertThat(uitslag.get("geweigerd").asInt()).isEqualTo(2);
        assertThat(uitslag.get("signalen").get(1).get("toelichting").asString()).contains("Het BSN '123456789' klopt niet.");
        assertThat(uitslag.get("signalen").get(2).get("toelichting").asString())
                .isEqualTo("Op het adres 9999 ZZ 1 staat in deze gemeente niemand ingeschreven. Controleer de postcode, het huisnummer en de toevoeging.");
        long id = uitslag.get("signalen").get(0).get("id").asLong();

        JsonNode nogEens = json.readTree(post("Bearer " + bron.sleutel(), lijst).body());
        assertThat(nogEens.get("bewaard").asInt()).as("sent twice adds nothing").isZero();
        assertThat(nogEens.get("alOntvangen").asInt()).isEqualTo(1);
        JsonNode los = json.readTree(post("Bearer " + bron.sleutel(), """
                {"bsn":"%s","kenmerk":"WS-9","datum":"%s","achterstand":"3-maanden-of-meer"}""".formatted(bsn, vandaag)).body());
        assertThat(los.get("bewaard").asInt()).as("one signal as an object").isEqualTo(1);
        isProblem(post("Bearer " + bron.sleutel(), "\"tekst\""), 400);

        // the task: the Wmo-team's, with 3 working days because eviction threatens
        Gebruiker wmo = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Vroegsignalen.Signaal signaal = signalen.bekijk(wmo, id);
        assertThat(signaal.status()).isEqualTo(Signaalstatus.NIEUW);
        assertThat(signaal.uiterlijk()).isEqualTo(Contacttermijn.uiterlijk(vandaag, true)).isBefore(vandaag.plusDays(8));
        assertThat(signaal.termijnGrond()).isEqualTo("3 werkdagen, want huisuitzetting dreigt");
        assertThat(signaal.vernietigenVanaf()).isEqualTo(vandaag.plusYears(1));
        long zonderDreiging = json.readTree(post("Bearer " + bron.sleutel(), """
                [{"bsn":"%s","kenmerk":"WS-10","datum":"%s","achterstand":"1-maand","dreiging":"nee"}]""".formatted(bsn, vandaag)).body())
                .get("signalen").get(0).get("id").asLong();
        assertThat(signalen.bekijk(wmo, zonderDreiging).uiterlijk()).isEqualTo(nl.dichtbij.termijnen.WettelijkeTermijn.naarWerkdag(vandaag.plusWeeks(4)));

        // another municipality's sender: the Woerden resident does not exist there
        var montfoort = bronnen.demobron(MONTFOORT, "Montfoortse Woningstichting " + System.nanoTime(), Bronsoort.WONINGCORPORATIE, "vs-montfoort-" + System.nanoTime());
        assertThat(signalen.ontvangen(montfoort, List.of(new Signaalinvoer(bsn, null, null, null, "M-1", vandaag.toString(), "1-maand", null)))
                .regels().getFirst().reden()).startsWith("Het BSN ").contains("staat niet ingeschreven in deze gemeente");

        // a stopped sender's key is refused
        bronnen.actief(beheer, bron.bron().id(), false);
        isProblem(post("Bearer " + bron.sleutel(), lijst), 401);
        assertThatThrownBy(() -> bronnen.aanmaken(beheer, "", "KAPOT")).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsOnlyKeys("naam", "soort"));
        assertThatThrownBy(() -> bronnen.aanmaken(wmo, "X", "WATER")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileWithBrokenRowsKeepsTheGoodOnesAndReadTwiceAddsNothing() throws Exception {
        var bron = bronnen.aanmaken(beheer, "Drinkwater " + System.nanoTime(), "WATER");
        String goed = Testhuishouden.in("0632").volwassene(52).inschrijven(inschrijvingen, clock).volwassene().bsn();
        String ander = Testhuishouden.in("0632").volwassene(33).inschrijven(inschrijvingen, clock).volwassene().bsn();
        String elders = Testhuishouden.in(MONTFOORT).volwassene(60).inschrijven(inschrijvingen, clock).volwassene().bsn();
        String datum = LocalDate.now(clock).minusDays(10).toString();
        String csv = String.join("\n",
                "bsn;postcode;huisnummer;toevoeging;kenmerk;datum;achterstand;dreiging",
                goed + ";;;;W-1;" + datum + ";1-maand;nee",
                ";9999ZZ;1;;W-2;" + datum + ";2-maanden;ja",
                "123456789;;;;W-3;" + datum + ";1-maand;nee",
                ander + ";;;;W-4;gisteren;1-maand;nee",
                ander + ";;;;W-5;" + datum + ";zes weken;nee",
                goed + ";;;;W-1;" + datum + ";1-maand;nee",
                elders + ";;;;W-6;" + datum + ";1-maand;nee",
                ander + ";;;;W-7;" + datum + ";3-maanden-of-meer;ja",
                "te;weinig") + "\n";
        HttpClient wmo = Inloggen.als(port, "wmoconsulent");
        String verslag = upload(wmo, bron.bron().id(), csv);
        assertThat(verslag).contains("Verslag van het inlezen", "9 regels gelezen.", "2 bewaard als taak voor het Wmo-team.", "1 al eerder ontvangen.",
                "6 niet bewaard.", "Op het adres 9999 ZZ 1 staat in deze gemeente niemand ingeschreven.",
                "Het BSN &#39;123456789&#39; klopt niet.", "De datum &#39;gisteren&#39; is geen datum.",
                "De achterstand &#39;zes weken&#39; kennen we niet.", "Dit signaal staat eerder in dezelfde levering.",
                "staat niet ingeschreven in deze gemeente", "Deze regel heeft 2 kolommen in plaats van 8.");
        String nogEens = upload(wmo, bron.bron().id(), csv);
        assertThat(nogEens).as("a file read twice adds nothing").contains("0 bewaard als taak voor het Wmo-team.", "3 al eerder ontvangen.",
                "Dit signaal is al eerder ontvangen; het is niet nog eens bewaard.");
        assertThat(upload(wmo, bron.bron().id(), "naam;datum\nx;y\n")).contains("Deze ontbreken: bsn, postcode, huisnummer, kenmerk, achterstand");
        assertThat(upload(wmo, bron.bron().id(), "")).as("no file: the form again, the sender still chosen")
                .contains("Kies het bestand met de signalen.", "href=\"#bestand\"", "selected=\"selected\"").doesNotContain("Verslag van het inlezen");
        assertThat(upload(wmo, null, csv)).as("no sender is no default sender").contains("Kies van welke signaalbron het bestand komt.")
                .doesNotContain("Verslag van het inlezen");
        assertThat(jdbc.sql("select count(*) from vroegsignaal where bron_id = ?").param(bron.bron().id()).query(Long.class).single()).isEqualTo(2);

        // by address: taken when one household lives there, refused with the reason when more do
        var opAdres = Testhuishouden.in("0632").volwassene(47).inschrijven(inschrijvingen, clock);
        var adres = register.adres("0632", opAdres.huishoudenId()).orElseThrow();
        var regel = signalen.ontvangen(bron.bron(), List.of(new Signaalinvoer(null, adres.postcode(), adres.huisnummer(), null, "W-8", datum, "1-maand", null)))
                .regels().getFirst();
        if (register.huishoudensOpAdres("0632", adres.postcode(), adres.huisnummer()).size() == 1) {
            assertThat(regel.soort()).isEqualTo(Inleesverslag.Soort.BEWAARD);
        } else {
            assertThat(regel.reden()).contains("staan meer huishoudens ingeschreven. Stuur het BSN");
        }

        HttpClient jeugd = Inloggen.als(port, "jeugdconsulent");
        assertThat(get(jeugd, "/werk/vroegsignalen").statusCode()).as("the Jeugdteam does not see signals").isEqualTo(403);
        assertThat(get(jeugd, "/werk/vroegsignalen/inlezen").statusCode()).isEqualTo(403);
        assertThat(get(jeugd, "/werk").body()).doesNotContain("Signalen van schulden:");
        assertThat(get(wmo, "/werk").body()).contains("Signalen van schulden:");
        assertThat(get(wmo, "/werk/vroegsignalen").body()).contains("Open signalen, het vroegste eerste contact bovenaan", "Drinkwaterbedrijf");
    }

    @Test
    void theConsulentPicksItUpRecordsAttemptsAndTheOutcomeAndThePlanAsksForFinancien() throws Exception {
        var bron = bronnen.aanmaken(beheer, "Energie " + System.nanoTime(), "ENERGIE");
        var gezin = Testhuishouden.in("0632").volwassene(39).kind(8).inschrijven(inschrijvingen, clock);
        LocalDate vandaag = LocalDate.now(clock);
        long id = signalen.ontvangen(bron.bron(), List.of(new Signaalinvoer(gezin.volwassene().bsn(), null, null, null, "E-1", vandaag.toString(),
                "2-maanden", "ja"))).regels().getFirst().signaalId();
        Gebruiker wmo = Testzaken.consulent(gemeenten, Doelgroep.WMO);

        assertThatThrownBy(() -> signalen.uitkomst(wmo, id, "HULP_AANGENOMEN", null)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten().get("uitkomst")).startsWith("Leg eerst de contactpoging vast"));
        assertThat(signalen.oppakken(wmo, id)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(Signaalstatus.OPGEPAKT);
            assertThat(s.behandelaarNaam()).isEqualTo("Willem Visser");
        });
        assertThatThrownBy(() -> signalen.contactpoging(wmo, id, vandaag.plusDays(1), null, null, "x".repeat(501)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("datum", "wijze", "bereikt", "notitie"));
        assertThatThrownBy(() -> signalen.contactpoging(wmo, id, vandaag.minusDays(1), "TELEFOON", false, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("datum")).startsWith("De datum ligt vóór de ontvangst"));
        var nietBereikt = signalen.contactpoging(wmo, id, vandaag, "TELEFOON", false, "Voicemail ingesproken");
        assertThat(nietBereikt.eersteContact()).isNull();
        assertThat(nietBereikt.bereikt()).isFalse();
        var gesproken = signalen.contactpoging(wmo, id, vandaag, "HUISBEZOEK", true, "Mevrouw wil hulp bij de energierekening");
        assertThat(gesproken.eersteContact()).isEqualTo(vandaag);
        assertThat(gesproken.pogingen()).hasSize(2);
        var afgerond = signalen.uitkomst(wmo, id, "HULP_AANGENOMEN", "Afspraak met de schuldhulp");
        assertThat(afgerond.status()).isEqualTo(Signaalstatus.AFGEROND);
        assertThat(afgerond.uitkomst()).isEqualTo(Uitkomst.HULP_AANGENOMEN);
        assertThat(afgerond.vernietigenVanaf()).as("it became debt help").isNull();
        assertThatThrownBy(() -> signalen.contactpoging(wmo, id, vandaag, "BRIEF", false, null)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> signalen.uitkomst(wmo, id, "NIET_BEREIKT", null)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> signalen.gestopt(wmo, id, vandaag.minusDays(1))).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(signalen.gestopt(wmo, id, vandaag).gestoptOp()).isEqualTo(vandaag);

        assertThatThrownBy(() -> signalen.bekijk(Testzaken.consulent(gemeenten, Doelgroep.JEUGD), id)).isInstanceOf(AccessDeniedException.class);
        Gebruiker montfoort = new Gebruiker("montfoort", null, "Mohamed El Amrani", Rol.CONSULENT, MONTFOORT,
                gemeenten.teamVoor(MONTFOORT, Doelgroep.WMO).id(), null);
        assertThatThrownBy(() -> signalen.bekijk(montfoort, id)).isInstanceOf(NietGevondenException.class);
        assertThat(signalen.bekijk(Testzaken.teamleider(gemeenten), id).id()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from verwerking where betrokkene_bsn = ? and grondslag = ? and handeling = 'WIJZIGEN'")
                .params(gezin.volwassene().bsn(), Vroegsignalen.GRONDSLAG).query(Long.class).single()).isGreaterThanOrEqualTo(5));

        // the resident's AVG export shows the signal
        assertThat(inDossier.export("0632", gezin.volwassene().bsn(), gezin.huishoudenId())).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("Uitkomst", "Hulp aangenomen").containsEntry("Contactpogingen", 2).containsEntry("Kenmerk", "E-1")
                    .containsEntry("Dreiging", "Afsluiting van energie dreigt");
        });
        assertThat(inDossier.export("0632", gezin.kind().bsn(), gezin.huishoudenId())).as("the signal named the parent by BSN").isEmpty();

        // the case page asks the regisseur's plan for Financiën, and the signal page leads to a melding
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        HttpClient browser = Inloggen.als(port, "wmoconsulent");
        assertThat(get(browser, "/werk/zaken/" + zaak.id()).body()).contains("Vraag naar geld en schulden.");
        var zonderSignaal = Testhuishouden.in("0632").volwassene(41).inschrijven(inschrijvingen, clock);
        Zaak andere = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, zonderSignaal.huishoudenId());
        assertThat(get(browser, "/werk/zaken/" + andere.id()).body()).doesNotContain("Vraag naar geld en schulden.");
        assertThat(get(browser, "/werk/vroegsignalen/" + id).body()).contains("Hulp aangenomen", "Melding registreren voor " + gezin.volwassene().naam(),
                "Het huishouden stopte met de schuldhulp op");
    }

    @Test
    void signalsWithoutDebtHelpAreDestroyedTwelveMonthsAfterReceipt() throws Exception {
        var bron = bronnen.aanmaken(beheer, "Zorgverzekeraar " + System.nanoTime(), "ZORGVERZEKERAAR");
        Gebruiker wmo = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        String weg = Testhuishouden.in("0632").volwassene(58).inschrijven(inschrijvingen, clock).volwassene().bsn();
        String blijft = Testhuishouden.in("0632").volwassene(29).inschrijven(inschrijvingen, clock).volwassene().bsn();
        LocalDate vandaag = LocalDate.now(clock);
        var verslag = signalen.ontvangen(bron.bron(), List.of(new Signaalinvoer(weg, null, null, null, "Z-1", vandaag.toString(), "1-maand", null),
                new Signaalinvoer(blijft, null, null, null, "Z-2", vandaag.toString(), "1-maand", null)));
        long wegId = verslag.regels().get(0).signaalId();
        long blijftId = verslag.regels().get(1).signaalId();
        signalen.contactpoging(wmo, wegId, vandaag, "BRIEF", false, "Brief gestuurd");
        signalen.uitkomst(wmo, wegId, "NIET_BEREIKT", null);
        signalen.contactpoging(wmo, blijftId, vandaag, "TELEFOON", true, null);
        signalen.uitkomst(wmo, blijftId, "HULP_AANGENOMEN", null);
        try {
            klok.verzet(Duration.ofDays(364));
            bewaring.vernietigen();
            assertThat(signalen.bekijk(wmo, wegId).kenmerk()).as("not yet past the term").isEqualTo("Z-1");
            klok.zet(vandaag.plusYears(1).atStartOfDay(clock.getZone()).plusHours(3).toInstant());
            assertThat(bewaring.vernietigen()).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> signalen.bekijk(wmo, wegId)).isInstanceOf(NietGevondenException.class);
            var rij = jdbc.sql("select huishouden_id, persoon_bsn, kenmerk, dubbel_sleutel, gewist_op, uitkomst, ontvangen_datum from vroegsignaal where id = ?")
                    .param(wegId).query((rs, i) -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getObject(4), rs.getObject(5),
                            rs.getString(6), rs.getObject(7, LocalDate.class)}).single();
            assertThat(new Object[] {rij[0], rij[1], rij[2], rij[3]}).as("no personal data left").containsOnlyNulls();
            assertThat(rij[4]).isNotNull();
            assertThat(rij[5]).as("a person-free row for the figures").isEqualTo("NIET_BEREIKT");
            assertThat(rij[6]).isEqualTo(vandaag);
            assertThat(jdbc.sql("select count(*) from vroegsignaal_contact where signaal_id = ?").param(wegId).query(Long.class).single()).isZero();
            assertThat(signalen.bekijk(wmo, blijftId).kenmerk()).as("help accepted: kept with the debt help").isEqualTo("Z-2");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                    "select count(*) from verwerking where betrokkene_bsn = ? and handeling = 'VERNIETIGEN' and grondslag like 'Bewaartermijn signalen%'")
                    .param(weg).query(Long.class).single()).isEqualTo(1));
        } finally {
            klok.herstel();
        }
        Gebruiker beleid = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
        var maand = cijfers.vanJaar(beleid, vandaag.getYear()).maanden().get(vandaag.getMonthValue() - 1);
        assertThat(maand.ontvangen()).as("the destroyed signal still counts").isGreaterThanOrEqualTo(2);
        assertThat(maand.aangenomen()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theFiguresPageShowsNoSmallNumbers() throws Exception {
        Gebruiker beleid = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
        LocalDate vandaag = LocalDate.now(clock);
        HttpClient wie = Inloggen.als(port, "beleid");
        String pagina = get(wie, "/sturing/vroegsignalering?jaar=" + vandaag.getYear()).body();
        var maand = cijfers.vanJaar(beleid, vandaag.getYear()).maanden().get(vandaag.getMonthValue() - 1);
        assertThat(pagina).contains("Signalen in " + vandaag.getYear(), "Dagen tot eerste gesprek (mediaan)");
        for (int n : new int[] {maand.ontvangen(), maand.bereikt(), maand.aangenomen(), maand.gestopt()}) {
            if (n > 0 && n < 5) {
                assertThat(pagina).contains("<td>&lt; 5</td>", "<td>weggelaten</td>");
            }
        }
        assertThat(pagina).doesNotContainPattern("<td>[1-4]</td>");
        assertThat(get(wie, "/sturing/vroegsignalering?jaar=abc").body()).contains("Kies een jaar tussen 2000 en 2100.");
        assertThat(get(Inloggen.als(port, "bestuur"), "/sturing/vroegsignalering").statusCode()).isEqualTo(200);
        assertThat(get(Inloggen.als(port, "wmoconsulent"), "/sturing/vroegsignalering").statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> cijfers.vanJaar(Testzaken.consulent(gemeenten, Doelgroep.WMO), 2026)).isInstanceOf(AccessDeniedException.class);
    }

    private HttpResponse<String> post(String authorization, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/vroegsignalen"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void isProblem(HttpResponse<String> antwoord, int status) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(antwoord.body()).get("detail").asString()).isNotBlank();
    }

    private HttpResponse<String> get(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String upload(HttpClient wie, Long bron, String csv) throws Exception {
        String formulier = get(wie, "/werk/vroegsignalen/inlezen").body();
        String csrf = java.net.URLDecoder.decode(Inloggen.csrf(formulier), StandardCharsets.UTF_8);
        String grens = "----grens" + System.nanoTime();
        String body = "--" + grens + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bron\"\r\n\r\n" + (bron == null ? "" : bron) + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + (csv.isEmpty() ? "" : "signalen.csv") + "\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + grens + "--\r\n";
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/vroegsignalen/inlezen"))
                .header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }
}
