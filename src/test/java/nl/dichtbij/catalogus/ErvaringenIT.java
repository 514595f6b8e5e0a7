package nl.dichtbij.catalogus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Inloggen;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 19: experience stories — only real care, once per toewijzing, beheer's check, without name, the provider's one
 * reply, the rating from five stories — and the catalogue, public and fuller when signed in. Stories here are about
 * Jeugdpraktijk De Brug, about which the demo has none, so the counts are this test's own.
 */
@IntegratieTest
class ErvaringenIT {

    private static final String DE_BRUG = "42420004";
    private static final String DE_BRUG_NAAM = "Jeugdpraktijk De Brug";
    private static final AtomicLong REFERENTIE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final Gebruiker DE_BRUG_ACCOUNT = new Gebruiker("debrug", null, "Medewerker De Brug", Rol.AANBIEDER, "0632", null, null, DE_BRUG, null);
    private static final Gebruiker VOORBEELD_ACCOUNT = new Gebruiker("aanbieder", null, "Petra de Groot", Rol.AANBIEDER, "0632", null, null, "42420001", null);

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired Toewijzingovername overname;
    @Autowired Ervaringen ervaringen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private Persoon inwoner() {
        return Testhuishouden.in("0632").volwassene(40).inschrijven(inschrijvingen, klok).volwassene();
    }

    private static Gebruiker als(Persoon p) {
        return new Gebruiker("test-" + p.bsn(), null, p.naam(), Rol.INWONER, "0632", null, p.bsn());
    }

    /** Youth care at De Brug, started eight months ago; stopped two days ago or still running. */
    private long zorg(Persoon p, boolean gestopt, int maandenGeleden) {
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate ingang = vandaag.minusMonths(maandenGeleden);
        return overname.overnemen(new Toewijzingovername.OvergenomenToewijzing("0632", Wet.JEUGDWET, null, p.bsn(), DE_BRUG, DE_BRUG_NAAM, "45", "45A01",
                "Ambulante jeugdhulp individueel", ingang, ingang.plusYears(1).minusDays(1), 3, "04", "2", "ERV" + REFERENTIE.incrementAndGet(),
                ingang.atStartOfDay(ClockConfig.AMSTERDAM).toInstant(), ingang.plusDays(5), gestopt ? vandaag.minusDays(2) : null, gestopt ? "31" : null));
    }

    private static Ervaringsregels.Invoer verhaal(int cijfer) {
        return new Ervaringsregels.Invoer(cijfer, cijfer, cijfer, "De hulpverlener luisterde goed en kwam altijd op tijd.");
    }

    private long weigeringen(String soort, long toewijzingOfErvaring) {
        return jdbc.sql("select count(*) from ervaring_weigering where soort = ? and (toewijzing_id = ? or ervaring_id = ?)")
                .params(soort, toewijzingOfErvaring, toewijzingOfErvaring).query(Long.class).single();
    }

    @Test
    void aResidentWithCareThatStoppedWritesOnceAndASecondStoryIsRefusedAndKept() {
        Persoon p = inwoner();
        long t = zorg(p, true, 8);
        assertThat(ervaringen.uitnodigingen(als(p))).singleElement().satisfies(u -> {
            assertThat(u.toewijzingId()).isEqualTo(t);
            assertThat(u.aanleiding()).isEqualTo(Aanleiding.GESTOPT);
        });
        Ervaring e = ervaringen.schrijven(als(p), t, verhaal(4));
        assertThat(e.status()).isEqualTo(Ervaringstatus.INGEDIEND);
        assertThat(e.aanbiederAgb()).isEqualTo(DE_BRUG);
        assertThat(ervaringen.uitnodigingen(als(p))).isEmpty();

        assertThatThrownBy(() -> ervaringen.schrijven(als(p), t, verhaal(2))).isInstanceOf(Ervaringen.Geweigerd.class)
                .hasMessageContaining("U heeft al een ervaring gedeeld over deze hulp");
        assertThat(weigeringen("TWEEDE_ERVARING", t)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ervaring where toewijzing_id = ?").param(t).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_bsn = ? and handeling = 'GEWEIGERD'").param(p.bsn()).query(Long.class).single())
                .isPositive();
    }

    @Test
    void sixMonthsOfRunningCareInvitesFiveMonthsDoesNot() {
        Persoon zes = inwoner();
        long lopend = zorg(zes, false, 7);
        assertThat(ervaringen.uitnodigingen(als(zes))).singleElement().satisfies(u -> assertThat(u.aanleiding()).isEqualTo(Aanleiding.ZES_MAANDEN));
        Persoon vijf = inwoner();
        long kort = zorg(vijf, false, 5);
        assertThat(ervaringen.uitnodigingen(als(vijf))).isEmpty();
        assertThatThrownBy(() -> ervaringen.schrijven(als(vijf), kort, verhaal(3))).isInstanceOf(Ervaringen.Geweigerd.class)
                .hasMessageContaining("alleen een ervaring delen over een aanbieder die u hulp gaf");
        assertThat(ervaringen.schrijven(als(zes), lopend, verhaal(3)).aanleiding()).isEqualTo(Aanleiding.ZES_MAANDEN);
    }

    @Test
    void aGemachtigdeWritesForTheResidentAndOnlyBeheerSeesWhoWrote() {
        Persoon p = inwoner();
        long t = zorg(p, true, 8);
        Persoon mantelzorger = inwoner();
        Gebruiker namens = als(mantelzorger).namens(p.bsn(), p.naam(), false, "Machtiging van de inwoner");
        assertThat(ervaringen.uitnodigingen(namens)).extracting(Ervaringen.Uitnodiging::toewijzingId).containsExactly(t);
        assertThat(ervaringen.uitnodigingen(als(mantelzorger))).isEmpty();
        Ervaring e = ervaringen.schrijven(namens, t, verhaal(5));
        assertThat(e.persoonBsn()).isEqualTo(p.bsn());
        assertThat(e.geschrevenDoor()).isEqualTo(mantelzorger.naam() + " namens " + p.naam());
        assertThat(ervaringen.ervaring(BEHEER, e.id()).geschrevenDoor()).contains(mantelzorger.naam());
        assertThat(e.zonderNaam().toString()).doesNotContain(p.naam()).doesNotContain(mantelzorger.naam()).doesNotContain(p.bsn());
    }

    @Test
    void someoneWithoutCareFromThatProviderIsRefusedAndItIsLogged() {
        Persoon echt = inwoner();
        long t = zorg(echt, true, 8);
        Persoon ander = inwoner();
        assertThatThrownBy(() -> ervaringen.schrijven(als(ander), t, verhaal(1))).isInstanceOf(Ervaringen.Geweigerd.class)
                .hasMessageContaining("alleen een ervaring delen over een aanbieder die u hulp gaf");
        assertThat(weigeringen("GEEN_ZORG", t)).isEqualTo(1);
        // the resident whose care it is sees in his log that someone tried
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_bsn = ? and handeling = 'GEWEIGERD' and actor = ?")
                .params(echt.bsn(), "test-" + ander.bsn()).query(Long.class).single()).isEqualTo(1);
        // a toewijzing that does not exist: refused the same way
        assertThatThrownBy(() -> ervaringen.schrijven(als(ander), 987_654_321L, verhaal(1))).isInstanceOf(Ervaringen.Geweigerd.class);
        // a story with wrong input: per field, nothing saved
        assertThatThrownBy(() -> ervaringen.schrijven(als(echt), t, new Ervaringsregels.Invoer(9, null, 3, "Kort")))
                .isInstanceOf(OngeldigeInvoerException.class).isNotInstanceOf(Ervaringen.Geweigerd.class)
                .satisfies(x -> assertThat(((OngeldigeInvoerException) x).fouten()).containsOnlyKeys("luisteren", "afspraken", "verhaal"));
        assertThat(jdbc.sql("select count(*) from ervaring where toewijzing_id = ?").param(t).query(Long.class).single()).isZero();
    }

    @Test
    void beheerPublishesWithoutNameTheProviderRepliesOnceAndTheRatingShowsFromFive() throws Exception {
        long eerste = 0;
        for (int i = 0; i < 5; i++) {
            Persoon p = inwoner();
            Ervaring e = ervaringen.schrijven(als(p), zorg(p, true, 9), verhaal(i == 0 ? 2 : 4));
            if (i == 0) {
                eerste = e.id();
                // beheer removes personal data, and must give a reason to refuse
                assertThatThrownBy(() -> ervaringen.afwijzen(BEHEER, e.id(), e.versie(), " ")).isInstanceOf(OngeldigeInvoerException.class);
                Ervaring gepubliceerd = ervaringen.publiceren(BEHEER, e.id(), e.versie(), "De hulpverlener luisterde goed.");
                assertThat(gepubliceerd.status()).isEqualTo(Ervaringstatus.GEPUBLICEERD);
                // a stale form is refused
                assertThatThrownBy(() -> ervaringen.publiceren(BEHEER, e.id(), e.versie(), "Opnieuw")).isInstanceOf(OngeldigeInvoerException.class);
                String publiek = pagina(HttpClient.newHttpClient(), "/sociale-kaart/aanbieders?product=45A01");
                assertThat(publiek).contains(DE_BRUG_NAAM).doesNotContain("uit 1 verhalen");
            } else if (i < 4) {
                ervaringen.publiceren(BEHEER, e.id(), e.versie(), e.verhaal());
            } else {
                // the fifth waits: still no rating from four published ones
                assertThat(Ervaringsregels.waardering(ervaringen.cijfersPerAanbieder("0632").get(DE_BRUG))).isEmpty();
                Ervaring afgewezen = ervaringen.afwijzen(BEHEER, e.id(), e.versie(), "Het verhaal gaat over een andere aanbieder.");
                assertThat(afgewezen.redenAfwijzing()).isEqualTo("Het verhaal gaat over een andere aanbieder.");
            }
        }
        assertThat(Ervaringsregels.waardering(ervaringen.cijfersPerAanbieder("0632").get(DE_BRUG))).isEmpty();
        Persoon vijfde = inwoner();
        Ervaring e5 = ervaringen.schrijven(als(vijfde), zorg(vijfde, true, 9), verhaal(4));
        ervaringen.publiceren(BEHEER, e5.id(), e5.versie(), e5.verhaal());
        var waardering = Ervaringsregels.waardering(ervaringen.cijfersPerAanbieder("0632").get(DE_BRUG)).orElseThrow();
        assertThat(waardering.aantal()).isEqualTo(5);
        assertThat(waardering.luisteren()).isEqualTo(3.6);

        // the public catalogue and the provider's page show the rating and the stories, never a name
        HttpClient anoniem = HttpClient.newHttpClient();
        String lijst = pagina(anoniem, "/sociale-kaart/aanbieders?product=45A01");
        assertThat(lijst).contains("gemiddeld 3,6 van 5, uit 5 verhalen").doesNotContain("Wachttijd nu");
        long brug = jdbc.sql("select id from aanbieder where agb_code = ?").param(DE_BRUG).query(Long.class).single();
        String brugPagina = pagina(anoniem, "/sociale-kaart/aanbieders/" + brug);
        assertThat(brugPagina).contains("De hulpverlener luisterde goed.").doesNotContain(vijfde.naam()).doesNotContain(vijfde.bsn());

        // the provider replies once; a second reply and a reply by another provider are refused and kept
        long id = eerste;
        ervaringen.reageren(DE_BRUG_ACCOUNT, id, "Dank voor uw verhaal.");
        assertThatThrownBy(() -> ervaringen.reageren(DE_BRUG_ACCOUNT, id, "Nog een reactie.")).isInstanceOf(Ervaringen.Geweigerd.class)
                .hasMessageContaining("U heeft al gereageerd");
        assertThatThrownBy(() -> ervaringen.reageren(VOORBEELD_ACCOUNT, id, "Wij ook.")).isInstanceOf(Ervaringen.Geweigerd.class)
                .hasMessageContaining("eigen organisatie");
        assertThat(weigeringen("TWEEDE_REACTIE", id)).isEqualTo(1);
        assertThat(weigeringen("ANDERE_AANBIEDER", id)).isEqualTo(1);
        assertThat(ervaringen.vanAanbieder(DE_BRUG_ACCOUNT, 0, 25).inhoud()).anySatisfy(v -> assertThat(v.reactie()).isEqualTo("Dank voor uw verhaal."));

        // beleid's figures per quarter, and the stories for evaluations without names
        Gebruiker beleid = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
        assertThat(ervaringen.cijfers(beleid, false)).anySatisfy(c -> {
            assertThat(c.aanbiederAgb()).isEqualTo(DE_BRUG);
            assertThat(c.aantal()).isEqualTo(5);
            assertThat(c.waardering()).isPresent();
        });
        HttpClient beleidSessie = Inloggen.als(port, "beleid");
        HttpResponse<String> export = beleidSessie.send(HttpRequest.newBuilder(uri("/sturing/ervaringen/verhalen?formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(DE_BRUG_NAAM, "De hulpverlener luisterde goed.").doesNotContain(vijfde.naam()).doesNotContain(vijfde.bsn());
        assertThat(pagina(beleidSessie, "/sturing/ervaringen")).contains(DE_BRUG_NAAM);
        String cijfers = pagina(beleidSessie, "/sturing/ervaringen/export?per=kwartaal&formaat=csv");
        assertThat(cijfers.lines().filter(l -> l.startsWith(DE_BRUG_NAAM + ";")).findFirst()).as("the ratings with a decimal comma, like every export")
                .hasValueSatisfying(l -> assertThat(l).matches(".*;5;\\d,\\d;\\d,\\d;\\d,\\d;\\d,\\d"));
    }

    @Test
    void theSignedInCatalogueShowsWaitingTimeAndInterventionsAndTheDecisionFormLinksToIt() throws Exception {
        HttpClient consulent = Inloggen.als(port, "jeugdconsulent");
        String pagina = pagina(consulent, "/sociale-kaart/aanbieders?product=45A01");
        assertThat(pagina).contains("Jeugdhulp Voorbeeld B.V.", "Wachttijd nu", "afgesproken norm", "Keurmerken");
        assertThat(pagina(HttpClient.newHttpClient(), "/sociale-kaart/aanbieders?gemeente=0335")).contains("Zorgaanbieders", "Montfoort");
        // the demo's five published stories about Jeugdhulp Voorbeeld give it a rating
        assertThat(pagina(HttpClient.newHttpClient(), "/sociale-kaart/aanbieders?product=45A01")).containsPattern("gemiddeld \\d,\\d van 5, uit \\d+ verhalen");
    }

    @Test
    void onThePagesAnotherResidentsCareIsRefusedWithADutchMessage() throws Exception {
        Persoon echt = inwoner();
        long t = zorg(echt, true, 8);
        Persoon ander = inwoner();
        account("erv-" + ander.bsn().substring(5), ander.bsn());
        account("erv-" + echt.bsn().substring(5), echt.bsn());
        HttpClient anderSessie = Inloggen.als(port, "erv-" + ander.bsn().substring(5));
        HttpResponse<String> geweigerd = anderSessie.send(HttpRequest.newBuilder(uri("/mijn/ervaringen/" + t)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(geweigerd.statusCode()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("U kunt alleen een ervaring delen over een aanbieder die u hulp gaf.");

        HttpClient echtSessie = Inloggen.als(port, "erv-" + echt.bsn().substring(5));
        assertThat(pagina(echtSessie, "/mijn")).contains("Hoe was uw hulp?", "Vertel over " + DE_BRUG_NAAM);
        String formulier = pagina(echtSessie, "/mijn/ervaringen/" + t);
        HttpResponse<String> fout = echtSessie.send(HttpRequest.newBuilder(uri("/mijn/ervaringen/" + t)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("luisteren=4&verhaal=Kort&_csrf=" + Inloggen.csrf(formulier))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Kies een cijfer van 1 tot en met 5 bij: Kwam de aanbieder afspraken na?", "minstens 20 tekens");
        HttpResponse<String> goed = echtSessie.send(HttpRequest.newBuilder(uri("/mijn/ervaringen/" + t)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("luisteren=4&afspraken=5&resultaat=3&verhaal=" + java.net.URLEncoder.encode(
                        "Fijne begeleiding, ze kwamen altijd op tijd.", java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + Inloggen.csrf(formulier)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(goed.statusCode()).isEqualTo(200);
        assertThat(goed.body()).contains("Dank u voor uw verhaal.", "Wacht op controle");
        HttpResponse<String> tweede = echtSessie.send(HttpRequest.newBuilder(uri("/mijn/ervaringen/" + t)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tweede.statusCode()).isEqualTo(403);
        assertThat(tweede.body()).contains("U heeft al een ervaring gedeeld over deze hulp.");
    }

    private void account(String naam, String bsn) {
        jdbc.sql("delete from account where gebruikersnaam = ?").param(naam).update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values (?, ?, 'Testinwoner', 'INWONER', '0632', ?)")
                .params(naam, wachtwoorden.encode("demo"), bsn).update();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }
}
