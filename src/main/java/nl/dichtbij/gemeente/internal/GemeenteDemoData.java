package nl.dichtbij.gemeente.internal;

import java.util.List;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.personen.DemoPersonen;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.demo.Demodeel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Woerden and Montfoort in region Utrecht-West, their teams and the demo accounts. */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class GemeenteDemoData implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(GemeenteDemoData.class);

    private record DemoAccount(String gebruikersnaam, String naam, Rol rol, String gemeente, Doelgroep team, String bsn, String agb) {
        DemoAccount(String gebruikersnaam, String naam, Rol rol, String gemeente, Doelgroep team, String bsn) {
            this(gebruikersnaam, naam, rol, gemeente, team, bsn, null);
        }
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("inwoner", DemoPersonen.OUDER_NAAM, Rol.INWONER, "0632", null, DemoPersonen.OUDER_BSN),
            new DemoAccount("jeugdconsulent", "Jasmijn Bakker", Rol.CONSULENT, "0632", Doelgroep.JEUGD, null),
            new DemoAccount("wmoconsulent", "Willem Visser", Rol.CONSULENT, "0632", Doelgroep.WMO, null),
            new DemoAccount("teamleider", "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null),
            new DemoAccount("mantelzorger", DemoPersonen.GROOTVADER_NAAM, Rol.INWONER, "0632", null, DemoPersonen.GROOTVADER_BSN),
            new DemoAccount("aanbieder", "Jeugdhulp Voorbeeld B.V.", Rol.AANBIEDER, "0632", null, null, "42420001"),
            new DemoAccount("fermwerk", "FermWerk", Rol.AANBIEDER, "0632", null, null, "42420003"),
            new DemoAccount("beleid", "Bram de Vries", Rol.BELEID, "0632", null, null),
            new DemoAccount("bestuur", "Wethouder Anouk Verhoef", Rol.BESTUUR, "0632", null, null),
            new DemoAccount("beheer", "Bea Smit", Rol.BEHEER, "0632", null, null),
            new DemoAccount("privacy", "Priya Jansen", Rol.PRIVACY, "0632", null, null),
            new DemoAccount("montfoort", "Mohamed El Amrani", Rol.CONSULENT, "0335", Doelgroep.WMO, null));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    GemeenteDemoData(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public String naam() {
        return "gemeenten";
    }

    @Override
    @Transactional
    public void vullen() {
        if (jdbc.sql("select count(*) from gemeente").query(Long.class).single() == 0) {
            jdbc.sql("insert into regio (code, naam) values ('UTRECHT-WEST', 'Utrecht-West')").update();
            gemeente("0632", "Woerden");
            gemeente("0335", "Montfoort");
            log.info("Demo-gemeenten Woerden en Montfoort aangemaakt");
        }
        // accounts added in a later release reach an existing demo database too
        String hash = passwords.encode("demo");
        for (DemoAccount account : ACCOUNTS) {
            if (jdbc.sql("select count(*) from account where gebruikersnaam = ?").param(account.gebruikersnaam()).query(Long.class).single() > 0) {
                continue;
            }
            Long teamId = account.team() == null ? null : teamId(account.gemeente(), account.team());
            jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id, bsn, aanbieder_agb) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(account.gebruikersnaam(), hash, account.naam(), account.rol().name(), account.gemeente(), teamId, account.bsn(), account.agb())
                    .update();
        }
    }

    private void gemeente(String code, String naam) {
        jdbc.sql("insert into gemeente (code, naam, regio_code) values (?, ?, 'UTRECHT-WEST')").params(code, naam).update();
        for (Doelgroep doelgroep : Doelgroep.values()) {
            jdbc.sql("insert into team (gemeente_code, naam, doelgroep) values (?, ?, ?)")
                    .params(code, doelgroep.team() + " " + naam, doelgroep.name()).update();
        }
    }

    private long teamId(String gemeente, Doelgroep doelgroep) {
        return jdbc.sql("select id from team where gemeente_code = ? and doelgroep = ?")
                .params(gemeente, doelgroep.name()).query(Long.class).single();
    }
}
