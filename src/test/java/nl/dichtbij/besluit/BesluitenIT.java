package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.PdfUa;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class BesluitenIT {

    @Autowired AanvraagRepository aanvraagRepository;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired BeschikkingRepository beschikkingRepository;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Aanbod aanbod;
    @Autowired Gemeenten gemeenten;
    @Autowired PersonenRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired VerstelbareKlok klok;

    @AfterEach
    void herstel() {
        klok.herstel();
    }

    @Autowired nl.dichtbij.dossier.Noodtoegang noodtoegang;

    private Gebruiker wmoconsulent() {
        return new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
    }

    private Gebruiker jeugdconsulent() {
        return new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.JEUGD).id(), null);
    }

    private final Gebruiker teamleider = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);

    private record Situatie(Zaak zaak, Persoon persoon) {
    }

    private Situatie volwassene() {
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(52).inschrijven(inschrijvingen, klok);
        Zaak zaak = zaken.intakeGedaan(wmoconsulent(), zaken.voorHuishouden("0632", huishouden.huishoudenId(),
                gemeenten.teamVoor("0632", Doelgroep.WMO).id()).id());
        return new Situatie(zaak, huishouden.volwassene());
    }

    private static BeslisVerzoek begeleiding(long aanbiederId) {
        return new BeslisVerzoek(Uitkomst.TOEKENNING, "Mevrouw houdt zelf haar administratie bij en gaat weer naar buiten.",
                "Uit het onderzoek blijkt dat mevrouw dit niet zelf of met haar netwerk kan oplossen.", "02A01", 3, "04", "2", null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), Leveringsvorm.ZIN, aanbiederId, null);
    }

    private long aanbieder(String productcode, String naam) {
        return aanbod.aanbiedersVoor(aanbod.product("0632", productcode).orElseThrow()).stream()
                .filter(a -> a.naam().equals(naam)).findFirst().orElseThrow().id();
    }

    @Test
    void theLetterAboutAChildUnderSixteenGoesToHisParents() throws Exception {
        LocalDate vandaag = LocalDate.now(klok);
        String[] kindEnOuder = jdbc.sql("""
                        select p.bsn, ok.ouder_bsn from persoon p join ouder_kind ok on ok.kind_bsn = p.bsn
                        where p.gemeente_code = '0632' and p.geboortedatum > ? and p.geboortedatum < ?
                          and not exists (select 1 from zaak z where z.huishouden_id = p.huishouden_id) order by p.bsn limit 1""")
                .params(vandaag.minusYears(14), vandaag.minusYears(10))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        Persoon kind = register.persoon("0632", kindEnOuder[0]).orElseThrow();
        Persoon ouder = register.persoon("0632", kindEnOuder[1]).orElseThrow();
        long jeugdteam = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        Zaak zaak = zaken.intakeGedaan(jeugdconsulent(), zaken.voorHuishouden("0632", kind.huishoudenId(), jeugdteam).id());
        Aanvraag aanvraag = besluiten.aanvragen(jeugdconsulent(), zaak.id(), kind.bsn(), Wet.JEUGDWET, "Begeleiding na school");
        Beschikking beschikking = besluiten.beslissen(jeugdconsulent(), aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING,
                "Het kind gaat weer met plezier naar school.", "Ouders en school lukt het samen niet.", "45A01", 2, "04", "2", null,
                vandaag.plusDays(7), vandaag.plusMonths(6), Leveringsvorm.ZIN, aanbieder("45A01", "Jeugdhulp Voorbeeld B.V."), null));

        String tekst = tekst(besluiten.briefVan(beschikking));
        assertThat(tekst).as("addressed to the parents").contains("Beste " + ouder.naam()).doesNotContain("Beste " + kind.naam())
                .contains("U heeft ondersteuning aangevraagd voor uw kind " + kind.naam())
                .contains(register.adres("0632", ouder.huishoudenId()).orElseThrow().postcodeLeesbaar());
    }

    @Test
    void anAanvraagCarriesItsTermAndADecisionLetterStatesProductPeriodAndRemedies() throws Exception {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding bij de administratie");
        assertThat(aanvraag.ontvangenDatum()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(aanvraag.uiterlijk()).isEqualTo(LocalDate.of(2026, 12, 7));

        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        assertThat(beschikking.status()).isEqualTo(BeschikkingStatus.VASTGESTELD);
        assertThat(beschikking.verzondenDatum()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(beschikking.bezwaarTot()).isEqualTo(LocalDate.of(2027, 1, 4));

        byte[] brief = besluiten.briefVan(beschikking);
        String tekst = tekst(brief);
        assertThat(PdfUa.structuur(brief)).as("the letter's headings, its table with row headers and the list of the objection, as tags")
                .contains("H1", "H2", "Table", "TH", "TD", "L", "LI");
        try (PDDocument pdf = Loader.loadPDF(brief)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Besluit " + beschikking.id() + " — Gemeente Woerden");
        }
        assertThat(tekst).contains("Begeleiding individueel").contains("productcode 02A01").contains("categorie 02")
                .contains("3 uur per week").contains("van 1 december 2026 tot en met 30 november 2027")
                .contains("Zorg Dichtbij Woerden").contains("bezwaar").contains("binnen 6 weken").contains("4 januari 2027")
                .contains("Wet maatschappelijke ondersteuning 2015")
                .contains("Gemeente Woerden — Sociaal team")
                .contains("Stuurt u een brief? Stuur die naar: Gemeente Woerden, Postbus 45, 3440 AA Woerden.")
                .contains("Vragen over dit besluit? Bel het sociaal team: 14 0348, op werkdagen van 8.30 tot 17.00 uur.");
        assertThat(zaken.voorMedewerker(wmoconsulent(), s.zaak().id()).berichten()).last()
                .satisfies(b -> assertThat(b.tekst()).contains("Er is een besluit over uw aanvraag"));
    }

    @Test
    void badInputIsRefusedAndTheAanvraagStaysOpen() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        long zorgDichtbij = aanbieder("02A01", "Zorg Dichtbij Woerden");
        BeslisVerzoek eindVoorBegin = new BeslisVerzoek(Uitkomst.TOEKENNING, "Resultaat", "Motivering", "02A01", 3, "04", "2", null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 1), Leveringsvorm.ZIN, zorgDichtbij, null);
        assertThatThrownBy(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), eindVoorBegin))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("einddatum"));
        BeslisVerzoek zonderEenheid = new BeslisVerzoek(Uitkomst.TOEKENNING, "Resultaat", "Motivering", "02A01", 3, null, "2", null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 1), Leveringsvorm.ZIN, zorgDichtbij, null);
        assertThatThrownBy(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), zonderEenheid))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsEntry("eenheid", "Een omvang heeft een eenheid, bijvoorbeeld uur of dagdeel."));
        BeslisVerzoek onbekendProduct = new BeslisVerzoek(Uitkomst.TOEKENNING, "Resultaat", "Motivering", "99Z99", 3, "04", "2", null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 1), Leveringsvorm.ZIN, zorgDichtbij, null);
        assertThatThrownBy(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), onbekendProduct))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("productcode")).contains("99Z99"));
        BeslisVerzoek verkeerdeAanbieder = begeleiding(aanbieder("07A01", "Zorg Dichtbij Woerden"));
        long fermwerk = jdbc.sql("select id from aanbieder where naam = 'FermWerk'").query(Long.class).single();
        assertThatThrownBy(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(fermwerk)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("aanbiederId"));
        assertThatThrownBy(() -> besluiten.beslissen(jeugdconsulent(), aanvraag.id(), verkeerdeAanbieder))
                .as("not her team's case").isInstanceOf(nl.dichtbij.platform.GeenToegangException.class);
        noodtoegang.nemen(jeugdconsulent(), s.zaak().huishoudenId(), "Vervanging: de Wmo-consulent is ziek, besluit moet vandaag de deur uit.");
        assertThatThrownBy(() -> besluiten.beslissen(jeugdconsulent(), aanvraag.id(), verkeerdeAanbieder))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("uitkomst")).contains("geen mandaat"));

        assertThat(besluiten.aanvraag(wmoconsulent(), aanvraag.id()).besloten()).isFalse();
        assertThat(besluiten.vanAanvraag(wmoconsulent(), aanvraag.id())).isEmpty();
    }

    @Test
    void aPgbAboveTheFourEyesAmountWaitsForASecondProfessional() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Hulp bij het huishouden");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING,
                "Een schoon en leefbaar huis", "Mevrouw kan door haar beperking het huishouden niet doen.", "01A01", null, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), Leveringsvorm.PGB, null, new BigDecimal("12500.00")));
        assertThat(beschikking.status()).isEqualTo(BeschikkingStatus.WACHT_OP_TWEEDE);
        assertThat(beschikking.verzondenDatum()).isNull();
        assertThatThrownBy(() -> besluiten.goedkeuren(wmoconsulent(), beschikking.id())).isInstanceOf(OngeldigeInvoerException.class);
        noodtoegang.nemen(jeugdconsulent(), s.zaak().huishoudenId(), "Vervanging: tweede handtekening nodig, Wmo-team is afwezig.");
        assertThatThrownBy(() -> besluiten.goedkeuren(jeugdconsulent(), beschikking.id())).isInstanceOf(OngeldigeInvoerException.class);

        assertThat(besluiten.wachtenOpTweede(teamleider)).as("waits in the werkbak of who may sign").extracting(Beschikking::id).contains(beschikking.id());
        assertThat(besluiten.wachtenOpTweede(wmoconsulent())).as("not for who decided").extracting(Beschikking::id).doesNotContain(beschikking.id());
        String concept = tekst(besluiten.conceptbrief(teamleider, beschikking.id()));
        assertThat(concept).as("the second signer reads the letter before he signs").contains("Concept — nog niet verzonden")
                .contains("€ 12.500,00").contains("Mevrouw kan door haar beperking het huishouden niet doen.");

        Beschikking goedgekeurd = besluiten.goedkeuren(teamleider, beschikking.id());
        assertThat(besluiten.wachtenOpTweede(teamleider)).extracting(Beschikking::id).doesNotContain(beschikking.id());
        assertThatThrownBy(() -> besluiten.conceptbrief(teamleider, beschikking.id())).isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);
        assertThat(goedgekeurd.status()).isEqualTo(BeschikkingStatus.VASTGESTELD);
        assertThat(goedgekeurd.tweedeDoorNaam()).isEqualTo("Thea Mulder");
        assertThat(goedgekeurd.verzondenDatum()).isNotNull();
        assertThat(besluiten.historie(beschikking.id())).extracting(Besluiten.Historie::toelichting).contains("Bedrag boven € 10.000,00");
    }

    /** Two submits of the same decision at once (a double click, two tabs): one decision, one clear refusal. */
    @Test
    void theSameDecisionSubmittedTwiceAtOnceMakesOneDecision() throws Exception {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        BeslisVerzoek verzoek = begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden"));

        List<Object> uitkomsten = tegelijk(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), verzoek));

        assertThat(uitkomsten).filteredOn(Beschikking.class::isInstance).hasSize(1);
        assertThat(uitkomsten).filteredOn(OngeldigeInvoerException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten().values()).anyMatch(f -> f.contains("al besloten")));
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").param(aanvraag.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSecondSignatureGivenTwiceAtOnceCountsOnce() throws Exception {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Hulp bij het huishouden");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING,
                "Een schoon en leefbaar huis", "Mevrouw kan door haar beperking het huishouden niet doen.", "01A01", null, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), Leveringsvorm.PGB, null, new BigDecimal("12500.00")));

        List<Object> uitkomsten = tegelijk(() -> besluiten.goedkeuren(teamleider, beschikking.id()));

        assertThat(uitkomsten).filteredOn(Beschikking.class::isInstance).hasSize(1);
        assertThat(uitkomsten).filteredOn(OngeldigeInvoerException.class::isInstance).hasSize(1);
        assertThat(jdbc.sql("select count(*) from beschikking_historie where beschikking_id = ? and wat = 'Tweede handtekening'")
                .param(beschikking.id()).query(Long.class).single()).isEqualTo(1);
    }

    /** The guard is the version: a copy read before someone else's change cannot be saved over it. */
    @Test
    void aStaleCopyOfAnAanvraagOrDecisionIsRefusedByItsVersion() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Hulp bij het huishouden");
        Aanvraag gelezen = aanvraagRepository.findById(aanvraag.id()).orElseThrow();
        aanvraagRepository.save(gelezen.verdagen(2, "Wij wachten op het advies van de huisarts."));
        assertThatThrownBy(() -> aanvraagRepository.save(gelezen.besluiten()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING,
                "Een schoon en leefbaar huis", "Mevrouw kan door haar beperking het huishouden niet doen.", "01A01", null, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), Leveringsvorm.PGB, null, new BigDecimal("12500.00")));
        Beschikking oud = beschikkingRepository.findById(beschikking.id()).orElseThrow();
        besluiten.goedkeuren(teamleider, beschikking.id());
        assertThatThrownBy(() -> beschikkingRepository.save(oud.tweedeHandtekening("wmoconsulent2", "Een ander")))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(besluiten.beschikking(wmoconsulent(), beschikking.id()).tweedeDoorNaam()).isEqualTo("Thea Mulder");
    }

    /** Runs the same call twice at the same moment; returns what each returned or the refusal it gave. */
    private static List<Object> tegelijk(java.util.concurrent.Callable<Object> handeling) throws Exception {
        return nl.dichtbij.Tegelijk.uitvoeren(List.of(handeling, handeling));
    }

    @Test
    void verdagingMovesTheTermOnceWithAReason() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Woningaanpassing");
        assertThatThrownBy(() -> besluiten.verdagen(wmoconsulent(), aanvraag.id(), 2, " ")).isInstanceOf(OngeldigeInvoerException.class);
        Aanvraag verdaagd = besluiten.verdagen(wmoconsulent(), aanvraag.id(), 2, "Wij wachten op het advies van de ergotherapeut.");
        assertThat(verdaagd.uiterlijk()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThatThrownBy(() -> besluiten.verdagen(wmoconsulent(), aanvraag.id(), 2, "Nog eens")).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(zaken.voorMedewerker(wmoconsulent(), s.zaak().id()).berichten()).last()
                .satisfies(b -> assertThat(b.tekst()).contains("ergotherapeut").contains("21 december 2026"));
    }

    @Test
    void changesEndingAndWithdrawalKeepTheHistory() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Jeugdhulp Voorbeeld B.V.")));
        besluiten.wijzigen(wmoconsulent(), beschikking.id(), Besluiten.Wijziging.EINDDATUM, LocalDate.of(2027, 5, 31), "Doel eerder bereikt");
        Beschikking beeindigd = besluiten.wijzigen(wmoconsulent(), beschikking.id(), Besluiten.Wijziging.BEEINDIGEN, LocalDate.of(2027, 3, 31),
                "Mevrouw verhuist naar Utrecht");
        assertThat(beeindigd.status()).isEqualTo(BeschikkingStatus.BEEINDIGD);
        assertThat(beeindigd.einddatum()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(besluiten.historie(beschikking.id())).extracting(Besluiten.Historie::wat)
                .containsExactly("Besluit genomen", "Einddatum gewijzigd naar 31 mei 2027", "Beëindigd per 31 maart 2027");
        assertThatThrownBy(() -> besluiten.wijzigen(wmoconsulent(), beschikking.id(), Besluiten.Wijziging.INTREKKEN, null, "x"))
                .isInstanceOf(OngeldigeInvoerException.class);

        // each change is a decision of its own: a letter with what changed, why, and a new objection term
        Gebruiker inwoner = new Gebruiker("test-inwoner", null, s.persoon().naam(), Rol.INWONER, "0632", null, s.persoon().bsn());
        List<Besluiten.Historie> brieven = besluiten.wijzigingsbrieven(besluiten.vanInwoner(inwoner, beschikking.id()));
        assertThat(brieven).extracting(Besluiten.Historie::wat).containsExactly("Einddatum gewijzigd naar 31 mei 2027", "Beëindigd per 31 maart 2027");
        assertThat(brieven).allSatisfy(h -> assertThat(h.bezwaarTot()).isEqualTo(LocalDate.of(2027, 1, 4)));
        String eerste = tekst(besluiten.wijzigingsbrief(besluiten.vanInwoner(inwoner, beschikking.id()), brieven.getFirst().id()));
        assertThat(eerste).contains("Wij wijzigen uw besluit: einddatum gewijzigd naar 31 mei 2027")
                .contains("Op 23 november 2026 kreeg u een besluit over Begeleiding individueel").contains("Doel eerder bereikt")
                .contains("Beste " + s.persoon().naam()).contains("uiterlijk").contains("4 januari 2027")
                .contains("van 1 december 2026 tot en met 31 mei 2027");
        assertThat(tekst(besluiten.wijzigingsbrief(besluiten.beschikking(wmoconsulent(), beschikking.id()), brieven.getLast().id())))
                .contains("Beëindigd per 31 maart 2027").contains("Mevrouw verhuist naar Utrecht");
        long vanEenAnder = besluiten.historie(beschikking.id()).getFirst().id();
        assertThatThrownBy(() -> besluiten.wijzigingsbrief(besluiten.beschikking(wmoconsulent(), beschikking.id()), vanEenAnder))
                .as("a history line without a letter").isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);
        assertThat(zaken.voorMedewerker(wmoconsulent(), s.zaak().id()).berichten()).last()
                .satisfies(b -> assertThat(b.tekst()).contains("is gewijzigd").contains("Maak dan uiterlijk 4 januari 2027 bezwaar"));
    }

    @Autowired Bezwaren bezwaren;

    @Test
    void anObjectionAgainstAChangeRunsFromTheChangesLetter() {
        Situatie s = volwassene();
        Gebruiker inwoner = new Gebruiker("test-inwoner", null, s.persoon().naam(), Rol.INWONER, "0632", null, s.persoon().bsn());
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        assertThat(beschikking.bezwaarTot()).isEqualTo(LocalDate.of(2027, 1, 4));

        klok.zet(java.time.Instant.parse("2026-12-28T10:00:00Z"));
        besluiten.wijzigen(wmoconsulent(), beschikking.id(), Besluiten.Wijziging.EINDDATUM, LocalDate.of(2027, 5, 31), "Doel eerder bereikt");
        klok.zet(java.time.Instant.parse("2027-01-20T10:00:00Z"));
        Besluiten.Bezwaarmoment moment = besluiten.bezwaarmoment(besluiten.vanInwoner(inwoner, beschikking.id()), LocalDate.of(2027, 1, 20));
        assertThat(moment.bekendgemaakt()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(moment.bezwaarTot()).as("6 weeks after the change's letter, off the weekend").isAfter(LocalDate.of(2027, 2, 7));

        Bezwaar bezwaar = bezwaren.indienen(inwoner, beschikking.id(), "Ik heb de begeleiding nog nodig", java.util.List.of());
        assertThat(bezwaar.tijdig()).as("past the decision's term, within the change's").isTrue();
        assertThat(bezwaar.beslissenUiterlijk()).as("decided within 6 weeks after the change's term")
                .isEqualTo(nl.dichtbij.termijnen.Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 28), false, false, 0));
    }

    @Test
    void theResidentObjectsOnlineWithAttachmentsAndTheObjectionHasItsOwnTerm() {
        Situatie s = volwassene();
        Gebruiker inwoner = new Gebruiker("test-inwoner", null, s.persoon().naam(), Rol.INWONER, "0632", null, s.persoon().bsn());
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        assertThat(besluiten.vanInwoner(inwoner)).extracting(Beschikking::id).contains(beschikking.id());

        assertThatThrownBy(() -> bezwaren.indienen(inwoner, beschikking.id(), "Te weinig uren",
                java.util.List.of(new Bezwaren.Bijlage("virus.exe", "MZ...".getBytes()))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("bijlagen")).contains("geen PDF, JPG of PNG"));
        assertThatThrownBy(() -> bezwaren.indienen(inwoner, beschikking.id(), " ", java.util.List.of()))
                .isInstanceOf(OngeldigeInvoerException.class);

        klok.zet(java.time.Instant.parse("2026-12-10T10:00:00Z"));
        Bezwaar bezwaar = bezwaren.indienen(inwoner, beschikking.id(), "Ik heb meer uren nodig dan drie per week.",
                java.util.List.of(new Bezwaren.Bijlage("brief huisarts.pdf", "%PDF-1.7 test".getBytes())));
        assertThat(bezwaar.tijdig()).isTrue();
        assertThat(bezwaar.beslissenUiterlijk()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(bezwaren.bijlagen(bezwaar.id())).singleElement().satisfies(b -> assertThat(b.mediatype()).isEqualTo("application/pdf"));

        Bezwaar metCommissie = bezwaren.termijn(wmoconsulent(), bezwaar.id(), true, false);
        // 12 weeks after 4 January 2027 is Easter Monday, 29 March: the term moves to Tuesday 30 March
        assertThat(metCommissie.beslissenUiterlijk()).isEqualTo(LocalDate.of(2027, 3, 30));
        Bezwaar verdaagd = bezwaren.termijn(wmoconsulent(), bezwaar.id(), true, true);
        assertThat(verdaagd.beslissenUiterlijk()).isEqualTo(LocalDate.of(2027, 5, 11));
        assertThatThrownBy(() -> bezwaren.termijn(wmoconsulent(), bezwaar.id(), true, true)).isInstanceOf(OngeldigeInvoerException.class);

        Gebruiker buurman = new Gebruiker("buurman", null, "B", Rol.INWONER, "0632", null, nl.dichtbij.demo.Testpersonen.TOM_BSN);
        assertThatThrownBy(() -> besluiten.vanInwoner(buurman, beschikking.id())).isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);

        // the attachment opens for the professional and for the resident, and for nobody else (usability issue, item 5)
        long bijlage = bezwaren.bijlagen(bezwaar.id()).getFirst().id();
        assertThat(bezwaren.bijlage(wmoconsulent(), bijlage).inhoud()).asString().isEqualTo("%PDF-1.7 test");
        assertThat(bezwaren.bijlage(inwoner, bijlage).naam()).isEqualTo("brief huisarts.pdf");
        assertThatThrownBy(() -> bezwaren.bijlage(buurman, bijlage)).isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);
        Gebruiker montfoort = new Gebruiker("montfoort", null, "Mohamed El Amrani", Rol.CONSULENT, "0335", null, null);
        assertThatThrownBy(() -> bezwaren.bijlage(montfoort, bijlage)).isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);
    }

    @Test
    void repeatedObjectionsCannotFillTheDatabase() {
        Situatie s = volwassene();
        Gebruiker inwoner = new Gebruiker("test-bijlagen-" + s.persoon().bsn(), null, s.persoon().naam(), Rol.INWONER, "0632", null, s.persoon().bsn());
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Begeleiding");
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        byte[] vijfMb = new byte[Bezwaren.MAX_BIJLAGE_BYTES - 100];
        System.arraycopy("%PDF-1.7".getBytes(), 0, vijfMb, 0, 8);
        java.util.List<Bezwaren.Bijlage> vijf = java.util.stream.IntStream.range(0, 5).mapToObj(i -> new Bezwaren.Bijlage("deel" + i + ".pdf", vijfMb)).toList();

        klok.zet(java.time.Instant.parse("2026-12-10T10:00:00Z"));
        bezwaren.indienen(inwoner, beschikking.id(), "Eerste bezwaar", vijf);
        // 25 MB are on this decision now: five more would pass 30 MB
        assertThatThrownBy(() -> bezwaren.indienen(inwoner, beschikking.id(), "Tweede bezwaar", vijf))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("bijlagen")).contains("Bij dit besluit"));
        bezwaren.indienen(inwoner, beschikking.id(), "Tweede bezwaar, zonder bijlagen", java.util.List.of());
        bezwaren.indienen(inwoner, beschikking.id(), "Derde bezwaar", java.util.List.of());
        assertThatThrownBy(() -> bezwaren.indienen(inwoner, beschikking.id(), "Vierde bezwaar op dezelfde dag", java.util.List.of()))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("gronden")).contains("vandaag al 3 keer"));
        klok.zet(java.time.Instant.parse("2026-12-11T10:00:00Z"));
        bezwaren.indienen(inwoner, beschikking.id(), "Vierde bezwaar, een dag later", java.util.List.of());
        assertThat(jdbc.sql("select coalesce(sum(b.grootte), 0) from bezwaar_bijlage b join bezwaar z on z.id = b.bezwaar_id where z.beschikking_id = ?")
                .param(beschikking.id()).query(Long.class).single()).isLessThanOrEqualTo(Bezwaren.MAX_BYTES_PER_BESLUIT);
    }

    /** The total per resident counts what he sent on all decisions (the recorded size, not a new read of the files). */
    @Test
    void aResidentsAttachmentsTogetherStayUnderTheTotal() {
        Situatie s = volwassene();
        Gebruiker inwoner = new Gebruiker("test-totaal-" + s.persoon().bsn(), null, s.persoon().naam(), Rol.INWONER, "0632", null, s.persoon().bsn());
        Beschikking eerste = besluiten.beslissen(wmoconsulent(), besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO,
                "Begeleiding").id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        Beschikking tweede = besluiten.beslissen(wmoconsulent(), besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO,
                "Begeleiding groep").id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        byte[] pdf = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(), 0, pdf, 0, 8);
        klok.zet(java.time.Instant.parse("2026-12-10T10:00:00Z"));
        Bezwaar eerder = bezwaren.indienen(inwoner, eerste.id(), "Bezwaar met bijlage", java.util.List.of(new Bezwaren.Bijlage("brief.pdf", pdf)));
        // as if he had already sent 98 MB on other decisions over the years
        jdbc.sql("update bezwaar_bijlage set grootte = ? where bezwaar_id = ?").params(98L * 1024 * 1024, eerder.id()).update();

        assertThatThrownBy(() -> bezwaren.indienen(inwoner, tweede.id(), "Bezwaar tegen het tweede besluit",
                java.util.List.of(new Bezwaren.Bijlage("bijlage.pdf", pdf))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("bijlagen"))
                        .contains("U heeft al bijlagen van samen 98 MB gestuurd").contains("100 MB"));
        assertThat(bezwaren.indienen(inwoner, tweede.id(), "Bezwaar zonder bijlage", java.util.List.of())).isNotNull();
    }

    @Test
    void theDeadlineBoardShowsWhatIsDueThisWeekAndTheHerindicatieComesEightWeeksBeforeTheEnd() {
        Situatie s = volwassene();
        Aanvraag aanvraag = besluiten.aanvragen(wmoconsulent(), s.zaak().id(), s.persoon().bsn(), Wet.WMO, "Hulp bij het huishouden");
        klok.zet(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(besluiten.aanvraag(wmoconsulent(), aanvraag.id()).uiterlijk()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(termijnbord.dezeWeek(teamleider, null)).noneMatch(r -> r.soort().equals("Aanvraag") && r.id() == aanvraag.id());
        klok.zet(java.time.Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(termijnbord.dezeWeek(teamleider, aanvraag.teamId())).anyMatch(r -> r.id() == aanvraag.id() && !r.verlopen());
        klok.zet(java.time.Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(termijnbord.dezeWeek(wmoconsulent(), aanvraag.teamId())).anyMatch(r -> r.id() == aanvraag.id() && r.verlopen());

        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleiding(aanbieder("02A01", "Zorg Dichtbij Woerden")));
        klok.zet(java.time.Instant.parse("2027-10-04T10:00:00Z"));
        assertThat(termijnbord.herindicaties(wmoconsulent(), java.util.List.of(s.zaak().id()))).isEmpty();
        klok.zet(java.time.Instant.parse("2027-10-05T10:00:00Z"));
        assertThat(termijnbord.herindicaties(wmoconsulent(), java.util.List.of(s.zaak().id())))
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(beschikking.id()));
    }

    @Autowired Termijnbord termijnbord;

    /** The letter's text; every letter read here is checked to be tagged PDF/UA with an embedded font first. */
    private static String tekst(byte[] pdf) {
        return PdfUa.assertToegankelijk(pdf);
    }
}
