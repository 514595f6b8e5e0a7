package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.aanbod.Contractregels.Gegevens;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk transfer at a contract's end (issue 16), end to end: a Woerden Wmo contract of a new provider ends, beleid looks at
 * the running toewijzingen, chooses Zorg Dichtbij (contracted for 02A01, not for 03A01), prepares and carries out the transfer
 * on the pages; both 301s are valid against the XSDs; the household reads who takes over; undo before collection restores all,
 * undo after collection is refused; another municipality's beleid sees nothing.
 */
@IntegratieTest
class OverdrachtIT {

    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final String OPVOLGER = "42420002";
    private static final Pattern OVERDRACHT = Pattern.compile("/overdracht/(\\d+)");
    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d+)\"");

    @LocalServerPort int port;
    @Autowired Overdrachten overdrachten;
    @Autowired Toewijzingen toewijzingen;
    @Autowired Toewijzingberichten toewijzingberichten;
    @Autowired Postvak postvak;
    @Autowired Contracten contracten;
    @Autowired Aanbiedersregister register;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Contract contract;
    private String oudeAgb;
    private String oudeNaam;
    private LocalDate laatsteDag;

    /** A new provider with a Woerden Wmo contract for 02A01 and 03A01 that ends at the end of next month. */
    @BeforeEach
    void contractDatEindigt() {
        oudeAgb = "78" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        oudeNaam = "Thuisbegeleiding " + oudeAgb;
        long aanbieder = register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(oudeAgb, "30" + oudeAgb.substring(2), oudeNaam,
                LocalDate.of(2018, 1, 1))).id();
        Contract c = contracten.vastleggen(BELEID, new Gegevens("OVD-" + oudeAgb, null, aanbieder, Wet.WMO, Inkoopmodel.OPEN_HOUSE,
                LocalDate.of(2019, 1, 1), null, "Openbare voorwaarden open house.", true, 14, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "02A01", Bekostigingsvorm.INSPANNING);
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "03A01", Bekostigingsvorm.INSPANNING);
        laatsteDag = LocalDate.now(clock).plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        contract = contracten.beeindigen(BELEID, c.id(), c.versie(), laatsteDag, "De aanbieder stopt in Woerden.");
    }

    @Test
    void previewPrepareCarryOutUndoAndRefuseUndoOnceCollected() throws Exception {
        Client anna = client();
        Toewijzing begeleiding = toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        Toewijzing verzorging = toewijzing(client(), "03", "03A01", "Persoonlijke verzorging");
        LocalDate oudEinde = begeleiding.einddatum();
        String basis = "http://localhost:" + port + "/inkoop/contracten/" + contract.id() + "/overdracht";
        HttpClient browser = Inloggen.als(port, "beleid");

        // the preview: both run on; with Zorg Dichtbij chosen 02A01 moves and 03A01 stays, with the reason
        HttpResponse<String> voorbeeld = haal(browser, basis + "?opvolger=" + OPVOLGER);
        assertThat(voorbeeld.statusCode()).isEqualTo(200);
        assertThat(voorbeeld.body()).contains(anna.persoon().naam(), "Gaat over", "Gaat niet over", "WRD-WMO-2018-02",
                "geen contract voor product 03A01", "class=\"tabel-wrap\" tabindex=\"0\" role=\"region\"");
        Overdrachten.Voorbeeld v = overdrachten.voorbeeld(BELEID, contract.id(), OPVOLGER);
        assertThat(v.regels()).hasSize(2);
        assertThat(v.aantalOver()).isEqualTo(1);
        assertThat(v.regels()).filteredOn(Overdrachten.Regel::overdraagbaar).singleElement()
                .satisfies(r -> assertThat(r.toewijzingId()).isEqualTo(begeleiding.id()))
                .satisfies(r -> assertThat(r.tarief()).isEqualTo("€ 65,00 per uur"));

        // preparing without a choice: the error pattern on the form; with the choice: the page of the prepared transfer
        HttpResponse<String> zonderKeuze = post(browser, basis, "opvolger=&_csrf=" + Inloggen.csrf(voorbeeld.body()));
        assertThat(zonderKeuze.statusCode()).isEqualTo(200);
        assertThat(zonderKeuze.body()).contains("class=\"foutoverzicht\"", "Kies de aanbieder die de hulp overneemt.", "id=\"opvolger-fout\"");
        HttpResponse<String> voorbereid = post(browser, basis, "opvolger=" + OPVOLGER + "&_csrf=" + Inloggen.csrf(voorbeeld.body()));
        assertThat(voorbereid.statusCode()).isEqualTo(200);
        assertThat(voorbereid.body()).contains("De overdracht is voorbereid", "Uitvoeren", "Ongedaan maken");
        long id = overdrachtId(voorbereid);
        // one prepared transfer per contract; nothing was sent yet
        assertThatThrownBy(() -> overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Er staat al een overdracht van dit contract klaar");
        assertThat(toewijzingen.toewijzing(begeleiding.id()).orElseThrow().redenWijziging()).isNull();

        // carry it out on the page
        HttpResponse<String> uitgevoerd = post(browser, basis + "/" + id + "/uitvoeren", "versie=" + versie(voorbereid) + "&_csrf="
                + Inloggen.csrf(voorbereid.body()));
        assertThat(uitgevoerd.statusCode()).isEqualTo(200);
        assertThat(uitgevoerd.body()).contains("De overdracht is uitgevoerd", "Ongedaan maken");
        // the same form again (a double click, a second tab): refused, nothing done twice
        assertThatThrownBy(() -> overdrachten.uitvoeren(BELEID, contract.id(), id, 0)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Iemand anders heeft deze overdracht intussen uitgevoerd");

        Toewijzing oud = toewijzingen.toewijzing(begeleiding.id()).orElseThrow();
        assertThat(oud.einddatum()).isEqualTo(laatsteDag);
        assertThat(oud.redenWijziging()).isEqualTo("03");
        Toewijzing nieuw = nieuweVan(anna);
        assertThat(nieuw.ingangsdatum()).isEqualTo(laatsteDag.plusDays(1));
        assertThat(nieuw.einddatum()).isEqualTo(oudEinde);
        assertThat(nieuw.productcode()).isEqualTo("02A01");
        assertThat(List.of(nieuw.volume(), nieuw.eenheid(), nieuw.frequentie())).containsExactly(3, "04", "2");
        assertThat(nieuw.zaakId()).isEqualTo(anna.zaak());
        // the toewijzing the successor has no contract for is not moved
        Toewijzing gebleven = toewijzingen.toewijzing(verzorging.id()).orElseThrow();
        assertThat(gebleven).isEqualTo(verzorging);
        assertThat(toewijzingen.vanClient("0632", Standaard.IWMO, verzorging.persoonBsn(), OPVOLGER)).isEmpty();

        // both 301s are valid against the XSDs and say what happened
        String naarOud = xml(laatsteBericht(oudeAgb, anna.persoon().bsn()));
        BerichtenverkeerIT.valideer("iwmo-3.2/xsd/wmo301.xsd", naarOud);
        assertThat(naarOud).contains("<wmo301:ToewijzingNummer>" + oud.toewijzingNummer() + "<", "<wmo301:RedenWijziging>03</wmo301:RedenWijziging>",
                "<wmo301:Einddatum>" + laatsteDag + "</wmo301:Einddatum>");
        String naarNieuw = xml(laatsteBericht(OPVOLGER, anna.persoon().bsn()));
        BerichtenverkeerIT.valideer("iwmo-3.2/xsd/wmo301.xsd", naarNieuw);
        assertThat(naarNieuw).contains("<wmo301:ToewijzingNummer>" + nieuw.toewijzingNummer() + "<",
                "<wmo301:Ingangsdatum>" + laatsteDag.plusDays(1) + "</wmo301:Ingangsdatum>").doesNotContain("RedenWijziging");

        // the household reads it in Mijn Dichtbij
        assertThat(berichten(anna)).anySatisfy(t -> assertThat(t).startsWith("Vanaf " + nl.dichtbij.platform.Formaat.lang(laatsteDag.plusDays(1))
                + " krijgt u uw hulp (begeleiding individueel) van Zorg Dichtbij").contains("Aan de hulp zelf verandert niets", oudeNaam,
                "Heeft u vragen?"));

        // undo before the providers collected anything: all as it was
        HttpResponse<String> ongedaan = post(browser, basis + "/" + id + "/ongedaan", "versie=" + versie(uitgevoerd) + "&_csrf="
                + Inloggen.csrf(uitgevoerd.body()));
        assertThat(ongedaan.statusCode()).isEqualTo(200);
        assertThat(ongedaan.body()).contains("De overdracht is ongedaan gemaakt", "(ingetrokken)");
        assertThat(toewijzingen.toewijzing(begeleiding.id()).orElseThrow()).isEqualTo(begeleiding);
        assertThat(toewijzingen.toewijzing(nieuw.id()).orElseThrow().verwijderd()).isTrue();
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and aanbieder_agb = ?").params(anna.persoon().bsn(), OPVOLGER)
                .query(Long.class).single()).isZero();
        assertThat(laatsteBericht(oudeAgb, anna.persoon().bsn())).as("only the first 301 is left for the old provider")
                .isEqualTo(eersteBericht(oudeAgb, anna.persoon().bsn()));
        assertThat(berichten(anna).getLast()).startsWith("Eerder schreven wij dat Zorg Dichtbij").contains("Dat gaat niet door", oudeNaam + " blijft u helpen");

        // a new transfer; once the old provider collected its 301, undo is refused and nothing changes
        long tweede = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);
        Overdrachten.Stand stand = overdrachten.uitvoeren(BELEID, contract.id(), tweede, 0);
        assertThat(stand.berichten()).isEqualTo(2);
        assertThat(postvak.ophalen(oudeAgb, "0632", laatsteBericht(oudeAgb, anna.persoon().bsn()))).isPresent();
        assertThat(overdrachten.stand(BELEID, contract.id(), tweede).ongedaanTeMaken()).isFalse();
        int versie = overdrachten.stand(BELEID, contract.id(), tweede).kop().versie();
        assertThatThrownBy(() -> overdrachten.ongedaanMaken(BELEID, contract.id(), tweede, versie)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Deze overdracht kan niet meer ongedaan worden gemaakt: een aanbieder heeft een bericht ervan al opgehaald.");
        HttpResponse<String> geweigerd = post(browser, basis + "/" + tweede + "/ongedaan", "versie=" + versie + "&_csrf=" + Inloggen.csrf(uitgevoerd.body()));
        assertThat(geweigerd.body()).contains("class=\"foutoverzicht\"", "kan niet meer ongedaan worden gemaakt");
        assertThat(overdrachten.stand(BELEID, contract.id(), tweede).kop().status()).isEqualTo(Overdrachten.Status.UITGEVOERD);
        assertThat(toewijzingen.toewijzing(begeleiding.id()).orElseThrow().redenWijziging()).isEqualTo("03");
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and aanbieder_agb = ?").params(anna.persoon().bsn(), OPVOLGER)
                .query(Long.class).single()).isEqualTo(1L);
        // a transferred toewijzing no longer runs on: nothing left to move but the 03A01 one
        assertThat(overdrachten.voorbeeld(BELEID, contract.id(), OPVOLGER).regels()).extracting(Overdrachten.Regel::toewijzingId)
                .containsExactly(verzorging.id());
    }

    @Test
    void anotherMunicipalitysBeleidNeitherSeesNorRunsIt() throws Exception {
        Client anna = client();
        toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        long id = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);

        assertThatThrownBy(() -> overdrachten.voorbeeld(BELEID_MONTFOORT, contract.id(), OPVOLGER)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> overdrachten.stand(BELEID_MONTFOORT, contract.id(), id)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> overdrachten.uitvoeren(BELEID_MONTFOORT, contract.id(), id, 0)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> overdrachten.ongedaanMaken(BELEID_MONTFOORT, contract.id(), id, 0)).isInstanceOf(NietGevondenException.class);

        // Woerden's beleid on Montfoort's contract, or on Woerden's transfer under Montfoort's contract: not found
        long montfoorts = jdbc.sql("select id from inkoopcontract where gemeente_code = '0335' and kenmerk = 'MTF-WMO-2019-03'").query(Long.class).single();
        HttpClient beleid = Inloggen.als(port, "beleid");
        String montfoort = "http://localhost:" + port + "/inkoop/contracten/" + montfoorts + "/overdracht";
        assertThat(haal(beleid, montfoort).statusCode()).isEqualTo(404);
        assertThat(haal(beleid, montfoort + "/" + id).statusCode()).isEqualTo(404);
        String eigen = haal(beleid, "http://localhost:" + port + "/inkoop/contracten/" + contract.id() + "/overdracht/" + id).body();
        assertThat(post(beleid, montfoort + "/" + id + "/uitvoeren", "versie=0&_csrf=" + Inloggen.csrf(eigen)).statusCode()).isEqualTo(404);
        // a consulent is not beleid
        assertThat(haal(Inloggen.als(port, "wmoconsulent"), "http://localhost:" + port + "/inkoop/contracten/" + contract.id() + "/overdracht")
                .statusCode()).isEqualTo(403);
        assertThat(overdrachten.stand(BELEID, contract.id(), id).kop().status()).isEqualTo(Overdrachten.Status.VOORBEREID);
        overdrachten.ongedaanMaken(BELEID, contract.id(), id, 0);
        assertThat(overdrachten.stand(BELEID, contract.id(), id).kop().status()).isEqualTo(Overdrachten.Status.AFGEZIEN);
    }

    // --- helpers

    private record Client(Persoon persoon, long huishouden, long zaak) {
    }

    private Client client() {
        var huishouden = Testhuishouden.in("0632").volwassene(52).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, huishouden.huishoudenId());
        return new Client(huishouden.volwassene(), huishouden.huishoudenId(), zaak.id());
    }

    private Toewijzing toewijzing(Client c, String categorie, String code, String omschrijving) {
        LocalDate ingang = LocalDate.now(clock).withDayOfMonth(1).minusMonths(2);
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IWMO, null, c.zaak(), c.persoon().bsn(), oudeAgb, oudeNaam, categorie,
                code, omschrijving, ingang, ingang.plusYears(1).minusDays(1), 3, "04", "2", null, null));
        Toewijzing t = toewijzingen.toewijzing(id).orElseThrow();
        toewijzingberichten.verstuur(t);
        return t;
    }

    private Toewijzing nieuweVan(Client c) {
        return toewijzingen.vanClient("0632", Standaard.IWMO, c.persoon().bsn(), OPVOLGER).stream().filter(t -> !t.verwijderd()).reduce((a, b) -> b)
                .orElseThrow();
    }

    private List<String> berichten(Client c) {
        return zaken.vanHuishouden("0632", c.huishouden()).getFirst().berichten().stream().map(Zaak.Bericht::tekst).toList();
    }

    private long laatsteBericht(String agb, String bsn) {
        return jdbc.sql("select max(id) from uitgaand_bericht where aanbieder_agb = ? and persoon_bsn = ?").params(agb, bsn).query(Long.class).single();
    }

    private long eersteBericht(String agb, String bsn) {
        return jdbc.sql("select min(id) from uitgaand_bericht where aanbieder_agb = ? and persoon_bsn = ?").params(agb, bsn).query(Long.class).single();
    }

    private String xml(long id) {
        return jdbc.sql("select xml from uitgaand_bericht where id = ?").param(id).query(String.class).single();
    }

    private static long overdrachtId(HttpResponse<String> pagina) {
        Matcher m = OVERDRACHT.matcher(pagina.uri().getPath());
        assertThat(m.find()).as(pagina.uri().toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int versie(HttpResponse<String> pagina) {
        Matcher m = VERSIE.matcher(pagina.body());
        assertThat(m.find()).as("a form with the version").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> haal(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String adres, String formulier) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
