package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Statementteller;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 24: the werkbak, the daily digest, the case page and the case API each cost a fixed number of SQL statements,
 * however large the team and the municipality. Measured on the demo data, then again after the Jeugdteam of Woerden
 * got {@value #GROEI} households more, each with an open case, a melding, a goal due for evaluation and a youth who
 * turns 18 within six months, half of them directed by the consulent herself, and her case got goals enough to fill a page.
 */
@IntegratieTest
@DirtiesContext
@Import(Statementteller.class)
class WerkbakStatementsIT {

    /** The werkbak's long lists show their first ten (WerkbakController.WERKBAK_LIJST, docs/decisions/0042). */
    private static final int WERKBAK_LIJST = 10;

    private static final int VOORAF = 10;
    private static final int GROEI = 200;
    private static final String GEMEENTE = "0632";
    private static final String CONSULENT = "jeugdconsulent";

    private final java.util.Deque<Gemaakt> gemaakt = new java.util.ArrayDeque<>();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Gemeenten gemeenten;
    @Autowired Clock klok;

    @Test
    void everyPageCostsAsManyStatementsAfterTheTeamGrewAndStillShowsWhatMatters() throws Exception {
        HttpClient consulent = Inloggen.als(port, CONSULENT);
        long zaakId = jdbc.sql("select min(id) from zaak where regisseur = ? and open = true").param(CONSULENT).query(Long.class).single();
        List<String> paginas = List.of("/werk", "/werk/dagoverzicht", "/werk/zaken/" + zaakId, "/api/v1/zaken/" + zaakId);

        // a few households first, so every list on the pages has something in it before the team grows
        long jeugdteam = gemeenten.teamVoor(GEMEENTE, Doelgroep.JEUGD).id();
        List<String> jongeren = new ArrayList<>(groei(jeugdteam, zaakId, 0, VOORAF));
        jdbc.sql("insert into transitie_afgerond (gemeente_code, persoon_bsn, team_id, afgerond_door, afgerond_op) values (?, ?, ?, ?, current_timestamp)")
                .params(GEMEENTE, jongeren.get(0), jeugdteam, CONSULENT).update();
        Map<String, List<String>> voor = meet(consulent, paginas);
        jongeren.addAll(groei(jeugdteam, zaakId, VOORAF, GROEI));
        Map<String, List<String>> na = meet(consulent, paginas);

        for (String pagina : paginas) {
            System.out.printf("%-28s %4d statements before, %4d after %d households more%n", pagina, voor.get(pagina).size(), na.get(pagina).size(), GROEI);
        }
        for (String pagina : paginas) {
            assertThat(na.get(pagina)).as("the statements of %s after the team grew, most repeated first:%n%s", pagina, herhaald(na.get(pagina)))
                    .hasSameSizeAs(voor.get(pagina));
            assertThat(na.get(pagina)).as("the same statements, only longer IN lists").containsExactlyInAnyOrderElementsOf(voor.get(pagina));
        }

        String werkbak = pagina(consulent, "/werk");
        String eerste = "Groei" + jongeren.get(1).substring(5);
        assertThat(werkbak).as("the first youth to turn 18 who is not done is among the transitions").contains("18-/18+: " + eerste + " ");
        assertThat(werkbak).as("a transition marked done is gone").doesNotContain("18-/18+: Groei" + jongeren.get(0).substring(5) + " ");
        int opDeWerkbak = werkbak.split("18-/18\\+: ", -1).length - 1;
        assertThat(opDeWerkbak).as("transitions shown at once: the first ten days' worth").isBetween(1, 30);
        String api = pagina(consulent, "/api/v1/werklijst");
        assertThat(api.split("TRANSITIE_18", -1).length - 1).as("the API's task list, without a link further, keeps its twenty")
                .isGreaterThan(opDeWerkbak).isLessThanOrEqualTo(40);
        assertThat(werkbak).as("the rest of the transitions a click away").contains("href=\"/werk/transities");
        assertThat(werkbak).as("the rest of her cases a click away").contains("href=\"/werk/zaken\"");
        assertThat(pagina(consulent, "/werk/transities")).contains("18-/18+: " + eerste + " ");
        assertThat(alleTransities(consulent)).as("page after page, every youth once, the one marked done not")
                .containsExactlyInAnyOrderElementsOf(jongeren.stream().skip(1).map(b -> "Groei" + b.substring(5)).toList());

        long regel = jdbc.sql("select coalesce(max(id), 0) from verwerking").query(Long.class).single();
        pagina(consulent, "/werk");
        long gelogd = jdbc.sql("select count(*) from verwerking where id > ? and actor = ? and bron = 'GET /werk'")
                .params(regel, CONSULENT).query(Long.class).single();
        System.out.printf("Logboek lines of one werkbak: %d%n", gelogd);
        // 75 for the lists of meldingen, tasks, transitions and deadlines, plus the two names each of the ten cases of "Mijn zaken" carries
        assertThat(gelogd).as("Logboek lines of one werkbak: only the residents it shows").isPositive()
                .isLessThanOrEqualTo(75 + 2L * WERKBAK_LIJST);
    }

    @Test
    void theWerkbakShowsTheFirstDeadlinesOfTheWeekAndLinksToAllOfThem() throws Exception {
        HttpClient consulent = Inloggen.als(port, CONSULENT);
        long jeugdteam = gemeenten.teamVoor(GEMEENTE, Doelgroep.JEUGD).id();
        LocalDate vandaag = LocalDate.now(klok);
        long voorbeeld = jdbc.sql("select min(id) from aanvraag where gemeente_code = ?").param(GEMEENTE).query(Long.class).single();
        int aantal = 2 * nl.dichtbij.platform.Pagina.STANDAARD_GROOTTE + 5;
        for (int i = 0; i < aantal; i++) {
            Map<String, Object> aanvraag = new LinkedHashMap<>(Map.of("team_id", jeugdteam, "besloten", false, "omschrijving", "Termijntest %02d".formatted(i),
                    "termijn_einde", vandaag.minusYears(5).plusDays(i)));
            aanvraag.put("verdaagd_tot", null);
            kloon("aanvraag", "id", voorbeeld, aanvraag);
        }

        String werkbak = pagina(consulent, "/werk");
        assertThat(werkbak.split("Termijntest ", -1).length - 1).as("deadlines on the werkbak").isEqualTo(WERKBAK_LIJST);
        assertThat(werkbak).as("the earliest first").contains("Termijntest 00", "Termijntest 09").doesNotContain("Termijntest 10");
        assertThat(werkbak).contains("U ziet de eerste " + WERKBAK_LIJST + ".").contains("href=\"/werk/termijnen\"");
        String alle = pagina(consulent, "/werk/termijnen");
        int perPagina = 2 * nl.dichtbij.platform.Pagina.STANDAARD_GROOTTE;
        assertThat(alle.split("Termijntest ", -1).length - 1).as("the deadlines of the week on their own pages").isEqualTo(perPagina);
        assertThat(alle).contains("Jeugdteam", "Pagina 1 van", "href=\"/werk/termijnen?pagina=1\"");
        String achternaam = jdbc.sql("select p.achternaam from aanvraag a join persoon p on p.bsn = a.persoon_bsn and p.gemeente_code = a.gemeente_code where a.id = ?")
                .param(voorbeeld).query(String.class).single();
        assertThat(alle).as("a deadline names whom it is about, not only the case's number").containsPattern(achternaam + " \\(zaak [0-9]+\\)");
        assertThat(werkbak).containsPattern(achternaam + " \\(zaak [0-9]+\\)");
        assertThat(pagina(consulent, "/werk/termijnen?pagina=1").split("Termijntest ", -1).length - 1).as("the rest on the next page")
                .isEqualTo(aantal - perPagina);
        String bord = pagina(Inloggen.als(port, "teamleider"), "/teams/termijnen?team=" + jeugdteam);
        assertThat(bord.split("Termijntest ", -1).length - 1).as("the teamleider's board, paged too").isEqualTo(perPagina);
        assertThat(bord).contains("href=\"/teams/termijnen?team=" + jeugdteam + "&amp;pagina=1\"");
    }

    @Test
    void aProfessionalWithMoreThanAHundredMeldingenSeesHowManyAndPagesThroughAllOfThem() throws Exception {
        HttpClient consulent = Inloggen.als(port, CONSULENT);
        long jeugdteam = gemeenten.teamVoor(GEMEENTE, Doelgroep.JEUGD).id();
        long voorbeeld = jdbc.sql("select min(id) from melding where team_id = ?").param(jeugdteam).query(Long.class).single();
        long eigen = jdbc.sql("select count(*) from melding where behandelaar = ? and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')")
                .param(CONSULENT).query(Long.class).single();
        long erbij = nl.dichtbij.toegang.Wachtrij.EIGEN_ZICHTBAAR + 7 - eigen;
        for (int i = 0; i < erbij; i++) {
            Map<String, Object> melding = new LinkedHashMap<>(Map.of("team_id", jeugdteam, "status", "IN_BEHANDELING", "behandelaar", CONSULENT,
                    "behandelaar_naam", "Jasmijn Bakker"));
            kloon("melding", "id", voorbeeld, melding);
        }
        long totaal = eigen + erbij;

        String werkbak = pagina(consulent, "/werk");
        assertThat(werkbak).as("no melding silently left out").contains("U heeft " + totaal + " open meldingen. Hier staan de "
                + nl.dichtbij.toegang.Wachtrij.EIGEN_ZICHTBAAR + " met de vroegste termijn.").contains("href=\"/werk/meldingen\"");
        String eerste = pagina(consulent, "/werk/meldingen");
        int paginas = (int) ((totaal + nl.dichtbij.platform.Pagina.STANDAARD_GROOTTE - 1) / nl.dichtbij.platform.Pagina.STANDAARD_GROOTTE);
        assertThat(eerste).contains("U heeft " + totaal + " open meldingen.", "Pagina 1 van " + paginas, "href=\"/werk/meldingen?pagina=1\"");
        String laatste = pagina(consulent, "/werk/meldingen?pagina=" + (paginas - 1));
        assertThat(laatste).contains("Pagina " + paginas + " van " + paginas).doesNotContain("?pagina=" + paginas + "\"");
    }

    /** The grown youths on /werk/transities, following its link to the next page until there is none. */
    private List<String> alleTransities(HttpClient browser) throws Exception {
        List<String> namen = new ArrayList<>();
        String pad = "/werk/transities";
        for (int pagina = 0; pad != null; pagina++) {
            assertThat(pagina).as("pages of transitions").isLessThan(20);
            String html = pagina(browser, pad);
            Matcher naam = Pattern.compile("18-/18\\+: (Groei\\d+) ").matcher(html);
            while (naam.find()) {
                namen.add(naam.group(1));
            }
            Matcher volgende = Pattern.compile("href=\"(/werk/transities\\?na=[0-9-]+)\"").matcher(html);
            pad = volgende.find() ? volgende.group(1) : null;
        }
        return namen;
    }

    private Map<String, List<String>> meet(HttpClient browser, List<String> paginas) throws Exception {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String pagina : paginas) {
            pagina(browser, pagina); // caches warm
            String meting = UUID.randomUUID().toString();
            HttpResponse<String> antwoord = browser.send(verzoek(pagina).header(Statementteller.HEADER, meting).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pagina).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> Statementteller.van(meting) != null);
            statements.put(pagina, Statementteller.van(meting).stream().map(sql -> sql.replaceAll("in \\((\\?, )*\\?\\)", "in (?)")
                .replaceAll("values (\\((\\?, )*\\?\\))(, \\((\\?, )*\\?\\))+", "values $1")).toList());
        }
        return statements;
    }

    private String pagina(HttpClient browser, String pad) throws Exception {
        HttpResponse<String> antwoord = browser.send(verzoek(pad).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad + "\n" + antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).timeout(Duration.ofMinutes(2));
        return pad.startsWith("/api/") ? verzoek.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((CONSULENT + ":demo").getBytes(StandardCharsets.UTF_8))) : verzoek;
    }

    private static String herhaald(List<String> statements) {
        return statements.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .map(e -> e.getValue() + "x " + e.getKey()).collect(Collectors.joining("\n"));
    }

    /**
     * The team grows by copying rows of the demo data with new keys: a household, a parent and a youth, an open case, a
     * melding in the queue, a plan with a goal due. The youths turn 18 one day after another from tomorrow; the first is
     * marked done. Returns the BSNs of the youths in birthday order.
     */
    private List<String> groei(long jeugdteam, long zaakVanConsulent, int vanaf, int aantal) {
        // the application's today, which decides who turns 18 within six months: other tests move the shared test clock, so
        // the database's date may lie days away from it (a youth 170 days from 18 once fell outside the window)
        LocalDate vandaag = LocalDate.now(klok);
        long huishoudenVoorbeeld = jdbc.sql("select min(id) from huishouden where gemeente_code = ?").param(GEMEENTE).query(Long.class).single();
        String persoonVoorbeeld = jdbc.sql("select min(bsn) from persoon where huishouden_id = ?").param(huishoudenVoorbeeld).query(String.class).single();
        long zaakVoorbeeld = jdbc.sql("select min(id) from zaak where gemeente_code = ? and lead_team_id = ?").params(GEMEENTE, jeugdteam).query(Long.class).single();
        long meldingVoorbeeld = jdbc.sql("select min(id) from melding where team_id = ?").param(jeugdteam).query(Long.class).single();
        long planVoorbeeld = jdbc.sql("select min(id) from plan where gemeente_code = ?").param(GEMEENTE).query(Long.class).single();
        long doelVoorbeeld = jdbc.sql("select min(id) from doel where gemeente_code = ?").param(GEMEENTE).query(Long.class).single();
        long volgendHuishouden = 90_000_000L;
        List<String> jongeren = new ArrayList<>();
        for (int i = vanaf; i < vanaf + aantal; i++) {
            long huishouden = volgendHuishouden + i;
            String ouder = "7%08d".formatted(i);
            String jongere = "8%08d".formatted(i);
            jongeren.add(jongere);
            kloon("huishouden", "id", huishoudenVoorbeeld, Map.of("id", huishouden));
            kloon("persoon", "bsn", persoonVoorbeeld, Map.of("bsn", ouder, "huishouden_id", huishouden, "voornaam", "Ouder" + i,
                    "geboortedatum", vandaag.minusYears(45)));
            kloon("persoon", "bsn", persoonVoorbeeld, Map.of("bsn", jongere, "huishouden_id", huishouden, "voornaam", "Groei" + jongere.substring(5),
                    "geboortedatum", vandaag.minusYears(18).plusDays(1 + i % 170)));
            Map<String, Object> zaak = new LinkedHashMap<>(Map.of("huishouden_id", huishouden, "lead_team_id", jeugdteam, "open", true));
            zaak.put("regisseur", i % 2 == 0 ? CONSULENT : null);
            long zaakId = kloon("zaak", "id", zaakVoorbeeld, zaak);
            Map<String, Object> melding = new LinkedHashMap<>(Map.of("huishouden_id", huishouden, "persoon_bsn", jongere, "zaak_id", zaakId,
                    "team_id", jeugdteam, "status", "ONTVANGEN"));
            melding.put("behandelaar", null);
            melding.put("behandelaar_naam", null);
            kloon("melding", "id", meldingVoorbeeld, melding);
            long plan = kloon("plan", "id", planVoorbeeld, Map.of("zaak_id", zaakId, "huishouden_id", huishouden));
            kloon("doel", "id", doelVoorbeeld, Map.of("plan_id", plan, "persoon_bsn", jongere, "volgende_evaluatie", vandaag.minusDays(1), "actief", true));
        }
        long planVanConsulent = jdbc.sql("select id from plan where zaak_id = ?").param(zaakVanConsulent).query(Long.class).optional()
                .orElseGet(() -> kloon("plan", "id", planVoorbeeld, Map.of("zaak_id", zaakVanConsulent)));
        // the case page's own plan grows too: goals of which one has ZRM scores
        for (int i = 0; i < aantal / 10; i++) {
            kloon("doel", "id", doelVoorbeeld, Map.of("plan_id", planVanConsulent, "omschrijving", "Groeidoel " + i, "actief", true));
        }
        return jongeren;
    }

    /** Inserts a copy of one row with some columns set otherwise; an identity id is left to the database. Returns the new id, if any. */
    private long kloon(String tabel, String sleutel, Object voorbeeld, Map<String, Object> anders) {
        Map<String, Object> rij = new LinkedHashMap<>();
        jdbc.sql("select * from " + tabel + " where " + sleutel + " = ?").param(voorbeeld).query().singleRow()
                .forEach((kolom, waarde) -> rij.put(kolom.toLowerCase(), waarde));
        boolean eigenId = rij.containsKey("id") && !anders.containsKey("id");
        if (eigenId) {
            rij.remove("id");
        }
        rij.putAll(anders);
        var sql = jdbc.sql("insert into " + tabel + " (" + String.join(", ", rij.keySet()) + ") values ("
                + rij.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", ")) + ")");
        for (Map.Entry<String, Object> e : rij.entrySet()) {
            sql = sql.param(e.getKey(), e.getValue());
        }
        if (!eigenId) {
            assertThat(sql.update()).isEqualTo(1);
            gemaakt.push(new Gemaakt(tabel, sleutel, rij.get(sleutel)));
            return anders.get("id") instanceof Long id ? id : 0;
        }
        var sleutels = new org.springframework.jdbc.support.GeneratedKeyHolder();
        assertThat(sql.update(sleutels, "id")).isEqualTo(1);
        gemaakt.push(new Gemaakt(tabel, "id", sleutels.getKey().longValue()));
        return sleutels.getKey().longValue();
    }

    private record Gemaakt(String tabel, String sleutel, Object waarde) {
    }

    /**
     * The grown rows go again, newest first: the database outlives this test's context, and other tests pick residents,
     * cases and counts from the demo data (found when SturingIT met a grown BSN and DoorloopIT counted grown meldingen).
     */
    @AfterEach
    void opruimen() {
        jdbc.sql("delete from transitie_afgerond where afgerond_door = ? and persoon_bsn like '8%'").param(CONSULENT).update();
        while (!gemaakt.isEmpty()) {
            Gemaakt rij = gemaakt.pop();
            jdbc.sql("delete from " + rij.tabel() + " where " + rij.sleutel() + " = ?").param(rij.waarde()).update();
        }
    }
}
