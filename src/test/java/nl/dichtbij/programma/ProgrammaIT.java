package nl.dichtbij.programma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The programme dashboard and the anonymous client survey: rules, anonymity, results against targets, API roles, pages and exports. */
@IntegratieTest
class ProgrammaIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicLong VOLGNUMMER = new AtomicLong(System.nanoTime() % 10_000_000L);

    @LocalServerPort int port;
    @Autowired Programma programma;
    @Autowired Enquetes enquetes;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PasswordEncoder wachtwoorden;

    private final JsonMapper json = JsonMapper.builder().build();

    private static Gebruiker beleid(String gemeente) {
        return new Gebruiker("test-beleid-" + gemeente, null, "Beleid " + gemeente, Rol.BELEID, gemeente, null, null);
    }

    private static Gebruiker bestuur(String gemeente) {
        return new Gebruiker("test-bestuur-" + gemeente, null, "Bestuur " + gemeente, Rol.BESTUUR, gemeente, null, null);
    }

    /** A resident with a BSN no other test uses (the survey does not look the person up). */
    private static Gebruiker inwoner(String gemeente) {
        String bsn = "8" + String.format("%08d", VOLGNUMMER.incrementAndGet() % 100_000_000L);
        return new Gebruiker("test-inwoner-" + bsn, null, "Inwoner", Rol.INWONER, gemeente, null, bsn);
    }

    private static Map<Vraag, Antwoord> antwoorden(Antwoord a, Antwoord b, Antwoord c) {
        Map<Vraag, Antwoord> antwoorden = new EnumMap<>(Vraag.class);
        antwoorden.put(Vraag.WEET_WAARHEEN, a);
        antwoorden.put(Vraag.SAMEN_GEZOCHT, b);
        antwoorden.put(Vraag.KWALITEIT_GOED, c);
        return antwoorden;
    }

    // ---- survey -------------------------------------------------------------------------------

    @Test
    void answersCarryNoBsnAndASecondAnswerIsRefused() {
        Enquete enquete = enquetes.openen(beleid("0335"), 2019);
        assertThat(enquete.open()).isTrue();
        Gebruiker sanne = inwoner("0335");
        enquetes.beantwoorden(sanne, enquete.id(), antwoorden(Antwoord.EENS, Antwoord.HELEMAAL_EENS, Antwoord.WEET_NIET));
        assertThat(enquetes.meegedaan(sanne, enquete)).isTrue();

        assertThatThrownBy(() -> enquetes.beantwoorden(sanne, enquete.id(), antwoorden(Antwoord.ONEENS, Antwoord.ONEENS, Antwoord.ONEENS)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessage(Enquetes.AL_MEEGEDAAN);
        assertThat(jdbc.sql("select count(distinct respons_id) from enquete_antwoord where enquete_id = ?").param(enquete.id())
                .query(Long.class).single()).isEqualTo(1);

        // the answer table has no column for a person and no value that holds the BSN
        List<String> kolommen = jdbc.sql("select column_name from information_schema.columns where lower(table_name) = 'enquete_antwoord'")
                .query(String.class).list().stream().map(String::toLowerCase).toList();
        assertThat(kolommen).containsExactlyInAnyOrder("id", "gemeente_code", "enquete_id", "respons_id", "vraag", "score");
        List<Map<String, Object>> rijen = jdbc.sql("select * from enquete_antwoord where enquete_id = ?").param(enquete.id()).query().listOfRows();
        assertThat(rijen).hasSize(3).allSatisfy(rij -> assertThat(rij.values()).noneMatch(w -> w != null && w.toString().contains(sanne.bsn())));
        // the participation table holds only a keyed hash, not the BSN, and nothing to line it up with the answers
        List<String> deelname = jdbc.sql("select column_name from information_schema.columns where lower(table_name) = 'enquete_deelname'")
                .query(String.class).list().stream().map(String::toLowerCase).toList();
        assertThat(deelname).containsExactlyInAnyOrder("gemeente_code", "enquete_id", "sleutel");
        List<String> sleutels = jdbc.sql("select sleutel from enquete_deelname where enquete_id = ?").param(enquete.id()).query(String.class).list();
        assertThat(sleutels).hasSize(1).allSatisfy(s -> assertThat(s).hasSize(64).matches("[0-9a-f]+").doesNotContain(sanne.bsn()));

        // the same person in another year's survey is a new participant
        Enquete volgende = enquetes.openen(beleid("0335"), 2020);
        assertThat(enquetes.vanJaar("0335", 2019).open()).as("opening 2020 closed 2019").isFalse();
        assertThat(enquetes.meegedaan(sanne, volgende)).isFalse();
        assertThatThrownBy(() -> enquetes.beantwoorden(inwoner("0335"), enquete.id(), antwoorden(Antwoord.EENS, Antwoord.EENS, Antwoord.EENS)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("gesloten");
        enquetes.sluiten(beleid("0335"), 2020);
    }

    @Test
    void fewerThanFiveRespondentsAreSuppressed() {
        Enquete enquete = enquetes.openen(beleid("0335"), 2021);
        for (int i = 0; i < 4; i++) {
            enquetes.beantwoorden(inwoner("0335"), enquete.id(), antwoorden(Antwoord.EENS, Antwoord.ONEENS, Antwoord.HELEMAAL_EENS));
        }
        Uitslag vier = enquetes.uitslag("0335", 2021);
        assertThat(vier.onderdrukt()).isTrue();
        assertThat(vier.respondenten()).isNull();
        assertThat(vier.resultaten()).allSatisfy(r -> {
            assertThat(r.onderdrukt()).isTrue();
            assertThat(r.respondenten()).isNull();
            assertThat(r.percentageEens()).isNull();
            assertThat(r.oordeel()).isEqualTo("Te weinig antwoorden");
        });

        enquetes.beantwoorden(inwoner("0335"), enquete.id(), antwoorden(Antwoord.EENS, Antwoord.WEET_NIET, Antwoord.NEUTRAAL));
        Uitslag vijf = enquetes.uitslag("0335", 2021);
        assertThat(vijf.onderdrukt()).isFalse();
        assertThat(vijf.respondenten()).isEqualTo(5);
        Map<Vraag, Uitslag.Resultaat> perVraag = perVraag(vijf);
        assertThat(perVraag.get(Vraag.WEET_WAARHEEN).percentageEens()).isEqualByComparingTo("100.0");
        // "weet ik niet" does not count: only 4 opinions on this question, so it stays suppressed
        assertThat(perVraag.get(Vraag.SAMEN_GEZOCHT).onderdrukt()).isTrue();
        assertThat(perVraag.get(Vraag.KWALITEIT_GOED).respondenten()).isEqualTo(5);
        assertThat(perVraag.get(Vraag.KWALITEIT_GOED).percentageEens()).isEqualByComparingTo("80.0");
        assertThat(perVraag.get(Vraag.KWALITEIT_GOED).doelGehaald()).isFalse();
        enquetes.sluiten(beleid("0335"), 2021);
    }

    @Test
    void everyQuestionNeedsAnAnswerAndOnlyBeleidOpensASurvey() {
        Enquete enquete = enquetes.openen(beleid("0335"), 2022);
        Map<Vraag, Antwoord> twee = antwoorden(Antwoord.EENS, Antwoord.EENS, null);
        twee.remove(Vraag.KWALITEIT_GOED);
        assertThatThrownBy(() -> enquetes.beantwoorden(inwoner("0335"), enquete.id(), twee))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("kwaliteitGoed"));
        assertThatThrownBy(() -> enquetes.openen(beleid("0335"), 2016)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsKey("jaar"));
        assertThatThrownBy(() -> enquetes.openen(bestuur("0335"), 2023)).isInstanceOf(NietGevondenException.class);
        // a resident of Woerden cannot answer Montfoort's survey
        assertThatThrownBy(() -> enquetes.beantwoorden(inwoner("0632"), enquete.id(), antwoorden(Antwoord.EENS, Antwoord.EENS, Antwoord.EENS)))
                .isInstanceOf(NietGevondenException.class);
        enquetes.sluiten(beleid("0335"), 2022);
    }

    @Test
    void woerden2025AgainstTheProgrammeTargets() {
        Uitslag uitslag = enquetes.uitslag("0632", 2025);
        assertThat(uitslag.enquete().open()).isFalse();
        assertThat(uitslag.respondenten()).isEqualTo(412);
        Map<Vraag, Uitslag.Resultaat> r = perVraag(uitslag);
        assertThat(r.get(Vraag.WEET_WAARHEEN).respondenten()).isEqualTo(400);
        assertThat(r.get(Vraag.WEET_WAARHEEN).percentageEens()).isEqualByComparingTo("84.0");
        assertThat(r.get(Vraag.WEET_WAARHEEN).doelGehaald()).as("target 85%").isFalse();
        assertThat(r.get(Vraag.SAMEN_GEZOCHT).percentageEens()).isEqualByComparingTo("86.0");
        assertThat(r.get(Vraag.SAMEN_GEZOCHT).doelGehaald()).as("target 85%").isTrue();
        assertThat(r.get(Vraag.SAMEN_GEZOCHT).ambitieGehaald()).as("ambition 90%").isFalse();
        assertThat(r.get(Vraag.SAMEN_GEZOCHT).verschilMet2017()).isEqualByComparingTo("4.0");
        assertThat(r.get(Vraag.KWALITEIT_GOED).percentageEens()).isEqualByComparingTo("88.9");
        assertThat(r.get(Vraag.KWALITEIT_GOED).doelGehaald()).as("target 90%").isFalse();
        assertThat(r.get(Vraag.KWALITEIT_GOED).verschilMet2017()).isEqualByComparingTo(new BigDecimal("0.9"));
        assertThat(Vraag.SAMEN_GEZOCHT.basis2017()).isEqualTo(82);
        assertThat(Vraag.KWALITEIT_GOED.basis2017()).isEqualTo(88);
        assertThat(Vraag.WEET_WAARHEEN.basis2017()).isNull();
        // Montfoort does not see Woerden's survey
        assertThatThrownBy(() -> enquetes.uitslag("0335", 2025)).isInstanceOf(NietGevondenException.class);
    }

    private static Map<Vraag, Uitslag.Resultaat> perVraag(Uitslag uitslag) {
        Map<Vraag, Uitslag.Resultaat> perVraag = new EnumMap<>(Vraag.class);
        uitslag.resultaten().forEach(r -> perVraag.put(r.vraag(), r));
        return perVraag;
    }

    // ---- programme dashboard -------------------------------------------------------------------

    private long nieuwProject(String gemeente) {
        String code = "t-" + UUID.randomUUID();
        jdbc.sql("insert into programma_project (gemeente_code, code, naam, doelen, beoogde_resultaten, volgorde) values (?, ?, ?, 'Doel', 'Resultaat', 99)")
                .params(gemeente, code, "Testproject " + code).update();
        return jdbc.sql("select id from programma_project where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aMonthlyReportIsValidatedInDutch() {
        long project = nieuwProject("0632");
        YearMonth deze = YearMonth.now(clock);
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project,
                new NieuweRapportage(null, null, null, null, null, null, " ", null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("jaar", "resultaten", "planning", "financien", "personeel", "behaaldeResultaten")
                        .containsEntry("financien", "Kies hoe het staat met financiën."));
        YearMonth volgende = deze.plusMonths(1);
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project, new NieuweRapportage(volgende.getYear(), volgende.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "Klaar", null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("maand"));
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project, new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.KNELPUNT, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "Start", "", "")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("knelpunten", "maatregelen"));
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project, new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.NIET_GEHAALD, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "Start", null, null)))
                .as("not achieved needs a bottleneck, no measure required")
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("knelpunten"));
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project, new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "x".repeat(4001), null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("behaaldeResultaten"));
        // only beleid of the same municipality
        NieuweRapportage goed = new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "Klaar", null, null);
        assertThatThrownBy(() -> programma.rapporteren(bestuur("0632"), project, goed)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> programma.rapporteren(beleid("0335"), project, goed)).isInstanceOf(NietGevondenException.class);
        assertThat(programma.historie("0632", project)).isEmpty();
    }

    @Test
    void monthlyReportsMakeTheHistoryAndTheDashboardShowsTheLatest() {
        long project = nieuwProject("0632");
        YearMonth deze = YearMonth.now(clock);
        YearMonth vorige = deze.minusMonths(1);
        programma.rapporteren(beleid("0632"), project, new NieuweRapportage(vorige.getYear(), vorige.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.KNELPUNT, Stoplicht.OP_SCHEMA, Stoplicht.NIET_GEHAALD, "Plan klaar",
                "Geen projectleider", "Werving gestart"));
        Maandrapportage nu = programma.rapporteren(beleid("0632"), project, new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.KNELPUNT, "  Projectleider gestart  ",
                "Inwerken kost tijd", "Buddy uit het programmateam"));
        assertThat(nu.behaaldeResultaten()).isEqualTo("Projectleider gestart");
        assertThat(nu.vastgelegdDoor()).isEqualTo("Beleid 0632");
        assertThatThrownBy(() -> programma.rapporteren(beleid("0632"), project, new NieuweRapportage(deze.getYear(), deze.getMonthValue(),
                Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, Stoplicht.OP_SCHEMA, "Nog eens", null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("maand")).contains("al gerapporteerd"));

        List<Maandrapportage> historie = programma.historie("0632", project);
        assertThat(historie).extracting(Maandrapportage::maand).containsExactly(deze, vorige);
        assertThat(historie.get(1).licht(Aspect.PERSONEEL)).isEqualTo(Stoplicht.NIET_GEHAALD);
        assertThat(historie.get(1).ergste()).isEqualTo(Stoplicht.NIET_GEHAALD);
        Projectstand stand = programma.dashboard("0632").stream().filter(s -> s.project().id() == project).findFirst().orElseThrow();
        assertThat(stand.laatste().maand()).isEqualTo(deze);
        assertThat(stand.laatste().licht(Aspect.PERSONEEL)).isEqualTo(Stoplicht.KNELPUNT);
        assertThat(programma.dashboard("0335")).noneMatch(s -> s.project().id() == project);
        assertThatThrownBy(() -> programma.historie("0335", project)).isInstanceOf(NietGevondenException.class);
    }

    @Test
    void woerdensDemoProgrammeFollowsSeed002() {
        List<Projectstand> standen = programma.dashboard("0632");
        assertThat(standen).extracting(s -> s.project().code()).startsWith("casemanagement", "inkoop", "voorliggend", "wijk",
                "participatie", "communicatie", "programmateam");
        Projectstand inkoop = standen.get(1);
        assertThat(inkoop.laatste().maand()).isEqualTo(YearMonth.now(clock).minusMonths(1));
        assertThat(programma.historie("0632", inkoop.project().id())).hasSize(4)
                .anySatisfy(r -> assertThat(r.licht(Aspect.PLANNING)).isEqualTo(Stoplicht.NIET_GEHAALD));
    }

    // ---- API -------------------------------------------------------------------------------------

    private HttpResponse<String> api(String pad, String gebruiker) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(uri(pad));
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(verzoek.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiIsForBeleidAndBestuurOfTheirOwnMunicipality() throws Exception {
        HttpResponse<String> dashboard = api("/api/v1/programma/dashboard", "bestuur");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode d = json.readTree(dashboard.body());
        assertThat(d.get("gemeenteCode").asString()).isEqualTo("0632");
        assertThat(d.get("projecten").get(0).get("code").asString()).isEqualTo("casemanagement");
        assertThat(d.get("projecten").get(0).get("stoplichten").get("financien").asString()).isIn("OP_SCHEMA", "KNELPUNT", "NIET_GEHAALD");
        assertThat(api("/api/v1/programma/dashboard", "beleid").statusCode()).isEqualTo(200);

        JsonNode e = json.readTree(api("/api/v1/programma/enquete?jaar=2025", "bestuur").body());
        assertThat(e.get("respondenten").asInt()).isEqualTo(412);
        assertThat(e.get("vragen").get(1).get("code").asString()).isEqualTo("SAMEN_GEZOCHT");
        assertThat(e.get("vragen").get(1).get("percentageEens").decimalValue()).isEqualByComparingTo("86.0");
        assertThat(e.get("vragen").get(1).get("doel").asInt()).isEqualTo(85);
        assertThat(e.get("vragen").get(1).get("basis2017").asInt()).isEqualTo(82);

        for (String geweigerd : List.of("jeugdconsulent", "teamleider", "inwoner", "beheer", "privacy", "aanbieder")) {
            HttpResponse<String> antwoord = api("/api/v1/programma/enquete?jaar=2025", geweigerd);
            assertThat(antwoord.statusCode()).as(geweigerd).isEqualTo(403);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(api("/api/v1/programma/dashboard", null).statusCode()).isEqualTo(401);
        HttpResponse<String> onbekend = api("/api/v1/programma/enquete?jaar=1999", "beleid");
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(onbekend.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        // beleid of Montfoort sees none of Woerden's programme or survey
        jdbc.sql("delete from account where gebruikersnaam = 'beleid-montfoort'").update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code) values ('beleid-montfoort', ?, 'Beleid Montfoort', 'BELEID', '0335')")
                .param(wachtwoorden.encode("demo")).update();
        assertThat(api("/api/v1/programma/enquete?jaar=2025", "beleid-montfoort").statusCode()).isEqualTo(404);
        JsonNode montfoort = json.readTree(api("/api/v1/programma/dashboard", "beleid-montfoort").body());
        assertThat(montfoort.get("gemeenteCode").asString()).isEqualTo("0335");
        assertThat(montfoort.get("projecten")).isEmpty();
    }

    // ---- pages and exports ---------------------------------------------------------------------

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String formulier = browser.send(HttpRequest.newBuilder(uri("/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "username=" + gebruiker + "&password=demo&_csrf=" + enc(csrf(formulier));
        browser.send(HttpRequest.newBuilder(uri("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return browser;
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theFormKeepsWhatWasTypedAndTheTablesExport() throws Exception {
        long project = nieuwProject("0632");
        HttpClient beleid = ingelogd("beleid");
        String pagina = beleid.send(HttpRequest.newBuilder(uri("/programma/projecten/" + project)).build(), HttpResponse.BodyHandlers.ofString()).body();
        YearMonth deze = YearMonth.now(clock);
        String body = "_csrf=" + enc(csrf(pagina)) + "&jaar=" + deze.getYear() + "&maand=" + deze.getMonthValue()
                + "&resultaten=OP_SCHEMA&planning=KNELPUNT&financien=OP_SCHEMA&personeel=OP_SCHEMA&behaaldeResultaten=" + enc("Kadernotitie klaar");
        HttpResponse<String> fout = beleid.send(HttpRequest.newBuilder(uri("/programma/projecten/" + project + "/rapportages"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Controleer uw invoer").contains("Beschrijf het knelpunt").contains("Kadernotitie klaar");
        HttpResponse<String> goed = beleid.send(HttpRequest.newBuilder(uri("/programma/projecten/" + project + "/rapportages"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        body + "&knelpunten=" + enc("Planning regio onzeker") + "&maatregelen=" + enc("Overleg; met \"de regio\""))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(goed.body()).contains("De maandrapportage is vastgelegd").contains("Planning regio onzeker");

        HttpClient bestuur = ingelogd("bestuur");
        HttpResponse<String> csv = bestuur.send(HttpRequest.newBuilder(uri("/programma/projecten/" + project + "?formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("Maand;Resultaten;Planning;Financiën;Personeel;Behaalde resultaten")
                .contains(deze + ";Op schema;Knelpunt;Op schema;Op schema;Kadernotitie klaar;Planning regio onzeker;\"Overleg; met \"\"de regio\"\"\"");
        HttpResponse<byte[]> xlsx = bestuur.send(HttpRequest.newBuilder(uri("/programma?formaat=xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        HttpResponse<String> enqueteCsv = bestuur.send(HttpRequest.newBuilder(uri("/programma/enquete?jaar=2025&formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(enqueteCsv.body()).contains("Inwoners die zeggen dat er samen is gezocht naar oplossingen;392;86,0;85;90;82;Doel gehaald");
        String dashboard = bestuur.send(HttpRequest.newBuilder(uri("/programma")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(dashboard).contains("Casemanagement en toegang").contains("Knelpunt").doesNotContain("Maandrapportage toevoegen");
        String projectpagina = bestuur.send(HttpRequest.newBuilder(uri("/programma/projecten/" + project)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(projectpagina).contains("Planning regio onzeker").doesNotContain("Maandrapportage toevoegen");
        String enquete = bestuur.send(HttpRequest.newBuilder(uri("/programma/enquete?jaar=2025")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(enquete).contains("412").contains("86,0%").doesNotContain("Enquête openen");
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }
}
