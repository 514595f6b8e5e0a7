package nl.dichtbij.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * News by e-mail through a real SMTP server (GreenMail): the resident turns it on in Mijn Dichtbij, a message from his
 * contact person brings one mail without personal data, news about his 16-year-old does not reach him, his own message
 * brings none.
 */
@IntegratieTest
class NieuwsmailIT {

    private static final GreenMail SMTP = start();

    @LocalServerPort int port;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;

    private static GreenMail start() {
        int poort;
        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSetup setup = new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("dichtbij.mail.adres", () -> "https://dichtbij.woerden.nl");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void theResidentGetsAMailWithoutPersonalDataWhenThereIsNewsForHim() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(46).kind(16).inschrijven(inschrijvingen, clock);
        Gebruiker jeugd = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker zelf = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, gezin.volwassene());
        String gebruikersnaam = zelf.gebruikersnaam();
        HttpClient ouder = Inloggen.als(port, gebruikersnaam);
        String email = gebruikersnaam + "@voorbeeld.nl";

        assertThat(post(ouder, "email=geen-adres")).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", "aria-invalid=\"true\"");
        assertThat(post(ouder, "email=")).as("saving nothing is not turning it off").contains("Vul uw e-mailadres in.")
                .doesNotContain("U krijgt voortaan een e-mail");
        assertThat(post(ouder, "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .contains("U krijgt voortaan een e-mail als er nieuws is.", "value=\"" + email + "\"");

        zaken.berichtAanHuishouden(zaak.id(), gezin.kind().bsn(), "Uw zoon heeft een afspraak bij de jeugdarts.");
        zaken.berichtAanContactpersoon(zelf, "Kunt u mij bellen?");
        zaken.berichtVanMedewerker(jeugd, zaak.id(), "Ik bel u morgen om 10 uur.", null);

        // every announcement handled (mail sent or not), then count
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null and event_type like '%BerichtVoorHuishouden'""")
                .query(Long.class).single() == 0 && aan(email).length > 0);
        MimeMessage[] mails = aan(email);
        assertThat(mails).as("only the professional's message to the household: not the news about the 16-year-old, not his own").hasSize(1);
        String tekst = GreenMailUtil.getBody(mails[0]);
        assertThat(mails[0].getSubject()).isEqualTo("Er is nieuws voor u in Mijn Dichtbij");
        assertThat(tekst).contains("https://dichtbij.woerden.nl/mijn").doesNotContain(gezin.volwassene().achternaam(), gezin.volwassene().bsn(), "morgen", "Jasmijn");

        assertThat(post(ouder, "uitzetten=ja")).contains("U krijgt geen e-mails meer over nieuws.");
        assertThat(jdbc.sql("select count(*) from inwoner_email where bsn = ?").param(gezin.volwassene().bsn()).query(Long.class).single()).isZero();
    }

    private static MimeMessage[] aan(String email) throws Exception {
        java.util.List<MimeMessage> voor = new java.util.ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email)) {
                voor.add(m);
            }
        }
        return voor.toArray(MimeMessage[]::new);
    }

    private String post(HttpClient wie, String velden) throws Exception {
        String pagina = wie.send(HttpRequest.newBuilder(uri("/mijn/email")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(uri("/mijn/email")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
