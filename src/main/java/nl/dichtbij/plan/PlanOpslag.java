package nl.dichtbij.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the plan tables. Goals keep their identity across versions (evaluations point
 * at them), so the plan is stored row by row rather than as one rewritten aggregate.
 */
@Repository
class PlanOpslag {

    private final JdbcClient jdbc;
    private final PersonenRegister register;

    PlanOpslag(JdbcClient jdbc, PersonenRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    private record PlanRij(long id, String gemeenteCode, long zaakId, long huishoudenId, int versienummer, String gewijzigdDoorNaam,
                           Instant gewijzigdOp, Integer akkoordVersie, Instant akkoordOp, String akkoordDoorNaam) {
    }

    private record DoelRij(long id, long planId, String omschrijving, String persoonBsn, String levensgebied, String zrmDomein,
                           Integer doelscore, String regeling, int evaluatieMaanden, LocalDate volgendeEvaluatie) {
    }

    private static final String PLAN = "select id, gemeente_code, zaak_id, huishouden_id, versienummer, gewijzigd_door_naam, gewijzigd_op, "
            + "akkoord_versie, akkoord_op, akkoord_door_naam from plan ";

    Optional<Ondersteuningsplan> vanZaak(String gemeenteCode, long zaakId) {
        return jdbc.sql(PLAN + "where gemeente_code = ? and zaak_id = ?").params(gemeenteCode, zaakId)
                .query(PlanRij.class).optional().map(this::volledig);
    }

    Optional<Ondersteuningsplan> plan(String gemeenteCode, long planId) {
        return jdbc.sql(PLAN + "where gemeente_code = ? and id = ?").params(gemeenteCode, planId)
                .query(PlanRij.class).optional().map(this::volledig);
    }

    private Ondersteuningsplan volledig(PlanRij rij) {
        List<DoelRij> doelen = jdbc.sql("""
                        select id, plan_id, omschrijving, persoon_bsn, levensgebied, zrm_domein, doelscore, regeling, evaluatie_maanden,
                               volgende_evaluatie from doel where plan_id = ? and actief = true order by id""")
                .param(rij.id()).query(DoelRij.class).list();
        Map<Long, List<Actie>> acties = doelen.isEmpty() ? Map.of() : jdbc.sql("""
                        select id, doel_id, omschrijving, uitvoerder, uitvoerder_naam, vanaf, tot, interventie_id from actie
                        where doel_id in (:doelen) and actief = true order by vanaf, id""")
                .param("doelen", doelen.stream().map(DoelRij::id).toList())
                .query((rs, i) -> new Actie(rs.getLong("id"), rs.getLong("doel_id"), rs.getString("omschrijving"),
                        Uitvoerder.valueOf(rs.getString("uitvoerder")), rs.getString("uitvoerder_naam"),
                        rs.getObject("vanaf", LocalDate.class), rs.getObject("tot", LocalDate.class), rs.getObject("interventie_id", Long.class)))
                .list().stream().collect(Collectors.groupingBy(Actie::doelId));
        Map<String, Persoon> personen = register.personen(rij.gemeenteCode(),
                doelen.stream().map(DoelRij::persoonBsn).filter(b -> b != null).toList());
        List<Doel> volledig = doelen.stream().map(d -> new Doel(d.id(), d.planId(), d.omschrijving(), d.persoonBsn(),
                d.persoonBsn() == null ? "Het hele huishouden" : Optional.ofNullable(personen.get(d.persoonBsn())).map(Persoon::naam).orElse(""),
                Levensgebied.valueOf(d.levensgebied()), d.zrmDomein() == null ? null : ZrmDomein.valueOf(d.zrmDomein()), d.doelscore(),
                Regeling.valueOf(d.regeling()), d.evaluatieMaanden(), d.volgendeEvaluatie(), acties.getOrDefault(d.id(), List.of()))).toList();
        return new Ondersteuningsplan(rij.id(), rij.gemeenteCode(), rij.zaakId(), rij.huishoudenId(), rij.versienummer(),
                rij.gewijzigdDoorNaam(), rij.gewijzigdOp(), rij.akkoordVersie(), rij.akkoordOp(), rij.akkoordDoorNaam(), volledig);
    }

    long nieuwPlan(String gemeenteCode, long zaakId, long huishoudenId, String door, String doorNaam, Instant op) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into plan (gemeente_code, zaak_id, huishouden_id, versienummer, gewijzigd_door_naam, gewijzigd_op) values (?, ?, ?, 1, ?, ?)")
                .params(gemeenteCode, zaakId, huishoudenId, doorNaam, Timestamp.from(op)).update(sleutel, "id");
        long id = sleutel.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into plan_versie (plan_id, versienummer, door, door_naam, op, wijziging) values (?, 1, ?, ?, ?, ?)")
                .params(id, door, doorNaam, Timestamp.from(op), "Plan aangemaakt.").update();
        return id;
    }

    /** Records a change as the next version; the optimistic check on the version number refuses lost updates. */
    void nieuweVersie(Ondersteuningsplan plan, String door, String doorNaam, Instant op, String wijziging) {
        nieuweVersie(plan, door, doorNaam, op, wijziging, null);
    }

    void nieuweVersie(Ondersteuningsplan plan, String door, String doorNaam, Instant op, String wijziging, String betreftBsn) {
        int volgende = plan.versienummer() + 1;
        int bijgewerkt = jdbc.sql("update plan set versienummer = ?, gewijzigd_door_naam = ?, gewijzigd_op = ? where id = ? and versienummer = ?")
                .params(volgende, doorNaam, Timestamp.from(op), plan.id(), plan.versienummer()).update();
        if (bijgewerkt != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Het plan is intussen door iemand anders gewijzigd.");
        }
        jdbc.sql("insert into plan_versie (plan_id, versienummer, door, door_naam, op, wijziging, betreft_bsn) values (?, ?, ?, ?, ?, ?, ?)")
                .params(plan.id(), volgende, door, doorNaam, Timestamp.from(op), wijziging, betreftBsn).update();
    }

    long nieuwDoel(Ondersteuningsplan plan, NieuwDoel doel, LocalDate volgendeEvaluatie) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into doel (plan_id, gemeente_code, omschrijving, persoon_bsn, levensgebied, zrm_domein, doelscore, regeling,
                                          evaluatie_maanden, volgende_evaluatie, actief) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(plan.id(), plan.gemeenteCode(), doel.omschrijving().trim(), leeg(doel.persoonBsn()), doel.levensgebied().name(),
                        doel.zrmDomein() == null ? null : doel.zrmDomein().name(), doel.doelscore(), doel.regeling().name(),
                        doel.evaluatieMaanden(), volgendeEvaluatie)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    void doelBeeindigen(long doelId, Doeluitkomst uitkomst, LocalDate op) {
        jdbc.sql("update doel set actief = false, uitkomst = ?, beeindigd_op = ? where id = ?").params(uitkomst.name(), op, doelId).update();
    }

    void volgendeEvaluatie(long doelId, LocalDate datum) {
        jdbc.sql("update doel set volgende_evaluatie = ? where id = ?").params(datum, doelId).update();
    }

    long nieuweActie(String gemeenteCode, long doelId, NieuweActie actie) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into actie (doel_id, gemeente_code, omschrijving, uitvoerder, uitvoerder_naam, vanaf, tot, actief, interventie_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, true, ?)")
                .params(doelId, gemeenteCode, actie.omschrijving().trim(), actie.uitvoerder().name(), leeg(actie.uitvoerderNaam()),
                        actie.vanaf(), actie.tot(), actie.interventieId())
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    void actieVerwijderen(long actieId) {
        jdbc.sql("update actie set actief = false where id = ?").param(actieId).update();
    }

    /** Records agreement with version {@code versie}, only while it is the current one. */
    boolean akkoord(long planId, int versie, String doorNaam, Instant op) {
        return jdbc.sql("update plan set akkoord_versie = ?, akkoord_op = ?, akkoord_door_naam = ? where id = ? and versienummer = ?")
                .params(versie, Timestamp.from(op), doorNaam, planId, versie).update() == 1;
    }

    List<Planversie> versies(long planId) {
        return jdbc.sql("select versienummer, door_naam, op, wijziging, betreft_bsn from plan_versie where plan_id = ? order by versienummer desc")
                .param(planId).query(Planversie.class).list();
    }

    /** {@code namensBsn}: the resident as whom the writer acted (whose text it is), null for staff. */
    void reactie(Ondersteuningsplan plan, String door, String doorNaam, String namensBsn, String tekst, Instant op, boolean nietAkkoord) {
        jdbc.sql("""
                        insert into plan_reactie (plan_id, gemeente_code, versienummer, door, door_naam, van_inwoner, tekst, op, niet_akkoord, namens_bsn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.gemeenteCode(), plan.versienummer(), door, doorNaam, namensBsn != null, tekst.trim(), Timestamp.from(op),
                        nietAkkoord, namensBsn)
                .update();
    }

    List<Reactie> reacties(long planId) {
        return jdbc.sql("select id, versienummer, door_naam, van_inwoner, tekst, op, niet_akkoord, namens_bsn from plan_reactie where plan_id = ? order by op, id")
                .param(planId).query(Reactie.class).list();
    }

    long evaluatie(String gemeenteCode, long doelId, LocalDate datum, String voortgang, Integer zrmProfessional, Integer zrmInwoner,
                   String door, String doorNaam, Instant op) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into evaluatie (doel_id, gemeente_code, datum, voortgang, zrm_professional, zrm_inwoner, door, door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(doelId, gemeenteCode, datum, voortgang.trim(), zrmProfessional, zrmInwoner, door, doorNaam, Timestamp.from(op))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /** The day the plan was made (its first version), in the municipality's time zone. */
    LocalDate begin(long planId) {
        return jdbc.sql("select op from plan_versie where plan_id = ? and versienummer = 1").param(planId).query(Timestamp.class).optional()
                .map(t -> t.toInstant().atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toLocalDate()).orElseThrow();
    }

    List<Evaluatie> evaluaties(long doelId) {
        return jdbc.sql("select id, doel_id, datum, voortgang, zrm_professional, zrm_inwoner, door_naam from evaluatie where doel_id = ? order by datum, id")
                .param(doelId).query(Evaluatie.class).list();
    }

    Map<Long, List<Evaluatie>> evaluaties(List<Long> doelIds) {
        if (doelIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, doel_id, datum, voortgang, zrm_professional, zrm_inwoner, door_naam from evaluatie
                        where doel_id in (:doelen) order by datum, id""")
                .param("doelen", doelIds).query(Evaluatie.class).list().stream()
                .collect(Collectors.groupingBy(Evaluatie::doelId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    record EvaluatieTaak(long zaakId, long doelId, String omschrijving, LocalDate datum) {
    }

    /** Goals whose evaluation is due, in the plans of the given cases. */
    List<EvaluatieTaak> evaluatiesVoor(String gemeenteCode, List<Long> zaakIds, LocalDate tot) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.zaak_id, d.id as doel_id, d.omschrijving, d.volgende_evaluatie as datum from doel d join plan p on p.id = d.plan_id
                        where d.gemeente_code = :gemeente and d.actief = true and d.volgende_evaluatie <= :tot and p.zaak_id in (:zaken)
                        order by d.volgende_evaluatie limit 100""")
                .param("gemeente", gemeenteCode).param("tot", tot).param("zaken", zaakIds).query(EvaluatieTaak.class).list();
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
