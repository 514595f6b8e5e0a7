package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbiedersregister.Registratie;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider register through its service and its API: beheer adds, changes and ends; beleid reads; nothing is deleted. */
@IntegratieTest
class AanbiedersregisterIT {

    private static final Gebruiker BEHEER_WOERDEN = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final Gebruiker BEHEER_MONTFOORT = new Gebruiker("beheer-mf", null, "Mia Vos", Rol.BEHEER, "0335", null, null);
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Aanbiedersregister register;
    @Autowired Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String nieuweAgb() {
        return "77" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @Test
    void addChangeEndWithHistory() {
        LocalDate vandaag = LocalDate.now(clock);
        String agb = nieuweAgb();
        Registratie r = register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens(agb, "30111222", "  Thuiszorg Test  ", vandaag.minusYears(1)));
        assertThat(r.naam()).isEqualTo("Thuiszorg Test");
        assertThat(r.versie()).isZero();
        assertThat(r.gewijzigdDoor()).isEqualTo("Bea Smit");

        // duplicate AGB refused, in Dutch
        assertThatThrownBy(() -> register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens(agb, "30111223", "Dubbel", vandaag)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("agbCode"))
                        .isEqualTo("Er staat al een aanbieder met AGB-code " + agb + " in het register. Een AGB-code komt maar één keer voor."));
        // a bad AGB code, a bad KvK number and no name, all at once
        assertThatThrownBy(() -> register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens("1234", "12", " ", null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> {
                    assertThat(e.fouten()).containsKeys("agbCode", "kvkNummer", "naam", "ingeschrevenVanaf");
                    assertThat(e.fouten().get("agbCode")).contains("precies 8 cijfers");
                });
        assertThatThrownBy(() -> register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens("00123456", "30111222", "Nul", vandaag)))
                .hasMessageContaining("begint niet met 00");

        Registratie gewijzigd = register.wijzigen(BEHEER_WOERDEN, r.id(), 0, new Aanbiedersregister.Gegevens(null, "30111333", "Thuiszorg Test B.V.", vandaag.minusYears(1)));
        assertThat(gewijzigd.versie()).isEqualTo(1);
        assertThat(gewijzigd.kvkNummer()).isEqualTo("30111333");
        // a stale version is refused, nothing saved
        assertThatThrownBy(() -> register.wijzigen(BEHEER_WOERDEN, r.id(), 0, new Aanbiedersregister.Gegevens(null, "30111444", "Oud formulier", vandaag)))
                .isInstanceOf(Aanbiedersregister.IntussenGewijzigd.class).hasMessageContaining("Iemand anders heeft deze aanbieder intussen gewijzigd");
        assertThat(register.dossier(BEHEER_WOERDEN, r.id()).aanbieder().naam()).isEqualTo("Thuiszorg Test B.V.");
        // the AGB code stays
        assertThatThrownBy(() -> register.wijzigen(BEHEER_WOERDEN, r.id(), 1, new Aanbiedersregister.Gegevens(nieuweAgb(), "30111333", "X", vandaag)))
                .hasMessageContaining("De AGB-code kan niet worden gewijzigd");

        // end: not before the start, with a reason
        assertThatThrownBy(() -> register.beeindigen(BEHEER_WOERDEN, r.id(), 1, vandaag.minusYears(2), " "))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKeys("per", "reden"));
        Registratie beeindigd = register.beeindigen(BEHEER_WOERDEN, r.id(), 1, vandaag, "Contract afgelopen");
        assertThat(beeindigd.beeindigdPer()).isEqualTo(vandaag);
        assertThat(beeindigd.stand()).startsWith("Beëindigd per ");
        assertThat(beeindigd.actiefOp(vandaag)).isFalse();
        assertThatThrownBy(() -> register.beeindigen(BEHEER_WOERDEN, r.id(), 2, vandaag, "Nog eens")).hasMessageContaining("al beëindigd");

        // still listed: among the ended, not among the active
        assertThat(register.zoek(BELEID, agb, Aanbiedersregister.Stand.BEEINDIGD, 0, 25).inhoud()).extracting(Registratie::id).containsExactly(r.id());
        assertThat(register.zoek(BELEID, agb, Aanbiedersregister.Stand.ACTIEF, 0, 25).inhoud()).isEmpty();
        assertThat(register.zoek(BELEID, "thuiszorg test", Aanbiedersregister.Stand.ALLE, 0, 25).inhoud()).extracting(Registratie::id).contains(r.id());

        var historie = register.dossier(BELEID, r.id()).historie();
        assertThat(historie).extracting(Aanbiedersregister.Historieregel::wat).containsExactly(
                "Beëindigd per " + nl.dichtbij.platform.Formaat.lang(vandaag) + ". Reden: Contract afgelopen",
                "Gewijzigd: KvK-nummer 30111222 → 30111333; naam 'Thuiszorg Test' → 'Thuiszorg Test B.V.'.",
                "Ingeschreven: Thuiszorg Test, AGB-code " + agb + ", KvK-nummer 30111222, vanaf " + nl.dichtbij.platform.Formaat.lang(vandaag.minusYears(1)) + ".");
        assertThat(historie).extracting(Aanbiedersregister.Historieregel::door).containsOnly("Bea Smit");
    }

    @Autowired Aanbod aanbod;
    @Autowired Contracten contracten;

    @Test
    void anEndedProviderIsNoLongerOfferedForANewDecision() {
        LocalDate vandaag = LocalDate.now(clock);
        Registratie r = register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens(nieuweAgb(), "30999111", "Stoppende Zorg", vandaag.minusYears(2)));
        Product product = aanbod.producten("0632", nl.dichtbij.platform.Wet.WMO).getFirst();
        var beleid = new nl.dichtbij.platform.Gebruiker("beleid", null, "Bram de Vries", nl.dichtbij.platform.Rol.BELEID, "0632", null, null);
        var c = contracten.vastleggen(beleid, new Contractregels.Gegevens("STOP-" + r.agbCode(), null, r.id(), nl.dichtbij.platform.Wet.WMO,
                Inkoopmodel.AANBESTEDING, vandaag.minusYears(1), null, null, false, 14, java.util.List.of()));
        contracten.productToevoegen(beleid, c.id(), c.versie(), product.code(), Bekostigingsvorm.INSPANNING);
        assertThat(aanbod.aanbiedersVoor(product)).extracting(Aanbieder::id).contains(r.id());
        register.beeindigen(BEHEER_WOERDEN, r.id(), 0, vandaag.plusDays(10), "Stopt met Wmo-begeleiding");
        assertThat(aanbod.aanbiedersVoor(product)).as("until its last day").extracting(Aanbieder::id).contains(r.id());
        jdbcEinde(r.id(), vandaag);
        assertThat(aanbod.aanbiedersVoor(product)).as("from the day it ended").extracting(Aanbieder::id).doesNotContain(r.id());
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anEndedProviderIsARecordUntilItIsRegisteredAgain() {
        LocalDate vandaag = LocalDate.now(clock);
        Registratie r = register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens(nieuweAgb(), "30999222", "Terugkerende Zorg", vandaag.minusYears(3)));
        Registratie beeindigd = register.beeindigen(BEHEER_WOERDEN, r.id(), r.versie(), vandaag.plusDays(5), "Uitgetreden uit het open-house-contract");
        // until its end date it may still change (a new location before it leaves, say)
        register.contactVastleggen(BEHEER_WOERDEN, r.id(), "Anna Vos", "0348 111 222", null);
        jdbcEinde(r.id(), vandaag);
        assertThatThrownBy(() -> register.locatieToevoegen(BEHEER_WOERDEN, r.id(), new Aanbiedersregister.Locatiegegevens("Kantoor", "Rijnstraat", "5",
                "3441 BW", "Woerden", vandaag))).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Opnieuw inschrijven");
        assertThatThrownBy(() -> register.wijzigen(BEHEER_WOERDEN, r.id(), beeindigd.versie(), new Aanbiedersregister.Gegevens(null, "30999222",
                "Andere Naam", vandaag.minusYears(3)))).hasMessageContaining("verandert niet meer");
        assertThatThrownBy(() -> register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "HKZ", vandaag, null)).hasMessageContaining("beëindigd per");
        assertThatThrownBy(() -> register.opnieuwInschrijven(BEHEER_WOERDEN, r.id(), beeindigd.versie(), vandaag.minusDays(1)))
                .hasMessageContaining("op of na");

        Registratie terug = register.opnieuwInschrijven(BEHEER_WOERDEN, r.id(), beeindigd.versie(), vandaag);
        assertThat(terug.beeindigdPer()).isNull();
        assertThat(terug.ingeschrevenVanaf()).isEqualTo(vandaag);
        register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "HKZ", vandaag, null);
        assertThat(register.dossier(BEHEER_WOERDEN, r.id()).historie()).extracting(Aanbiedersregister.Historieregel::wat)
                .anySatisfy(w -> assertThat(w).startsWith("Opnieuw ingeschreven vanaf").contains("Uitgetreden uit het open-house-contract"));
        assertThatThrownBy(() -> register.opnieuwInschrijven(BEHEER_WOERDEN, r.id(), terug.versie(), vandaag)).hasMessageContaining("niet beëindigd");
    }

    /** Moves the end to today, as time passing would (the register refuses to end twice). */
    private void jdbcEinde(long id, LocalDate per) {
        jdbc.sql("update aanbieder set beeindigd_per = ? where id = ?").params(per, id).update();
    }

    @Test
    void locationsContactsAndQualityMarks() {
        LocalDate vandaag = LocalDate.now(clock);
        Registratie r = register.toevoegen(BEHEER_WOERDEN, new Aanbiedersregister.Gegevens(nieuweAgb(), "30222333", "Begeleiding Test", vandaag.minusMonths(6)));

        assertThatThrownBy(() -> register.locatieToevoegen(BEHEER_WOERDEN, r.id(), new Aanbiedersregister.Locatiegegevens("Kantoor", "Rijnstraat", "",
                "3441", "Woerden", vandaag))).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsOnlyKeys("huisnummer", "postcode"));
        var locatie = register.locatieToevoegen(BEHEER_WOERDEN, r.id(), new Aanbiedersregister.Locatiegegevens("Kantoor", "Rijnstraat", "12 a",
                "3441bw", "Woerden", vandaag.minusMonths(6)));
        assertThat(locatie.adres()).isEqualTo("Rijnstraat 12 a, 3441 BW Woerden");
        assertThatThrownBy(() -> register.locatieBeeindigen(BEHEER_WOERDEN, r.id(), locatie.id(), vandaag.minusYears(1)))
                .hasMessageContaining("ligt voor de startdatum");
        register.locatieBeeindigen(BEHEER_WOERDEN, r.id(), locatie.id(), vandaag);

        register.contactVastleggen(BEHEER_WOERDEN, r.id(), "Petra de Boer", "0348 123 456", null);
        register.contactVastleggen(BEHEER_MONTFOORT, r.id(), "Mo Haddou", null, "mo@begeleiding-test.nl");
        assertThatThrownBy(() -> register.contactVastleggen(BEHEER_WOERDEN, r.id(), "Petra", null, "geen-adres"))
                .hasMessageContaining("naam@aanbieder.nl");

        assertThatThrownBy(() -> register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "HKZ", vandaag, vandaag.minusDays(1)))
                .hasMessageContaining("'Geldig tot' ligt voor 'geldig vanaf'");
        register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "HKZ", vandaag.minusYears(3), vandaag.plusDays(10));
        register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "ISO 9001", vandaag.minusYears(3), vandaag.minusDays(1));
        var eigen = register.keurmerkToevoegen(BEHEER_WOERDEN, r.id(), "Eigen keurmerk regio", vandaag.minusYears(1), null);
        register.keurmerkBeeindigen(BEHEER_WOERDEN, r.id(), eigen.id(), vandaag);

        var woerden = register.dossier(BEHEER_WOERDEN, r.id());
        assertThat(woerden.locaties()).singleElement().satisfies(l -> assertThat(l.beeindigdPer()).isEqualTo(vandaag));
        assertThat(woerden.contact()).get().extracting(Aanbiedersregister.Contact::naam).isEqualTo("Petra de Boer");
        assertThat(woerden.keurmerken()).extracting(k -> k.soort() + ":" + k.stand()).containsExactly(
                "Eigen keurmerk regio:BEEINDIGD", "HKZ:VERLOOPT_BINNENKORT", "ISO 9001:VERLOPEN");
        // Montfoort's contact and its history line stay Montfoort's
        assertThat(woerden.historie()).extracting(Aanbiedersregister.Historieregel::wat).noneMatch(w -> w.contains("Mo Haddou"))
                .anyMatch(w -> w.contains("Petra de Boer")).anyMatch(w -> w.startsWith("Locatie beëindigd per"))
                .anyMatch(w -> w.startsWith("Keurmerk toegevoegd: HKZ")).anyMatch(w -> w.startsWith("Keurmerk beëindigd per"));
        var montfoort = register.dossier(BEHEER_MONTFOORT, r.id());
        assertThat(montfoort.contact()).get().extracting(Aanbiedersregister.Contact::naam).isEqualTo("Mo Haddou");
        assertThat(montfoort.historie()).extracting(Aanbiedersregister.Historieregel::wat).noneMatch(w -> w.contains("Petra de Boer"));
        // every change to the shared provider raised its version (a form read before is stale); a municipality's own contact
        // does not touch the shared row, so Woerden never sees a Montfoort name as "last changed by"
        assertThat(woerden.aanbieder().versie()).isGreaterThanOrEqualTo(5);
        assertThat(woerden.aanbieder().gewijzigdDoor()).isNotEqualTo("Mia Vos");
    }

    @Test
    void beleidReadsButCannotWrite() throws Exception {
        assertThatThrownBy(() -> register.toevoegen(BELEID, new Aanbiedersregister.Gegevens(nieuweAgb(), "30111222", "X", LocalDate.now(clock))))
                .isInstanceOf(AccessDeniedException.class);
        Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", 1L, null);
        assertThatThrownBy(() -> register.zoek(consulent, null, Aanbiedersregister.Stand.ALLE, 0, 10)).isInstanceOf(AccessDeniedException.class);

        HttpResponse<String> lijst = api("beleid", "GET", "/api/v1/aanbieders?tekst=4242&stand=ACTIEF", null);
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.headers().firstValue("API-Version")).isPresent();
        JsonNode pagina = json.readTree(lijst.body());
        assertThat(pagina.get("totaal").asInt()).isGreaterThanOrEqualTo(3);
        long id = pagina.get("inhoud").get(0).get("id").asLong();
        JsonNode dossier = json.readTree(api("beleid", "GET", "/api/v1/aanbieders/" + id, null).body());
        assertThat(dossier.get("aanbieder").get("agbCode").asString()).startsWith("4242");

        String nieuw = """
                {"agbCode":"%s","kvkNummer":"30999888","naam":"API Zorg","ingeschrevenVanaf":"%s"}""".formatted(nieuweAgb(), LocalDate.now(clock));
        HttpResponse<String> geweigerd = api("beleid", "POST", "/api/v1/aanbieders", nieuw);
        assertThat(geweigerd.statusCode()).isEqualTo(403);
        assertThat(geweigerd.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(api("beleid", "POST", "/api/v1/aanbieders/" + id + "/beeindiging", "{\"versie\":0,\"per\":\"2030-01-01\",\"reden\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(api("jeugdconsulent", "GET", "/api/v1/aanbieders", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAddsChangesAndEndsInDutch() throws Exception {
        HttpResponse<String> fout = api("beheer", "POST", "/api/v1/aanbieders", """
                {"agbCode":"1234567","kvkNummer":"30999888","naam":"API Zorg","ingeschrevenVanaf":"2026-01-01"}""");
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("Een AGB-code heeft precies 8 cijfers", "\"name\":\"agbCode\"");

        String agb = nieuweAgb();
        HttpResponse<String> aangemaakt = api("beheer", "POST", "/api/v1/aanbieders", """
                {"agbCode":"%s","kvkNummer":"30999888","naam":"API Zorg","ingeschrevenVanaf":"2026-01-01"}""".formatted(agb));
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        long id = json.readTree(aangemaakt.body()).get("id").asLong();
        assertThat(aangemaakt.headers().firstValue("Location")).contains("/api/v1/aanbieders/" + id);
        assertThat(api("beheer", "POST", "/api/v1/aanbieders", """
                {"agbCode":"%s","kvkNummer":"30999888","naam":"Dubbel","ingeschrevenVanaf":"2026-01-01"}""".formatted(agb)).body())
                .contains("komt maar één keer voor");

        HttpResponse<String> gewijzigd = api("beheer", "PUT", "/api/v1/aanbieders/" + id, """
                {"versie":0,"kvkNummer":"30999777","naam":"API Zorg B.V.","ingeschrevenVanaf":"2026-01-01"}""");
        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(200);
        HttpResponse<String> verouderd = api("beheer", "PUT", "/api/v1/aanbieders/" + id, """
                {"versie":0,"kvkNummer":"30999666","naam":"Ander","ingeschrevenVanaf":"2026-01-01"}""");
        assertThat(verouderd.statusCode()).isEqualTo(409);
        assertThat(verouderd.body()).contains("Iemand anders heeft deze aanbieder intussen gewijzigd");

        assertThat(api("beheer", "POST", "/api/v1/aanbieders/" + id + "/locaties", """
                {"naam":"Kantoor","straat":"Rijnstraat","huisnummer":"1","postcode":"3441 BW","plaats":"Woerden","vanaf":"2026-01-01"}""").statusCode())
                .isEqualTo(201);
        assertThat(api("beheer", "PUT", "/api/v1/aanbieders/" + id + "/contact", """
                {"naam":"Petra de Boer","telefoon":"0348 123 456"}""").statusCode()).isEqualTo(200);
        assertThat(api("beheer", "POST", "/api/v1/aanbieders/" + id + "/keurmerken", """
                {"soort":"HKZ","geldigVanaf":"2025-01-01","geldigTot":"2027-12-31"}""").statusCode()).isEqualTo(201);
        int versie = json.readTree(api("beheer", "GET", "/api/v1/aanbieders/" + id, null).body()).get("aanbieder").get("versie").asInt();
        HttpResponse<String> einde = api("beheer", "POST", "/api/v1/aanbieders/" + id + "/beeindiging", """
                {"versie":%d,"per":"2026-06-30","reden":"Bedrijf gestopt"}""".formatted(versie));
        assertThat(einde.statusCode()).as(einde.body()).isEqualTo(200);
        JsonNode dossier = json.readTree(api("beleid", "GET", "/api/v1/aanbieders/" + id, null).body());
        assertThat(dossier.get("aanbieder").get("beeindigdPer").asString()).isEqualTo("2026-06-30");
        assertThat(dossier.get("locaties")).hasSize(1);
        assertThat(dossier.get("contact").get("naam").asString()).isEqualTo("Petra de Boer");
        assertThat(dossier.get("keurmerken").get(0).get("soort").asString()).isEqualTo("HKZ");
        assertThat(dossier.get("historie")).hasSize(6);
    }

    @Test
    void theDemoProvidersAreInTheRegister() {
        var lijst = register.zoek(BELEID, "4242000", Aanbiedersregister.Stand.ACTIEF, 0, 10).inhoud();
        assertThat(lijst).extracting(Registratie::agbCode).contains("42420001", "42420002", "42420003");
        assertThat(lijst).allSatisfy(a -> assertThat(a.kvkNummer()).matches("\\d{8}"));
        var zorgDichtbij = register.dossier(BELEID, lijst.stream().filter(a -> a.agbCode().equals("42420002")).findFirst().orElseThrow().id());
        assertThat(zorgDichtbij.locaties()).extracting(Aanbiedersregister.Locatie::plaats).contains("Woerden");
        assertThat(zorgDichtbij.contact()).isPresent();
        assertThat(zorgDichtbij.keurmerken()).anySatisfy(k -> assertThat(k.stand().letOp()).isTrue());
        var montfoort = new Gebruiker("montfoort-beleid", null, "M", Rol.BELEID, "0335", null, null);
        assertThat(register.dossier(montfoort, zorgDichtbij.aanbieder().id()).contact()).as("Woerden's contact, not Montfoort's").isEmpty();
        assertThat(register.verlopendeKeurmerken(BELEID, 25)).as("beheer and beleid see the marks that need a new certificate, soonest first")
                .anySatisfy(k -> assertThat(k.aanbiederId()).isEqualTo(zorgDichtbij.aanbieder().id()))
                .allSatisfy(k -> assertThat(k.stand().letOp()).isTrue())
                .isSortedAccordingTo(java.util.Comparator.comparing(Aanbiedersregister.VerlopendKeurmerk::geldigTot));
    }

    private HttpResponse<String> api(String gebruiker, String methode, String pad, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
