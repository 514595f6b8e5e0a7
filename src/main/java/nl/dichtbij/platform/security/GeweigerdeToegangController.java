package nl.dichtbij.platform.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For the privacy officer (issue 21): the addresses a region's account registered at his municipality asked for outside the
 * regional view, newest first, paged. Refused requests, so no resident's data; the page itself shows none either.
 */
@Controller
class GeweigerdeToegangController {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    private final JdbcClient jdbc;

    GeweigerdeToegangController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Poging(String tijdstip, String gebruikersnaam, String rol, String methode, String pad) {
    }

    @GetMapping("/privacy/geweigerde-toegang")
    String lijst(@AuthenticationPrincipal Gebruiker privacy, @RequestParam(defaultValue = "0") String pagina, Model model) {
        int nummer = pagina.matches("\\d{1,6}") ? Integer.parseInt(pagina) : 0;
        long totaal = jdbc.sql("select count(*) from geweigerde_toegang where gemeente_code = ?").param(privacy.gemeenteCode())
                .query(Long.class).single();
        List<Poging> pogingen = jdbc.sql("""
                        select tijdstip, gebruikersnaam, rol, methode, pad from geweigerde_toegang where gemeente_code = ?
                        order by tijdstip desc, id desc limit ? offset ?""")
                .params(privacy.gemeenteCode(), Pagina.STANDAARD_GROOTTE, (long) nummer * Pagina.STANDAARD_GROOTTE)
                .query((rs, i) -> new Poging(TIJD.format(rs.getObject("tijdstip", java.time.OffsetDateTime.class).toInstant()),
                        rs.getString("gebruikersnaam"), rs.getString("rol"), rs.getString("methode"), rs.getString("pad")))
                .list();
        model.addAttribute("pogingen", new Pagina<>(pogingen, nummer, Pagina.STANDAARD_GROOTTE, totaal));
        return "geweigerde-toegang";
    }
}
