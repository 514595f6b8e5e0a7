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
import nl.dichtbij.aanbod.Contractregels;
import nl.dichtbij.aanbod.Contractregels.Gegevens;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingGewijzigd;
import nl.dichtbij.besluit.BeschikkingStatus;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
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
        // a name that ends with a full stop, as many do: no sentence may read "B.V.."
        oudeNaam = "Thuisbegeleiding " + oudeAgb + " B.V.";
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
        // beleid sees numbers only: no name, BSN or birth date of the resident
        assertThat(voorbeeld.body()).doesNotContain(anna.persoon().naam(), anna.persoon().achternaam(), anna.persoon().bsn(),
                anna.persoon().geboortedatum().toString(), nl.dichtbij.platform.Formaat.lang(anna.persoon().geboortedatum()), "<th scope=\"col\">Cliënt</th>");
        assertThat(voorbeeld.body()).contains(String.valueOf(begeleiding.toewijzingNummer()), "Gaat over", "Gaat niet over", "WRD-WMO-2018-02",
                "geen contract voor product 03A01", "class=\"tabel-wrap\" tabindex=\"0\" role=\"region\"");
        Overdrachten.Voorbeeld v = overdrachten.voorbeeld(BELEID, contract.id(), OPVOLGER);
        assertThat(v.regels()).hasSize(2);
        assertThat(v.aantalOver()).isEqualTo(1);
        assertThat(v.regels()).filteredOn(Overdrachten.Regel::overdraagbaar).singleElement()
                .satisfies(r -> assertThat(r.toewijzingId()).isEqualTo(begeleiding.id()))
                .satisfies(r -> assertThat(r.tarief()).isEqualTo("€ 65,00 per uur"));

        // the first visit asks for the choice without an error; the choice form sent without a choice, or with a provider that is
        // none, shows the error at the field, and what was chosen stays chosen
        assertThat(haal(browser, basis).body()).doesNotContain("class=\"foutoverzicht\"", "opvolger-fout")
                .contains("name=\"bekijken\" value=\"ja\"");
        HttpResponse<String> nietsGekozen = haal(browser, basis + "?bekijken=ja");
        assertThat(nietsGekozen.statusCode()).isEqualTo(200);
        assertThat(nietsGekozen.body()).contains("class=\"foutoverzicht\"", "Kies de aanbieder die de hulp overneemt.", "id=\"opvolger-fout\"",
                "aria-describedby=\"opvolger-fout\"", "href=\"#opvolger\"");
        assertThat(haal(browser, basis + "?bekijken=ja&opvolger=12345678").body()).contains("class=\"foutoverzicht\"",
                "Kies een aanbieder die op " + nl.dichtbij.platform.Formaat.lang(laatsteDag.plusDays(1)) + " een contract met uw gemeente heeft");
        assertThat(haal(browser, basis + "?bekijken=ja&opvolger=" + OPVOLGER).body()).doesNotContain("class=\"foutoverzicht\"")
                .containsPattern("value=\"" + OPVOLGER + "\"\\s+checked");

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
                + " geeft Zorg Dichtbij").contains("de hulp voor " + anna.persoon().voornaam() + " (begeleiding individueel)",
                "Aan de hulp zelf verandert niets", "en tot dezelfde datum", oudeNaam, "Heeft u vragen?"));
        HttpResponse<String> uitgevoerdePagina = haal(browser, basis + "/" + id);
        assertThat(uitgevoerdePagina.body()).contains("gingen over").doesNotContain(anna.persoon().naam(), anna.persoon().bsn());

        // undo before the providers collected anything: all as it was
        HttpResponse<String> ongedaan = post(browser, basis + "/" + id + "/ongedaan", "versie=" + versie(uitgevoerd) + "&_csrf="
                + Inloggen.csrf(uitgevoerd.body()));
        assertThat(ongedaan.statusCode()).isEqualTo(200);
        // the page says once that it was undone, and in plain sentences how it is now; the rows by product
        String ongedaanTekst = ongedaan.body().substring(ongedaan.body().indexOf("<h1"));
        assertThat(ongedaanTekst).contains("Gelukt. De overdracht is teruggedraaid.", "(ingetrokken)", "2 toewijzingen in deze overdracht",
                        "De toewijzingen lopen weer bij " + oudeNaam + ", tot de einddatum die ze eerst hadden.",
                        "Loopt weer bij " + oudeNaam + " tot en met " + nl.dichtbij.platform.Formaat.lang(oudEinde) + ". De nieuwe toewijzing ",
                        "Loopt bij " + oudeNaam + " tot en met " + nl.dichtbij.platform.Formaat.lang(verzorging.einddatum()) + ". Ging niet over. ",
                        "<th scope=\"col\">Loopt tot</th>")
                .doesNotContain("gaan over", "Gaat over", "gaat verder vanaf", "Liep tot", "B.V..", "((", "))");
        assertThat(ongedaanTekst.split("[Oo]ngedaan gemaakt", -1)).as("said once: in the details").hasSize(2);
        assertThat(ongedaanTekst.indexOf("02A01")).as("by product").isLessThan(ongedaanTekst.indexOf("03A01"));
        assertThat(overdrachten.stand(BELEID, contract.id(), id).regels()).extracting(Overdrachten.Regel::product)
                .containsExactly("02A01 Begeleiding individueel", "03A01 Persoonlijke verzorging");
        // the overview on the preview page: who did what when
        assertThat(haal(browser, basis).body()).contains("voorbereid op ", "uitgevoerd op ", "ongedaan gemaakt (");
        assertThat(toewijzingen.toewijzing(begeleiding.id()).orElseThrow()).isEqualTo(begeleiding);
        assertThat(toewijzingen.toewijzing(nieuw.id()).orElseThrow().verwijderd()).isTrue();
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and aanbieder_agb = ?").params(anna.persoon().bsn(), OPVOLGER)
                .query(Long.class).single()).isZero();
        assertThat(laatsteBericht(oudeAgb, anna.persoon().bsn())).as("only the first 301 is left for the old provider")
                .isEqualTo(eersteBericht(oudeAgb, anna.persoon().bsn()));
        assertThat(berichten(anna).getLast()).startsWith("Eerder schreven wij dat Zorg Dichtbij")
                .contains("de hulp voor " + anna.persoon().voornaam(), "Die wijziging hebben wij ongedaan gemaakt",
                        oudeNaam + " blijft de hulp geven tot en met " + nl.dichtbij.platform.Formaat.lang(laatsteDag),
                        "het contract van de gemeente met " + oudeNaam + " Voor die dag")
                .doesNotContain("zoals het was", "B.V..");

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
        assertThat(geweigerd.body().indexOf("<h1")).as("the page's h1 before the error summary's h2").isPositive()
                .isLessThan(geweigerd.body().indexOf("class=\"foutoverzicht\""));
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

    @Test
    void aBudgetOrAVolumeForTheWholePeriodStaysAndTheNewToewijzingEndsWithTheSuccessorsContract() throws Exception {
        // a successor whose contract ends two months after the old one, with a tariff for 02A01 and none for 03A01
        String agb = "79" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        LocalDate opvolgerEinde = laatsteDag.plusMonths(2);
        Contract opvolger = opvolger(agb, opvolgerEinde);
        Client anna = client();
        Toewijzing perWeek = toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        Toewijzing heleDuur = toewijzing(client(), "02", "02A01", "Begeleiding individueel", null, "6");
        Toewijzing zonderTarief = toewijzing(client(), "03", "03A01", "Persoonlijke verzorging");

        Overdrachten.Voorbeeld v = overdrachten.voorbeeld(BELEID, contract.id(), agb);
        assertThat(v.regels()).extracting(Overdrachten.Regel::toewijzingId).containsExactlyInAnyOrder(perWeek.id(), heleDuur.id(), zonderTarief.id());
        assertThat(regel(v, heleDuur)).satisfies(r -> assertThat(r.overdraagbaar()).isFalse()).satisfies(r -> assertThat(r.uitleg())
                .isEqualTo("Nieuw besluit nodig: het budget of het totale volume kan niet zomaar over twee aanbieders worden verdeeld."));
        assertThat(regel(v, zonderTarief)).satisfies(r -> assertThat(r.overdraagbaar()).isFalse())
                .satisfies(r -> assertThat(r.uitleg()).startsWith("De nieuwe aanbieder heeft op die dag geen tarief voor dit product"));
        assertThat(regel(v, perWeek)).satisfies(r -> assertThat(r.overdraagbaar()).isTrue()).satisfies(r -> assertThat(r.uitleg())
                .endsWith("tot en met " + nl.dichtbij.platform.Formaat.lang(opvolgerEinde) + " (einde van het contract van de nieuwe aanbieder)."));
        String pagina = haal(Inloggen.als(port, "beleid"), "http://localhost:" + port + "/inkoop/contracten/" + contract.id() + "/overdracht?opvolger="
                + agb).body();
        assertThat(pagina).contains("het budget of het totale volume kan niet zomaar", "(einde van het contract van de nieuwe aanbieder)",
                "gaan over naar Opvolger " + agb + " B.V. Bij het voorbereiden").doesNotContain("B.V..");

        long id = overdrachten.voorbereiden(BELEID, contract.id(), agb);
        overdrachten.uitvoeren(BELEID, contract.id(), id, 0);
        Toewijzing nieuw = toewijzingen.vanClient("0632", Standaard.IWMO, anna.persoon().bsn(), agb).getFirst();
        assertThat(nieuw.einddatum()).isEqualTo(opvolgerEinde).isBefore(perWeek.einddatum());
        assertThat(toewijzingen.toewijzing(heleDuur.id()).orElseThrow()).isEqualTo(heleDuur);
        assertThat(toewijzingen.toewijzing(zonderTarief.id()).orElseThrow()).isEqualTo(zonderTarief);
        assertThat(berichten(anna)).anySatisfy(t -> assertThat(t).contains("tot en met " + nl.dichtbij.platform.Formaat.lang(opvolgerEinde)
                + ", want dan stopt het contract van de gemeente met " + opvolger.aanbiederNaam() + " Voor die dag"));
        String naarNieuw = xml(laatsteBericht(agb, anna.persoon().bsn()));
        BerichtenverkeerIT.valideer("iwmo-3.2/xsd/wmo301.xsd", naarNieuw);
        assertThat(naarNieuw).contains("<wmo301:Einddatum>" + opvolgerEinde + "</wmo301:Einddatum>");
    }

    @Test
    void aYouthCareContractInWoerdenHasASuccessorInTheDemo() {
        String agb = "79" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        long aanbieder = register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "32" + agb.substring(2), "Jeugdzorg " + agb,
                LocalDate.of(2018, 1, 1))).id();
        Contract c = contracten.vastleggen(BELEID, new Gegevens("OVJ-" + agb, null, aanbieder, Wet.JEUGDWET, Inkoopmodel.OPEN_HOUSE,
                LocalDate.of(2019, 1, 1), null, "Openbare voorwaarden open house.", true, 28, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "45A01", Bekostigingsvorm.INSPANNING);
        Contract jeugd = contracten.beeindigen(BELEID, c.id(), c.versie(), laatsteDag, "De aanbieder stopt in Woerden.");

        // Jeugdpraktijk De Brug takes over youth care, with a tariff for 45A01 on the day of transfer
        assertThat(overdrachten.voorbeeld(BELEID, jeugd.id(), null).opvolgers()).anySatisfy(o -> {
            assertThat(o.naam()).isEqualTo("Jeugdpraktijk De Brug");
            assertThat(o.producten()).contains("45A01", "45A02");
        });
        assertThat(contracten.afspraak("0632", "42420004", Wet.JEUGDWET, "45A01", laatsteDag.plusDays(1)))
                .hasValueSatisfying(a -> assertThat(a.tarief()).isNotNull());
    }

    @Test
    void aToewijzingWhoseProviderHasAnotherContractForTheProductIsLeftOut() {
        Client anna = client();
        Toewijzing begeleiding = toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        Toewijzing verzorging = toewijzing(client(), "03", "03A01", "Persoonlijke verzorging");
        // the provider goes on with 02A01 under a second contract
        Contract ander = contracten.vastleggen(BELEID, new Gegevens("OVD2-" + oudeAgb, null, contract.aanbiederId(), Wet.WMO, Inkoopmodel.OPEN_HOUSE,
                LocalDate.of(2019, 1, 1), null, "Openbare voorwaarden open house.", true, 14, List.of()));
        contracten.productToevoegen(BELEID, ander.id(), ander.versie(), "02A01", Bekostigingsvorm.INSPANNING);

        assertThat(overdrachten.voorbeeld(BELEID, contract.id(), OPVOLGER).regels()).extracting(Overdrachten.Regel::toewijzingId)
                .containsExactly(verzorging.id()).doesNotContain(begeleiding.id());
    }

    @Test
    void aChangedContractEndBetweenPreparingAndCarryingOutIsRefused() {
        Client anna = client();
        Toewijzing begeleiding = toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        long id = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);
        Contract verlengd = contracten.beeindigen(BELEID, contract.id(), contract.versie(), laatsteDag.plusMonths(1), "Verlengd met een maand.");

        assertThatThrownBy(() -> overdrachten.uitvoeren(BELEID, contract.id(), id, 0)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Het contract heeft nu een andere einddatum (" + nl.dichtbij.platform.Formaat.lang(verlengd.einddatum()) + ")")
                .hasMessageContaining("Maak de overdracht ongedaan en bereid hem opnieuw voor.");
        assertThat(toewijzingen.toewijzing(begeleiding.id()).orElseThrow()).isEqualTo(begeleiding);
        assertThat(overdrachten.stand(BELEID, contract.id(), id).kop().status()).isEqualTo(Overdrachten.Status.VOORBEREID);
        overdrachten.ongedaanMaken(BELEID, contract.id(), id, 0);
        assertThat(overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER)).isPositive();
    }

    @Test
    void aRaceOnPreparingAnswersTheSameMessage() {
        toewijzing(client(), "02", "02A01", "Begeleiding individueel");
        // what a second, simultaneous preparation leaves: a row that holds the contract (open_contract_id) but that the check does not see
        jdbc.sql("""
                        insert into overdracht (gemeente_code, contract_id, contract_kenmerk, standaard, laatste_dag, aanbieder_agb, aanbieder_naam,
                            opvolger_agb, opvolger_naam, status, open_contract_id, versie, voorbereid_door, voorbereid_op)
                        values ('0632', ?, ?, 'IWMO', ?, ?, ?, ?, 'Zorg Dichtbij Woerden', 'AFGEZIEN', ?, 0, 'Ander', now())""")
                .params(contract.id(), contract.kenmerk(), laatsteDag, oudeAgb, oudeNaam, OPVOLGER, contract.id()).update();
        try {
            assertThatThrownBy(() -> overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER)).isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessageContaining("Er staat al een overdracht van dit contract klaar");
        } finally {
            jdbc.sql("delete from overdracht where contract_id = ? and voorbereid_door = 'Ander'").param(contract.id()).update();
        }
    }

    @Test
    void undoIsRefusedOnceTheNewToewijzingChangedOrWentAgain() {
        Client anna = client();
        toewijzing(anna, "02", "02A01", "Begeleiding individueel");
        long id = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);
        overdrachten.uitvoeren(BELEID, contract.id(), id, 0);
        Toewijzing nieuw = nieuweVan(anna);

        jdbc.sql("update toewijzing set einddatum = einddatum - 1 where id = ?").param(nieuw.id()).update();
        assertThatThrownBy(() -> overdrachten.ongedaanMaken(BELEID, contract.id(), id, 1)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("de nieuwe toewijzing " + nieuw.toewijzingNummer() + " is na de overdracht nog gewijzigd");
        jdbc.sql("update toewijzing set einddatum = ? where id = ?").params(nieuw.einddatum(), nieuw.id()).update();

        toewijzingberichten.verstuur(toewijzingen.toewijzing(nieuw.id()).orElseThrow());
        assertThatThrownBy(() -> overdrachten.ongedaanMaken(BELEID, contract.id(), id, 1)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("opnieuw naar Zorg Dichtbij");
        assertThat(overdrachten.stand(BELEID, contract.id(), id).kop().status()).isEqualTo(Overdrachten.Status.UITGEVOERD);
        assertThat(toewijzingen.toewijzing(nieuw.id()).orElseThrow().verwijderd()).isFalse();
    }

    @Test
    void withdrawingOrShorteningTheDecisionAfterATransferReachesTheOldProviderToo() throws Exception {
        Client anna = client();
        long beschikking = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        Toewijzing oud = toewijzing(anna, "02", "02A01", "Begeleiding individueel", beschikking, "2");
        Client bob = client();
        long beschikkingBob = beschikking + 1_000_000;
        Toewijzing oudBob = toewijzing(bob, "02", "02A01", "Begeleiding individueel", beschikkingBob, "2");
        long id = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);
        overdrachten.uitvoeren(BELEID, contract.id(), id, 0);
        Toewijzing nieuw = nieuweVan(anna);
        assertThat(nieuw.beschikkingId()).isEqualTo(beschikking);

        // a later end than the old provider's last day is the successor's alone
        LocalDate later = laatsteDag.plusMonths(3);
        toewijzingen.gewijzigd(new BeschikkingGewijzigd(beschikking(beschikking, anna, later), Besluiten.Wijziging.EINDDATUM, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> later.equals(toewijzingen.toewijzing(nieuw.id()).orElseThrow().einddatum()));
        assertThat(toewijzingen.toewijzing(oud.id()).orElseThrow()).satisfies(t -> assertThat(t.einddatum()).isEqualTo(laatsteDag))
                .satisfies(t -> assertThat(t.redenWijziging()).isEqualTo("03"));

        // an end before the last day: the old provider stops earlier, the successor's toewijzing is withdrawn
        LocalDate eerder = laatsteDag.minusDays(10);
        toewijzingen.gewijzigd(new BeschikkingGewijzigd(beschikking(beschikking, anna, eerder), Besluiten.Wijziging.BEEINDIGEN, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> eerder.equals(toewijzingen.toewijzing(oud.id()).orElseThrow().einddatum()));
        assertThat(toewijzingen.toewijzing(oud.id()).orElseThrow().redenWijziging()).isEqualTo("05");
        assertThat(toewijzingen.toewijzing(nieuw.id()).orElseThrow().verwijderd()).isTrue();
        String naarOud = xml(laatsteBericht(oudeAgb, anna.persoon().bsn()));
        BerichtenverkeerIT.valideer("iwmo-3.2/xsd/wmo301.xsd", naarOud);
        assertThat(naarOud).contains("<wmo301:Einddatum>" + eerder + "</wmo301:Einddatum>", "<wmo301:RedenWijziging>05</wmo301:RedenWijziging>");

        // a withdrawal: the old provider's toewijzing ends too (it started, so from today or its start)
        Toewijzing nieuwBob = nieuweVan(bob);
        toewijzingen.gewijzigd(new BeschikkingGewijzigd(beschikking(beschikkingBob, bob, oudBob.einddatum()), Besluiten.Wijziging.INTREKKEN, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> toewijzingen.toewijzing(nieuwBob.id()).orElseThrow().verwijderd());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !"03".equals(toewijzingen.toewijzing(oudBob.id()).orElseThrow().redenWijziging()));
        Toewijzing ingetrokken = toewijzingen.toewijzing(oudBob.id()).orElseThrow();
        assertThat(ingetrokken.redenWijziging()).isEqualTo("13");
        assertThat(ingetrokken.einddatum()).isEqualTo(ingetrokken.ingangsdatum());
    }

    @Test
    void afterAnUndoTheResidentReadsThatTheChangeWasUndone() {
        Client anna = client();
        long beschikking = 910_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        Toewijzing oud = toewijzing(anna, "02", "02A01", "Begeleiding individueel", beschikking, "2");
        long id = overdrachten.voorbereiden(BELEID, contract.id(), OPVOLGER);
        overdrachten.uitvoeren(BELEID, contract.id(), id, 0);
        assertThat(toewijzingen.voortgang("0632", beschikking, true)).contains("Het contract van de gemeente met " + oudeNaam + " stopt. " + oudeNaam
                + " geeft de hulp tot en met " + nl.dichtbij.platform.Formaat.lang(laatsteDag) + ".");
        overdrachten.ongedaanMaken(BELEID, contract.id(), id, 1);

        List<String> voortgang = toewijzingen.voortgang("0632", beschikking, true);
        assertThat(voortgang).anySatisfy(z -> assertThat(z).startsWith("De overstap naar Zorg Dichtbij").endsWith("gaat niet door. " + oudeNaam
                + " blijft de hulp geven."));
        // the end date the help had before the transfer shows again, not the contract's last day the transfer had set
        assertThat(voortgang).contains("Wij hebben " + oudeNaam + " gevraagd de hulp te geven tot en met "
                + nl.dichtbij.platform.Formaat.lang(oud.einddatum()) + ".");
        assertThat(String.join(" ", voortgang)).doesNotContain(nl.dichtbij.platform.Formaat.lang(laatsteDag));
        assertThat(String.join(" ", voortgang)).doesNotContain("aangepast", "ingetrokken");
        assertThat(toewijzingen.toewijzing(oud.id()).orElseThrow()).isEqualTo(oud);
    }

    // --- helpers

    private Contract opvolger(String agb, LocalDate einde) {
        long aanbieder = register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "31" + agb.substring(2), "Opvolger " + agb + " B.V.",
                LocalDate.of(2018, 1, 1))).id();
        Contract c = contracten.vastleggen(BELEID, new Gegevens("OVO-" + agb, null, aanbieder, Wet.WMO, Inkoopmodel.OPEN_HOUSE,
                LocalDate.of(2019, 1, 1), einde, "Openbare voorwaarden open house.", true, 14, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "02A01", Bekostigingsvorm.INSPANNING);
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "03A01", Bekostigingsvorm.INSPANNING);
        return contracten.tariefToevoegen(BELEID, c.id(), c.versie(), new Contractregels.Tariefgegevens("02A01", LocalDate.of(2019, 1, 1), null,
                7_000L, "04"));
    }

    private static Overdrachten.Regel regel(Overdrachten.Voorbeeld v, Toewijzing t) {
        return v.regels().stream().filter(r -> r.toewijzingId() == t.id()).findFirst().orElseThrow();
    }

    /** The decision as a changed one reaches the toewijzingen: its id, municipality and (new) end is all they read. */
    private static Beschikking beschikking(long id, Client c, LocalDate einde) {
        return new Beschikking(id, "0632", 0, c.zaak(), c.persoon().bsn(), Wet.WMO, Uitkomst.TOEKENNING, null, null, "02A01", null, "02", 3, "04",
                "2", null, null, einde, Leveringsvorm.ZIN, null, null, null, BeschikkingStatus.VASTGESTELD, null, null, null, null, null, null, null,
                null, 1L);
    }

    private record Client(Persoon persoon, long huishouden, long zaak) {
    }

    private Client client() {
        var huishouden = Testhuishouden.in("0632").volwassene(52).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, huishouden.huishoudenId());
        return new Client(huishouden.volwassene(), huishouden.huishoudenId(), zaak.id());
    }

    private Toewijzing toewijzing(Client c, String categorie, String code, String omschrijving) {
        return toewijzing(c, categorie, code, omschrijving, null, "2");
    }

    private Toewijzing toewijzing(Client c, String categorie, String code, String omschrijving, Long beschikking, String frequentie) {
        LocalDate ingang = LocalDate.now(clock).withDayOfMonth(1).minusMonths(2);
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IWMO, beschikking, c.zaak(), c.persoon().bsn(), oudeAgb, oudeNaam,
                categorie, code, omschrijving, ingang, ingang.plusYears(1).minusDays(1), 3, "04", frequentie, null, null));
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
