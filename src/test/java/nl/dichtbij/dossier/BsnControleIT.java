package nl.dichtbij.dossier;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.Aanbiedersberichten;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Bsn;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.security.Pogingbegrenzer;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The BSN with a birth date is proof of who someone is, not an oracle: every failure gets the same
 * answer, failures are limited per account, per person and per provider, each one is in the
 * Logboek, and a resident who authorises someone sees no name before that person confirms.
 */
@IntegratieTest
class BsnControleIT {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();
    /** Written out, not taken from the code, so this test also says what the old code answered wrongly. */
    private static final String NIET_BRUIKBAAR = "Deze combinatie van BSN en geboortedatum kunnen we niet gebruiken. Controleer beide.";
    private static final String TE_VAAK = "U heeft te vaak een BSN en geboortedatum ingevuld die we niet konden gebruiken.";
    private static final int PER_GEBRUIKER_PER_UUR = 5;
    private static final int PER_PERSOON_PER_DAG = 3;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Meldingen meldingen;
    @Autowired Gemeenten gemeenten;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired Pogingbegrenzer begrenzer;
    @Autowired nl.dichtbij.berichten.Verzoeken verzoeken;

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalDate vandaag;

    record Mens(String bsn, LocalDate geboortedatum, String naam) {
    }

    @BeforeEach
    void vandaag() {
        vandaag = LocalDate.now(clock);
    }

    @Test
    void staffGetTheSameAnswerForAnUnknownBsnAWrongBirthDateAndSomeoneOfAnotherMunicipality() throws Exception {
        Mens iemand = volgende(true);
        List<HttpResponse<String>> antwoorden = new ArrayList<>();
        antwoorden.add(meldingViaApi("wmoconsulent", onbekendBsn(), LocalDate.of(1980, 5, 5)));
        antwoorden.add(meldingViaApi("wmoconsulent", iemand.bsn(), iemand.geboortedatum().plusDays(1)));
        jdbc.sql("select bsn, geboortedatum from persoon where gemeente_code <> '0632' order by bsn limit 1")
                .query((rs, i) -> new Mens(rs.getString(1), rs.getObject(2, LocalDate.class), null)).optional()
                .ifPresent(elders -> {
                    try {
                        antwoorden.add(meldingViaApi("wmoconsulent", elders.bsn(), elders.geboortedatum()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        for (HttpResponse<String> antwoord : antwoorden) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(antwoord.body()).contains(NIET_BRUIKBAAR).doesNotContain("woont niemand").doesNotContain("hoort niet bij");
            assertThat(antwoord.body()).isEqualTo(antwoorden.getFirst().body());
        }
    }

    @Test
    void afterFiveFailedChecksAnAccountIsRefusedEvenWithTheRightData() {
        Gebruiker consulent = consulent();
        for (int i = 0; i < PER_GEBRUIKER_PER_UUR; i++) {
            Mens iemand = volgende(false);
            assertThatThrownBy(() -> meldingen.indienen(consulent, melding(iemand.bsn(), iemand.geboortedatum().minusDays(3))))
                    .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                            e -> assertThat(e.fouten()).containsEntry("persoonBsn", NIET_BRUIKBAAR));
        }
        Mens goed = volgende(false);
        assertThatThrownBy(() -> meldingen.indienen(consulent, melding(goed.bsn(), goed.geboortedatum())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten().get("persoonBsn")).startsWith(TE_VAAK));
        assertThat(meldingen.indienen(consulent(), melding(goed.bsn(), goed.geboortedatum())).persoonBsn())
                .as("the person himself is not blocked by someone else's account").isEqualTo(goed.bsn());
    }

    @Test
    void afterThreeFailedChecksOnOnePersonNobodyCanCheckHimThatDay() {
        Mens doelwit = volgende(false);
        for (int i = 0; i < PER_PERSOON_PER_DAG; i++) {
            Gebruiker ander = consulent();
            assertThatThrownBy(() -> meldingen.indienen(ander, melding(doelwit.bsn(), doelwit.geboortedatum().plusYears(1))))
                    .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                            e -> assertThat(e.fouten()).containsEntry("persoonBsn", NIET_BRUIKBAAR));
        }
        assertThatThrownBy(() -> meldingen.indienen(consulent(), melding(doelwit.bsn(), doelwit.geboortedatum())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten().get("persoonBsn")).startsWith(TE_VAAK));
    }

    @Test
    void aFailedCheckIsALineInTheLogboek() {
        Gebruiker consulent = consulent();
        Mens iemand = volgende(false);
        assertThatThrownBy(() -> meldingen.indienen(consulent, melding(iemand.bsn(), iemand.geboortedatum().plusDays(2))))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(jdbc.sql("""
                        select count(*) from verwerking where actor = ? and betrokkene_bsn = ? and handeling = 'CONTROLE_MISLUKT'
                            and categorie = 'PERSONALIA' and gemeente_code = '0632'""")
                .params(consulent.gebruikersnaam(), iemand.bsn()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aResidentSeesNoNameBeforeTheOtherPersonConfirms() throws Exception {
        Mens inwoner = volgende(true);
        Mens gemachtigde = volgende(true);
        String inwonerAccount = account(inwoner);
        String gemachtigdeAccount = account(gemachtigde);
        HttpClient a = Inloggen.als(port, inwonerAccount);

        String onbekend = machtigen(a, onbekendBsn(), LocalDate.of(1970, 1, 1));
        String verkeerd = machtigen(a, gemachtigde.bsn(), gemachtigde.geboortedatum().plusDays(1));
        assertThat(fouten(onbekend)).contains(NIET_BRUIKBAAR).isEqualTo(fouten(verkeerd));

        String uitgenodigd = machtigen(a, gemachtigde.bsn(), gemachtigde.geboortedatum());
        assertThat(uitgenodigd).contains("De uitnodiging is verstuurd").contains(Bsn.gemaskeerd(gemachtigde.bsn())).contains("Wacht op bevestiging")
                .doesNotContain(gemachtigde.naam());

        HttpClient b = Inloggen.als(port, gemachtigdeAccount);
        String uitnodiging = pagina(b, "/mijn/machtigingen");
        assertThat(uitnodiging).contains(inwoner.naam() + " wil u machtigen");
        assertThat(uitnodiging).as("not in force before it is confirmed").doesNotContain("Ga verder namens " + inwoner.naam());
        long id = jdbc.sql("select id from vertegenwoordiging where vertegenwoordiger_bsn = ? and onbevestigd").param(gemachtigde.bsn())
                .query(Long.class).single();
        String bevestigd = post(b, "/mijn/uitnodigingen/bevestigen", "&uitnodiging=" + id);
        assertThat(bevestigd).contains("U heeft de machtiging bevestigd").contains("Ga verder namens " + inwoner.naam());

        assertThat(pagina(a, "/mijn/machtigingen")).contains(gemachtigde.naam()).doesNotContain("Wacht op bevestiging");
    }

    @Test
    void aProvidersRetourIsTheSameForARightAndAWrongBirthDateOfSomeoneNotItsClient() throws Exception {
        Mens goed = nietClient();
        Mens fout = nietClient();
        String onbekend = onbekendBsn();
        String metGoedeDatum = retour(goed.bsn(), goed.geboortedatum());
        String metFouteDatum = retour(fout.bsn(), fout.geboortedatum().plusDays(1));
        String metOnbekendBsn = retour(onbekend, LocalDate.of(2012, 3, 4));
        assertThat(metFouteDatum).isEqualTo(metGoedeDatum).isEqualTo(metOnbekendBsn).contains("<jw316:RetourCode>0200</jw316:RetourCode>");
        // the request's Logboek lines are written when it is done, a moment after its answer (docs/decisions/0013)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from verwerking where actor = 'aanbieder-42420001' and betrokkene_bsn = ? and handeling = 'CONTROLE_MISLUKT'")
                .param(fout.bsn()).query(Long.class).single()).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from verwerking where actor = 'aanbieder-42420001' and betrokkene_bsn = ? and handeling = 'CONTROLE_MISLUKT'")
                .param(goed.bsn()).query(Long.class).single()).isZero();

        HttpClient regisseur = Inloggen.als(port, "jeugdconsulent");
        assertThat(pagina(regisseur, "/werk/verzoeken/" + verzoekVan(fout.bsn()))).as("the regisseur sees what the provider was not told")
                .contains("passen niet bij de");
        assertThat(pagina(regisseur, "/werk/verzoeken/" + verzoekVan(goed.bsn()))).doesNotContain("passen niet bij de")
                .doesNotContain("niet ingeschreven");
        assertThat(pagina(regisseur, "/werk/verzoeken/" + verzoekVan(onbekend))).as("a BSN not registered here: reject on the woonplaatsbeginsel")
                .contains("staat niet ingeschreven in deze gemeente").contains("woonplaatsbeginsel").doesNotContain("passen niet bij de");
        nl.dichtbij.platform.Gebruiker jasmijn = new nl.dichtbij.platform.Gebruiker("jeugdconsulent", null, "Jasmijn Bakker",
                nl.dichtbij.platform.Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", nl.dichtbij.gemeente.Doelgroep.JEUGD).id(), null);
        long product = jdbc.sql("select min(id) from verzoek_product where verzoek_id = ?").param(verzoekVan(onbekend)).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verzoeken.toewijzen(jasmijn, verzoekVan(onbekend), product, null))
                .as("no toewijzing for someone not registered here").hasMessageContaining("woonplaatsbeginsel");
    }

    private long verzoekVan(String bsn) {
        return jdbc.sql("select max(id) from verzoek where persoon_bsn = ?").param(bsn).query(Long.class).single();
    }

    @Test
    void parallelChecksNeverGetPastTheLimit() throws Exception {
        Pogingbegrenzer.Grens grens = new Pogingbegrenzer.Grens("test:parallel-" + System.nanoTime(), 5, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> pogingen = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                pogingen.add(pool.submit(() -> begrenzer.reserveren(List.of(grens)).isPresent()));
            }
            int toegelaten = 0;
            for (Future<Boolean> poging : pogingen) {
                toegelaten += poging.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(toegelaten).isEqualTo(5);
            assertThat(begrenzer.aantal(grens)).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers

    /** A person of 0632 of this test's own (see {@link nl.dichtbij.Testhuishouden}): an adult for authorising, a child otherwise. */
    private Mens volgende(boolean volwassen) {
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(44).kind(12).inschrijven(inschrijvingen, clock);
        return mens(volwassen ? huishouden.volwassene() : huishouden.kind());
    }

    /** A child nobody has a toewijzing or verzoek for. */
    private Mens nietClient() {
        return mens(nl.dichtbij.Testhuishouden.in("0632").volwassene(37).kind(9).inschrijven(inschrijvingen, clock).kind());
    }

    private static Mens mens(nl.dichtbij.personen.Persoon p) {
        return new Mens(p.bsn(), p.geboortedatum(), p.naam());
    }

    private String onbekendBsn() {
        for (long n = 100_000_000L + VOLGNUMMER.getAndIncrement() * 1_000L; ; n++) {
            String bsn = String.valueOf(n);
            if (Bsn.isGeldig(bsn) && jdbc.sql("select count(*) from persoon where bsn = ?").param(bsn).query(Long.class).single() == 0) {
                return bsn;
            }
        }
    }

    private Gebruiker consulent() {
        return new Gebruiker("orakel-" + VOLGNUMMER.getAndIncrement() + "-" + System.nanoTime() % 100_000, null, "Test Consulent", Rol.CONSULENT, "0632",
                gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
    }

    private static NieuweMelding melding(String bsn, LocalDate geboortedatum) {
        return new NieuweMelding(bsn, geboortedatum, null, null, "Signaal van de huisarts", Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL,
                false, false, Contactvoorkeur.TELEFOON, "0612345678", null, Kanaal.TELEFOON, null);
    }

    private HttpResponse<String> meldingViaApi(String gebruiker, String bsn, LocalDate geboortedatum) throws Exception {
        String body = """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Signaal","levensgebieden":["dagbesteding"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}""".formatted(bsn, geboortedatum);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String account(Mens mens) {
        String naam = "orakel-inwoner-" + mens.bsn();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values (?, ?, ?, 'INWONER', '0632', ?)")
                .params(naam, wachtwoorden.encode("demo"), mens.naam(), mens.bsn()).update();
        return naam;
    }

    private String pagina(HttpClient browser, String pad) throws Exception {
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private String post(HttpClient browser, String pad, String velden) throws Exception {
        String csrf = Inloggen.csrf(pagina(browser, "/mijn/machtigingen"));
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + velden)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private String machtigen(HttpClient browser, String bsn, LocalDate geboortedatum) throws Exception {
        return post(browser, "/mijn/machtigingen", "&bsn=" + bsn + "&geboortedatum=" + URLEncoder.encode(geboortedatum.toString(), StandardCharsets.UTF_8)
                + "&soort=INZIEN");
    }

    /** The error summary of the page, without the values the resident typed (which differ per attempt). */
    private static String fouten(String html) {
        int begin = html.indexOf("<div class=\"foutoverzicht\"");
        assertThat(begin).as("an error summary").isNotNegative();
        return html.substring(begin, html.indexOf("</div>", begin));
    }

    /** The 316 with the identifications blanked: what differs between any two retours. */
    private String retour(String bsn, LocalDate geboortedatum) throws Exception {
        String id = "OR" + (System.nanoTime() % 100_000_000L) + VOLGNUMMER.incrementAndGet() % 10;
        LocalDate ingang = vandaag.plusDays(7);
        String xml = Aanbiedersberichten.jw315("42420001", "0632", id, vandaag, bsn,
                        List.of(new Aanbiedersberichten.Gevraagd("ORAKEL" + id, "45", "45A01", ingang, ingang.plusMonths(3), 2)))
                .replace("<b:Datum>2010-02-14</b:Datum>", "<b:Datum>" + geboortedatum + "</b:Datum>");
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .header("Authorization", "Bearer demo-aanbieder-42420001").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return antwoord.body().replace(id, "ID").replaceAll("IdentificatieRetour>[^<]*<", "IdentificatieRetour>X<");
    }
}
