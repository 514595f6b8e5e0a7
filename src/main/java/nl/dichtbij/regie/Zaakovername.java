package nl.dichtbij.regie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Overname;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over a household's case from the municipality's previous system, opened on the day it was opened there
 * (docs/decisions/0021). History is not news: no event is published. Idempotent by what identifies a case: the same
 * household, lead team, form of regie and moment of opening give the case taken over before.
 */
@Service
public class Zaakovername {

    /** A case as the previous system knew it; it is open. */
    public record OvergenomenZaak(String gemeenteCode, long huishoudenId, long leadTeamId, Regievorm regievorm, Instant geopendOp) {
    }

    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;

    Zaakovername(JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    /** Whether the case is this household's, in this municipality: what a module checks before it hangs history on a case. */
    @Transactional(readOnly = true)
    public boolean hoortBij(String gemeenteCode, long zaakId, long huishoudenId) {
        return jdbc.sql("select count(*) from zaak where id = ? and gemeente_code = ? and huishouden_id = ?").params(zaakId, gemeenteCode, huishoudenId)
                .query(Long.class).single() > 0;
    }

    /** The household of the case, when the case is of this municipality. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> huishoudenVan(String gemeenteCode, long zaakId) {
        return jdbc.sql("select huishouden_id from zaak where id = ? and gemeente_code = ?").params(zaakId, gemeenteCode).query(Long.class).optional();
    }

    /**
     * The case's id: the one taken over before, or a new one. Empty when the household already has another open case: one
     * household has one open case, so that history belongs to the case it has.
     */
    @Transactional
    public Optional<Long> overnemen(OvergenomenZaak opgegeven) {
        // the database keeps microseconds: the moment as it will be stored, so the same case is found again
        OvergenomenZaak zaak = opgegeven.geopendOp() == null ? opgegeven : new OvergenomenZaak(opgegeven.gemeenteCode(), opgegeven.huishoudenId(),
                opgegeven.leadTeamId(), opgegeven.regievorm(), opgegeven.geopendOp().truncatedTo(ChronoUnit.MICROS));
        new Overname().verplicht(zaak.gemeenteCode(), "gemeente", "De gemeente")
                .verplicht(zaak.regievorm(), "regievorm", "De vorm van regie")
                .verplicht(zaak.geopendOp(), "geopendOp", "De datum van opening")
                .nietNa(zaak.geopendOp(), clock.instant(), "geopendOp", "De datum van opening")
                .als(zaak.gemeenteCode() != null && gemeenten.team(zaak.leadTeamId()).filter(t -> t.gemeenteCode().equals(zaak.gemeenteCode())).isEmpty(),
                        "leadTeamId", "Dit team hoort niet bij deze gemeente.")
                .als(zaak.gemeenteCode() != null && register.huishouden(zaak.gemeenteCode(), zaak.huishoudenId()).isEmpty(), "huishoudenId",
                        "Dit huishouden woont niet in deze gemeente.")
                .weigerBijFouten();
        List<Bestaand> bestaand = jdbc.sql("""
                        select id, lead_team_id, regievorm, geopend_op, open from zaak where gemeente_code = ? and huishouden_id = ?""")
                .params(zaak.gemeenteCode(), zaak.huishoudenId())
                .query((rs, i) -> new Bestaand(rs.getLong("id"), rs.getLong("lead_team_id"), rs.getString("regievorm"),
                        rs.getTimestamp("geopend_op").toInstant(), rs.getBoolean("open")))
                .list();
        var eerder = bestaand.stream().filter(b -> b.is(zaak)).findFirst();
        if (eerder.isPresent()) {
            return Optional.of(eerder.get().id());
        }
        if (bestaand.stream().anyMatch(Bestaand::open)) {
            return Optional.empty();
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into zaak (versie, gemeente_code, huishouden_id, lead_team_id, open, geopend_op, regievorm)
                        values (0, ?, ?, ?, true, ?, ?)""")
                .params(zaak.gemeenteCode(), zaak.huishoudenId(), zaak.leadTeamId(), Timestamp.from(zaak.geopendOp()), zaak.regievorm().name())
                .update(sleutel, "id");
        return Optional.of(sleutel.getKeyAs(Number.class).longValue());
    }

    private record Bestaand(long id, long team, String regievorm, Instant op, boolean open) {
        boolean is(OvergenomenZaak zaak) {
            return team == zaak.leadTeamId() && zaak.regievorm().name().equals(regievorm) && op.equals(zaak.geopendOp());
        }
    }
}
