package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Contracts end to end (issue 16): beleid's pages and API, the rules on bad input, versions, the region, the tariff import, the decision form. */
@IntegratieTest
class ContractenIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Contracten contracten;
    @Autowired Aanbiedersregister register;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private Aanbiedersregister.Registratie nieuweAanbieder(String naam) {
        String agb = "4243" + String.format("%04d", (System.nanoTime() / 1000 + VOLGNUMMER.incrementAndGet()) % 10_000);
        while (register.zoek(BEHEER, agb, Aanbiedersregister.Stand.ALLE, 0, 1).totaal() > 0) {
            agb = "4243" + String.format("%04d", (Integer.parseInt(agb.substring(4)) + 1) % 10_000);
        }
        return register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "30" + agb.substring(2), naam, LocalDate.of(2015, 1, 1)));
    }

    private Contract contractVan(Gebruiker beleid, String kenmerk) {
        return contracten.lijst(beleid, Contracten.Stand.ALLE, 0, 100).inhoud().stream().filter(r -> r.kenmerk().equals(kenmerk)).findFirst()
                .map(r -> contracten.contract(beleid, r.id())).orElseThrow();
    }

    private static String kenmerk() {
        return "IT-" + (System.nanoTime() % 1_000_000) + "-" + VOLGNUMMER.incrementAndGet();
    }

    private static String formulier(Map<String, String> velden, String pagina) {
        return velden.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + Inloggen.csrf(pagina);
    }

    private static HttpResponse<String> get(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String adres, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beleidMakesAContractWithATariffAndTheConsulentChoosesFromContractedProvidersWithTariffWaitAndCeiling() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Thuiszorg Contracttest");
        HttpClient beleid = Inloggen.als(port, "beleid");
        String basis = "http://localhost:" + port + "/inkoop/contracten";
        LocalDate jan = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfYear());
        String kenmerk = kenmerk();

        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("kenmerk", kenmerk);
        velden.put("aanbiederId", String.valueOf(aanbieder.id()));
        velden.put("wet", "WMO");
        velden.put("model", "OPEN_HOUSE");
        velden.put("ingangsdatum", jan.toString());
        velden.put("toelatingsvoorwaarden", "Openbare voorwaarden open house Wmo");
        velden.put("tussentijdsToetreden", "true");
        velden.put("wachttijdnormDagen", "14");
        HttpResponse<String> vastgelegd = post(beleid, basis, formulier(velden, get(beleid, basis + "/nieuw").body()));
        assertThat(vastgelegd.statusCode()).isEqualTo(200);
        assertThat(vastgelegd.uri().getPath()).matches("/inkoop/contracten/[0-9]+");
        String contractAdres = "http://localhost:" + port + vastgelegd.uri().getPath();
        String pagina = vastgelegd.body();
        assertThat(pagina).contains(kenmerk).contains("Open house").contains("Nog geen producten");

        Contract c = contractVan(BELEID, kenmerk);
        HttpResponse<String> product = post(beleid, contractAdres + "/producten", formulier(Map.of("productcode", "02A01", "bekostigingsvorm", "INSPANNING",
                "gelezenVersie", String.valueOf(c.versie())), pagina));
        assertThat(product.statusCode()).isEqualTo(200);
        assertThat(product.body()).contains("Het product is toegevoegd.");
        pagina = get(beleid, contractAdres).body();
        c = contractVan(BELEID, kenmerk);
        HttpResponse<String> tarief = post(beleid, contractAdres + "/tarieven", formulier(Map.of("productcode", "02A01", "tarief", "61,25",
                "eenheid", "04", "geldigVanaf", jan.toString(), "gelezenVersie", String.valueOf(c.versie())), pagina));
        assertThat(tarief.statusCode()).isEqualTo(200);
        assertThat(tarief.body()).contains("Het tarief is toegevoegd.").contains("€ 61,25").contains("Tarief 02A01: € 61,25 per uur");
        // the tariff table names the unit in words, never with its code
        String tarieven = tarief.body().substring(tarief.body().indexOf("id=\"tarieventabel\""), tarief.body().indexOf("</table>",
                tarief.body().indexOf("id=\"tarieventabel\"")));
        assertThat(tarieven).contains("<td>per uur</td>").doesNotContain("04 uur", ">04<");
        String etmaal = get(beleid, "http://localhost:" + port + "/inkoop/contracten/" + contractVan(BELEID, "UW-JW-2020-LTA").id()).body();
        assertThat(etmaal).contains("<td>per etmaal</td>", "€ 252,30 per etmaal").doesNotContain("14 etmaal");

        // the consulent's decision form offers only contracted providers for the law, with tariff, waiting time and ceiling
        Gebruiker wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(58).inschrijven(inschrijvingen, clock);
        Zaak zaak = zaken.intakeGedaan(wmo, zaken.voorHuishouden("0632", huishouden.huishoudenId(), gemeenten.teamVoor("0632", Doelgroep.WMO).id()).id());
        Aanvraag aanvraag = besluiten.aanvragen(wmo, zaak.id(), huishouden.volwassene().bsn(), Wet.WMO, "Begeleiding bij de administratie");
        String formulier = get(Inloggen.als(port, "wmoconsulent"), "http://localhost:" + port + "/werk/aanvragen/" + aanvraag.id()).body();
        String tabel = formulier.substring(formulier.indexOf("id=\"aanbiedingen\""));
        assertThat(tabel).contains("Thuiszorg Contracttest").contains("€ 61,25 per uur").contains("(norm 14)")
                .contains("Zorg Dichtbij Woerden").contains("€ 65,00 per uur");
        assertThat(formulier).contains("Plafond bijna bereikt").contains("U mag deze aanbieders kiezen");
        String keuzelijst = formulier.substring(formulier.indexOf("id=\"aanbiederId\""), formulier.indexOf("</select>", formulier.indexOf("id=\"aanbiederId\"")));
        assertThat(keuzelijst).contains("Thuiszorg Contracttest").doesNotContain("FermWerk");
    }

    @Test
    void aContractFormWithAnEndBeforeItsStartSaysSoAndKeepsWhatWasTyped() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        String basis = "http://localhost:" + port + "/inkoop/contracten";
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("kenmerk", "TYPFOUT-1");
        velden.put("aanbiederId", String.valueOf(nieuweAanbieder("Typfout Zorg").id()));
        velden.put("wet", "JEUGDWET");
        velden.put("model", "AANBESTEDING");
        velden.put("ingangsdatum", "2027-01-01");
        velden.put("einddatum", "2026-12-31");
        HttpResponse<String> antwoord = post(beleid, basis, formulier(velden, get(beleid, basis + "/nieuw").body()));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("De einddatum ligt vóór de ingangsdatum").contains("value=\"TYPFOUT-1\"").contains("aria-invalid=\"true\"");
        assertThat(contracten.lijst(BELEID, Contracten.Stand.ALLE, 0, 100).inhoud()).noneMatch(r -> r.kenmerk().equals("TYPFOUT-1"));
    }

    @Test
    void overlappingTariffsATariffWithoutProductAndACeilingBelowSpendAreRefusedInDutchAndNothingSavedIsLost() {
        Contract zorgDichtbij = contractVan(BELEID, "WRD-WMO-2018-02");
        int tarieven = zorgDichtbij.tarieven().size();
        LocalDate jan = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfYear());
        assertThatThrownBy(() -> contracten.tariefToevoegen(BELEID, zorgDichtbij.id(), zorgDichtbij.versie(),
                new Contractregels.Tariefgegevens("02A01", jan.plusMonths(3), null, 7_000L, "04")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("mogen elkaar niet overlappen");
        assertThatThrownBy(() -> contracten.tariefToevoegen(BELEID, zorgDichtbij.id(), zorgDichtbij.versie(),
                new Contractregels.Tariefgegevens(" ", jan.plusYears(1), null, 7_000L, "04")))
                .hasMessageContaining("Een tarief hoort bij een product");
        int jaar = LocalDate.now(clock).getYear();
        assertThat(contracten.besteed(zorgDichtbij, "0632", jaar)).as("the money year declared at Zorg Dichtbij").isPositive();
        assertThatThrownBy(() -> contracten.plafondVastleggen(BELEID, zorgDichtbij.id(), zorgDichtbij.versie(), jaar, 100L))
                .hasMessageContaining("al is uitgegeven");
        Contract daarna = contracten.contract(BELEID, zorgDichtbij.id());
        assertThat(daarna.tarieven()).hasSize(tarieven);
        assertThat(daarna.versie()).isEqualTo(zorgDichtbij.versie());
        assertThat(contracten.plafondstand(daarna, "0632", jaar)).hasValueSatisfying(p -> {
            assertThat(p.procent()).isGreaterThanOrEqualTo(90);
            assertThat(p.waarschuwen()).isTrue();
        });
    }

    @Test
    void everyChangeIsANewVersionWithWhoAndWhenAndAStaleFormIsRefused() {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Versie Zorg");
        Contract c = contracten.vastleggen(BELEID, new Contractregels.Gegevens(kenmerk(), null, aanbieder.id(), Wet.JEUGDWET, Inkoopmodel.AANBESTEDING,
                LocalDate.of(2026, 1, 1), null, null, false, 30, List.of()));
        Contract met = contracten.productToevoegen(BELEID, c.id(), c.versie(), "45A02", Bekostigingsvorm.OUTPUT);
        assertThat(met.versie()).isEqualTo(c.versie() + 1);
        assertThatThrownBy(() -> contracten.productToevoegen(BELEID, c.id(), c.versie(), "45A01", Bekostigingsvorm.INSPANNING))
                .isInstanceOf(Contracten.IntussenGewijzigd.class);
        Contract geindexeerd = contracten.indexeren(BELEID, c.id(), contracten.tariefToevoegen(BELEID, c.id(), met.versie(),
                new Contractregels.Tariefgegevens("45A02", LocalDate.of(2026, 1, 1), null, 150_000L, "82")).versie(), new java.math.BigDecimal("2.5"),
                LocalDate.of(2027, 1, 1));
        assertThat(geindexeerd.tarief("45A02", LocalDate.of(2026, 12, 31))).hasValueSatisfying(t -> assertThat(t.tariefCenten()).isEqualTo(150_000L));
        assertThat(geindexeerd.tarief("45A02", LocalDate.of(2027, 1, 1))).hasValueSatisfying(t -> assertThat(t.tariefCenten()).isEqualTo(153_750L));
        List<Contracten.Versie> versies = contracten.historie(BELEID, c.id());
        assertThat(versies).extracting(Contracten.Versie::versie).containsExactly(4, 3, 2, 1);
        assertThat(versies).extracting(Contracten.Versie::door).containsOnly("Bram de Vries");
        assertThat(versies.getFirst().wat()).contains("Geïndexeerd met 2,5%");
    }

    @Test
    void theRegionalContractAppliesInBothMunicipalitiesAndOnlyTheLeadChangesIt() {
        Contract regionaal = contractVan(BELEID, "UW-JW-2020-LTA");
        assertThat(regionaal.gemeenten()).containsExactly("0335", "0632");
        Contract inMontfoort = contractVan(BELEID_MONTFOORT, "UW-JW-2020-LTA");
        assertThat(inMontfoort.id()).isEqualTo(regionaal.id());
        assertThat(contracten.magWijzigen(BELEID_MONTFOORT, inMontfoort)).isFalse();
        assertThatThrownBy(() -> contracten.productToevoegen(BELEID_MONTFOORT, regionaal.id(), regionaal.versie(), "45A01", Bekostigingsvorm.INSPANNING))
                .isInstanceOf(AccessDeniedException.class);
        // each municipality keeps its own ceiling on the regional contract
        Contract metPlafond = contracten.plafondVastleggen(BELEID_MONTFOORT, regionaal.id(), regionaal.versie(), LocalDate.now(clock).getYear(), 5_000_000L);
        assertThat(metPlafond.plafond("0335", LocalDate.now(clock).getYear())).isPresent();
        assertThat(metPlafond.plafond("0632", LocalDate.now(clock).getYear())).isEmpty();
        // Woerden's own contract is not Montfoort's to read
        Contract eigen = contractVan(BELEID, "WRD-JW-2018-01");
        assertThatThrownBy(() -> contracten.contract(BELEID_MONTFOORT, eigen.id())).isInstanceOf(NietGevondenException.class);
        assertThat(contracten.lijst(BELEID_MONTFOORT, Contracten.Stand.ALLE, 0, 100).inhoud()).extracting(Contracten.Contractregel::kenmerk)
                .contains("UW-JW-2020-LTA", "MTF-JW-2018-01").doesNotContain("WRD-JW-2018-01");
        // the demo's Montfoort contract ends at the end of next month
        Contract eindigt = contractVan(BELEID_MONTFOORT, "MTF-WMO-2019-03");
        assertThat(eindigt.einddatum()).isEqualTo(LocalDate.now(clock).plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
    }

    @Test
    void theTariffImportIsAllOrNothingWithAMessagePerLine() {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Import Zorg");
        String kenmerk = kenmerk();
        Contract c = contracten.vastleggen(BELEID, new Contractregels.Gegevens(kenmerk, null, aanbieder.id(), Wet.WMO, Inkoopmodel.AANBESTEDING,
                LocalDate.of(2026, 1, 1), null, null, false, null, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "01A01", Bekostigingsvorm.INSPANNING);
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "07A01", Bekostigingsvorm.INSPANNING);
        String kapot = """
                kenmerk;productcode;geldig_vanaf;geldig_tot;tarief;eenheid
                %1$s;01A01;2026-01-01;2026-12-31;32,00;04
                %1$s;01A01;2026-06-01;;33,00;04
                ONBEKEND;01A01;2026-01-01;;32,00;04
                %1$s;07A01;31-02-2026;;21,00;04
                %1$s;;2026-01-01;;21,00;04
                %1$s;07A01;2026-01-01;;abc;04
                %1$s;07A01;2026-01-01
                """.formatted(kenmerk);
        Contracten.Tariefimport fout = contracten.tarievenImporteren(BELEID, new StringReader(kapot));
        assertThat(fout.opgeslagen()).isZero();
        assertThat(fout.fouten()).hasSize(6);
        assertThat(fout.fouten().get(0)).startsWith("Regel 3:").contains("mogen elkaar niet overlappen");
        assertThat(fout.fouten().get(1)).startsWith("Regel 4:").contains("geen contract met kenmerk 'ONBEKEND'");
        assertThat(fout.fouten().get(2)).startsWith("Regel 5:").contains("geen datum");
        assertThat(fout.fouten().get(3)).startsWith("Regel 6:").contains("hoort bij een product");
        assertThat(fout.fouten().get(4)).startsWith("Regel 7:").contains("tarief in euro's");
        assertThat(fout.fouten().get(5)).startsWith("Regel 8:").contains("aantal kolommen");
        assertThat(contracten.contract(BELEID, c.id()).tarieven()).as("nothing saved").isEmpty();

        String goed = "\uFEFFkenmerk;productcode;geldig_vanaf;geldig_tot;tarief;eenheid\n%1$s;01A01;1-1-2026;;32,00;04\n%1$s;07A01;2026-01-01;;21,00;04\n"
                .formatted(kenmerk);
        assertThat(contracten.tarievenImporteren(BELEID, new StringReader(goed))).isEqualTo(new Contracten.Tariefimport(2, List.of()));
        assertThat(contracten.contract(BELEID, c.id()).tarief("07A01", LocalDate.of(2026, 5, 1))).hasValueSatisfying(t -> assertThat(t.tariefCenten())
                .isEqualTo(2_100L));
        assertThat(contracten.tarievenImporteren(BELEID, new StringReader("naam;prijs\nx;1\n")).fouten().getFirst()).contains("ontbreekt");
    }

    @Test
    void theImportPagesExampleLineIsOneTheMunicipalitysContractsAccept() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        String pagina = get(beleid, "http://localhost:" + port + "/inkoop/tarieven/import").body();
        java.util.regex.Matcher voorbeeld = java.util.regex.Pattern.compile(
                "<pre>kenmerk;productcode;geldig_vanaf;geldig_tot;tarief;eenheid\\s*<span>([^<]+)</span>").matcher(pagina);
        assertThat(voorbeeld.find()).as("an example line under the columns").isTrue();
        // following the example reads the tariff in: it overlaps nothing (the demo's De Brug 45A02 tariff ends with this year)
        String regel = voorbeeld.group(1);
        assertThat(contracten.tarievenImporteren(BELEID, new StringReader("kenmerk;productcode;geldig_vanaf;geldig_tot;tarief;eenheid\n" + regel + "\n")))
                .isEqualTo(new Contracten.Tariefimport(1, List.of()));
        // once every tariff runs on, the page explains how to change one instead of showing a line that collides
        if (contracten.importvoorbeeld(BELEID).isEmpty()) {
            assertThat(get(beleid, "http://localhost:" + port + "/inkoop/tarieven/import").body()).contains("Een nieuw tarief overlapt daarmee.");
        }
    }

    @Autowired Uitvoeringscijfers uitvoering;

    @Test
    void endingAContractTakesItsTariffsAlongAndItsSpendIsThatOfItsOwnProducts() {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate jan = vandaag.with(TemporalAdjusters.firstDayOfYear());
        Contract c = contracten.vastleggen(BELEID, new Contractregels.Gegevens(kenmerk(), null, nieuweAanbieder("Eindigende Zorg").id(), Wet.WMO,
                Inkoopmodel.AANBESTEDING, jan, null, null, false, null, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "01A01", Bekostigingsvorm.INSPANNING);
        c = contracten.tariefToevoegen(BELEID, c.id(), c.versie(), new Contractregels.Tariefgegevens("01A01", jan, jan.plusYears(1).minusDays(1), 3_000L, "04"));
        c = contracten.tariefToevoegen(BELEID, c.id(), c.versie(), new Contractregels.Tariefgegevens("01A01", jan.plusYears(1), null, 3_100L, "04"));
        Contract vorige = c;
        assertThatThrownBy(() -> contracten.wijzigen(BELEID, vorige.id(), vorige.versie(), new Contractregels.Gegevens(vorige.kenmerk(), null, null, null,
                vorige.model(), vorige.ingangsdatum(), vandaag.minusDays(1), null, false, null, List.of())))
                .hasMessageContaining("vandaag of later");
        Contract beeindigd = contracten.beeindigen(BELEID, c.id(), c.versie(), jan.plusYears(1).minusDays(1), "Aanbieder stopt");
        assertThat(beeindigd.tarieven()).as("the tariff that would start after the last day never applied")
                .extracting(Contracten.Tarief::tariefCenten).containsExactly(3_000L);
        assertThat(contracten.historie(BELEID, c.id()).getFirst().wat()).contains("1 tarief na die dag vervallen");

        // Jeugdhulp Voorbeeld holds two Jeugdwet contracts in Woerden: each counts the spend on its own products
        int jaar = vandaag.getYear();
        long eigen = contracten.besteed(contractVan(BELEID, "WRD-JW-2018-01"), "0632", jaar);
        long regionaal = contracten.besteed(contractVan(BELEID, "UW-JW-2020-LTA"), "0632", jaar);
        assertThat(eigen).isPositive();
        assertThat(regionaal).isPositive();
        assertThat(uitvoering.besteedCenten("0632", "42420001", Wet.JEUGDWET, jaar)).isGreaterThanOrEqualTo(eigen + regionaal);
    }

    @Test
    void theApiServesBeleidOnly() throws Exception {
        HttpResponse<String> lijst = api("beleid", "/api/v1/contracten?stand=ALLE&paginaGrootte=50");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.headers().firstValue("API-Version")).isPresent();
        assertThat(lijst.body()).contains("\"kenmerk\":\"WRD-JW-2018-01\"").contains("\"inkoopmodel\":\"OPEN_HOUSE\"");
        long id = contractVan(BELEID, "WRD-JW-2018-01").id();
        assertThat(api("beleid", "/api/v1/contracten/" + id).body()).contains("\"productcode\":\"45A01\"").contains("\"tarief\":75.00");
        assertThat(api("beleid", "/api/v1/contracten?stand=NIETS").statusCode()).isEqualTo(400);
        assertThat(api("jeugdconsulent", "/api/v1/contracten").statusCode()).isEqualTo(403);
        // a contract binds only the own municipality and others of its region: never only another one
        HttpResponse<String> ander = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/contracten"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("beleid:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kenmerk":"VREEMD-1","gemeenten":["0335"],"aanbiederId":%d,"wet":"WMO","inkoopmodel":"AANBESTEDING","ingangsdatum":"2026-01-01"}"""
                        .formatted(contractVan(BELEID, "WRD-JW-2018-01").aanbiederId()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ander.statusCode()).isEqualTo(400);
        assertThat(ander.body()).contains("altijd voor uw eigen gemeente");
        assertThat(api("beheer", "/api/v1/contracten").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
