package nl.dichtbij.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.dossier.Noodtoegang;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 20, safety: the meldcode, risk assessment, Veilig Thuis and the GI on a case; who may read and write them (the regisseur,
 * the teamleider, emergency access, the GI while its measure runs) and who may not (the rest of the case team, another provider,
 * the resident); every read, write and refusal logged.
 */
@IntegratieTest
class VeiligheidIT {

    private static final String GI = "42420010";

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Veiligheid veiligheid;
    @Autowired Noodtoegang noodtoegang;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired nl.dichtbij.toegang.Meldingen meldingen;
    @Autowired nl.dichtbij.plan.Plannen plannen;

    @Test
    void theRegisseurFollowsTheMeldcodeAndEverythingIsSavedAndLogged() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(35).kind(7).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        HttpClient regisseur = Inloggen.als(port, "jeugdconsulent");
        String zaakpad = "/werk/zaken/" + zaak.id();
        String pad = zaakpad + "/veiligheid";
        LocalDate vandaag = LocalDate.now(clock);

        assertThat(pagina(regisseur, zaakpad)).contains("Naar veiligheid", "Nog niets vastgelegd.");
        assertThat(pagina(regisseur, pad)).contains("Stap 1: Signalen in kaart brengen", "nog open", "Nog open: stap 1, 2, 3, 4, 5.");

        String zonderAfweging = post(regisseur, pad, "/meldcode", "stap=4&datum=" + vandaag + "&notitie=" + enc("Gewogen met de aandachtsfunctionaris"));
        assertThat(zonderAfweging).contains("Geef aan of er acute onveiligheid is: ja of nee.", "Geef aan of er structurele onveiligheid is: ja of nee.",
                "aria-invalid=\"true\"", "href=\"#meldcode-acuut\"", "Gewogen met de aandachtsfunctionaris").doesNotContain("Vastgelegd.");
        assertThat(post(regisseur, pad, "/meldcode", "stap=1&datum=" + vandaag.plusDays(1) + "&notitie=x"))
                .contains("De datum ligt in de toekomst.");
        assertThat(post(regisseur, pad, "/meldcode", "stap=1&datum=gisteren&notitie=x")).contains("Vul een datum in zoals 4-12-2026.");
        assertThat(post(regisseur, pad, "/meldcode", "stap=1&datum=" + vandaag)).contains("Schrijf kort op wat u deed en met wie.");
        assertThat(post(regisseur, pad, "/meldcode", "stap=1&datum=" + vandaag.minusDays(30) + "&notitie=" + enc("Blauwe plekken, juf belde")))
                .contains("Vastgelegd.", "Blauwe plekken, juf belde", "Jasmijn Bakker", "Nog open: stap 2, 3, 4, 5.")
                .as("the confirmation stands in the section that was saved")
                .containsPattern("(?s)id=\"meldcode-kop\">Meldcode</h2>\\s*<p class=\"melding-ok\" role=\"status\">Vastgelegd.</p>");
        assertThat(post(regisseur, pad, "/meldcode", "stap=1&datum=" + vandaag.minusDays(28) + "&notitie=" + enc("Opnieuw signalen")))
                .as("a step may be recorded again").contains("Blauwe plekken, juf belde", "Opnieuw signalen");
        String gewogen = post(regisseur, pad, "/meldcode", "stap=4&datum=" + vandaag.minusDays(25) + "&notitie=" + enc("Afgewogen")
                + "&acuut=nee&structureel=ja");
        assertThat(gewogen).contains("Melden bij Veilig Thuis is verplicht", "er is nog geen melding bij Veilig Thuis vastgelegd",
                "Acute onveiligheid: nee. Structurele onveiligheid: ja.");

        assertThat(post(regisseur, pad, "/veilig-thuis", "datum=" + vandaag)).contains("Schrijf op wat u bij Veilig Thuis meldde.");
        String gemeld = post(regisseur, pad, "/veilig-thuis", "datum=" + vandaag.minusDays(20) + "&wat=" + enc("Vermoeden van kindermishandeling"));
        assertThat(gemeld).contains("Vermoeden van kindermishandeling", "Wacht op terugkoppeling").doesNotContain("er is nog geen melding bij Veilig Thuis");
        assertThat(pagina(regisseur, zaakpad)).contains("Wacht op terugkoppeling van Veilig Thuis", "Meldcode: 2 van de 5 stappen gezet.");

        long melding = jdbc.sql("select max(id) from veilig_thuis_melding where zaak_id = ?").param(zaak.id()).query(Long.class).single();
        assertThat(post(regisseur, pad, "/veilig-thuis/" + melding + "/uitkomst", "uitkomstDatum=" + vandaag.minusDays(21)))
                .contains("Kies wat Veilig Thuis terugkoppelde.", "De terugkoppeling kan niet voor de melding liggen.");
        assertThat(post(regisseur, pad, "/veilig-thuis/" + melding + "/uitkomst", "uitkomst=OVERGEDRAGEN_AAN_LOKAAL_TEAM&uitkomstDatum=" + vandaag))
                .contains("Overgedragen aan het lokale team");
        assertThat(pagina(regisseur, zaakpad)).doesNotContain("Wacht op terugkoppeling");

        assertThat(post(regisseur, pad, "/risicotaxatie", "datum=" + vandaag + "&niveau=ACUUT&vervolgdatum=" + vandaag.plusDays(10)
                + "&factoren=VERSLAVING&notitie=" + enc("Vader drinkt")))
                .contains("Bij acuut risico bekijkt u het binnen 7 dagen opnieuw.", "Vader drinkt", "value=\"VERSLAVING\" id=\"factor-VERSLAVING\" checked");
        assertThat(post(regisseur, pad, "/risicotaxatie", "datum=" + vandaag + "&niveau=HOOG&factoren=NEP&vervolgdatum=" + vandaag.minusDays(1)))
                .contains("Kies alleen factoren uit de lijst.", "De vervolgdatum ligt voor de datum van de taxatie.");
        assertThat(post(regisseur, pad, "/risicotaxatie", "datum=" + vandaag + "&niveau=HOOG&factoren=VERSLAVING&factoren=EERDER_GEWELD&vervolgdatum="
                + vandaag.plusDays(14))).contains("risico Hoog", "Verslaving");
        assertThat(pagina(regisseur, zaakpad)).contains("Laatste risicotaxatie: risico Hoog");
        assertThat(pagina(regisseur, pad + "/risicotaxatie")).as("the form's address opened again").contains("Risicotaxatie vastleggen");

        String ouder = gezin.volwassene().bsn();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(regels("jeugdconsulent", ouder, "WIJZIGEN")).isGreaterThanOrEqualTo(6);
            assertThat(regels("jeugdconsulent", ouder, "INZIEN")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void aCaseTeamMemberWhoIsNotTheRegisseurGetsNoSafetyRecordsButEmergencyAccessAndTheTeamleiderDo() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(33).kind(4).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker regisseur = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        veiligheid.stapVastleggen(regisseur, zaak.id(), 1, LocalDate.now(clock), "Geheim signaal", null, null);
        String pad = "/werk/zaken/" + zaak.id();

        String wie = "collega" + (System.nanoTime() % 1_000_000);
        long jeugdteam = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id) values (?, ?, 'Cor Collega', 'CONSULENT', '0632', ?)")
                .params(wie, wachtwoorden.encode("demo"), jeugdteam).update();
        HttpClient collega = Inloggen.als(port, wie);
        String zaakpagina = pagina(collega, pad);
        assertThat(zaakpagina).as("the rest of the file he sees").contains("Zaak").doesNotContain("Naar veiligheid", "Geheim signaal");
        assertThat(get(collega, pad + "/veiligheid").statusCode()).isEqualTo(403);
        assertThat(get(collega, pad + "/veiligheid/meldcode").statusCode()).as("a form's address").isEqualTo(403);
        HttpResponse<String> schrijven = verstuur(collega, pad + "/veiligheid/meldcode", "stap=1&datum=" + LocalDate.now(clock) + "&notitie=x", pad);
        assertThat(schrijven.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from meldcodestap where zaak_id = ?").param(zaak.id()).query(Long.class).single()).isEqualTo(1);
        String ouder = gezin.volwassene().bsn();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(regels(wie, ouder, "GEWEIGERD")).isGreaterThanOrEqualTo(2));

        Gebruiker collegaGebruiker = new Gebruiker(wie, null, "Cor Collega", Rol.CONSULENT, "0632", jeugdteam, null);
        assertThatThrownBy(() -> veiligheid.van(collegaGebruiker, zaak.id())).isInstanceOf(GeenToegangException.class);
        noodtoegang.nemen(collegaGebruiker, gezin.huishoudenId(), "Kind in acuut gevaar, regisseur is niet bereikbaar vandaag.");
        assertThat(pagina(collega, pad + "/veiligheid")).contains("Geheim signaal", "U kijkt met noodtoegang");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from verwerking where actor = ? and betrokkene_bsn = ? and categorie = 'VEILIGHEID' and handeling = 'INZIEN'
                        and grondslag like 'Noodtoegang:%'""").params(wie, ouder).query(Long.class).single()).isGreaterThanOrEqualTo(1));

        HttpClient teamleider = Inloggen.als(port, "teamleider");
        assertThat(pagina(teamleider, pad)).contains("Naar veiligheid");
        assertThat(pagina(teamleider, pad + "/veiligheid")).contains("Geheim signaal");
        assertThat(veiligheid.stapVastleggen(Testzaken.teamleider(gemeenten), zaak.id(), 2, LocalDate.now(clock), "Consultatie", null, null)).isPositive();
        veiligheid.taxatieVastleggen(Testzaken.teamleider(gemeenten), zaak.id(), LocalDate.now(clock).minusDays(20), "MIDDEN", List.of(), null,
                LocalDate.now(clock).minusDays(6));
        assertThat(pagina(teamleider, pad)).contains("Laatste risicotaxatie: risico Midden", "Die datum is voorbij: bekijk het risico opnieuw.");
        assertThat(pagina(teamleider, pad + "/veiligheid")).as("the safety page flags the passed review date too")
                .contains("id=\"taxatie-te-laat\"", "opnieuw bekeken moeten worden");

        HttpClient wmo = Inloggen.als(port, "wmoconsulent");
        assertThat(get(wmo, pad + "/veiligheid").statusCode()).as("another team").isIn(403, 404);
        HttpClient montfoort = Inloggen.als(port, "montfoort");
        assertThat(get(montfoort, pad + "/veiligheid").statusCode()).as("another municipality").isEqualTo(404);
    }

    @Test
    void theGiReadsItsCaseOnlyWhileTheMeasureRunsAndAnotherProviderNever() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(40).kind(12).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        var anderGezin = Testhuishouden.in("0632").volwassene(40).kind(9).inschrijven(inschrijvingen, clock);
        Zaak andereZaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, anderGezin.huishoudenId());
        Gebruiker regisseur = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        LocalDate vandaag = LocalDate.now(clock);
        veiligheid.stapVastleggen(regisseur, zaak.id(), 1, vandaag, "Signaal voor de GI", null, null);
        veiligheid.stapVastleggen(regisseur, andereZaak.id(), 1, vandaag, "Signaal van een ander gezin", null, null);
        assertThat(veiligheid.instellingen("0632")).extracting(Veiligheid.Instelling::agbCode).contains(GI);

        assertThatThrownBy(() -> veiligheid.maatregelVastleggen(regisseur, zaak.id(), "12345678", "OTS", anderGezin.kind().bsn(), null, vandaag.minusDays(1)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKeys("gi", "kind", "start"));
        assertThatThrownBy(() -> veiligheid.maatregelVastleggen(regisseur, zaak.id(), GI, "OTS", gezin.volwassene().bsn(), vandaag, null))
                .as("an adult").isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("kind"));
        long maatregel = veiligheid.maatregelVastleggen(regisseur, zaak.id(), GI, "OTS", gezin.kind().bsn(), vandaag.plusDays(3), null);
        plannen.doelToevoegen(regisseur, zaak.id(), new nl.dichtbij.plan.NieuwDoel("Veilig naar school", gezin.kind().bsn(),
                nl.dichtbij.platform.Levensgebied.DAGBESTEDING, null, null, nl.dichtbij.plan.Regeling.JEUGDWET, 3));
        plannen.doelToevoegen(regisseur, zaak.id(), new nl.dichtbij.plan.NieuwDoel("Schulden op orde", gezin.volwassene().bsn(),
                nl.dichtbij.platform.Levensgebied.FINANCIEN, null, null, nl.dichtbij.plan.Regeling.SCHULDHULP, 3));

        HttpClient gi = Inloggen.als(port, "gi");
        assertThat(pagina(gi, "/aanbieder")).as("the GI's provider start page works without contracts").contains("Jeugdbescherming");
        String pad = "/aanbieder/veiligheid/" + zaak.id();
        assertThat(get(gi, pad).statusCode()).as("the measure has not started").isEqualTo(404);
        jdbc.sql("update jeugdbeschermingsmaatregel set start_datum = ? where id = ?").params(vandaag.minusDays(10), maatregel).update();
        assertThat(pagina(gi, "/aanbieder/veiligheid")).contains(gezin.kind().naam(), "Ondertoezichtstelling (OTS)");
        assertThat(pagina(gi, pad)).contains("Signaal voor de GI", "Jeugdbeschermingsmaatregel (BW 1:255, Jeugdwet hoofdstuk 7)", "Veilig naar school")
                .as("the parent's goal is not the GI's").doesNotContain("Stap vastleggen", "Schulden op orde");
        assertThat(get(gi, "/aanbieder/veiligheid/" + andereZaak.id()).statusCode()).as("another case").isEqualTo(404);
        assertThat(get(Inloggen.als(port, "aanbieder"), pad).statusCode()).as("another provider").isEqualTo(404);
        assertThat(get(Inloggen.als(port, "fermwerk"), pad).statusCode()).isEqualTo(404);
        assertThat(pagina(Inloggen.als(port, "aanbieder"), "/aanbieder/veiligheid")).doesNotContain(gezin.kind().naam());
        assertThat(get(gi, "/werk/zaken/" + zaak.id() + "/veiligheid").statusCode()).as("not the professionals' page").isEqualTo(403);
        String kind = gezin.kind().bsn();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from verwerking where actor = 'gi' and betrokkene_bsn = ? and categorie = 'VEILIGHEID' and handeling = 'INZIEN'
                        and grondslag like 'Jeugdbeschermingsmaatregel%'""").param(kind).query(Long.class).single()).isGreaterThanOrEqualTo(1));

        veiligheid.maatregelBeeindigen(regisseur, zaak.id(), maatregel, vandaag.minusDays(1));
        assertThat(get(gi, pad).statusCode()).as("the measure ended").isEqualTo(404);
        assertThat(pagina(gi, "/aanbieder/veiligheid")).doesNotContain(gezin.kind().naam());
        Gebruiker giGebruiker = new Gebruiker("gi", null, "Samen Veilig", Rol.AANBIEDER, "0632", null, null);
        assertThatThrownBy(() -> veiligheid.voorGi(giGebruiker, zaak.id())).as("no organisation").isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> veiligheid.maatregelBeeindigen(regisseur, zaak.id(), maatregel, vandaag.minusDays(30)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("eind"));
    }

    @Test
    void theResidentDoesNotSeeSafetyRecordsOrWhoReadThem() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(36).kind(6).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker regisseur = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        veiligheid.stapVastleggen(regisseur, zaak.id(), 1, LocalDate.now(clock), "Signalen van de school", null, null);
        veiligheid.van(regisseur, zaak.id());
        Gebruiker inwoner = Testzaken.inwonerMetAccount(jdbc, wachtwoorden, gezin.volwassene());
        HttpClient ouder = Inloggen.als(port, inwoner.gebruikersnaam());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> regels("jeugdconsulent", gezin.volwassene().bsn(), "INZIEN") > 0);
        for (String mijn : List.of("/mijn", "/mijn/plan", "/mijn/gegevens", "/mijn/logboek", "/mijn/toestemmingen")) {
            HttpResponse<String> antwoord = get(ouder, mijn);
            if (antwoord.statusCode() == 200) {
                assertThat(antwoord.body()).as(mijn).doesNotContain("Signalen van de school", "Veiligheid (meldcode", "Meldcode", "VEILIGHEID");
            }
        }
        assertThat(pagina(ouder, "/mijn/logboek")).as("who saw my file: the safety records' lines left out").doesNotContain("Veiligheid");
        assertThat(pagina(ouder, "/mijn/gegevens/dossier.json")).as("the download: one fixed line for everyone")
                .contains("Gegevens over veiligheid (meldcode, Veilig Thuis, jeugdbescherming) staan niet in deze download.")
                .doesNotContain("Signalen van de school", "Veiligheid (meldcode");
        assertThat(get(ouder, "/werk/zaken/" + zaak.id() + "/veiligheid").statusCode()).isEqualTo(403);
        assertThat(get(ouder, "/aanbieder/veiligheid/" + zaak.id()).statusCode()).isEqualTo(403);
    }

    @Test
    void theMeldingPageStartsTheMeldcodeInTheHouseholdsCase() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(31).kind(5).inschrijven(inschrijvingen, clock);
        Gebruiker jeugd = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        var kind = gezin.kind();
        var melding = meldingen.indienen(jeugd, new nl.dichtbij.toegang.NieuweMelding(kind.bsn(), kind.geboortedatum(), null, null,
                "Zorgen over de veiligheid thuis.", java.util.Set.of(nl.dichtbij.platform.Levensgebied.PRAKTISCH_FUNCTIONEREN),
                nl.dichtbij.toegang.Urgentie.NORMAAL, false, false, nl.dichtbij.toegang.Contactvoorkeur.TELEFOON, "06 12345678", null,
                nl.dichtbij.toegang.Kanaal.TELEFOON, null));
        meldingen.oppakken(jeugd, melding.id());
        HttpClient consulent = Inloggen.als(port, "jeugdconsulent");
        String pagina = pagina(consulent, "/werk/meldingen/" + melding.id());
        assertThat(pagina).contains("Meldcode starten", "href=\"/werk/zaken/" + melding.zaakId() + "/veiligheid#meldcode\"");
        assertThat(pagina(consulent, "/werk/zaken/" + melding.zaakId() + "/veiligheid")).contains("Stap 1: Signalen in kaart brengen");
    }

    private long regels(String actor, String bsn, String handeling) {
        return jdbc.sql("select count(*) from verwerking where actor = ? and betrokkene_bsn = ? and categorie = 'VEILIGHEID' and handeling = ?")
                .params(actor, bsn, handeling).query(Long.class).single();
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = get(wie, pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> get(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of the safety page and follows a redirect back to it. */
    private String post(HttpClient wie, String pad, String formulier, String velden) throws Exception {
        HttpResponse<String> antwoord = verstuur(wie, pad + formulier, velden, pad);
        if (antwoord.statusCode() == 302) {
            String naar = antwoord.headers().firstValue("Location").orElseThrow();
            return pagina(wie, naar.startsWith("http") ? URI.create(naar).getRawPath() + "?" + URI.create(naar).getRawQuery() : naar);
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuur(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        String csrf = Inloggen.csrf(get(wie, "/werk").body());
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + naar)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
