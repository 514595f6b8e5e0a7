package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.demo.Demoverloop;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The flow per team and per law: exact figures for cases this test writes in Montfoort in 2011 (a year no other data touches), and
 * for the demo course of Woerden, whose every step is known from {@link Demoverloop}; nothing of another municipality.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorloopIT {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final int JAAR = 2011;

    @Autowired Doorloop doorloop;
    @Autowired Demoverloop demo;
    @Autowired Gemeenten gemeenten;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    long jeugdteam;
    long wmoteam;

    /** Six cases in Montfoort: A and B of the Jeugdteam, C to F of the Wmo-team. Days between steps in the comments. */
    @BeforeAll
    void montfoort2011() {
        jeugdteam = gemeenten.teamVoor("0335", Doelgroep.JEUGD).id();
        wmoteam = gemeenten.teamVoor("0335", Doelgroep.WMO).id();
        if (jdbc.sql("select count(*) from melding where gemeente_code = '0335' and ontvangen_datum < ?").param(LocalDate.of(JAAR + 1, 1, 1))
                .query(Long.class).single() > 0) {
            return;
        }
        // A: gesprek +10, plan +10 (informal and formal), besluit +14 in time, ZIN, assigned the next day, start +10 after that, stopped
        // early by the client in October; procesregie
        long a = zaak(jeugdteam, Regievorm.PROCESREGIE, d(3, 1));
        melding(a, jeugdteam, d(3, 1), WettelijkeTermijn.JEUGD_BESLISSING, d(3, 11));
        plan(a, d(3, 21), true, true);
        long aanvraagA = aanvraag(a, jeugdteam, Wet.JEUGDWET, d(3, 21), WettelijkeTermijn.JEUGD_BESCHIKKING);
        besluit(aanvraagA, a, Wet.JEUGDWET, d(4, 4), "TOEKENNING", "ZIN");
        toewijzing(a, "IJW", "Jeugdhulp Montfoort Test", d(4, 4), d(4, 5), d(4, 15), d(10, 3), "32");
        // B: gesprek +59 (after the 8 weeks), plan +10 (formal only), besluit +72 (after the 8 weeks), PGB
        long b = zaak(jeugdteam, Regievorm.CASUSREGIE, d(5, 2));
        melding(b, jeugdteam, d(5, 2), WettelijkeTermijn.JEUGD_BESLISSING, d(6, 30));
        plan(b, d(7, 10), false, true);
        long aanvraagB = aanvraag(b, jeugdteam, Wet.JEUGDWET, d(7, 10), WettelijkeTermijn.JEUGD_BESCHIKKING);
        besluit(aanvraagB, b, Wet.JEUGDWET, d(9, 20), "TOEKENNING", "PGB");
        // C: gesprek +7, plan +10 (informal and formal), besluit +11 in time, ZIN, start 20 days after the toewijzing
        long c = zaak(wmoteam, Regievorm.CASUSREGIE, d(2, 1));
        melding(c, wmoteam, d(2, 1), WettelijkeTermijn.WMO_ONDERZOEK, d(2, 8));
        plan(c, d(2, 18), true, true);
        long aanvraagC = aanvraag(c, wmoteam, Wet.WMO, d(2, 18), WettelijkeTermijn.WMO_BESCHIKKING);
        besluit(aanvraagC, c, Wet.WMO, d(3, 1), "TOEKENNING", "ZIN");
        toewijzing(c, "IWMO", "Wmo Montfoort Test", d(3, 1), d(3, 2), d(3, 22), null, null);
        // D: still waiting for the gesprek; procesregie
        long dd = zaak(wmoteam, Regievorm.PROCESREGIE, d(6, 1));
        melding(dd, wmoteam, d(6, 1), WettelijkeTermijn.WMO_ONDERZOEK, null);
        // E: gesprek +4, plan +15 with informal help only: no aanvraag
        long e = zaak(wmoteam, Regievorm.CASUSREGIE, d(4, 1));
        melding(e, wmoteam, d(4, 1), WettelijkeTermijn.WMO_ONDERZOEK, d(4, 5));
        plan(e, d(4, 20), true, false);
        // F: gesprek +10, plan +4 (formal), refused +31 days after the aanvraag, after the 2 weeks
        long f = zaak(wmoteam, Regievorm.CASUSREGIE, d(7, 1));
        melding(f, wmoteam, d(7, 1), WettelijkeTermijn.WMO_ONDERZOEK, d(7, 11));
        plan(f, d(7, 15), false, true);
        long aanvraagF = aanvraag(f, wmoteam, Wet.WMO, d(7, 15), WettelijkeTermijn.WMO_BESCHIKKING);
        besluit(aanvraagF, f, Wet.WMO, d(8, 15), "AFWIJZING", null);
    }

    @Test
    void theWholeMunicipalityCountsEveryCaseWithMediansAndSharesPerLaw() {
        Doorloop.Overzicht o = doorloop.overzicht("0335", JAAR);
        assertThat(o.teamNaam()).isNull();
        assertThat(o.meldingen()).isEqualTo(6);
        assertThat(o.stappen()).extracting(Doorloop.Stap::aantal, Doorloop.Stap::mediaanDagen, Doorloop.Stap::p80Dagen).containsExactly(
                tuple(5L, 10L, 10L), tuple(5L, 10L, 10L), tuple(3L, 14L, 72L), tuple(2L, 11L, 21L), tuple(2L, 45L, 49L));
        assertThat(aandelen(o)).containsExactly(
                Map.entry("Gesprek binnen de wettelijke termijn", List.of(4L, 5L)),
                Map.entry("Besluit binnen de wettelijke termijn", List.of(2L, 4L)),
                Map.entry("Zorg in natura", List.of(2L, 3L)),
                Map.entry("Persoonsgebonden budget", List.of(1L, 3L)),
                Map.entry("Plannen met informele én formele hulp", List.of(2L, 5L)),
                Map.entry("Zaken met procesregie", List.of(2L, 6L)));
        assertThat(o.perWet()).extracting(Doorloop.PerWet::wet, Doorloop.PerWet::besluiten, Doorloop.PerWet::binnenTermijn, Doorloop.PerWet::zin,
                Doorloop.PerWet::pgb).containsExactly(tuple(Wet.JEUGDWET, 2L, 1L, 1L, 1L), tuple(Wet.WMO, 2L, 1L, 1L, 0L));
        assertThat(o.perWet().get(0).procentPgb()).isEqualByComparingTo("50.0");
        assertThat(o.perWet().get(1).procentBinnenTermijn()).isEqualByComparingTo("50.0");
        assertThat(o.wachttijden()).extracting(Doorloop.Wachttijd::aanbieder, Doorloop.Wachttijd::starts, Doorloop.Wachttijd::mediaanDagen)
                .containsExactly(tuple("Jeugdhulp Montfoort Test", 1L, 10L), tuple("Wmo Montfoort Test", 1L, 20L));
        assertThat(o.uitstroom()).singleElement().satisfies(u -> {
            assertThat(u.maand()).isEqualTo(10);
            assertThat(u.reden()).startsWith("32 ");
            assertThat(u.aantal()).isEqualTo(1);
        });
    }

    @Test
    void aTeamSeesOnlyItsOwnCasesAndLaws() {
        Doorloop.Overzicht jeugd = doorloop.overzicht("0335", JAAR, jeugdteam);
        assertThat(jeugd.teamNaam()).isEqualTo(gemeenten.teamVoor("0335", Doelgroep.JEUGD).naam());
        assertThat(jeugd.meldingen()).isEqualTo(2);
        assertThat(jeugd.stappen()).extracting(Doorloop.Stap::aantal, Doorloop.Stap::mediaanDagen, Doorloop.Stap::p80Dagen).containsExactly(
                tuple(2L, 10L, 59L), tuple(2L, 10L, 10L), tuple(2L, 14L, 72L), tuple(1L, 11L, 11L), tuple(1L, 45L, 45L));
        assertThat(aandelen(jeugd).values()).containsExactly(List.of(1L, 2L), List.of(1L, 2L), List.of(1L, 2L), List.of(1L, 2L), List.of(1L, 2L),
                List.of(1L, 2L));
        assertThat(jeugd.perWet()).extracting(Doorloop.PerWet::wet).containsExactly(Wet.JEUGDWET);
        assertThat(jeugd.wachttijden()).extracting(Doorloop.Wachttijd::aanbieder).containsExactly("Jeugdhulp Montfoort Test");
        assertThat(jeugd.uitstroom()).as("the Jeugdwet care that stopped").extracting(Doorloop.Uitstroom::maand).containsExactly(10);

        Doorloop.Overzicht wmo = doorloop.overzicht("0335", JAAR, wmoteam);
        assertThat(wmo.meldingen()).isEqualTo(4);
        assertThat(wmo.stappen()).extracting(Doorloop.Stap::aantal, Doorloop.Stap::mediaanDagen).containsExactly(
                tuple(3L, 7L), tuple(3L, 10L), tuple(1L, 11L), tuple(1L, 21L), tuple(1L, 49L));
        assertThat(aandelen(wmo).values()).containsExactly(List.of(3L, 3L), List.of(1L, 2L), List.of(1L, 1L), List.of(0L, 1L), List.of(1L, 3L),
                List.of(1L, 4L));
        assertThat(wmo.perWet()).extracting(Doorloop.PerWet::wet, Doorloop.PerWet::besluiten).containsExactly(tuple(Wet.WMO, 2L));
        assertThat(wmo.uitstroom()).as("no Wmo care stopped").isEmpty();
    }

    @Test
    void aTeamOfAnotherMunicipalityIsRefused() {
        assertThatThrownBy(() -> doorloop.overzicht("0632", JAAR, jeugdteam)).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(doorloop.overzicht("0632", JAAR).meldingen()).as("Woerden has no cases in " + JAAR).isZero();
    }

    /** Last year only the demo course has cases in Woerden: every figure equals what the course says, per team too. */
    @Test
    void lastYearsDemoCourseReachesEveryStepForBothTeams() {
        int vorig = LocalDate.now(clock).getYear() - 1;
        for (Long team : new Long[] {null, teamVoor(Doelgroep.JEUGD), teamVoor(Doelgroep.WMO)}) {
            List<Demoverloop.Demozaak> zaken = demo.zaken().stream().filter(z -> z.melding().getYear() == vorig)
                    .filter(z -> team == null || z.teamId() == team).toList();
            Doorloop.Overzicht o = doorloop.overzicht("0632", vorig, team);
            assertThat(o.meldingen()).as("team %s", team).isEqualTo(zaken.size());
            List<Doorloop.Stap> verwacht = verwachteStappen(zaken);
            assertThat(o.stappen()).as("team %s", team).isEqualTo(verwacht);
            assertThat(verwacht).as("the demo reaches every step").allSatisfy(s -> assertThat(s.aantal()).isPositive());

            List<Demoverloop.Demozaak> besluiten = demo.zaken().stream().filter(z -> z.besluit() != null && z.besluit().getYear() == vorig)
                    .filter(z -> team == null || z.teamId() == team).toList();
            long binnen = besluiten.stream().filter(z -> !z.besluit().isAfter(beschikkingstermijn(z).einde(z.aanvraag()))).count();
            long pgb = besluiten.stream().filter(z -> z.toegekend() && z.pgb()).count();
            long metVorm = besluiten.stream().filter(Demoverloop.Demozaak::toegekend).count();
            List<Demoverloop.Demozaak> plannen = demo.zaken().stream().filter(z -> z.plan() != null && z.plan().getYear() == vorig)
                    .filter(z -> team == null || z.teamId() == team).toList();
            long procesregie = demo.zaken().stream().filter(z -> z.melding().getYear() <= vorig && (team == null || z.teamId() == team))
                    .filter(z -> z.regievorm() == Regievorm.PROCESREGIE).count();
            Map<String, List<Long>> aandelen = aandelen(o);
            assertThat(aandelen.get("Besluit binnen de wettelijke termijn")).isEqualTo(List.of(binnen, (long) besluiten.size()));
            assertThat(aandelen.get("Persoonsgebonden budget")).isEqualTo(List.of(pgb, metVorm));
            assertThat(aandelen.get("Zorg in natura")).isEqualTo(List.of(metVorm - pgb, metVorm));
            assertThat(aandelen.get("Plannen met informele én formele hulp"))
                    .isEqualTo(List.of(plannen.stream().filter(z -> z.informeel() && z.formeel()).count(), (long) plannen.size()));
            assertThat(aandelen.get("Zaken met procesregie").getFirst()).isEqualTo(procesregie);
            assertThat(List.of(pgb, metVorm - pgb, procesregie)).as("ZIN, PGB and procesregie all occur").allSatisfy(n -> assertThat(n).isPositive());
            assertThat(binnen).as("some decisions pass the legal term").isLessThan(besluiten.size());
        }
        assertThat(doorloop.overzicht("0632", vorig).perWet()).extracting(Doorloop.PerWet::wet).containsExactly(Wet.JEUGDWET, Wet.WMO);
        assertThat(doorloop.overzicht("0632", vorig).uitstroom()).as("care of last year's course that ended").isNotEmpty();
    }

    /** This year other tests add cases too: the demo course is a floor, and some of its meldingen still wait for a gesprek. */
    @Test
    void thisYearsDemoCourseReachesEveryStepAndSomeStillWait() {
        int jaar = LocalDate.now(clock).getYear();
        for (Long team : new Long[] {teamVoor(Doelgroep.JEUGD), teamVoor(Doelgroep.WMO)}) {
            List<Demoverloop.Demozaak> zaken = demo.zaken().stream().filter(z -> z.melding().getYear() == jaar && z.teamId() == team).toList();
            List<Doorloop.Stap> verwacht = verwachteStappen(zaken);
            Doorloop.Overzicht o = doorloop.overzicht("0632", jaar, team);
            for (int i = 0; i < verwacht.size(); i++) {
                assertThat(verwacht.get(i).aantal()).as("the demo reaches step %d", i).isPositive();
                assertThat(o.stappen().get(i).aantal()).isGreaterThanOrEqualTo(verwacht.get(i).aantal());
            }
        }
        assertThat(demo.zaken()).as("waiting for a gesprek").anyMatch(z -> z.melding().getYear() == jaar && z.gesprek() == null);
        assertThat(demo.zaken()).as("waiting for a decision").anyMatch(z -> z.aanvraag() != null && z.besluit() == null);
    }

    @Test
    void theDemoYearHasWaitingTimesPerProviderAndOutflowWithReasons() {
        int jaar = LocalDate.now(clock).getYear();
        Doorloop.Overzicht o = doorloop.overzicht("0632", jaar);
        assertThat(o.wachttijden()).filteredOn(w -> w.aanbieder().equals("Zorg Dichtbij Woerden")).singleElement().satisfies(w -> {
            assertThat(w.starts()).as("the demo's Wmo deliveries that started this year").isGreaterThan(50);
            assertThat(w.mediaanDagen()).as("the demo starts 3 to 27 days after the toewijzing").isBetween(3L, 27L);
            assertThat(w.p80Dagen()).isGreaterThanOrEqualTo(w.mediaanDagen());
        });
        assertThat(o.uitstroom()).anySatisfy(u -> assertThat(u.reden()).isEqualTo("31 Levering is volgens plan beëindigd"));
        assertThat(doorloop.overzicht("0335", jaar).wachttijden()).as("Montfoort has no demo deliveries of Woerden").isEmpty();
    }

    private long teamVoor(Doelgroep doelgroep) {
        return gemeenten.teamVoor("0632", doelgroep).id();
    }

    private static WettelijkeTermijn beschikkingstermijn(Demoverloop.Demozaak z) {
        return z.doelgroep() == Doelgroep.JEUGD ? WettelijkeTermijn.JEUGD_BESCHIKKING : WettelijkeTermijn.WMO_BESCHIKKING;
    }

    private static List<Doorloop.Stap> verwachteStappen(List<Demoverloop.Demozaak> zaken) {
        Predicate<Demoverloop.Demozaak> besloten = z -> z.besluit() != null && z.toegekend();
        return List.of(
                stap("Melding", "Gesprek (onderzoek)", zaken, z -> true, Demoverloop.Demozaak::melding, z -> z.gesprek() != null,
                        Demoverloop.Demozaak::gesprek),
                stap("Gesprek (onderzoek)", "Plan met akkoord", zaken, z -> z.gesprek() != null, Demoverloop.Demozaak::gesprek,
                        z -> z.plan() != null, Demoverloop.Demozaak::plan),
                stap("Plan met akkoord", "Besluit", zaken, z -> z.plan() != null, Demoverloop.Demozaak::plan, besloten,
                        Demoverloop.Demozaak::besluit),
                stap("Besluit", "Start van de hulp", zaken, besloten, Demoverloop.Demozaak::besluit, z -> z.start() != null,
                        Demoverloop.Demozaak::start),
                stap("Melding", "Start van de hulp", zaken, z -> true, Demoverloop.Demozaak::melding, z -> z.start() != null,
                        Demoverloop.Demozaak::start));
    }

    private static Doorloop.Stap stap(String van, String naar, List<Demoverloop.Demozaak> zaken, Predicate<Demoverloop.Demozaak> heeftVan,
                                      Function<Demoverloop.Demozaak, LocalDate> vanaf, Predicate<Demoverloop.Demozaak> heeftTot,
                                      Function<Demoverloop.Demozaak, LocalDate> tot) {
        List<Long> dagen = new ArrayList<>();
        zaken.stream().filter(heeftVan.and(heeftTot)).forEach(z -> dagen.add(ChronoUnit.DAYS.between(vanaf.apply(z), tot.apply(z))));
        return new Doorloop.Stap(van, naar, dagen.size(), Doorloop.percentiel(dagen, 50), Doorloop.percentiel(dagen, 80));
    }

    private static Map<String, List<Long>> aandelen(Doorloop.Overzicht o) {
        Map<String, List<Long>> aandelen = new java.util.LinkedHashMap<>();
        o.aandelen().forEach(a -> aandelen.put(a.wat(), List.of(a.aantal(), a.van())));
        return aandelen;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... waarden) {
        return org.assertj.core.groups.Tuple.tuple(waarden);
    }

    private static LocalDate d(int maand, int dag) {
        return LocalDate.of(JAAR, maand, dag);
    }

    private static Timestamp om(LocalDate dag) {
        return Timestamp.from(dag.atTime(10, 0).atZone(NEDERLAND).toInstant());
    }

    private long invoegen(JdbcClient.StatementSpec sql) {
        var sleutel = new GeneratedKeyHolder();
        sql.update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private long zaak(long team, Regievorm vorm, LocalDate geopend) {
        return invoegen(jdbc.sql("""
                insert into zaak (versie, gemeente_code, huishouden_id, lead_team_id, open, geopend_op, regievorm, gesloten_op)
                values (0, '0335', 990000, ?, false, ?, ?, ?)""").params(team, om(geopend), vorm.name(), om(LocalDate.of(JAAR, 12, 31))));
    }

    private void melding(long zaak, long team, LocalDate ontvangen, WettelijkeTermijn termijn, LocalDate gesprek) {
        long melding = invoegen(jdbc.sql("""
                insert into melding (versie, gemeente_code, persoon_bsn, huishouden_id, ingediend_door, omschrijving, urgentie, schulden, dreiging,
                    contactvoorkeur, kanaal, ontvangen_op, ontvangen_datum, termijn, termijn_einde, risico_datum, team_id, zaak_id, status)
                values (0, '0335', '000000000', 990000, 'test', 'Doorlooptest', 'NORMAAL', false, false, 'TELEFOON', 'ONLINE', ?, ?, ?, ?, ?, ?, ?,
                    'ONTVANGEN')""")
                .params(om(ontvangen), ontvangen, termijn.name(), termijn.einde(ontvangen), termijn.einde(ontvangen), team, zaak));
        if (gesprek != null) {
            jdbc.sql("""
                    insert into onderzoek (gemeente_code, melding_id, zaak_id, persoon_bsn, gehouden_op, professional, professional_naam, vastgelegd_op)
                    values ('0335', ?, ?, '000000000', ?, 'test', 'Test', ?)""").params(melding, zaak, gesprek, om(gesprek)).update();
        }
    }

    private void plan(long zaak, LocalDate akkoord, boolean informeel, boolean formeel) {
        long plan = invoegen(jdbc.sql("""
                insert into plan (gemeente_code, zaak_id, huishouden_id, versienummer, gewijzigd_door_naam, gewijzigd_op, akkoord_versie, akkoord_op,
                    akkoord_door_naam) values ('0335', ?, 990000, 1, 'Test', ?, 1, ?, 'Test')""").params(zaak, om(akkoord), om(akkoord)));
        long doel = invoegen(jdbc.sql("""
                insert into doel (plan_id, gemeente_code, omschrijving, levensgebied, regeling, evaluatie_maanden, volgende_evaluatie, actief)
                values (?, '0335', 'Doel', 'DAGBESTEDING', 'GEEN', 6, ?, true)""").params(plan, akkoord.plusMonths(6)));
        if (informeel) {
            actie(doel, "NETWERK", akkoord);
        }
        if (formeel) {
            actie(doel, "AANBIEDER", akkoord);
        }
    }

    private void actie(long doel, String uitvoerder, LocalDate vanaf) {
        jdbc.sql("insert into actie (doel_id, gemeente_code, omschrijving, uitvoerder, vanaf, actief) values (?, '0335', 'Actie', ?, ?, true)")
                .params(doel, uitvoerder, vanaf).update();
    }

    private long aanvraag(long zaak, long team, Wet wet, LocalDate ontvangen, WettelijkeTermijn termijn) {
        return invoegen(jdbc.sql("""
                insert into aanvraag (gemeente_code, zaak_id, team_id, persoon_bsn, wet, omschrijving, ingediend_door, ontvangen_datum, termijn_einde,
                    besloten) values ('0335', ?, ?, '000000000', ?, 'Aanvraag', 'test', ?, ?, true)""")
                .params(zaak, team, wet.name(), ontvangen, termijn.einde(ontvangen)));
    }

    private void besluit(long aanvraag, long zaak, Wet wet, LocalDate genomen, String uitkomst, String vorm) {
        jdbc.sql("""
                insert into beschikking (gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, motivering, vorm, status, genomen_door,
                    genomen_door_naam, genomen_op) values ('0335', ?, ?, '000000000', ?, ?, 'Test', ?, 'VASTGESTELD', 'test', 'Test', ?)""")
                .params(aanvraag, zaak, wet.name(), uitkomst, vorm, om(genomen)).update();
    }

    private void toewijzing(long zaak, String standaard, String aanbieder, LocalDate ingang, LocalDate toegewezen, LocalDate start,
                            LocalDate gestopt, String reden) {
        jdbc.sql("""
                insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, zaak_id, persoon_bsn, aanbieder_agb, aanbieder_naam,
                    productcategorie, ingangsdatum, toegewezen_op, levering, levering_begindatum, levering_einddatum, reden_beeindiging)
                values ('0335', ?, nextval('toewijzing_nummer_seq'), ?, '000000000', '42429999', ?, '45', ?, ?, ?, ?, ?, ?)""")
                .params(standaard, zaak, aanbieder, ingang, om(toegewezen), gestopt == null ? "GESTART" : "GESTOPT", start, gestopt, reden).update();
    }
}
