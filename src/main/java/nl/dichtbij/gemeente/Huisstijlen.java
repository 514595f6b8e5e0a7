package nl.dichtbij.gemeente;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The look of each municipality on one installation of a region: its name and colours on every page its residents and staff
 * see. Colours are kept only when white text on them, and they as text on white, are readable (WCAG 2.1 contrast of at least
 * 4.5:1), so a municipality cannot make its pages unreadable. Shown on every page, so read from memory like the contact
 * details: loaded once, replaced when changed here, reloaded every few minutes for changes on another node.
 */
@Service
public class Huisstijlen {

    /** WCAG 2.1 success criterion 1.4.3, normal text. */
    static final double MINIMAAL_CONTRAST = 4.5;
    /** The light backgrounds of dichtbij.css the colours stand on or against: white, the grey of panels, the yellow of warnings. */
    private static final java.util.List<String> ACHTERGRONDEN = java.util.List.of("#ffffff", "#f3f3f3", "#fff4ce");
    private static final String SELECT = "select code, naam, kleur_primair, kleur_donker from gemeente";

    private final JdbcClient jdbc;
    private final Map<String, Huisstijl> perGemeente = new ConcurrentHashMap<>();

    Huisstijlen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Huisstijl> van(String gemeenteCode) {
        if (gemeenteCode == null) {
            return Optional.empty();
        }
        Huisstijl stijl = perGemeente.computeIfAbsent(gemeenteCode, code -> jdbc.sql(SELECT + " where code = ?").param(code)
                .query((rs, i) -> huisstijl(rs)).optional().orElse(null));
        return Optional.ofNullable(stijl);
    }

    public Huisstijl vastleggen(String gemeenteCode, String primair, String donker) {
        String p = kleur(primair);
        String d = kleur(donker);
        Map<String, String> fouten = new LinkedHashMap<>();
        controleer(p, primair, "primair", "de knoppen", fouten);
        controleer(d, donker, "donker", "de kopbalk en de links", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int gewijzigd = jdbc.sql("update gemeente set kleur_primair = ?, kleur_donker = ? where code = ?").params(p, d, gemeenteCode).update();
        if (gewijzigd == 0) {
            throw new OngeldigeInvoerException("gemeente", "Gemeente " + gemeenteCode + " is niet ingericht.");
        }
        Huisstijl stijl = jdbc.sql(SELECT + " where code = ?").param(gemeenteCode).query((rs, i) -> huisstijl(rs)).single();
        perGemeente.put(gemeenteCode, stijl);
        return stijl;
    }

    @Scheduled(fixedDelayString = "${dichtbij.gemeente.contact-verversen:PT5M}")
    void verversen() {
        jdbc.sql(SELECT).query((rs, i) -> perGemeente.put(rs.getString("code"), huisstijl(rs))).list();
    }

    private static void controleer(String kleur, String ingevuld, String veld, String waarvoor, Map<String, String> fouten) {
        if (kleur == null) {
            fouten.put(veld, "Vul een kleur in als # met zes tekens, bijvoorbeeld #154273.");
        } else if (laagsteContrast(kleur) < MINIMAAL_CONTRAST) {
            fouten.put(veld, "De kleur " + ingevuld.strip() + " is te licht voor " + waarvoor + ": tekst is dan slecht te lezen (contrast "
                    + String.format(Locale.ROOT, "%.1f", laagsteContrast(kleur)).replace('.', ',') + " : 1, minimaal 4,5 : 1). Kies een donkerdere kleur.");
        }
    }

    static double laagsteContrast(String kleur) {
        return ACHTERGRONDEN.stream().mapToDouble(achtergrond -> contrast(kleur, achtergrond)).min().orElseThrow();
    }

    /** "#1A2b3c" or "1a2b3c" as "#1a2b3c"; null when it is no colour. */
    static String kleur(String invoer) {
        if (invoer == null) {
            return null;
        }
        String schoon = invoer.strip().toLowerCase(Locale.ROOT);
        schoon = schoon.startsWith("#") ? schoon : "#" + schoon;
        return schoon.matches("#[0-9a-f]{6}") ? schoon : null;
    }

    /** The contrast ratio of two colours, as WCAG 2.1 defines it (relative luminance, 1:1 to 21:1). */
    static double contrast(String a, String b) {
        double la = luminantie(a);
        double lb = luminantie(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminantie(String kleur) {
        double r = kanaal(Integer.parseInt(kleur.substring(1, 3), 16));
        double g = kanaal(Integer.parseInt(kleur.substring(3, 5), 16));
        double b = kanaal(Integer.parseInt(kleur.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double kanaal(int waarde) {
        double c = waarde / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Huisstijl huisstijl(java.sql.ResultSet rs) throws java.sql.SQLException {
        String primair = rs.getString("kleur_primair");
        String donker = rs.getString("kleur_donker");
        boolean eigen = primair != null && donker != null;
        return new Huisstijl(rs.getString("code"), rs.getString("naam"), eigen ? primair : Huisstijl.STANDAARD_PRIMAIR,
                eigen ? donker : Huisstijl.STANDAARD_DONKER, eigen);
    }
}
