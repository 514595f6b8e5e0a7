package nl.dichtbij.berichten;

import static nl.dichtbij.berichten.BerichtenverkeerIT.valideer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.Aanbiedersberichten.Gevraagd;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider asks (315, 317); the regisseur answers with a toewijzing (301) or an antwoordbericht (319). */
@IntegratieTest
class VerzoekenIT {

    private static final String AGB = "42420001";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Verzoeken verzoeken;
    @Autowired Toewijzingen toewijzingen;
    @Autowired Gemeenten gemeenten;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalDate vandaag;

    @BeforeEach
    void vandaag() {
        vandaag = LocalDate.now(clock);
    }

    @Test
    void deVerwijzerVanHetVerzoekGaatMeeNaarDeToewijzing() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.plusDays(7);
        String xml = Aanbiedersberichten.jw315(AGB, "0632", uniek(), vandaag, bsn, List.of(
                new Gevraagd("VOT" + uniek(), "45", "45A01", ingang, ingang.plusMonths(6), 3,
                        new Aanbiedersberichten.Verwijzing("02", "Huisartsenpraktijk De Brug", "01012399")),
                new Gevraagd("VOT" + uniek(), "55", "55A11", ingang, ingang.plusMonths(6), 2,
                        new Aanbiedersberichten.Verwijzing("04", null, null))));
        valideer("ijw-3.2/xsd/jw315.xsd", xml);
        HttpResponse<String> retour = stuur(xml);
        assertThat(retour.statusCode()).as(retour.body()).isEqualTo(201);
        assertThat(retour.body()).contains("<jw316:RetourCode>0200</jw316:RetourCode>");

        Verzoek verzoek = openVerzoekVan(jeugdconsulent(), bsn);
        List<Verzoek.Product> producten = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().producten();
        Verwijzer huisarts = new Verwijzer(Verwijzertype.HUISARTS, "01012399", "Huisartsenpraktijk De Brug");
        assertThat(producten).extracting(p -> p.verwijzer().orElseThrow())
                .containsExactly(huisarts, new Verwijzer(Verwijzertype.GECERTIFICEERDE_INSTELLING, null, null));
        assertThat(huisarts.omschrijving()).isEqualTo("Verwezen door huisarts Huisartsenpraktijk De Brug (AGB 01012399)");

        verzoeken.toewijzen(jeugdconsulent(), verzoek.id(), producten.get(0).id(), null);
        verzoeken.toewijzen(jeugdconsulent(), verzoek.id(), producten.get(1).id(), null);
        List<Toewijzing> gegeven = toewijzingen.vanClient("0632", nl.dichtbij.berichten.xml.Standaard.IJW, bsn, AGB);
        assertThat(gegeven).extracting(t -> toewijzingen.verwijzer(t.id()).orElseThrow().type())
                .containsExactly(Verwijzertype.HUISARTS, Verwijzertype.GECERTIFICEERDE_INSTELLING);
        assertThat(toewijzingen.verwijzer(gegeven.getFirst().id())).contains(huisarts);
    }

    @Test
    void eenVerzoekOmToewijzingWordtPerProductToegewezenOfAfgewezen() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.plusDays(7);
        String ref1 = "VOT" + uniek();
        String ref2 = "VOT" + uniek();
        HttpResponse<String> retour = stuur(Aanbiedersberichten.jw315(AGB, "0632", uniek(), vandaag, bsn, List.of(
                new Gevraagd(ref1, "45", "45A01", ingang, ingang.plusMonths(6), 3),
                new Gevraagd(ref2, "55", "55A11", ingang, ingang.plusMonths(6), 2))));
        assertThat(retour.statusCode()).as(retour.body()).isEqualTo(201);
        valideer("ijw-3.2/xsd/jw316.xsd", retour.body());
        assertThat(retour.body()).contains("<jw316:RetourCode>0200</jw316:RetourCode>");

        Verzoek verzoek = openVerzoekVan(jeugdconsulent(), bsn);
        assertThat(verzoek.soort()).isEqualTo(Verzoek.Soort.TOEWIJZING);
        assertThat(verzoeken.antwoordUiterlijk(verzoek)).isAfter(vandaag.plusDays(4)).isBefore(vandaag.plusDays(12));
        assertThat(verzoeken.dossier(wmoconsulent(), verzoek.id())).as("the Wmo team does not answer Jeugd verzoeken").isEmpty();
        assertThat(verzoeken.dossier(montfoort(), verzoek.id())).isEmpty();

        List<Verzoek.Product> producten = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().producten();
        verzoeken.toewijzen(jeugdconsulent(), verzoek.id(), producten.get(0).id(), new Verzoeken.Aanpassing(null, null, 2));
        Toewijzing t = toewijzingen.vanClient("0632", nl.dichtbij.berichten.xml.Standaard.IJW, bsn, AGB).getFirst();
        assertThat(t.referentieAanbieder()).isEqualTo(ref1);
        assertThat(t.volume()).as("the regisseur lowered the volume").isEqualTo(2);
        assertThat(t.productcode()).isEqualTo("45A01");
        String toewijzing = laatste(bsn, "JW301");
        valideer("ijw-3.2/xsd/jw301.xsd", toewijzing);
        assertThat(toewijzing).contains("<jw301:ReferentieAanbieder>" + ref1 + "</jw301:ReferentieAanbieder>");

        assertThatThrownBy(() -> verzoeken.afwijzen(jeugdconsulent(), verzoek.id(), producten.get(1).id(), null, null))
                .isInstanceOf(OngeldigeInvoerException.class);
        verzoeken.afwijzen(jeugdconsulent(), verzoek.id(), producten.get(1).id(), "4", null);
        String antwoord = laatste(bsn, "JW319");
        valideer("ijw-3.2/xsd/jw319.xsd", antwoord);
        assertThat(antwoord).contains("<jw319:ReferentieAanbieder>" + ref2 + "</jw319:ReferentieAanbieder>")
                .contains("<jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>").contains("<jw319:RedenAfwijzingVerzoek>4</jw319:RedenAfwijzingVerzoek>");

        Verzoek.Dossier klaar = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow();
        assertThat(klaar.verzoek().status()).isEqualTo(Verzoek.Status.BEANTWOORD);
        assertThat(klaar.verzoek().beantwoordDoor()).isEqualTo("Jasmijn Bakker");
        assertThat(klaar.producten()).extracting(Verzoek.Product::status).containsExactly("TOEGEWEZEN", "AFGEWEZEN");
        assertThatThrownBy(() -> verzoeken.inOnderzoek(jeugdconsulent(), verzoek.id())).isInstanceOf(OngeldigeInvoerException.class);
    }

    /** Two regisseurs answer the same product at the same moment: one toewijzing, one clear refusal. */
    @Test
    void eenVerzoekDatTweeKeerTegelijkWordtToegewezenGeeftEenToewijzing() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.plusDays(7);
        HttpResponse<String> retour = stuur(Aanbiedersberichten.jw315(AGB, "0632", uniek(), vandaag, bsn, List.of(
                new Gevraagd("VOT" + uniek(), "45", "45A01", ingang, ingang.plusMonths(6), 3))));
        assertThat(retour.statusCode()).as(retour.body()).isEqualTo(201);
        Verzoek verzoek = openVerzoekVan(jeugdconsulent(), bsn);
        long product = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().producten().getFirst().id();

        List<Object> uitkomsten = nl.dichtbij.Tegelijk.uitvoeren(List.of(jeugdconsulent(), teamleider()).stream()
                .<java.util.concurrent.Callable<?>>map(wie -> () -> {
                    verzoeken.toewijzen(wie, verzoek.id(), product, null);
                    return "toegewezen";
                }).toList());

        assertThat(uitkomsten).filteredOn("toegewezen"::equals).hasSize(1);
        assertThat(uitkomsten).filteredOn(OngeldigeInvoerException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten().get("status")).containsAnyOf("intussen", "al beantwoord"));
        assertThat(toewijzingen.vanClient("0632", nl.dichtbij.berichten.xml.Standaard.IJW, bsn, AGB)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and berichtsoort = 'JW301'").param(bsn)
                .query(Long.class).single()).as("one 301 to the provider").isEqualTo(1);
    }

    /** Two start messages for one toewijzing at the same moment: the toewijzing is claimed, so one start and one 9326. */
    @Test
    void tweeStartberichtenTegelijkGevenEenLopendeLevering() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.minusMonths(1);
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", nl.dichtbij.berichten.xml.Standaard.IJW, null, null, bsn, AGB,
                "Jeugdhulp Voorbeeld B.V.", "45", "45A01", "Ambulante jeugdhulp", ingang, ingang.plusYears(1), 3, "04", "2", null, null));
        long nummer = toewijzingen.toewijzing(id).orElseThrow().toewijzingNummer();
        List<String> berichten = List.of(ingang.plusDays(1), ingang.plusDays(2)).stream()
                .map(begin -> Aanbiedersberichten.jw305(AGB, "0632", uniek(), vandaag, bsn, nummer, "45", "45A01", begin, "1")).toList();

        List<String> retouren = nl.dichtbij.Tegelijk.uitvoeren(berichten.stream()
                .<java.util.concurrent.Callable<?>>map(xml -> () -> stuur(xml).body()).toList()).stream().map(String::valueOf).toList();

        assertThat(jdbc.sql("select count(*) from levering where toewijzing_id = ? and verwijderd = false and einddatum is null").param(id)
                .query(Long.class).single()).as(String.join("\n", retouren)).isEqualTo(1);
        assertThat(retouren).filteredOn(r -> r.contains("9326")).hasSize(1);
        assertThat(toewijzingen.toewijzing(id).orElseThrow().levering()).isEqualTo(Levering.GESTART);
    }

    @Test
    void eenVerzoekOmWijzigingVanDeOmvangSluitDeOudeToewijzingEnGeeftEenNieuwe() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.minusMonths(1);
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", nl.dichtbij.berichten.xml.Standaard.IJW, null, null, bsn, AGB,
                "Jeugdhulp Voorbeeld B.V.", "45", "45A01", "Ambulante jeugdhulp", ingang, ingang.plusYears(1), 3, "04", "2", null, null));
        Toewijzing oud = toewijzingen.toewijzing(id).orElseThrow();
        String referentie = "VOW" + uniek();
        LocalDate vanaf = vandaag.plusDays(14);
        HttpResponse<String> retour = stuur(Aanbiedersberichten.jw317(AGB, "0632", uniek(), vandaag, bsn, referentie, oud.toewijzingNummer(),
                vanaf, oud.einddatum(), 5));
        assertThat(retour.body()).as(retour.body()).contains("<jw318:RetourCode>0200</jw318:RetourCode>");

        Verzoek verzoek = openVerzoekVan(teamleider(), bsn);
        verzoeken.inOnderzoek(jeugdconsulent(), verzoek.id());
        String inOnderzoek = laatste(bsn, "JW319");
        valideer("ijw-3.2/xsd/jw319.xsd", inOnderzoek);
        assertThat(inOnderzoek).contains("<jw319:VerzoekAntwoord>2</jw319:VerzoekAntwoord>").doesNotContain("RedenAfwijzingVerzoek");
        Verzoek onderzocht = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().verzoek();
        assertThat(onderzocht.status()).isEqualTo(Verzoek.Status.IN_ONDERZOEK);
        assertThat(verzoeken.antwoordUiterlijk(onderzocht)).isEqualTo(vandaag.plusWeeks(8));

        verzoeken.toewijzen(jeugdconsulent(), verzoek.id(), null, null);
        Toewijzing beeindigd = toewijzingen.toewijzing(oud.id()).orElseThrow();
        assertThat(beeindigd.einddatum()).isEqualTo(vanaf.minusDays(1));
        assertThat(beeindigd.redenWijziging()).isEqualTo("12");
        Toewijzing opvolger = toewijzingen.vanClient("0632", nl.dichtbij.berichten.xml.Standaard.IJW, bsn, AGB).getLast();
        assertThat(opvolger.id()).isNotEqualTo(oud.id());
        assertThat(opvolger.ingangsdatum()).isEqualTo(vanaf);
        assertThat(opvolger.volume()).isEqualTo(5);
        assertThat(opvolger.redenWijziging()).isNull();
        assertThat(opvolger.referentieAanbieder()).isEqualTo(referentie);
        String toewijzing = laatste(bsn, "JW301");
        valideer("ijw-3.2/xsd/jw301.xsd", toewijzing);
        assertThat(toewijzing).contains("<jw301:ToewijzingNummer>" + oud.toewijzingNummer() + "</jw301:ToewijzingNummer>")
                .contains("<jw301:ToewijzingNummer>" + opvolger.toewijzingNummer() + "</jw301:ToewijzingNummer>")
                .contains("<jw301:RedenWijziging>12</jw301:RedenWijziging>");
    }

    @Test
    void afwijzenOpHetWoonplaatsbeginselNoemtDeVerantwoordelijkeGemeente() throws Exception {
        String bsn = jeugdigeZonderToewijzing();
        LocalDate ingang = vandaag.plusDays(3);
        String referentie = "VOT" + uniek();
        stuur(Aanbiedersberichten.jw315(AGB, "0632", uniek(), vandaag, bsn, List.of(new Gevraagd(referentie, "45", "45A01", ingang, ingang.plusMonths(3), 1))));
        Verzoek verzoek = openVerzoekVan(jeugdconsulent(), bsn);
        long product = verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().producten().getFirst().id();
        assertThatThrownBy(() -> verzoeken.afwijzen(jeugdconsulent(), verzoek.id(), product, "8", ""))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("gemeente");
        assertThat(verzoeken.dossier(jeugdconsulent(), verzoek.id()).orElseThrow().verzoek().status()).isEqualTo(Verzoek.Status.OPEN);

        verzoeken.afwijzen(jeugdconsulent(), verzoek.id(), product, "8", "0335");
        String antwoord = laatste(bsn, "JW319");
        valideer("ijw-3.2/xsd/jw319.xsd", antwoord);
        assertThat(antwoord).contains("<jw319:Woonplaatsbeginsel><jw319:Gemeente>0335</jw319:Gemeente></jw319:Woonplaatsbeginsel>");
    }

    // --- helpers

    private Verzoek openVerzoekVan(Gebruiker medewerker, String bsn) {
        for (int pagina = 0; ; pagina++) {
            Pagina<Verzoek> open = verzoeken.open(medewerker, pagina, 100);
            var gevonden = open.inhoud().stream().filter(v -> v.persoonBsn().equals(bsn)).findFirst();
            if (gevonden.isPresent()) {
                return gevonden.get();
            }
            assertThat(open.heeftVolgende()).as("verzoek for %s in the queue", bsn).isTrue();
        }
    }

    private String jeugdigeZonderToewijzing() {
        return nl.dichtbij.Testhuishouden.in("0632").volwassene(41).kind(11).inschrijven(inschrijvingen, clock).kind().bsn();
    }

    private String laatste(String bsn, String soort) {
        return jdbc.sql("select xml from uitgaand_bericht where id = (select max(id) from uitgaand_bericht where persoon_bsn = ? and berichtsoort = ?)")
                .params(bsn, soort).query(String.class).single();
    }

    private HttpResponse<String> stuur(String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .header("Authorization", "Bearer demo-aanbieder-42420001").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uniek() {
        return "V" + (System.nanoTime() % 100_000_000L) + VOLGNUMMER.incrementAndGet() % 10;
    }

    private Gebruiker jeugdconsulent() {
        return new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.JEUGD).id(), null);
    }

    private Gebruiker wmoconsulent() {
        return new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
    }

    private Gebruiker teamleider() {
        return new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);
    }

    private Gebruiker montfoort() {
        return new Gebruiker("montfoort", null, "Medewerker Montfoort", Rol.CONSULENT, "0335", gemeenten.teamVoor("0335", Doelgroep.JEUGD).id(), null);
    }
}
