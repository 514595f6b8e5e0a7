package nl.dichtbij.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

import nl.dichtbij.Inloggen;
import nl.dichtbij.Postbus;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.werkplek.Dagbericht;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications through a real SMTP server (GreenMail) and an SMS gateway hook (a small HTTP server): the resident gives
 * his address, types the code sent there, and from then on hears of news without the news, several messages within
 * minutes as one; news about his 16-year-old does not reach him. A professional gets his morning numbers.
 */
@IntegratieTest
class KennisgevingIT {

    private static final Postbus SMTP = Postbus.start();
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final HttpServer GATEWAY = gateway();

    @LocalServerPort int port;
    @Autowired Zaken zaken;
    @Autowired Plannen plannen;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;
    @Autowired VerstelbareKlok klok;
    @Autowired nl.dichtbij.platform.kennisgeving.Kennisgevingen kennisgevingen;
    @Autowired Dagbericht dagbericht;
    @Autowired nl.dichtbij.platform.kennisgeving.Nieuwsbundel nieuwsbundel;

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", uitwisseling -> {
                String auth = uitwisseling.getRequestHeaders().getFirst("Authorization");
                SMS.add(auth + " " + new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                uitwisseling.sendResponseHeaders(202, -1);
                uitwisseling.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void kanalen(DynamicPropertyRegistry properties) {
        SMTP.instellen(properties);
        properties.add("dichtbij.sms.webhook", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/sms");
        properties.add("dichtbij.sms.token", () -> "geheim");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        GATEWAY.stop(0);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void theResidentConfirmsHisAddressAndHearsOfNewsOnceWithoutTheNews() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(46).kind(16).inschrijven(inschrijvingen, clock);
        Gebruiker jeugd = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker zelf = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, gezin.volwassene());
        HttpClient ouder = Inloggen.als(port, zelf.gebruikersnaam());
        String email = zelf.gebruikersnaam() + "@voorbeeld.nl";

        assertThat(post(ouder, "kanaal=EMAIL&actie=instellen&adres=geen-adres")).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", "aria-invalid=\"true\"");
        assertThat(post(ouder, "kanaal=EMAIL&actie=instellen&adres=")).contains("Vul uw e-mailadres in.");
        assertThat(post(ouder, "kanaal=EMAIL&actie=instellen&adres=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .contains("We hebben een code gestuurd naar " + email, "Bevestigen");
        MimeMessage codemail = SMTP.wachtOp(email, 1)[0];
        assertThat(codemail.getSubject()).isEqualTo("Uw code voor Dichtbij");
        String code = Postbus.code(Postbus.tekst(codemail));
        String fout = code.equals("000000") ? "111111" : "000000";
        assertThat(post(ouder, "kanaal=EMAIL&actie=bevestigen&code=" + fout)).contains("Deze code klopt niet.");

        zaken.berichtVanMedewerker(jeugd, zaak.id(), "Voor de bevestiging: geen bericht.", null);
        wachtTotAllesAfgehandeld();
        assertThat(wachtend(gezin.volwassene().bsn())).as("no news to an address not yet confirmed").isZero();

        assertThat(post(ouder, "kanaal=EMAIL&actie=bevestigen&code=" + code)).contains("Gelukt. U krijgt voortaan een e-mail", "Dit staat aan. We sturen een e-mail naar " + email);

        zaken.berichtAanHuishouden(zaak.id(), gezin.kind().bsn(), "Uw zoon heeft een afspraak bij de jeugdarts.");
        wachtTotAllesAfgehandeld();
        assertThat(wachtend(gezin.volwassene().bsn())).as("news about the 16-year-old is his").isZero();

        zaken.berichtVanMedewerker(jeugd, zaak.id(), "Ik bel u morgen om 10 uur.", null);
        plannen.vanZaak(jeugd, zaak.id());
        plannen.doelToevoegen(jeugd, zaak.id(), new NieuwDoel("Rust in huis", null, Levensgebied.SOCIAAL_FUNCTIONEREN, null, null, Regeling.JEUGDWET, 3));
        zaken.berichtAanContactpersoon(zelf, "Kunt u mij bellen?");
        wachtTotAllesAfgehandeld();
        assertThat(wachtend(gezin.volwassene().bsn())).as("a message and a changed plan: noted once").isEqualTo(1);

        kennisgevingen.nieuws(nl.dichtbij.platform.kennisgeving.Ontvanger.inwoner("0632", gezin.volwassene().bsn()));
        bundel().versturen();
        assertThat(SMTP.aan(email)).as("not before the bundle's minutes have passed").hasSize(1);
        klok.verzet(Duration.ofMinutes(6));
        bundel().versturen();
        MimeMessage[] mails = SMTP.aan(email);
        assertThat(mails).as("the code, then one notification for all of it").hasSize(2);
        String tekst = Postbus.tekst(mails[1]);
        assertThat(mails[1].getSubject()).isEqualTo("Er is nieuws voor u in Mijn Dichtbij");
        assertThat(tekst).contains("https://dichtbij.woerden.nl/mijn").doesNotContain(gezin.volwassene().achternaam(), gezin.volwassene().bsn(),
                "morgen", "Rust in huis", "Jasmijn");
        assertThat(wachtend(gezin.volwassene().bsn())).isZero();

        String nieuw = "nieuw-" + email;
        assertThat(post(ouder, "kanaal=EMAIL&actie=instellen&adres=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .as("the confirmed address again").contains("Dit adres gebruiken we al.");
        assertThat(post(ouder, "kanaal=EMAIL&actie=instellen&adres=" + URLEncoder.encode(nieuw, StandardCharsets.UTF_8)))
                .contains("We hebben een code gestuurd naar " + nieuw, "Dit staat aan. We sturen een e-mail naar " + email, "tot u het nieuwe adres bevestigt");
        kennisgevingen.nieuws(nl.dichtbij.platform.kennisgeving.Ontvanger.inwoner("0632", gezin.volwassene().bsn()));
        klok.verzet(Duration.ofMinutes(6));
        bundel().versturen();
        assertThat(SMTP.aan(email)).as("the old address keeps working until the new one is confirmed").hasSize(3);
        String nieuweCode = Postbus.code(Postbus.tekst(SMTP.wachtOp(nieuw, 1)[0]));
        assertThat(post(ouder, "kanaal=EMAIL&actie=bevestigen&code=" + nieuweCode)).contains("Dit staat aan. We sturen een e-mail naar " + nieuw);

        assertThat(post(ouder, "kanaal=EMAIL&actie=uitzetten")).contains("U krijgt geen e-mail meer van ons.");
        assertThat(kennisgevingen.adres(nl.dichtbij.platform.kennisgeving.Ontvanger.inwoner("0632", gezin.volwassene().bsn()),
                nl.dichtbij.platform.kennisgeving.Kanaal.EMAIL)).isEmpty();
    }

    @Test
    void aTextMessageGoesThroughTheGatewayHookAndTheCodeExpires() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(70).inschrijven(inschrijvingen, clock);
        Gebruiker zelf = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, huishouden.volwassene());
        HttpClient inwoner = Inloggen.als(port, zelf.gebruikersnaam());
        assertThat(post(inwoner, "kanaal=SMS&actie=instellen&adres=0348-123456")).contains("Vul een mobiel nummer in dat begint met 06");
        int voor = SMS.size();
        assertThat(post(inwoner, "kanaal=SMS&actie=instellen&adres=" + URLEncoder.encode("06 12 34 56 78", StandardCharsets.UTF_8)))
                .contains("We hebben een code gestuurd naar 06 12 34 56 78");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> SMS.size() > voor);
        String bericht = SMS.get(SMS.size() - 1);
        assertThat(bericht).startsWith("Bearer geheim ").contains("\"naar\":\"+31612345678\"");
        String code = Postbus.code(bericht);

        klok.verzet(Duration.ofMinutes(31));
        assertThat(post(inwoner, "kanaal=SMS&actie=bevestigen&code=" + code)).contains("Deze code is verlopen. Vraag een nieuwe code.");
        assertThat(post(inwoner, "kanaal=SMS&actie=nieuweCode")).contains("We hebben een nieuwe code gestuurd.");
        String nieuweCode = Postbus.code(SMS.get(SMS.size() - 1));
        assertThat(post(inwoner, "kanaal=SMS&actie=bevestigen&code=" + nieuweCode)).contains("Gelukt. U krijgt voortaan een sms");

        kennisgevingen.nieuws(nl.dichtbij.platform.kennisgeving.Ontvanger.inwoner("0632", huishouden.volwassene().bsn()));
        klok.verzet(Duration.ofMinutes(6));
        bundel().versturen();
        assertThat(SMS.get(SMS.size() - 1)).contains("Er is nieuws voor u in Mijn Dichtbij. Log in om het te lezen: https://dichtbij.woerden.nl/mijn")
                .doesNotContain(huishouden.volwassene().achternaam());
    }

    @Test
    void fiveWrongCodesThenNoMoreGuessingAndNoFloodOfCodes() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(50).inschrijven(inschrijvingen, clock);
        Gebruiker zelf = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, huishouden.volwassene());
        HttpClient inwoner = Inloggen.als(port, zelf.gebruikersnaam());
        String email = zelf.gebruikersnaam() + "@raden.nl";
        post(inwoner, "kanaal=EMAIL&actie=instellen&adres=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        String code = Postbus.code(Postbus.tekst(SMTP.wachtOp(email, 1)[0]));
        String fout = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(post(inwoner, "kanaal=EMAIL&actie=bevestigen&code=" + fout)).contains("Deze code klopt niet.");
        }
        assertThat(post(inwoner, "kanaal=EMAIL&actie=bevestigen&code=" + code)).as("even the right code, after five wrong ones")
                .contains("U vulde te vaak een verkeerde code in.");
        for (int i = 0; i < 4; i++) {
            assertThat(post(inwoner, "kanaal=EMAIL&actie=nieuweCode")).contains("We hebben een nieuwe code gestuurd.");
        }
        assertThat(post(inwoner, "kanaal=EMAIL&actie=nieuweCode")).as("five codes an hour").contains("U vroeg al een paar keer een code.");
        assertThat(SMTP.aan(email)).hasSize(5);
    }

    @Test
    void theProfessionalGetsHisMorningNumbersWithoutNames() throws Exception {
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        String email = "willem.visser@woerden.nl";
        assertThat(post(consulent, "/werk/berichten-over-nieuws", "kanaal=EMAIL&actie=instellen&adres=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .contains("We hebben een code gestuurd naar " + email, "elke werkdag om 7 uur");
        String code = Postbus.code(Postbus.tekst(SMTP.wachtOp(email, 1)[0]));
        assertThat(post(consulent, "/werk/berichten-over-nieuws", "kanaal=EMAIL&actie=bevestigen&code=" + code)).contains("Gelukt.");
        var gebeld = new nl.dichtbij.Telefoonmelding(port).registreer(inschrijvingen, clock, "DRINGEND", "Valt steeds, woont alleen.",
                "praktisch-functioneren");

        dagbericht.versturen();
        MimeMessage[] mails = SMTP.wachtOp(email, 2);
        String tekst = Postbus.tekst(mails[1]);
        assertThat(mails[1].getSubject()).isEqualTo("Wat er vandaag in Dichtbij op u wacht");
        assertThat(tekst).containsPattern("- \\d+ dringende melding(en)? in uw team die nog niemand oppakte").contains("https://dichtbij.woerden.nl/werk")
                .doesNotContain(gebeld.naam(), "Valt steeds");
    }

    @Test
    void theProfessionalOnDutyHearsOfAnUrgentMeldingAtOnceWithoutTheName() throws Exception {
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        String wie = "dienst" + (System.nanoTime() % 1_000_000);
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id) values (?, ?, 'Dirk Dienst', 'CONSULENT', '0632', ?)")
                .params(wie, wachtwoorden.encode("demo"), wmoteam).update();
        try {
            String email = wie + "@woerden.nl";
            var ontvanger = nl.dichtbij.platform.kennisgeving.Ontvanger.medewerker("0632", wie);
            kennisgevingen.instellen(ontvanger, nl.dichtbij.platform.kennisgeving.Kanaal.EMAIL, email);
            kennisgevingen.bevestigen(ontvanger, nl.dichtbij.platform.kennisgeving.Kanaal.EMAIL, Postbus.code(Postbus.tekst(SMTP.wachtOp(email, 1)[0])));

            HttpClient teamleider = Inloggen.als(port, "teamleider");
            java.time.LocalDate vandaag = java.time.LocalDate.now(clock);
            assertThat(dienst(teamleider, wmoteam, "datum=" + vandaag.minusDays(1) + "&medewerker=" + wie))
                    .contains("Kies vandaag of een dag tot en met", "aria-invalid=\"true\"");
            assertThat(dienst(teamleider, wmoteam, "datum=&medewerker=")).as("both at once").contains("Vul de dag in.", "Kies een consulent van");
            assertThat(dienst(teamleider, wmoteam, "datum=morgen&medewerker=" + wie)).contains("Vul een dag in zoals 7-12-2026.");
            assertThat(dienst(teamleider, wmoteam, "datum=" + vandaag + "&medewerker=jeugdconsulent")).as("someone of another team")
                    .contains("Kies een consulent van");
            assertThat(dienst(teamleider, wmoteam, "datum=" + vandaag + "&medewerker=" + wie)).contains("Het rooster is bijgewerkt.", "Dirk Dienst");
            assertThat(jdbc.sql("select count(*) from team_dienst where team_id = ? and datum = ?").params(wmoteam, vandaag).query(Long.class).single())
                    .as("one on duty per team per day").isEqualTo(1);

            var gebeld = new nl.dichtbij.Telefoonmelding(port).registreer(inschrijvingen, clock, "DRINGEND", "Kan de trap niet meer op, valt.",
                    "praktisch-functioneren");
            MimeMessage alarm = SMTP.wachtOp(email, 2)[1];
            assertThat(alarm.getSubject()).startsWith("Dringende melding voor");
            assertThat(Postbus.tekst(alarm)).contains("Pak de melding uiterlijk", "/werk").doesNotContain(gebeld.naam(), "trap");
            HttpClient opDienst = Inloggen.als(port, wie);
            assertThat(opDienst.send(HttpRequest.newBuilder(uri("/werk")).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("U heeft vandaag dienst.");

            new nl.dichtbij.Telefoonmelding(port).registreer(inschrijvingen, clock, "NORMAAL", "Wil hulp bij de was.", "praktisch-functioneren");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from event_publication where completion_date is null and event_type like '%MeldingOntvangen'").query(Long.class).single() == 0);
            assertThat(SMTP.aan(email)).as("a melding that is not urgent tells nobody at once").hasSize(2);
            assertThat(dienst(teamleider, wmoteam, "datum=" + vandaag + "&medewerker=-")).as("off duty again").contains("Het rooster is bijgewerkt.");
            assertThat(jdbc.sql("select count(*) from team_dienst where team_id = ? and datum = ?").params(wmoteam, vandaag).query(Long.class).single())
                    .isZero();
        } finally {
            jdbc.sql("delete from team_dienst where gebruikersnaam = ?").param(wie).update();
            jdbc.sql("delete from kennisgeving_adres where eigenaar = ?").param(wie).update();
            jdbc.sql("delete from account where gebruikersnaam = ?").param(wie).update();
        }
    }

    /** The teamleider's duty form on the team page, posted; the page that follows. */
    private String dienst(HttpClient teamleider, long teamId, String velden) throws Exception {
        String pagina = teamleider.send(HttpRequest.newBuilder(uri("/teams/" + teamId)).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> antwoord = teamleider.send(HttpRequest.newBuilder(uri("/teams/" + teamId + "/dienst"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private nl.dichtbij.platform.kennisgeving.Nieuwsbundel bundel() {
        return nieuwsbundel;
    }

    private long wachtend(String bsn) {
        return jdbc.sql("select count(*) from kennisgeving_wachtrij where eigenaar = ?").param(bsn).query(Long.class).single();
    }

    private void wachtTotAllesAfgehandeld() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null
                        and (event_type like '%BerichtVoorHuishouden' or event_type like '%PlanGewijzigd' or event_type like '%MeldingBijgewerkt')""")
                .query(Long.class).single() == 0);
    }

    private String post(HttpClient wie, String velden) throws Exception {
        return post(wie, "/mijn/email", velden);
    }

    private String post(HttpClient wie, String pad, String velden) throws Exception {
        String pagina = wie.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
