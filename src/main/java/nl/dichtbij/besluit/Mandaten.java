package nl.dichtbij.besluit;

import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who may decide under which law (the mandate table, per user). */
@Service
public class Mandaten {

    private final JdbcClient jdbc;

    Mandaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean heeftMandaat(Gebruiker gebruiker, Wet wet) {
        return gebruiker.isMedewerker() && jdbc.sql("select count(*) from mandaat where gebruikersnaam = ? and gemeente_code = ? and wet = ?")
                .params(gebruiker.gebruikersnaam(), gebruiker.gemeenteCode(), wet.name()).query(Long.class).single() > 0;
    }

    public List<Wet> van(Gebruiker gebruiker) {
        return jdbc.sql("select wet from mandaat where gebruikersnaam = ? and gemeente_code = ? order by wet")
                .params(gebruiker.gebruikersnaam(), gebruiker.gemeenteCode()).query(String.class).list().stream().map(Wet::valueOf).toList();
    }

    public record Mandaat(String gebruikersnaam, Wet wet) {
    }

    public List<Mandaat> vanGemeente(String gemeenteCode) {
        return jdbc.sql("select gebruikersnaam, wet from mandaat where gemeente_code = ? order by gebruikersnaam, wet")
                .param(gemeenteCode).query((rs, i) -> new Mandaat(rs.getString("gebruikersnaam"), Wet.valueOf(rs.getString("wet")))).list();
    }

    /** Sets the laws a professional of the municipality may decide under, replacing what he had. */
    @org.springframework.transaction.annotation.Transactional
    public void instellen(String gemeenteCode, String gebruikersnaam, java.util.Set<Wet> wetten) {
        jdbc.sql("delete from mandaat where gebruikersnaam = ? and gemeente_code = ?").params(gebruikersnaam, gemeenteCode).update();
        wetten.forEach(wet -> toekennen(gebruikersnaam, gemeenteCode, wet));
    }

    public void toekennen(String gebruikersnaam, String gemeenteCode, Wet wet) {
        jdbc.sql("insert into mandaat (gebruikersnaam, gemeente_code, wet) values (?, ?, ?)").params(gebruikersnaam, gemeenteCode, wet.name()).update();
    }
}
