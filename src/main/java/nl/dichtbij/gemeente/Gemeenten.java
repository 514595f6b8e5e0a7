package nl.dichtbij.gemeente;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The municipalities, their teams and their professionals. */
@Service
public class Gemeenten {

    private final JdbcClient jdbc;

    Gemeenten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Gemeente> alle() {
        return jdbc.sql("""
                select g.code, g.naam, r.naam as regio from gemeente g left join regio r on r.code = g.regio_code
                order by g.naam""").query(Gemeente.class).list();
    }

    public Optional<Gemeente> vind(String code) {
        return jdbc.sql("""
                select g.code, g.naam, r.naam as regio from gemeente g left join regio r on r.code = g.regio_code
                where g.code = ?""").param(code).query(Gemeente.class).optional();
    }

    /**
     * The region an account of role REGIO belongs to, with its member municipalities of this installation (docs/decisions/0033);
     * empty for every other account.
     */
    public Optional<Regio> regioVanAccount(String gebruikersnaam) {
        return jdbc.sql("select r.code, r.naam from account a join regio r on r.code = a.regio_code where a.gebruikersnaam = ? and a.rol = 'REGIO'")
                .param(gebruikersnaam)
                .query((rs, i) -> new Regio(rs.getString("code"), rs.getString("naam"), jdbc.sql("""
                        select g.code, g.naam, r.naam as regio from gemeente g join regio r on r.code = g.regio_code
                        where g.regio_code = ? order by g.naam""").param(rs.getString("code")).query(Gemeente.class).list()))
                .optional();
    }

    public Team teamVoor(String gemeenteCode, Doelgroep doelgroep) {
        return jdbc.sql("select id, gemeente_code, naam, doelgroep from team where gemeente_code = ? and doelgroep = ? order by id")
                .params(gemeenteCode, doelgroep.name()).query(Team.class).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Gemeente " + gemeenteCode + " heeft geen " + doelgroep.team()));
    }

    public Optional<Team> team(long id) {
        return jdbc.sql("select id, gemeente_code, naam, doelgroep from team where id = ?")
                .param(id).query(Team.class).optional();
    }

    public List<Team> teams(String gemeenteCode) {
        return jdbc.sql("select id, gemeente_code, naam, doelgroep from team where gemeente_code = ? order by naam")
                .param(gemeenteCode).query(Team.class).list();
    }

    /** The professionals of a municipality's social teams, for choosing a regisseur. */
    public List<Medewerker> medewerkers(String gemeenteCode) {
        return jdbc.sql("""
                select gebruikersnaam, naam, rol, gemeente_code, team_id from account
                where gemeente_code = ? and rol in ('CONSULENT', 'TEAMLEIDER') order by naam""")
                .param(gemeenteCode).query(Medewerker.class).list();
    }

    /** The staff of a municipality in one role, e.g. beleid en inkoop to choose an account holder or an owner from. */
    public List<Medewerker> medewerkers(String gemeenteCode, nl.dichtbij.platform.Rol rol) {
        return jdbc.sql("""
                select gebruikersnaam, naam, rol, gemeente_code, team_id from account
                where gemeente_code = ? and rol = ? order by naam, gebruikersnaam""")
                .params(gemeenteCode, rol.name()).query(Medewerker.class).list();
    }

    public Optional<Medewerker> medewerker(String gebruikersnaam) {
        return jdbc.sql("""
                select gebruikersnaam, naam, rol, gemeente_code, team_id from account
                where gebruikersnaam = ? and rol in ('CONSULENT', 'TEAMLEIDER')""")
                .param(gebruikersnaam).query(Medewerker.class).optional();
    }
}
