package nl.dichtbij.vroegsignalering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steering figures of vroegsignalering for bestuur, beleid, beheer and the teamleider: counts only, see {@link Signaaltelling}. */
@Service
public class Signaalcijfers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Signaalcijfers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Jaar(int jaar, List<Signaaltelling.Maand> maanden, Signaaltelling.Maand totaal) {
    }

    @Transactional(readOnly = true)
    public Jaar vanJaar(Gebruiker wie, int jaar) {
        sturing(wie);
        List<Signaaltelling.Rij> rijen = jdbc.sql("""
                        select ontvangen_datum, eerste_contact, uitkomst, gestopt_op from vroegsignaal
                        where gemeente_code = ? and ontvangen_datum >= ? and ontvangen_datum <= ?""")
                .params(wie.gemeenteCode(), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))
                .query((rs, i) -> new Signaaltelling.Rij(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3) == null ? null : Uitkomst.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))
                .list();
        List<Signaaltelling.Maand> maanden = Signaaltelling.perMaand(jaar, rijen, YearMonth.now(clock));
        return new Jaar(jaar, maanden, Signaaltelling.tel(YearMonth.of(jaar, 12), rijen));
    }

    @Transactional(readOnly = true)
    public List<Integer> jaren(Gebruiker wie) {
        sturing(wie);
        return jdbc.sql("select distinct extract(year from ontvangen_datum) from vroegsignaal where gemeente_code = ? order by 1 desc")
                .param(wie.gemeenteCode()).query(Integer.class).list();
    }

    private static void sturing(Gebruiker wie) {
        if (!(wie.is(Rol.BELEID) || wie.is(Rol.BEHEER) || wie.is(Rol.BESTUUR) || wie.is(Rol.TEAMLEIDER))) {
            throw new AccessDeniedException("Alleen bestuur, beleid, functioneel beheer en teamleiders");
        }
    }
}
