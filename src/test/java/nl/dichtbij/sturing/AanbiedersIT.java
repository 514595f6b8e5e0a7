package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contractregels;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.berichten.Aanbiedercijfers.Aanbiedercijfer;
import nl.dichtbij.berichten.Aanbiedercijfers.Lijst;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroomgroep;
import nl.dichtbij.berichten.Declaratieovername;
import nl.dichtbij.berichten.Declaratieovername.OvergenomenDeclaratie;
import nl.dichtbij.berichten.Declaratieovername.Prestatie;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verzoek;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Inrichting;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider figures (issue 17) in a municipality of this test's own ("Aanbiedersdorp", 0358), last year. Every number follows
 * from {@link #gegevens()}:
 * <ul>
 * <li>Zorg Groot (Jeugdwet, contract norm 28 days): 6 children, 6 new toewijzingen from 1 February, 2 of them end 30 September;
 * starts 10, 20, 30, 40, 50, 60 days after the toewijzing (median 35); stops 31, 31, 33, 38; €1,000 each declared (€6,000);
 * verzoeken om toewijzing 2 granted and 1 refused, 1 verzoek om wijziging open (and one of the year before); escalations 2
 * (1 open) and one about no provider.</li>
 * <li>Jeugdhulp Midden (Jeugdwet, norm 14): 2 children with toewijzingen from the year before that end 30 June, one stopped
 * temporarily (20: no outflow); €1,000 each (€2,000); 1 open escalation.</li>
 * <li>Thuishulp Klein (Wmo): 3 adults, new from 1 March, €500 each (€1,500); one verzoek om toewijzing in onderzoek.</li>
 * <li>Begeleiding Mini (Wmo): 1 adult who is also a client of Thuishulp Klein, new from 1 April ending 31 December, €500.</li>
 * </ul>
 * Together €10,000 for 11 clients: 60%, 20% (cumulative 80%: the 80% group is the first two), 15% and 5%.
 */
@IntegratieTest
public class AanbiedersIT {

    static final String GEMEENTE = "0358";
    private static final String GROOT = "42880001";
    private static final String MIDDEN = "42880002";
    private static final String KLEIN = "42880003";
    private static final String MINI = "42880004";
    private static final String BRON = "AANBIT";
    private static final java.util.concurrent.atomic.AtomicInteger TELLER = new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort int port;
    @Autowired Aanbiedersoverzicht overzicht;
    @Autowired Aanbiedercijfers cijfers;
    @Autowired Inrichting inrichting;
    @Autowired Gemeenten gemeenten;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Aanbiedersregister register;
    @Autowired Aanbod aanbod;
    @Autowired Contracten contracten;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Declaratieovername declaraties;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaakovername zaken;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    public static int jaar(Clock clock) {
        return LocalDate.now(clock).getYear() - 1;
    }

    private int jaar() {
        return jaar(clock);
    }

    private static Gebruiker gebruiker(Rol rol) {
        return new Gebruiker(rol.name().toLowerCase() + "-aanbiedersdorp", null, "Test " + rol, rol, GEMEENTE, null, null);
    }

    @BeforeEach
    public void gegevens() {
        synchronized (AanbiedersIT.class) {
            inrichten(inrichting, gemeenten, wachtwoorden, register, aanbod);
            if (toewijzingen.overgenomenMetReferentie(GEMEENTE, BRON)) {
                return;
            }
            int j = jaar();
            Gebruiker beleid = gebruiker(Rol.BELEID);
            contracten.vastleggen(beleid, new Contractregels.Gegevens("AD-JW-GROOT", null, aanbod.aanbiederMetAgb(GROOT).orElseThrow().id(), Wet.JEUGDWET,
                    Inkoopmodel.AANBESTEDING, LocalDate.of(j - 1, 1, 1), null, null, false, 28, List.of()));
            contracten.vastleggen(beleid, new Contractregels.Gegevens("AD-JW-MIDDEN", null, aanbod.aanbiederMetAgb(MIDDEN).orElseThrow().id(),
                    Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, LocalDate.of(j - 1, 1, 1), null, null, false, 14, List.of()));

            List<Prestatie> groot = new ArrayList<>();
            String[] stops = {"31", "31", "33", "38", null, null};
            long huishoudenGroot = 0;
            for (int i = 0; i < 6; i++) {
                var h = Testhuishouden.in(GEMEENTE).volwassene(40).kind(10).inschrijven(inschrijvingen, clock);
                huishoudenGroot = h.huishoudenId();
                LocalDate ingang = LocalDate.of(j, 2, 1);
                LocalDate start = ingang.plusDays(10L * (i + 1));
                LocalDate stop = stops[i] == null ? null : LocalDate.of(j, 8 + i, 28);
                long id = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, h.kind().bsn(), GROOT, "Zorg Groot B.V.", "45", "45A01", ingang,
                        i < 2 ? LocalDate.of(j, 9, 30) : LocalDate.of(j + 1, 1, 31), "G" + i, start, stop, stops[i]));
                groot.add(new Prestatie(id, h.kind().bsn(), "45", "45A01", LocalDate.of(j, 3, 1), LocalDate.of(j, 3, 31), 10, "04", 1_000_00, BRON + "G" + i));
            }
            declaratie(Wet.JEUGDWET, GROOT, "G", LocalDate.of(j, 3, 1), groot);

            List<Prestatie> midden = new ArrayList<>();
            long huishoudenMidden = 0;
            for (int i = 0; i < 2; i++) {
                var h = Testhuishouden.in(GEMEENTE).volwassene(40).kind(12).inschrijven(inschrijvingen, clock);
                huishoudenMidden = h.huishoudenId();
                LocalDate ingang = LocalDate.of(j - 1, 6, 1);
                long id = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, h.kind().bsn(), MIDDEN, "Jeugdhulp Midden", "45", "45A01", ingang,
                        LocalDate.of(j, 6, 30), "M" + i, ingang.plusDays(5), i == 0 ? LocalDate.of(j, 3, 1) : null, i == 0 ? "20" : null));
                midden.add(new Prestatie(id, h.kind().bsn(), "45", "45A01", LocalDate.of(j, 3, 1), LocalDate.of(j, 3, 31), 10, "04", 1_000_00, BRON + "M" + i));
            }
            declaratie(Wet.JEUGDWET, MIDDEN, "M", LocalDate.of(j, 3, 1), midden);

            List<Prestatie> klein = new ArrayList<>();
            String eersteVolwassene = null;
            for (int i = 0; i < 3; i++) {
                var h = Testhuishouden.in(GEMEENTE).volwassene(70).inschrijven(inschrijvingen, clock);
                eersteVolwassene = eersteVolwassene == null ? h.volwassene().bsn() : eersteVolwassene;
                long id = toewijzingen.overnemen(toewijzing(Wet.WMO, h.volwassene().bsn(), KLEIN, "Thuishulp Klein", "02", "02A01", LocalDate.of(j, 3, 1),
                        LocalDate.of(j + 1, 2, 28), "K" + i, null, null, null));
                klein.add(new Prestatie(id, h.volwassene().bsn(), "02", "02A01", LocalDate.of(j, 3, 1), LocalDate.of(j, 3, 31), 5, "04", 500_00, BRON + "K" + i));
            }
            declaratie(Wet.WMO, KLEIN, "K", LocalDate.of(j, 3, 1), klein);
            long mini = toewijzingen.overnemen(toewijzing(Wet.WMO, eersteVolwassene, MINI, "Begeleiding Mini", "02", "02A01", LocalDate.of(j, 4, 1),
                    LocalDate.of(j, 12, 31), "B0", null, null, null));
            declaratie(Wet.WMO, MINI, "B", LocalDate.of(j, 4, 1),
                    List.of(new Prestatie(mini, eersteVolwassene, "02", "02A01", LocalDate.of(j, 4, 1), LocalDate.of(j, 4, 30), 5, "04", 500_00, BRON + "B0")));

            verzoek(GROOT, Verzoek.Soort.TOEWIJZING, LocalDate.of(j, 2, 10), "BEANTWOORD", "TOEGEWEZEN");
            verzoek(GROOT, Verzoek.Soort.TOEWIJZING, LocalDate.of(j, 5, 10), "BEANTWOORD", "TOEGEWEZEN");
            verzoek(GROOT, Verzoek.Soort.TOEWIJZING, LocalDate.of(j, 6, 10), "BEANTWOORD", "AFGEWEZEN");
            verzoek(GROOT, Verzoek.Soort.WIJZIGING, LocalDate.of(j, 11, 10), "OPEN", "OPEN");
            verzoek(GROOT, Verzoek.Soort.TOEWIJZING, LocalDate.of(j - 1, 12, 30), "BEANTWOORD", "TOEGEWEZEN"); // the year before
            verzoek(KLEIN, Verzoek.Soort.TOEWIJZING, LocalDate.of(j, 7, 1), "IN_ONDERZOEK", "OPEN");

            long zaakGroot = zaak(huishoudenGroot, Doelgroep.JEUGD, j);
            long zaakMidden = zaak(huishoudenMidden, Doelgroep.JEUGD, j);
            escalatie(zaakGroot, "Zorg Groot", GROOT, LocalDate.of(j, 4, 1), true);
            escalatie(zaakGroot, "Zorg Groot", GROOT, LocalDate.of(j, 10, 1), false);
            escalatie(zaakGroot, "Woningcorporatie", null, LocalDate.of(j, 10, 2), false);
            escalatie(zaakMidden, "Jeugdhulp Midden", MIDDEN, LocalDate.of(j, 5, 1), false);
            escalatie(zaakMidden, "Jeugdhulp Midden", MIDDEN, LocalDate.of(j - 1, 5, 1), false); // the year before
        }
    }

    /** The municipality, its accounts (password "demo") and the four providers in the register: once per database. */
    static void inrichten(Inrichting inrichting, Gemeenten gemeenten, PasswordEncoder wachtwoorden, Aanbiedersregister register, Aanbod aanbod) {
        if (gemeenten.vind(GEMEENTE).isEmpty()) {
            inrichting.gemeenteInrichten("TEST-AANBIEDERS", "Testregio aanbieders", GEMEENTE, "Aanbiedersdorp");
        }
        String hash = null;
        for (Rol rol : List.of(Rol.BELEID, Rol.BESTUUR, Rol.AANBIEDER)) {
            String naam = rol.name().toLowerCase() + "-aanbiedersdorp";
            if (!inrichting.accountBestaat(naam)) {
                hash = hash == null ? wachtwoorden.encode("demo") : hash;
                inrichting.accountAanmaken(new Inrichting.NieuwAccount(naam, "Test " + rol.name().toLowerCase(), rol, GEMEENTE, null, null,
                        rol == Rol.AANBIEDER ? GROOT : null), hash);
            }
        }
        Gebruiker beheer = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
        String[][] aanbieders = {{GROOT, "Zorg Groot B.V."}, {MIDDEN, "Jeugdhulp Midden"}, {KLEIN, "Thuishulp Klein"}, {MINI, "Begeleiding Mini"}};
        for (String[] a : aanbieders) {
            if (aanbod.aanbiederMetAgb(a[0]).isEmpty()) {
                register.toevoegen(beheer, new Aanbiedersregister.Gegevens(a[0], "30" + a[0].substring(2), a[1], LocalDate.of(2015, 1, 1)));
            }
        }
    }

    private static OvergenomenToewijzing toewijzing(Wet wet, String bsn, String agb, String naam, String categorie, String code, LocalDate ingang,
                                                   LocalDate einde, String ref, LocalDate start, LocalDate stop, String reden) {
        return new OvergenomenToewijzing(GEMEENTE, wet, null, bsn, agb, naam, categorie, code, null, ingang, einde, 4, "04", "2", BRON + ref,
                ingang.atStartOfDay(ZoneOffset.UTC).plusHours(8).toInstant(), start, stop, reden);
    }

    private void declaratie(Wet wet, String agb, String nummer, LocalDate maand, List<Prestatie> prestaties) {
        declaraties.overnemen(new OvergenomenDeclaratie(GEMEENTE, wet, agb, BRON + nummer, maand, maand.withDayOfMonth(maand.lengthOfMonth()),
                maand.plusMonths(1).atStartOfDay(ZoneOffset.UTC).plusDays(9).toInstant(), 100_000_00, prestaties));
    }

    private void verzoek(String agb, Verzoek.Soort soort, LocalDate ontvangen, String status, String productstatus) {
        Timestamp op = Timestamp.from(ontvangen.atStartOfDay(ZoneOffset.UTC).plusHours(10).toInstant());
        String identificatie = BRON + String.format("%06d", (System.nanoTime() / 1000 + TELLER.incrementAndGet()) % 1_000_000);
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inkomend_bericht (afzender_agb, gemeente_code, berichtsoort, identificatie, dagtekening, xml, ontvangen_op, status, pogingen)
                        values (?, ?, ?, ?, ?, '<!-- test -->', ?, 'VERWERKT', 1)""")
                .params(agb, GEMEENTE, soort == Verzoek.Soort.TOEWIJZING ? "JW315" : "JW317", identificatie, ontvangen, op).update(sleutel, "id");
        long bericht = sleutel.getKeyAs(Number.class).longValue();
        var verzoeksleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into verzoek (gemeente_code, standaard, inkomend_bericht_id, soort, persoon_bsn, aanbieder_agb, referentie_aanbieder,
                            ontvangen_op, status) values (?, ?, ?, ?, '999999990', ?, ?, ?, ?)""")
                .params(GEMEENTE, agb.equals(KLEIN) ? "IWMO" : "IJW", bericht, soort.name(), agb, identificatie, op, status).update(verzoeksleutel, "id");
        long verzoek = verzoeksleutel.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into verzoek_product (verzoek_id, soort, status) values (?, ?, ?)")
                .params(verzoek, soort == Verzoek.Soort.TOEWIJZING ? "NIEUW" : "WIJZIGEN", productstatus).update();
    }

    private long zaak(long huishouden, Doelgroep doelgroep, int j) {
        return zaken.overnemen(new Zaakovername.OvergenomenZaak(GEMEENTE, huishouden, gemeenten.teamVoor(GEMEENTE, doelgroep).id(), Regievorm.PROCESREGIE,
                LocalDate.of(j, 1, 15).atStartOfDay(ZoneOffset.UTC).toInstant())).orElseThrow();
    }

    private void escalatie(long zaak, String partij, String agb, LocalDate op, boolean afgehandeld) {
        Instant moment = op.atStartOfDay(ZoneOffset.UTC).plusHours(11).toInstant();
        jdbc.sql("""
                        insert into escalatie (gemeente_code, zaak_id, partij, aanbieder_agb, besluit, waarom, uiterlijk, door, door_naam, vastgelegd_op,
                            afgehandeld_op, afhandeling) values (?, ?, ?, ?, 'Zorg starten', 'Het kind wacht te lang', ?, 'procesregisseur', 'Regisseur', ?, ?, ?)""")
                .params(GEMEENTE, zaak, partij, agb, op.plusDays(14), Timestamp.from(moment),
                        afgehandeld ? Timestamp.from(moment.plusSeconds(86_400)) : null, afgehandeld ? "Gestart" : null)
                .update();
    }

    // ---- the figures

    @Test
    void theEightyTwentyListWithSpendClientsAndShares() {
        Lijst l = overzicht.lijst(gebruiker(Rol.BELEID), jaar(), null);
        assertThat(l.onderdrukt()).isFalse();
        assertThat(l.besteedCenten()).isEqualTo(10_000_00);
        assertThat(l.clienten()).as("the client of two providers counts once").isEqualTo(11L);
        assertThat(l.aantalAanbieders()).isEqualTo(4);
        assertThat(l.aanbiedersIn8020()).isEqualTo(2);
        assertThat(l.procentAanbiedersIn8020()).isEqualByComparingTo("50.0");
        assertThat(l.procentBesteedIn8020()).isEqualByComparingTo("80.0");
        assertThat(l.aanbieders()).extracting(a -> a.plaats() + " " + a.naam() + " " + a.in8020() + " " + a.besteedCenten() + " " + a.procentBesteed()
                        + " " + a.procentCumulatief() + " " + a.clienten() + " " + a.besteedPerClientCenten() + " " + a.nieuweToewijzingen() + " "
                        + a.beeindigdeToewijzingen() + " " + a.escalaties() + " " + a.escalatiesOpen())
                .containsExactly(
                        "1 Zorg Groot B.V. true 600000 60.0 60.0 6 100000 6 2 2 1",
                        "2 Jeugdhulp Midden true 200000 20.0 80.0 2 100000 0 2 1 1",
                        "3 Thuishulp Klein false 150000 15.0 95.0 3 50000 3 0 0 0",
                        "4 Begeleiding Mini false 50000 5.0 100.0 1 50000 1 1 0 0");
    }

    @Test
    void outflowPerReasonWaitingTimeAgainstTheNormAndVerzoeken() {
        Lijst l = overzicht.lijst(gebruiker(Rol.BELEID), jaar(), null);
        Aanbiedercijfer groot = l.aanbieder(GROOT).orElseThrow();
        assertThat(groot.uitstroomTotaal()).isEqualTo(4L);
        assertThat(groot.uitstroom()).extracting(u -> u.reden() + " " + u.omschrijving() + " " + u.groep() + " " + u.aantal())
                .containsExactly("31 Levering is volgens plan beëindigd VOLGENS_PLAN 2", "33 Voortijdig afgesloten, door aanbieder VOORTIJDIG 1",
                        "38 Overstap naar andere aanbieder OVERSTAP 1");
        assertThat(groot.uitstroomPerGroep()).extracting(g -> g.groep() + " " + g.aantal() + " " + g.procent())
                .containsExactly("VOLGENS_PLAN 2 50.0", "VOORTIJDIG 1 25.0", "OVERSTAP 1 25.0", "ANDERS 0 0.0");
        assertThat(groot.wachttijden()).extracting(w -> w.wet() + " " + w.mediaanDagen() + " " + w.normDagen() + " " + w.contract() + " " + w.bovenNorm())
                .containsExactly("JEUGDWET 35 28 AD-JW-GROOT true");
        assertThat(groot.verzoeken()).extracting(v -> v.soort() + " " + v.ontvangen() + " " + v.toegekend() + " " + v.afgewezen() + " " + v.open())
                .containsExactly("TOEWIJZING 3 2 1 0", "WIJZIGING 1 0 0 1");

        Aanbiedercijfer midden = l.aanbieder(MIDDEN).orElseThrow();
        assertThat(midden.uitstroomTotaal()).as("a temporary stop (20) is no outflow").isZero();
        assertThat(midden.groep(Uitstroomgroep.VOLGENS_PLAN).procent()).isNull();
        assertThat(midden.wachttijden()).extracting(w -> w.wet() + " " + w.mediaanDagen() + " " + w.normDagen() + " " + w.bovenNorm())
                .containsExactly("JEUGDWET null 14 null");
        assertThat(l.aanbieder(KLEIN).orElseThrow().verzoeken(Verzoek.Soort.TOEWIJZING))
                .extracting(v -> v.ontvangen() + " " + v.open()).isEqualTo("1 1");
    }

    @Test
    void oneLawAtATime() {
        Lijst wmo = overzicht.lijst(gebruiker(Rol.BELEID), jaar(), Wet.WMO);
        assertThat(wmo.besteedCenten()).isEqualTo(2_000_00);
        assertThat(wmo.clienten()).isEqualTo(3L);
        assertThat(wmo.aanbieders()).extracting(a -> a.plaats() + " " + a.aanbiederAgb() + " " + a.procentBesteed() + " " + a.procentCumulatief() + " " + a.in8020())
                .containsExactly("1 " + KLEIN + " 75.0 75.0 true", "2 " + MINI + " 25.0 100.0 true");
        Lijst jeugd = overzicht.lijst(gebruiker(Rol.BELEID), jaar(), Wet.JEUGDWET);
        assertThat(jeugd.aanbieders()).extracting(Aanbiedercijfer::aanbiederAgb).containsExactly(GROOT, MIDDEN);
        assertThat(jeugd.aanbieders()).as("75% before Jeugdhulp Midden: it is needed to reach 80%").extracting(Aanbiedercijfer::in8020)
                .containsExactly(true, true);
        assertThat(jeugd.clienten()).isEqualTo(8L);
        assertThat(overzicht.lijst(gebruiker(Rol.BELEID), jaar() - 3, null).aanbieders()).as("a year without care").isEmpty();
    }

    @Test
    void theBoardSeesNoCountsUnderFiveAndTheProviderOnlyItself() {
        Lijst l = overzicht.lijst(gebruiker(Rol.BESTUUR), jaar(), null);
        assertThat(l.onderdrukt()).isTrue();
        assertThat(l.clienten()).isEqualTo(11L);
        assertThat(l.aanbieders()).extracting(a -> a.plaats() + " " + a.clienten() + " " + a.besteedCenten() + " " + a.procentCumulatief() + " "
                        + a.nieuweToewijzingen() + " " + a.beeindigdeToewijzingen() + " " + a.uitstroomTotaal() + " " + a.escalaties())
                .containsExactly("1 6 600000 60.0 6 null null null", "2 null null null 0 null 0 null", "3 null null null null 0 0 0",
                        "4 null null null null null 0 0");

        Aanbiedersoverzicht.Eigen eigen = overzicht.eigen(new Gebruiker("aanbieder-aanbiedersdorp", null, "Zorg Groot", Rol.AANBIEDER, GEMEENTE, null, null,
                GROOT, null), jaar(), null);
        assertThat(eigen.aantalAanbieders()).isEqualTo(4);
        assertThat(eigen.eigen()).hasValueSatisfying(a -> {
            assertThat(a.plaats()).isEqualTo(1);
            assertThat(a.clienten()).as("its own clients, not suppressed").isEqualTo(6L);
            assertThat(a.procentCumulatief()).isNull();
        });
        assertThatThrownBy(() -> overzicht.lijst(new Gebruiker("jeugdconsulent", null, "Jasmijn", Rol.CONSULENT, GEMEENTE, null, null), jaar(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overzicht.eigen(gebruiker(Rol.BELEID), jaar(), null)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- pages and API

    @Test
    void thePagesForBeleidTheBoardAndTheProvider() throws Exception {
        int j = jaar();
        HttpClient beleid = Inloggen.als(port, "beleid-aanbiedersdorp");
        HttpResponse<String> lijst = get(beleid, "/sturing/aanbieders?jaar=" + j);
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("<h1>Aanbieders in cijfers</h1>", "Zorg Groot B.V.", "Begeleiding Mini",
                "2 van de 4 aanbieders (50,0%) hadden samen 80,0% van de uitgaven", "6.000", "href=\"/sturing/aanbieders/" + GROOT + "?jaar=" + j)
                .doesNotContain("Proef").doesNotContain("&lt; 5");
        assertThat(lijst.body()).as("the names in the 80/20 table link to the provider's page")
                .contains("<th scope=\"row\"><a href=\"/sturing/aanbieders/" + GROOT + "?jaar=" + j + "\">Zorg Groot B.V.</a></th>");
        assertThat(get(beleid, "/sturing/aanbieders?jaar=" + j + "&wet=wmo").body()).as("for the same year and law")
                .contains("<th scope=\"row\"><a href=\"/sturing/aanbieders/" + KLEIN + "?jaar=" + j + "&amp;wet=wmo\">Thuishulp Klein</a></th>");
        HttpResponse<String> detail = get(beleid, "/sturing/aanbieders/" + GROOT + "?jaar=" + j + "&wet=jeugdwet");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Plaats 1 van 2 in de 80/20-lijst", "AD-JW-GROOT", "nee, langer dan de norm", "Levering is volgens plan beëindigd",
                "Verzoek om wijziging").doesNotContain("Proef");
        assertThat(detail.body()).as("the figures lead to the talks with the provider")
                .contains("href=\"/inkoop/aanbieders/" + aanbod.aanbiederMetAgb(GROOT).orElseThrow().id() + "/gesprekken\"");
        for (String zonder : List.of("/sturing/aanbieders/" + KLEIN + "?jaar=" + j + "&wet=jeugdwet", "/sturing/aanbieders/" + KLEIN + "?jaar=" + (j - 3))) {
            HttpResponse<String> geenCijfers = get(beleid, zonder);
            assertThat(geenCijfers.statusCode()).as("in the register, no figures: " + zonder).isEqualTo(200);
            assertThat(geenCijfers.body()).as(zonder).contains("<h1>Thuishulp Klein</h1>", "AGB-code " + KLEIN, "Er zijn geen cijfers van deze aanbieder in ",
                    "Kies hieronder een ander jaar of een andere wet.", "<select id=\"jaar\" name=\"jaar\">", "action=\"/sturing/aanbieders/" + KLEIN + "\"")
                    .doesNotContain("id=\"plaats\"");
        }
        assertThat(get(beleid, "/sturing/aanbieders/" + KLEIN + "?jaar=" + j + "&wet=jeugdwet").body()).contains("in " + j + " (Jeugdwet).");
        assertThat(get(beleid, "/sturing/aanbieders/99999999?jaar=" + j).statusCode()).as("not in the register").isEqualTo(404);
        assertThat(get(beleid, "/sturing/aanbieders?jaar=" + j + "&wet=participatiewet").body())
                .contains("Kies de Jeugdwet of de Wmo, of laat de wet leeg voor allebei.");
        assertThat(get(beleid, "/sturing/aanbieders/123?jaar=" + j).statusCode()).isEqualTo(404);

        HttpClient bestuur = Inloggen.als(port, "bestuur-aanbiedersdorp");
        HttpResponse<String> onderdrukt = get(bestuur, "/sturing/aanbieders?jaar=" + j);
        assertThat(onderdrukt.statusCode()).isEqualTo(200);
        assertThat(onderdrukt.body()).contains("&lt; 5", "Zorg Groot B.V.").doesNotContain("Proef");
        assertThat(get(bestuur, "/sturing/aanbieders/" + MIDDEN + "?jaar=" + j).body()).contains("&lt; 5");

        HttpClient aanbieder = Inloggen.als(port, "aanbieder-aanbiedersdorp");
        HttpResponse<String> eigen = get(aanbieder, "/aanbieder/cijfers?jaar=" + j);
        assertThat(eigen.statusCode()).isEqualTo(200);
        assertThat(eigen.body()).contains("Uw plaats in de lijst van de gemeente: 1 van 4 aanbieders", "Levering is volgens plan beëindigd")
                .doesNotContain("Jeugdhulp Midden", "Thuishulp Klein", "Begeleiding Mini", MIDDEN, KLEIN, MINI, "Proef");
        assertThat(get(aanbieder, "/aanbieder/berichten").body()).contains("href=\"/aanbieder/cijfers\"");
        assertThat(get(aanbieder, "/sturing/aanbieders?jaar=" + j).statusCode()).isEqualTo(403);
        assertThat(get(Inloggen.als(port, "jeugdconsulent"), "/sturing/aanbieders").statusCode()).isEqualTo(403);
        assertThat(get(beleid, "/aanbieder/cijfers").statusCode()).isEqualTo(403);
    }

    @Test
    void theApi() throws Exception {
        int j = jaar();
        HttpResponse<String> beleid = api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders?jaar=" + j + "&gemeente=" + GEMEENTE);
        assertThat(beleid.statusCode()).as(beleid.body()).isEqualTo(200);
        JsonNode l = json.readTree(beleid.body());
        assertThat(l.get("aanbiedersIn8020").asInt()).isEqualTo(2);
        assertThat(l.get("aanbieders").get(0).get("aanbiederAgb").asString()).isEqualTo(GROOT);
        assertThat(l.get("aanbieders").get(0).get("besteedPerClientCenten").asLong()).isEqualTo(100_000);
        HttpResponse<String> een = api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders/" + KLEIN + "?jaar=" + j + "&wet=wmo");
        assertThat(een.statusCode()).isEqualTo(200);
        assertThat(json.readTree(een.body()).get("plaats").asInt()).isEqualTo(1);
        JsonNode bestuur = json.readTree(api("bestuur-aanbiedersdorp", "/api/v1/sturing/aanbieders?jaar=" + j).body());
        assertThat(bestuur.get("aanbieders").get(1).get("clienten").isNull()).isTrue();
        assertThat(bestuur.get("aanbieders").get(1).get("onderdrukt").toString()).contains("clienten");
        assertThat(api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders?wet=participatiewet").statusCode()).isEqualTo(400);
        assertThat(api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders/123?jaar=" + j).statusCode()).isEqualTo(400);
        assertThat(api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders/99999999?jaar=" + j).statusCode()).isEqualTo(404);
        assertThat(api("beleid-aanbiedersdorp", "/api/v1/sturing/aanbieders?gemeente=0632").statusCode()).isEqualTo(404);
        assertThat(api("jeugdconsulent", "/api/v1/sturing/aanbieders").statusCode()).isEqualTo(403);
        assertThat(api("aanbieder-aanbiedersdorp", "/api/v1/sturing/aanbieders").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        String basis = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + basis).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
