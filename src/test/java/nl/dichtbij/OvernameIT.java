package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import nl.dichtbij.berichten.Declaratieovername;
import nl.dichtbij.berichten.Declaratieovername.OvergenomenDeclaratie;
import nl.dichtbij.berichten.Declaratieovername.Prestatie;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.besluit.Besluitovername;
import nl.dichtbij.besluit.Besluitovername.OvergenomenAanvraag;
import nl.dichtbij.besluit.Besluitovername.OvergenomenBeschikking;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.Planovername;
import nl.dichtbij.plan.Planovername.OvergenomenActie;
import nl.dichtbij.plan.Planovername.OvergenomenDoel;
import nl.dichtbij.plan.Planovername.OvergenomenPlan;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;
import nl.dichtbij.termijnen.Bezwaartermijnen;
import nl.dichtbij.termijnen.WettelijkeTermijn;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingovername;
import nl.dichtbij.toegang.Meldingovername.Gesprek;
import nl.dichtbij.toegang.Meldingovername.Opgepakt;
import nl.dichtbij.toegang.Meldingovername.OvergenomenMelding;
import nl.dichtbij.toegang.Meldingovername.Verder;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vervolg;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A household's running case taken over from a municipality's previous system, step by step, through each module's API for
 * history (docs/decisions/0021): every step on its own day, the terms from the law, nothing published as news, and what the
 * history breaks refused in Dutch with nothing stored.
 */
@IntegratieTest
class OvernameIT {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Autowired Zaakovername zaken;
    @Autowired Meldingovername meldingen;
    @Autowired Planovername plannen;
    @Autowired Besluitovername besluiten;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Declaratieovername declaraties;
    @Autowired Plannen planInzage;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aRunningCaseIsTakenOverStepByStepOnItsOwnDaysWithoutNews() {
        var huishouden = Testhuishouden.in("0632").volwassene(40).kind(10).inschrijven(inschrijvingen, clock);
        Persoon moeder = huishouden.volwassene();
        Persoon kind = huishouden.kind();
        String bron = "test-overname-" + huishouden.huishoudenId();
        long team = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate gemeld = vandaag.minusDays(100);
        long gebeurtenissen = jdbc.sql("select count(*) from event_publication").query(Long.class).single();

        OvergenomenZaak zaak = new OvergenomenZaak("0632", huishouden.huishoudenId(), team, Regievorm.CASUSREGIE, om(gemeld, 9));
        long zaakId = zaken.overnemen(zaak).orElseThrow();
        assertThat(zaken.overnemen(zaak)).as("the same case again is the case taken over before").contains(zaakId);
        assertThat(zaken.overnemen(new OvergenomenZaak("0632", huishouden.huishoudenId(), team, Regievorm.PROCESREGIE, om(gemeld.plusDays(1), 9))))
                .as("a household has one open case").isEmpty();

        LocalDate akkoord = gemeld.plusDays(20);
        LocalDate besloten = gemeld.plusDays(30);
        long meldingId = meldingen.overnemen(new OvergenomenMelding(vraag(kind, bron), "0632", huishouden.huishoudenId(), team, zaakId,
                om(gemeld, 9), new Opgepakt("jeugdconsulent", "Jasmijn Bakker", om(gemeld.plusDays(1), 10)),
                new Gesprek(gemeld.plusDays(10), om(gemeld.plusDays(10), 16)),
                List.of(new Verder(Vervolg.PLAN_AKKOORD, "Er is akkoord gegeven op het plan.", akkoord),
                        new Verder(Vervolg.BESLUIT, "Er is een besluit over uw aanvraag (Jeugdwet): toegekend.", besloten),
                        new Verder(Vervolg.HULP_GESTART, "Jeugdhulp Voorbeeld B.V. is begonnen met de hulp.", besloten.plusDays(10)))));
        var melding = jdbc.sql("select status, vervolg, termijn, termijn_einde, termijn_gehaald_op, behandelaar from melding where id = ?")
                .param(meldingId).query().singleRow();
        assertThat(melding.get("status")).isEqualTo("ONDERZOEK_AFGEROND");
        assertThat(melding.get("termijn")).as("a child's melding: the Jeugdwet's term").isEqualTo("JEUGD_BESLISSING");
        assertThat(((java.sql.Date) melding.get("termijn_einde")).toLocalDate()).isEqualTo(WettelijkeTermijn.JEUGD_BESLISSING.einde(gemeld));
        assertThat(melding.get("vervolg")).as("the question stands where it stood").isEqualTo("HULP_GESTART");
        assertThat(((java.sql.Date) melding.get("termijn_gehaald_op")).toLocalDate()).as("the Jeugdwet's term is met by the decision")
                .isEqualTo(besloten);
        assertThat(melding.get("behandelaar")).isEqualTo("jeugdconsulent");
        assertThat(jdbc.sql("select count(*) from melding_gebeurtenis where melding_id = ?").param(meldingId).query(Long.class).single())
                .as("received, picked up, gesprek, plan, decision, help: the resident's timeline").isEqualTo(6);

        plannen.overnemen(new OvergenomenPlan("0632", zaakId, huishouden.huishoudenId(), bron, "Jasmijn Bakker", om(akkoord, 11), moeder.naam(),
                List.of(new OvergenomenDoel("Weer elke dag naar school", kind.bsn(), Levensgebied.DAGBESTEDING, Regeling.JEUGDWET, 6,
                        List.of(new OvergenomenActie("Ambulante jeugdhulp", Uitvoerder.AANBIEDER, akkoord))))));
        Gebruiker alsMoeder = new Gebruiker("test-" + moeder.bsn(), null, moeder.naam(), Rol.INWONER, "0632", null, moeder.bsn());
        assertThat(planInzage.vanInwoner(alsMoeder)).as("the resident sees the plan taken over, agreed").hasValueSatisfying(p -> {
            assertThat(p.akkoordMetHuidigeVersie()).isTrue();
            assertThat(p.doelen()).singleElement().satisfies(d -> assertThat(d.volgendeEvaluatie()).isEqualTo(akkoord.plusMonths(6)));
        });

        long aanvraagId = besluiten.overnemen(aanvraag(zaakId, team, kind, bron, akkoord, new OvergenomenBeschikking(Uitkomst.TOEKENNING,
                "Uit het onderzoek blijkt dat de ondersteuning nodig is.", new Besluitovername.Product("45A01", "Ambulante jeugdhulp individueel", "45",
                        8, "04", "4"), besloten, besloten.plusYears(1).minusDays(1), Leveringsvorm.ZIN, "Jeugdhulp Voorbeeld B.V.", null,
                "jeugdconsulent", "Jasmijn Bakker", om(besloten, 14))));
        var besluit = jdbc.sql("select b.status, b.verzonden_datum, b.bezwaar_tot, a.besloten, a.termijn_einde from beschikking b "
                + "join aanvraag a on a.id = b.aanvraag_id where a.id = ?").param(aanvraagId).query().singleRow();
        assertThat(besluit.get("status")).isEqualTo("VASTGESTELD");
        assertThat(besluit.get("besloten")).isEqualTo(true);
        assertThat(((java.sql.Date) besluit.get("termijn_einde")).toLocalDate()).isEqualTo(WettelijkeTermijn.JEUGD_BESCHIKKING.einde(akkoord));
        assertThat(((java.sql.Date) besluit.get("bezwaar_tot")).toLocalDate()).as("the objection term from the day it was sent")
                .isEqualTo(Bezwaartermijnen.indienenUiterlijk(besloten));

        String referentie = "TO" + huishouden.huishoudenId();
        long toewijzingId = toewijzingen.overnemen(toewijzing(zaakId, kind, referentie, besloten, besloten.plusDays(10), null, null));
        assertThat(jdbc.sql("select levering from toewijzing where id = ?").param(toewijzingId).query(String.class).single()).isEqualTo("GESTART");
        declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.JEUGDWET, "42420001", "T" + huishouden.huishoudenId() % 100_000_000_000L,
                besloten.plusDays(10), besloten.plusDays(20), om(besloten.plusDays(25), 9), 80_000,
                List.of(new Prestatie(toewijzingId, kind.bsn(), "45", "45A01", besloten.plusDays(10), besloten.plusDays(20), 8, "04", 60_000, "P" + huishouden.huishoudenId()))));
        assertThat(jdbc.sql("select toegekend_centen from declaratie where aanbieder_agb = '42420001' and declaratie_nummer = ?")
                .param("T" + huishouden.huishoudenId() % 100_000_000_000L).query(Long.class).single()).isEqualTo(60_000L);

        assertThat(meldingen.overgenomenUit("0632", bron)).isTrue();
        assertThat(meldingen.overgenomenUit("0335", bron)).as("per municipality").isFalse();
        assertThat(plannen.overgenomenUit("0632", bron)).isTrue();
        assertThat(besluiten.overgenomenUit("0632", bron)).isTrue();
        assertThat(toewijzingen.overgenomenMetReferentie("0632", referentie)).isTrue();
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
                .as("history is not news: no event, so no letter, no mail, no toewijzing sent, no provision counted twice").isEqualTo(gebeurtenissen);
    }

    @Test
    void whatBreaksTheHistoryIsRefusedInDutchAndNothingIsStored() {
        var huishouden = Testhuishouden.in("0632").volwassene(40).kind(10).inschrijven(inschrijvingen, clock);
        Persoon kind = huishouden.kind();
        String bron = "test-weigering-" + huishouden.huishoudenId();
        long team = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        LocalDate vandaag = LocalDate.now(clock);
        long zaakId = zaken.overnemen(new OvergenomenZaak("0632", huishouden.huishoudenId(), team, Regievorm.CASUSREGIE, om(vandaag.minusDays(50), 9)))
                .orElseThrow();

        assertThatThrownBy(() -> zaken.overnemen(new OvergenomenZaak("0632", huishouden.huishoudenId(), gemeenten.teamVoor("0335", Doelgroep.JEUGD).id(),
                Regievorm.CASUSREGIE, clock.instant().plusSeconds(3600)))).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsKeys("geopendOp", "leadTeamId"));
        assertThatThrownBy(() -> meldingen.overnemen(new OvergenomenMelding(vraag(kind, bron), "0632", huishouden.huishoudenId(), team, zaakId,
                om(vandaag.minusDays(5), 9), null, new Gesprek(vandaag.minusDays(6), om(vandaag.minusDays(6), 16)), List.of())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).containsEntry("gesprek", "Een gesprek is gehouden door wie de melding oppakte; die ontbreekt."));
        assertThatThrownBy(() -> meldingen.overnemen(new OvergenomenMelding(vraag(kind, bron), "0632", huishouden.huishoudenId(), team, zaakId,
                om(vandaag.minusDays(5), 9), new Opgepakt("jeugdconsulent", "Jasmijn Bakker", om(vandaag.minusDays(6), 9)), null, List.of())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("opgepakt"));
        var buren = Testhuishouden.in("0632").volwassene(60).inschrijven(inschrijvingen, clock);
        assertThatThrownBy(() -> meldingen.overnemen(new OvergenomenMelding(vraag(kind, bron), "0632", buren.huishoudenId(), team, zaakId,
                om(vandaag.minusDays(5), 9), null, null, List.of()))).as("a case and a resident of another household")
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKeys("zaakId", "persoonBsn"));
        assertThatThrownBy(() -> meldingen.overnemen(new OvergenomenMelding(new NieuweMelding(kind.bsn(), kind.geboortedatum(), bron, null, " ",
                Set.of(), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, null, null, Kanaal.TELEFOON, null), "0632", huishouden.huishoudenId(),
                team, zaakId, om(vandaag.minusDays(5), 9), null, null, List.of()))).as("the question itself is checked as any melding is")
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKeys("omschrijving", "levensgebieden", "telefoon"));
        assertThat(meldingen.overgenomenUit("0632", bron)).as("nothing of a refused melding is stored").isFalse();

        OvergenomenPlan plan = new OvergenomenPlan("0632", zaakId, huishouden.huishoudenId(), bron, "Jasmijn Bakker", om(vandaag.minusDays(20), 11),
                "Inwoner", List.of(new OvergenomenDoel("Weer naar school", kind.bsn(), Levensgebied.DAGBESTEDING, Regeling.GEEN, 6, List.of())));
        plannen.overnemen(plan);
        assertThatThrownBy(() -> plannen.overnemen(plan)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsEntry("zaakId", "Deze zaak heeft al een plan: één plan per huishouden."));

        LocalDate besloten = vandaag.minusDays(10);
        assertThatThrownBy(() -> besluiten.overnemen(aanvraag(zaakId, team, kind, bron, vandaag.minusDays(20), new OvergenomenBeschikking(
                Uitkomst.TOEKENNING, "Nodig.", new Besluitovername.Product("45A01", "Ambulante jeugdhulp individueel", "45", 8, "04", "4"), besloten,
                besloten.minusDays(1), Leveringsvorm.ZIN, null, null, "jeugdconsulent", "Jasmijn Bakker", om(besloten, 14)))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKeys("einddatum", "aanbiederNaam"));
        assertThat(besluiten.overgenomenUit("0632", bron)).isFalse();

        String referentie = "TW" + huishouden.huishoudenId();
        assertThatThrownBy(() -> toewijzingen.overnemen(toewijzing(zaakId, kind, referentie, besloten, besloten.plusDays(2), besloten.plusDays(5), null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).containsEntry("redenBeeindiging", "Een gestopte levering heeft een reden uit codelijst JZ588."));
        assertThatThrownBy(() -> toewijzingen.overnemen(toewijzing(zaakId, kind, referentie, besloten, besloten.plusDays(2), besloten.plusDays(5), "99")))
                .as("a reason that is not in JZ588").isInstanceOf(OngeldigeInvoerException.class);
        assertThat(toewijzingen.overgenomenMetReferentie("0632", referentie)).isFalse();

        assertThatThrownBy(() -> declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.PARTICIPATIEWET, "4242", "X1", besloten, besloten.plusDays(5),
                om(besloten.plusDays(6), 9), 100, List.of(new Prestatie(1, kind.bsn(), "45", "45A01", besloten.minusDays(1), besloten.plusDays(2), 1,
                        "04", 200, "P")))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).containsKeys("wet", "aanbiederAgb", "prestaties", "ingediendCenten"));
    }

    private static NieuweMelding vraag(Persoon persoon, String bron) {
        return new NieuweMelding(persoon.bsn(), persoon.geboortedatum(), bron, null, "Ons kind gaat niet meer naar school.", Set.of(Levensgebied.DAGBESTEDING),
                Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "06 12345678", null, Kanaal.TELEFOON, null);
    }

    private static OvergenomenAanvraag aanvraag(long zaakId, long team, Persoon kind, String bron, LocalDate ontvangen, OvergenomenBeschikking besluit) {
        return new OvergenomenAanvraag("0632", zaakId, team, kind.bsn(), Wet.JEUGDWET, "Ambulante jeugdhulp", bron, ontvangen, besluit);
    }

    private OvergenomenToewijzing toewijzing(long zaakId, Persoon kind, String referentie, LocalDate ingang, LocalDate gestart, LocalDate gestopt,
                                             String reden) {
        return new OvergenomenToewijzing("0632", Wet.JEUGDWET, zaakId, kind.bsn(), "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A01",
                "Ambulante jeugdhulp individueel", ingang, ingang.plusYears(1).minusDays(1), 8, "04", "4", referentie, om(ingang, 10), gestart, gestopt,
                reden);
    }

    private Instant om(LocalDate dag, int uur) {
        Instant moment = dag.atTime(uur, 0).atZone(NEDERLAND).toInstant();
        return moment.isAfter(clock.instant()) ? clock.instant() : moment;
    }
}
