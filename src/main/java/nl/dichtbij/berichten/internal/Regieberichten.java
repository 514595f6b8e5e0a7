package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.Wachtdagen;
import nl.dichtbij.berichten.ZorgGestart;
import nl.dichtbij.berichten.ZorgGestopt;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.internal.Leveringsregels.Afgekeurd;
import nl.dichtbij.berichten.internal.Leveringsregels.Gestopt;
import nl.dichtbij.berichten.internal.Leveringsregels.NieuweStart;
import nl.dichtbij.berichten.internal.Leveringsregels.Start;
import nl.dichtbij.berichten.internal.Leveringsregels.StartVerwijderd;
import nl.dichtbij.berichten.internal.Leveringsregels.StopVerwijderd;
import nl.dichtbij.berichten.xml.Knoop;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Start (305) and stop (307) of delivery: reads a toewijzing's starts, lets {@link Leveringsregels} decide on each
 * product, stores the change and recomputes the delivery status the regisseur and the resident see.
 */
@Component
class Regieberichten implements Verwerker {

    private final JdbcClient jdbc;
    private final Koppeling koppeling;
    private final Toewijzingen toewijzingen;
    private final ApplicationEventPublisher events;

    Regieberichten(JdbcClient jdbc, Koppeling koppeling, Toewijzingen toewijzingen, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.events = events;
        this.koppeling = koppeling;
    }

    private static final RowMapper<Start> START = (rs, i) -> new Start(rs.getLong(1), rs.getObject(2, LocalDate.class),
            rs.getObject(3, LocalDate.class), rs.getString(4));

    @Override
    public boolean verwerkt(Berichtsoort soort) {
        return soort.nummer().equals("305") || soort.nummer().equals("307");
    }

    @Override
    public void verwerk(Ontvangen bericht, Beoordeling beoordeling) {
        Knoop client = bericht.wortel().kind("Client");
        String bsn = client.waarde("Bsn");
        boolean start = bericht.soort().nummer().equals("305");
        for (Knoop product : client.pad(start ? "StartProducten" : "StopProducten").kinderen()) {
            Optional<Toewijzing> toewijzing = koppeling.toewijzing(bericht, bsn, product);
            if (toewijzing.isEmpty()) {
                beoordeling.afkeuren(product, Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT);
                continue;
            }
            // one current start per toewijzing also when two messages about it arrive at once
            Toewijzing t = toewijzingen.vastzetten(toewijzing.get().id());
            String status = product.waarde("StatusAanlevering");
            LocalDate begin = product.datum("Begindatum");
            Leveringsregels.Besluit besluit = start ? Leveringsregels.start(t, huidige(t.id()), begin, status)
                    : Leveringsregels.stop(huidige(t.id()), begin, product.datum("Einddatum"), product.waarde("RedenBeeindiging"), status);
            uitvoeren(bericht, t, product, besluit, beoordeling);
        }
    }

    private void uitvoeren(Ontvangen bericht, Toewijzing t, Knoop product, Leveringsregels.Besluit besluit, Beoordeling beoordeling) {
        switch (besluit) {
            case Afgekeurd a -> beoordeling.afkeuren(product, a.code());
            case NieuweStart n -> {
                jdbc.sql("insert into levering (toewijzing_id, inkomend_bericht_id, begindatum, status_aanlevering, verwijderd) values (?, ?, ?, '1', false)")
                        .params(t.id(), bericht.id(), n.begindatum()).update();
                herbereken(t.id());
                events.publishEvent(ZorgGestart.van(t, n.begindatum()));
            }
            case StartVerwijderd v -> {
                jdbc.sql("update levering set verwijderd = true where id = ?").param(v.start().id()).update();
                herbereken(t.id());
            }
            case Gestopt g -> {
                jdbc.sql("update levering set einddatum = ?, reden_beeindiging = ? where id = ?").params(g.einddatum(), g.reden(), g.start().id()).update();
                herbereken(t.id());
                events.publishEvent(ZorgGestopt.van(t, g.einddatum(), g.reden()));
            }
            case StopVerwijderd v -> {
                jdbc.sql("update levering set einddatum = null, reden_beeindiging = null where id = ?").param(v.start().id()).update();
                herbereken(t.id());
            }
        }
    }

    /** The current (not withdrawn) starts of a toewijzing, latest first. */
    private List<Start> huidige(long toewijzingId) {
        return jdbc.sql("select id, begindatum, einddatum, reden_beeindiging from levering where toewijzing_id = ? "
                        + "and verwijderd = false order by begindatum desc, id desc")
                .param(toewijzingId).query(START).list();
    }

    /**
     * The delivery status the regisseur and the resident see: the latest current start and its stop, and how long the
     * toewijzing waited for that start ({@link Wachtdagen}), counted from the toewijzing as it stands when the start arrives.
     */
    private void herbereken(long toewijzingId) {
        Optional<Start> laatste = huidige(toewijzingId).stream().findFirst();
        Integer wachtdagen = laatste.map(start -> jdbc.sql("select ingangsdatum, toegewezen_op, wachtdagen, levering_begindatum from toewijzing where id = ?")
                .param(toewijzingId)
                .query((rs, i) -> start.begindatum().equals(rs.getObject(4, LocalDate.class)) && rs.getObject(3) != null
                        ? Integer.valueOf(rs.getInt(3)) // the same start again (its stop arrived): the wait stays as it was measured
                        : Integer.valueOf(Wachtdagen.tussen(rs.getObject(1, LocalDate.class), rs.getTimestamp(2).toInstant(), start.begindatum())))
                .single()).orElse(null);
        jdbc.sql("update toewijzing set levering = ?, levering_begindatum = ?, levering_einddatum = ?, reden_beeindiging = ?, wachtdagen = ? where id = ?")
                .params(Leveringsregels.levering(laatste).name(), laatste.map(Start::begindatum).orElse(null),
                        laatste.map(Start::einddatum).orElse(null), laatste.map(Start::redenBeeindiging).orElse(null), wachtdagen, toewijzingId)
                .update();
    }
}
