package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.ZorgGestart;
import nl.dichtbij.berichten.ZorgGestopt;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Start (305) and stop (307) of delivery. One current start per toewijzing (OP289, TR074, TR326);
 * a stop refers to the current start (OP155, TR069); StatusAanlevering 3 withdraws an earlier
 * start or stop (TR063, TR071); StatusAanlevering 2 is not allowed (OP033x2).
 */
@Component
class Regieberichten implements Verwerker {

    private final JdbcClient jdbc;
    private final Koppeling koppeling;

    private final ApplicationEventPublisher events;

    Regieberichten(JdbcClient jdbc, Koppeling koppeling, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.koppeling = koppeling;
    }

    private record Start(long id, LocalDate begindatum, LocalDate einddatum, String redenBeeindiging) {
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
            String status = product.waarde("StatusAanlevering");
            if ("2".equals(status) || "9".equals(status)) {
                beoordeling.afkeuren(product, Retourcode.TECHNISCH_AFGEKEURD);
                continue;
            }
            Retourcode code = start ? start(bericht, toewijzing.get(), product, "3".equals(status))
                    : stop(bericht, toewijzing.get(), product, "3".equals(status));
            if (code != null) {
                beoordeling.afkeuren(product, code);
            }
        }
    }

    private Retourcode start(Ontvangen bericht, Toewijzing t, Knoop product, boolean verwijderen) {
        LocalDate begin = product.datum("Begindatum");
        List<Start> huidige = huidige(t.id());
        Optional<Start> zelfde = huidige.stream().filter(s -> s.begindatum().equals(begin)).findFirst();
        if (verwijderen) {
            if (zelfde.isEmpty()) {
                return Retourcode.GEEN_EERDER_BERICHT;
            }
            if (zelfde.get().einddatum() != null) {
                return Retourcode.ZORG_AL_BEEINDIGD;
            }
            jdbc.sql("update levering set verwijderd = true where id = ?").param(zelfde.get().id()).update();
            herbereken(t.id());
            return null;
        }
        if (zelfde.isPresent()) {
            return Retourcode.ZELFDE_SLEUTEL_AL_ONTVANGEN;
        }
        if (begin.isBefore(t.ingangsdatum()) || (t.einddatum() != null && begin.isAfter(t.einddatum())) || t.verwijderd()) {
            return Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT;
        }
        Optional<Start> lopend = huidige.stream().filter(s -> s.einddatum() == null || "20".equals(s.redenBeeindiging())).findFirst();
        if (lopend.isPresent() && lopend.get().einddatum() == null) {
            return Retourcode.LEVERING_NIET_GESTOPT;
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into levering (toewijzing_id, inkomend_bericht_id, begindatum, status_aanlevering, verwijderd) values (?, ?, ?, '1', false)")
                .params(t.id(), bericht.id(), begin).update(sleutel, "id");
        Start nieuw = new Start(sleutel.getKeyAs(Number.class).longValue(), begin, null, null);
        // the new start is the latest unless an earlier message started a later period
        zet(t.id(), Optional.of(huidige.isEmpty() || !begin.isBefore(huidige.getFirst().begindatum()) ? nieuw : huidige.getFirst()));
        events.publishEvent(ZorgGestart.van(t, begin));
        return null;
    }

    private Retourcode stop(Ontvangen bericht, Toewijzing t, Knoop product, boolean verwijderen) {
        LocalDate begin = product.datum("Begindatum");
        LocalDate einde = product.datum("Einddatum");
        String reden = product.waarde("RedenBeeindiging");
        Optional<Start> start = actueel(t.id(), begin);
        if (verwijderen) {
            if (start.isEmpty() || start.get().einddatum() == null) {
                return Retourcode.GEEN_EERDER_BERICHT;
            }
            jdbc.sql("update levering set einddatum = null, reden_beeindiging = null where id = ?").param(start.get().id()).update();
            herbereken(t.id());
            return null;
        }
        if (start.isEmpty()) {
            return Retourcode.GEEN_ACTUEEL_STARTBERICHT;
        }
        Start s = start.get();
        if (s.einddatum() != null) {
            if (!"20".equals(s.redenBeeindiging())) {
                return Retourcode.AL_GESTOPT;
            }
            if ("20".equals(reden)) {
                return Retourcode.AL_GESTOPT_MET_REDEN_20;
            }
            if (einde.isBefore(s.einddatum())) {
                return Retourcode.EINDDATUM_VOOR_EERDERE_STOP;
            }
        }
        if (einde.isBefore(begin)) {
            return Retourcode.EINDDATUM_VOOR_EERDERE_STOP;
        }
        jdbc.sql("update levering set einddatum = ?, reden_beeindiging = ? where id = ?").params(einde, reden, s.id()).update();
        herbereken(t.id());
        events.publishEvent(ZorgGestopt.van(t, einde, reden));
        return null;
    }

    private Optional<Start> actueel(long toewijzingId, LocalDate begin) {
        return jdbc.sql("select id, begindatum, einddatum, reden_beeindiging from levering where toewijzing_id = ? and begindatum = ? and verwijderd = false")
                .params(toewijzingId, begin).query(START).optional();
    }

    /** The current (not removed) starts of a toewijzing, latest first. */
    private List<Start> huidige(long toewijzingId) {
        return jdbc.sql("select id, begindatum, einddatum, reden_beeindiging from levering where toewijzing_id = ? "
                        + "and verwijderd = false order by begindatum desc, id desc")
                .param(toewijzingId).query(START).list();
    }

    /** The delivery status the regisseur and the resident see: the latest current start and its stop. */
    private void herbereken(long toewijzingId) {
        zet(toewijzingId, huidige(toewijzingId).stream().findFirst());
    }

    private void zet(long toewijzingId, Optional<Start> laatste) {
        Levering levering = laatste.map(s -> s.einddatum() == null ? Levering.GESTART
                : "20".equals(s.redenBeeindiging()) ? Levering.TIJDELIJK_GESTOPT : Levering.GESTOPT).orElse(Levering.NIET_GESTART);
        jdbc.sql("update toewijzing set levering = ?, levering_begindatum = ?, levering_einddatum = ?, reden_beeindiging = ? where id = ?")
                .params(levering.name(), laatste.map(Start::begindatum).orElse(null), laatste.map(Start::einddatum).orElse(null),
                        laatste.map(Start::redenBeeindiging).orElse(null), toewijzingId)
                .update();
    }
}
