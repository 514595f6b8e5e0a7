package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.sturing.CbsJeugdlevering.Bron;
import nl.dichtbij.sturing.CbsJeugdlevering.Levering;
import nl.dichtbij.sturing.CbsJeugdlevering.Ontbreekt;
import nl.dichtbij.sturing.CbsJeugdregels.Periode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The CBS delivery of Woerden for JH/JB-1 2016 (January to June), from toewijzingen, starts, stops and measures this test writes
 * for its own children at its own provider (AGB 42421300); only this test's children are compared: the records must equal the expected
 * ones field by field, the completeness report must name every missing field, filling one in makes the record complete, and
 * Montfoort's data stay out.
 */
@IntegratieTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CbsJeugdIT {

    private static final Periode PERIODE = new Periode(2016, 1);
    private static final String AGB = "42421300";
    private static final String GI = "42421399";
    private static final String BRON = "CBSIT";
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-m", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder", Rol.BESTUUR, "0632", null, null);

    @LocalServerPort int port;
    @Autowired CbsJeugdlevering cbs;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    static List<Persoon> kinderen;
    static Persoon montfoorter;
    static Persoon verhuisd;
    static Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void gegevens() {
        if (kinderen != null) {
            return;
        }
        List<Persoon> nieuw = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nieuw.add(Testhuishouden.in("0632").volwassene(40).kind(10 + i).inschrijven(inschrijvingen, clock).kind());
        }
        kinderen = nieuw;
        montfoorter = Testhuishouden.in("0335").volwassene(40).kind(9).inschrijven(inschrijvingen, clock).kind();
        verhuisd = Testhuishouden.in("0632").volwassene(40).kind(6).inschrijven(inschrijvingen, clock).kind();
        Verwijzer huisarts = new Verwijzer(Verwijzertype.HUISARTS, "01012345", "Huisartsenpraktijk De Linde");
        // k0: foster care since 2015 after the GP, running: a JH record; transport (42) is no jeugdhulp of its own
        ids.put("k0", neem("0632", kinderen.get(0), "35", d(2015, 9, 1), d(2015, 9, 3), null, null, huisarts, 0));
        ids.put("k0vervoer", neem("0632", kinderen.get(0), "42", d(2015, 9, 1), d(2015, 9, 3), null, null, huisarts, 1));
        // k1: crisis (46) ended according to plan: hulpvorm left open until beleid chooses
        ids.put("k1", neem("0632", kinderen.get(1), "46", d(2016, 2, 10), d(2016, 2, 10), d(2016, 3, 20), "31", Verwijzer.GEMEENTE, 2));
        // k2: ambulant at the provider, no referrer, stopped after the period: no end in this period
        ids.put("k2", neem("0632", kinderen.get(2), "32", d(2016, 1, 15), d(2016, 1, 15), d(2016, 8, 1), "32", null, 3));
        // k3: two day care toewijzingen that overlap: one record from the first start to the last end, reason of the last
        ids.put("k3a", neem("0632", kinderen.get(3), "33", d(2016, 1, 1), d(2016, 1, 1), d(2016, 4, 30), "34", Verwijzer.GEMEENTE, 4));
        ids.put("k3b", neem("0632", kinderen.get(3), "41", d(2016, 4, 1), d(2016, 4, 1), d(2016, 5, 31), "31", Verwijzer.GEMEENTE, 5));
        // k4: ambulant, never started: the report asks for the start message
        ids.put("k4", neem("0632", kinderen.get(4), "45", d(2016, 3, 1), null, null, null, Verwijzer.GEMEENTE, 6));
        // k4 also: ambulant in the network until the toewijzing ran out on 31 March, but no stop message: the reason is asked
        ids.put("k4afgelopen", neem("0632", kinderen.get(4), "34", d(2016, 1, 10), d(2016, 1, 10), null, null, Verwijzer.GEMEENTE, 10,
                d(2016, 3, 31)));
        // k5: ended before the period: not in it
        ids.put("k5", neem("0632", kinderen.get(5), "34", d(2015, 6, 1), d(2015, 6, 1), d(2015, 12, 15), "31", Verwijzer.GEMEENTE, 7));
        // a Woerden toewijzing for a child that has since moved to Montfoort: no longer in Woerden's register, so the birth date
        // is missing and the postcode is the municipality's code (the BRP's move, as the register would receive it)
        ids.put("buiten", neem("0632", verhuisd, "36", d(2016, 5, 1), d(2016, 5, 2), null, null, Verwijzer.GEMEENTE, 8));
        jdbc.sql("update persoon set gemeente_code = '0335' where bsn = ?").param(verhuisd.bsn()).update();
        // Montfoort's own foster care in the period: never in Woerden's delivery
        ids.put("montfoort", neem("0335", montfoorter, "35", d(2016, 1, 1), d(2016, 1, 1), null, null, Verwijzer.GEMEENTE, 9));
        ids.put("ots", maatregel(kinderen.get(0), "OTS", d(2015, 5, 1), null));
        ids.put("jr", maatregel(kinderen.get(2), "JEUGDRECLASSERING", d(2016, 2, 1), d(2016, 5, 1)));
    }

    private long neem(String gemeente, Persoon kind, String categorie, LocalDate ingang, LocalDate gestart, LocalDate gestopt, String reden,
                      Verwijzer verwijzer, int i) {
        return neem(gemeente, kind, categorie, ingang, gestart, gestopt, reden, verwijzer, i, d(2017, 12, 31));
    }

    private long neem(String gemeente, Persoon kind, String categorie, LocalDate ingang, LocalDate gestart, LocalDate gestopt, String reden,
                      Verwijzer verwijzer, int i, LocalDate einddatum) {
        var t = new OvergenomenToewijzing(gemeente, Wet.JEUGDWET, null, kind.bsn(), AGB, "Jeugdhulp CBS-proef", categorie, categorie + "A01", null,
                ingang, einddatum, 1, "14", "2", BRON + i, ingang.atStartOfDay(ZoneOffset.UTC).toInstant(), gestart, gestopt, reden);
        return toewijzingen.overnemen(verwijzer == null ? t : t.metVerwijzer(verwijzer));
    }

    /** A measure as the safety records keep it (the form needs a case and a GI on the list; its rules are tested in veiligheid). */
    private long maatregel(Persoon kind, String soort, LocalDate start, LocalDate eind) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into jeugdbeschermingsmaatregel (gemeente_code, zaak_id, huishouden_id, gi_agb, gi_naam, maatregel, kind_bsn,
                        start_datum, eind_datum, vastgelegd_door, vastgelegd_door_naam, vastgelegd_op) values ('0632', 0, ?, ?, 'GI Proef', ?, ?, ?, ?, 'test', 'Test', ?)""")
                .params(kind.huishoudenId(), GI, soort, kind.bsn(), start, eind, java.sql.Timestamp.from(clock.instant())).update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }

    private static String geboren(Persoon p) {
        return CbsJeugdbestand.datum(p.geboortedatum());
    }

    private Set<String> bsns() {
        Set<String> s = kinderen.stream().map(Persoon::bsn).collect(Collectors.toSet());
        s.add(montfoorter.bsn());
        s.add(verhuisd.bsn());
        return s;
    }

    /** This test's records, in file order, each as its fields joined with | (empty fields empty). */
    private List<String> records(Levering l) {
        return l.regels().stream().filter(r -> bsns().contains(r.velden().get("BSN")))
                .map(r -> (r.bron() == Bron.T ? CbsJeugdbestand.JEUGDHULP : CbsJeugdbestand.MAATREGEL).stream()
                        .map(v -> r.velden().getOrDefault(v.naam(), "") == null ? "" : r.velden().getOrDefault(v.naam(), ""))
                        .collect(Collectors.joining("|")))
                .toList();
    }

    private List<String> ontbreekt(Levering l) {
        return l.ontbreekt().stream().filter(o -> ids.containsValue(o.bronId()) && (o.record().contains("CBS-proef") || o.record().contains("GI Proef")))
                .map(o -> sleutel(o) + " " + o.veld() + (o.aanvulbaar() ? " aanvulbaar" : "")).toList();
    }

    private static String sleutel(Ontbreekt o) {
        return ids.entrySet().stream().filter(e -> e.getValue() == o.bronId()
                        && (o.bron() == Bron.M) == (e.getKey().equals("ots") || e.getKey().equals("jr")))
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }

    @Test
    @Order(1)
    void theDeliveryEqualsTheExpectedRecordsFieldByFieldAndTheReportNamesWhatIsMissing() {
        Levering l = cbs.levering(BELEID, PERIODE);
        Persoon k0 = kinderen.get(0), k3 = kinderen.get(3);
        assertThat(records(l)).containsExactlyInAnyOrder(
                "JH|" + AGB + "|" + k0.bsn() + "|" + geboren(k0) + "|O|3441TE|02|11|02|20150903|||||",
                "JH|" + AGB + "|" + k3.bsn() + "|" + geboren(k3) + "|O|3441TE|01|03|02|20160101|20160531|01|||",
                "JB|" + GI + "|" + k0.bsn() + "|" + geboren(k0) + "|O|3441TE|11|20150501|||||||||");
        assertThat(ontbreekt(l)).containsExactlyInAnyOrder(
                "k1 HULPVORM aanvulbaar",
                "k2 VERWIJZER aanvulbaar",
                "k4 DATUM_AANVANG",
                "k4afgelopen REDEN_BEEINDIGING aanvulbaar",
                "buiten GEBOORTEDATUM aanvulbaar",
                "jr TYPE_MAATREGEL aanvulbaar",
                "jr REDEN_BEEINDIGING aanvulbaar",
                "jr ZORG_NA_AFLOOP aanvulbaar");
        assertThat(l.ontbreekt()).filteredOn(o -> o.bronId() == ids.get("k4")).singleElement()
                .satisfies(o -> assertThat(o.waarom()).contains("geen start gemeld (bericht 305)", "Jeugdhulp CBS-proef"));
        assertThat(l.ontbreekt()).filteredOn(o -> o.bronId() == ids.get("k4afgelopen")).singleElement()
                .satisfies(o -> assertThat(o.waarom()).contains("liep af op 31 maart 2016", "geen einde (bericht 307)"));
        assertThat(l.regels()).flatExtracting(CbsJeugdlevering.Regel::bronIds)
                .doesNotContain(ids.get("k0vervoer"), ids.get("k5"), ids.get("montfoort"));
        assertThat(CbsJeugdbestand.controleer(l.bestand())).isEmpty();
    }

    @Test
    @Order(2)
    void fillingInMakesARecordCompleteAndOnlyWhatIsMissingCanBeFilled() {
        Periode p = PERIODE;
        assertThatThrownBy(() -> cbs.aanvullen(BELEID, p, "T", ids.get("k1"), "HULPVORM", "99"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Kies een hulpvorm uit de lijst");
        assertThatThrownBy(() -> cbs.aanvullen(BELEID, p, "T", ids.get("k0"), "HULPVORM", "12"))
                .as("k0 lacks nothing").isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ontbreekt niet");
        assertThatThrownBy(() -> cbs.aanvullen(BELEID, p, "T", ids.get("k4"), "DATUM_AANVANG", "20160301"))
                .as("only the provider reports a start").isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niet aanvullen");
        assertThatThrownBy(() -> cbs.aanvullen(BELEID_MONTFOORT, p, "T", ids.get("k1"), "HULPVORM", "14"))
                .as("another municipality's record").isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> cbs.aanvullen(BELEID, p, "T", ids.get("buiten"), "GEBOORTEDATUM", "20101301"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("JJJJMMDD");

        assertThatThrownBy(() -> cbs.hulpvormVoorProduct(BELEID, p, "35", "35A01", "11"))
                .as("foster care has its hulpvorm").isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ontbreekt geen hulpvorm");
        assertThatThrownBy(() -> cbs.hulpvormVoorProduct(BELEID_MONTFOORT, p, "46", "46A01", "14")).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> cbs.hulpvormVoorProduct(BELEID, p, "46", "46A01", "07")).isInstanceOf(OngeldigeInvoerException.class);
        // one choice for every toewijzing of the crisis product (k1's among them)
        cbs.hulpvormVoorProduct(BELEID, p, "46", "46A01", "14");
        cbs.aanvullen(BELEID, p, "T", ids.get("k2"), "VERWIJZER", "03");
        cbs.aanvullen(BELEID, p, "T", ids.get("buiten"), "GEBOORTEDATUM", "20100500");
        cbs.aanvullen(BELEID, p, "T", ids.get("k4afgelopen"), "REDEN_BEEINDIGING", "02");
        cbs.aanvullen(BELEID, p, "M", ids.get("jr"), "TYPE_MAATREGEL", "41");
        cbs.aanvullen(BELEID, p, "M", ids.get("jr"), "REDEN_BEEINDIGING", "42");
        cbs.aanvullen(BELEID, p, "M", ids.get("jr"), "ZORG_NA_AFLOOP", "52");

        Levering l = cbs.levering(BELEID, p);
        Persoon k1 = kinderen.get(1), k2 = kinderen.get(2), k4 = kinderen.get(4);
        assertThat(records(l)).contains(
                "JH|" + AGB + "|" + k1.bsn() + "|" + geboren(k1) + "|O|3441TE|01|14|01|20160210|20160320|01|||",
                "JH|" + AGB + "|" + k2.bsn() + "|" + geboren(k2) + "|O|3441TE|03|02|02|20160115|||||",
                "JH|" + AGB + "|" + verhuisd.bsn() + "|20100500|O|0632|01|12|02|20160502|||||",
                "JH|" + AGB + "|" + k4.bsn() + "|" + geboren(k4) + "|O|3441TE|01|04|02|20160110|20160331|02|||",
                "JB|" + GI + "|" + k2.bsn() + "|" + geboren(k2) + "|O|3441TE|41|20160201|20160501|||||42|52||");
        assertThat(ontbreekt(l)).containsExactly("k4 DATUM_AANVANG");
        assertThat(CbsJeugdbestand.controleer(l.bestand())).isEmpty();

        // Montfoort sees none of it: not the Woerden toewijzing of its resident, only its own
        Levering montfoort = cbs.levering(BELEID_MONTFOORT, p);
        assertThat(montfoort.regels()).flatExtracting(CbsJeugdlevering.Regel::bronIds).contains(ids.get("montfoort"))
                .doesNotContain(ids.get("buiten"), ids.get("k0"), ids.get("k1"));
        assertThat(montfoort.ontbreekt()).extracting(Ontbreekt::bronId).doesNotContain(ids.get("k4"));
    }

    @Test
    @Order(3)
    void aValueFilledInCanBeChangedOnlyWithinItsListKeptAndLogged() throws Exception {
        Periode p = PERIODE;
        Persoon k1 = kinderen.get(1), k2 = kinderen.get(2);
        Levering voor = cbs.levering(BELEID, p);
        assertThat(voor.aangevuld()).filteredOn(a -> ids.containsValue(a.bronId()))
                .extracting(a -> sleutel(a.bronId()) + " " + a.veld() + " " + a.waarde() + " " + a.door())
                .as("who filled it in, by name (the account is in the history and the Logboek)")
                .containsExactlyInAnyOrder("k2 VERWIJZER 03 Bram de Vries", "buiten GEBOORTEDATUM 20100500 Bram de Vries",
                        "k4afgelopen REDEN_BEEINDIGING 02 Bram de Vries", "jr TYPE_MAATREGEL 41 Bram de Vries", "jr REDEN_BEEINDIGING 42 Bram de Vries",
                        "jr ZORG_NA_AFLOOP 52 Bram de Vries");
        assertThat(voor.productkeuzes()).filteredOn(k -> k.product().code().equals("46A01")).singleElement()
                .satisfies(k -> assertThat(k.hulpvorm()).isEqualTo("14"))
                .satisfies(k -> assertThat(k.bsns()).contains(k1.bsn()));

        assertThatThrownBy(() -> cbs.wijzigen(BELEID, p, "T", ids.get("k2"), "VERWIJZER", "03", "99"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("uit de lijst");
        assertThatThrownBy(() -> cbs.wijzigen(BELEID, p, "T", ids.get("k2"), "VERWIJZER", "03", "03"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("al de waarde");
        assertThatThrownBy(() -> cbs.wijzigen(BELEID, p, "T", ids.get("k2"), "VERWIJZER", "01", "04"))
                .as("a colleague changed it meanwhile").isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("collega");
        assertThatThrownBy(() -> cbs.wijzigen(BELEID, p, "T", ids.get("k0"), "VERWIJZER", null, "04"))
                .as("k0's referrer came with the toewijzing, not from beleid").isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> cbs.wijzigen(BELEID_MONTFOORT, p, "T", ids.get("k2"), "VERWIJZER", "03", "04"))
                .as("another municipality's record").isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> cbs.wijzigen(BELEID, p, "T", ids.get("buiten"), "GEBOORTEDATUM", "20100500", "2010-05-01"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("JJJJMMDD");
        assertThatThrownBy(() -> cbs.wijzigen(BESTUUR, p, "T", ids.get("k2"), "VERWIJZER", "03", "04")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cbs.hulpvormVoorProductWijzigen(BELEID, p, "46", "46A01", "14", "07")).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> cbs.hulpvormVoorProductWijzigen(BELEID, p, "35", "35A01", null, "11"))
                .as("no choice made for foster care").isInstanceOf(OngeldigeInvoerException.class);

        long logVoor = wijzigingenInLogboek(k2.bsn());
        cbs.wijzigen(BELEID, p, "T", ids.get("k2"), "VERWIJZER", "03", "04");
        cbs.hulpvormVoorProductWijzigen(BELEID, p, "46", "46A01", "14", "13");

        Levering na = cbs.levering(BELEID, p);
        assertThat(records(na)).contains(
                "JH|" + AGB + "|" + k1.bsn() + "|" + geboren(k1) + "|O|3441TE|01|13|01|20160210|20160320|01|||",
                "JH|" + AGB + "|" + k2.bsn() + "|" + geboren(k2) + "|O|3441TE|04|02|02|20160115|||||");
        assertThat(na.aangevuld()).filteredOn(a -> a.bronId() == ids.get("k2") && a.veld().equals("VERWIJZER")).singleElement()
                .satisfies(a -> assertThat(a.waarde() + " was " + a.eerder()).isEqualTo("04 was 03"));
        assertThat(na.productkeuzes()).filteredOn(k -> k.product().code().equals("46A01")).singleElement()
                .satisfies(k -> assertThat(k.hulpvorm() + " was " + k.eerder()).isEqualTo("13 was 14"));
        assertThat(jdbc.sql("select oude_waarde || '>' || nieuwe_waarde || ' ' || gewijzigd_door from cbs_aanvulling_wijziging where sleutel in (?, ?)")
                .params("T|" + ids.get("k2") + "|VERWIJZER", "P|46|46A01").query(String.class).list())
                .containsExactlyInAnyOrder("03>04 beleid", "14>13 beleid");
        assertThat(CbsJeugdbestand.controleer(na.bestand())).isEmpty();
        long logNa = logVoor;
        for (int i = 0; i < 50 && logNa == logVoor; i++) {
            Thread.sleep(100);
            logNa = wijzigingenInLogboek(k2.bsn());
        }
        assertThat(logNa).as("the change is in the jeugdige's Logboek").isGreaterThan(logVoor);
        assertThat(wijzigingenInLogboek(k1.bsn())).as("the product's change too, for each of its jeugdigen").isPositive();

        HttpClient beleid = ingelogd("beleid");
        String pagina = pagina(beleid, "/sturing/cbs-jeugd?jaar=2016&halfjaar=1").body();
        assertThat(pagina).contains("Wat heeft u aangevuld?", "id=\"wijzigen-T-" + ids.get("k2") + "-VERWIJZER\"", "Hiervoor was het 03 ", "Gewijzigd door Bram de Vries",
                "id=\"product-46-46A01\"", "Hiervoor was het 14 Met verblijf: ander verblijf bij een aanbieder.", "/sturing/cbs-jeugd/wijzigen", "/sturing/cbs-jeugd/hulpvorm/wijzigen");
        assertThat(pagina).as("a Dutch label first, the protocol's name small beside it")
                .contains("Begindatum van de machtiging</span>", "<small class=\"protocolnaam\">DATUM_AANVANG_MACHTIGING</small>");
    }

    private long wijzigingenInLogboek(String bsn) {
        return jdbc.sql("select count(*) from verwerking where gemeente_code = '0632' and handeling = 'WIJZIGEN' and actor = 'beleid' and betrokkene_bsn = ?")
                .param(bsn).query(Long.class).single();
    }

    private static String sleutel(long bronId) {
        return ids.entrySet().stream().filter(e -> e.getValue() == bronId).map(Map.Entry::getKey).findFirst().orElse("?");
    }

    @Test
    void aPeriodWithoutDataSaysSoAndOnlyBeleidMayProduceTheDelivery() {
        Levering leeg = cbs.levering(BELEID, new Periode(1999, 2));
        assertThat(leeg.regels()).isEmpty();
        assertThat(leeg.leeg()).isTrue();
        assertThat(leeg.waarschuwingen()).anyMatch(w -> w.startsWith("Er zijn voor deze periode geen gegevens"));
        assertThat(CbsJeugdbestand.controleer(leeg.bestand())).isEmpty();
        assertThatThrownBy(() -> cbs.levering(BESTUUR, PERIODE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageTheDownloadIsLoggedAndOtherRolesAreRefused() throws Exception {
        HttpClient beleid = ingelogd("beleid");
        HttpResponse<String> pagina = pagina(beleid, "/sturing/cbs-jeugd?jaar=2016&halfjaar=1");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<h1>Beleidsinformatie Jeugd (CBS)</h1>", "Wat ontbreekt er nog?", "JH/JB-1 2016",
                "/sturing/cbs-jeugd/bestand?jaar=2016&amp;halfjaar=1");
        assertThat(pagina(beleid, "/sturing/cbs-jeugd?jaar=abc&halfjaar=3").body()).contains("class=\"foutoverzicht\"", "Kies een jaar tussen 2015");
        long voor = exports();
        HttpResponse<byte[]> bestand = beleid.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/cbs-jeugd/bestand?jaar=2016&halfjaar=1")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bestand.statusCode()).isEqualTo(200);
        assertThat(bestand.headers().firstValue("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).contains("cbs-jeugd-0632-2016-1.txt"));
        assertThat(CbsJeugdbestand.controleer(bestand.body())).isEmpty();
        assertThat(new String(bestand.body(), StandardCharsets.US_ASCII)).contains(kinderen.get(0).bsn());
        long na = voor;
        for (int i = 0; i < 50 && na == voor; i++) {
            Thread.sleep(100);
            na = exports();
        }
        assertThat(na).as("the download is in the Logboek, a line per jeugdige").isGreaterThan(voor);
        assertThat(pagina(beleid, "/sturing/cbs-jeugd/bestand?jaar=abc&halfjaar=1").statusCode()).isEqualTo(400);
        for (String ander : List.of("bestuur", "beheer", "jeugdconsulent")) {
            HttpClient b = ingelogd(ander);
            assertThat(pagina(b, "/sturing/cbs-jeugd").statusCode()).as(ander).isEqualTo(403);
            assertThat(pagina(b, "/sturing/cbs-jeugd/bestand?jaar=2016&halfjaar=1").statusCode()).as(ander).isEqualTo(403);
        }
    }

    private long exports() {
        return jdbc.sql("select count(*) from verwerking where gemeente_code = '0632' and handeling = 'EXPORTEREN' and bron = ?")
                .param("GET /sturing/cbs-jeugd/bestand").query(Long.class).single();
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina(browser, "/inloggen").body());
        assertThat(m.find()).isTrue();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=demo&_csrf="
                        + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    private HttpResponse<String> pagina(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
