package nl.dichtbij.participatie;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steering figure: how residents moved on the participatieladder in a year, without naming anyone. */
@Service
public class Participatiecijfers {

    private final JdbcClient jdbc;

    Participatiecijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone with a step in the year, with his last step before it. */
    @Transactional(readOnly = true)
    public Ladderbeweging.Uitkomst vanJaar(Gebruiker wie, int jaar) {
        if (!(wie.is(Rol.BELEID) || wie.is(Rol.BEHEER) || wie.is(Rol.BESTUUR) || wie.is(Rol.TEAMLEIDER))) {
            throw new AccessDeniedException("Alleen bestuur, beleid, functioneel beheer en teamleiders");
        }
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = LocalDate.of(jaar, 12, 31);
        List<Ladderbeweging.Meting> metingen = jdbc.sql("""
                        select persoon_bsn, trede, datum, id from participatietrede
                        where gemeente_code = :gemeente and datum <= :einde and persoon_bsn in (
                            select persoon_bsn from participatietrede where gemeente_code = :gemeente and datum >= :begin and datum <= :einde)""")
                .param("gemeente", wie.gemeenteCode()).param("begin", begin).param("einde", einde)
                .query((rs, i) -> new Ladderbeweging.Meting(rs.getString(1), Trede.van(rs.getInt(2)), rs.getObject(3, LocalDate.class), rs.getLong(4)))
                .list();
        return Ladderbeweging.van(jaar, metingen);
    }

    /** The years with steps, the latest first. */
    @Transactional(readOnly = true)
    public List<Integer> jaren(Gebruiker wie) {
        return jdbc.sql("select distinct extract(year from datum) from participatietrede where gemeente_code = ? order by 1 desc")
                .param(wie.gemeenteCode()).query(Integer.class).list();
    }
}
