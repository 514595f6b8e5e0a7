package nl.dichtbij.sturing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The drill-down behind the stacking figure, for the teamleider only: which households had 3 or more
 * provisions in a year (in a kern or wijk), under which regelingen, and whether a regisseur holds
 * their case. Figures are for everyone who steers; names only for the manager who acts on them, and
 * every name shown is written to the Logboek dataverwerkingen.
 */
@Service
public class GestapeldeHuishoudens {

    static final String GRONDSLAG = "Stapeling van voorzieningen: regie op huishoudens met 3 of meer voorzieningen (AVG art. 6 lid 1e)";

    /** One household in the list; {@code zaak} is its open case, null when none is open. */
    public record Huishouden(long huishoudenId, String adres, String kern, String wijk, List<String> bewoners, List<Regeling> regelingen,
                             long voorzieningen, Long zaakId, String regievorm, String regisseur) {

        public String regelingenTekst() {
            return String.join(", ", regelingen.stream().map(Regeling::label).toList());
        }
    }

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Zaken zaken;
    private final DossierLog dossierLog;

    GestapeldeHuishoudens(JdbcClient jdbc, PersonenRegister register, Zaken zaken, DossierLog dossierLog) {
        this.jdbc = jdbc;
        this.register = register;
        this.zaken = zaken;
        this.dossierLog = dossierLog;
    }

    /** A page of the teamleider's municipality's households with 3 or more provisions in the year; kern and wijk narrow it down when given. */
    public Pagina<Huishouden> lijst(Gebruiker teamleider, int jaar, String kern, String wijk, int pagina) {
        if (teamleider == null || !teamleider.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen de teamleider ziet welke huishoudens het zijn");
        }
        String gemeente = teamleider.gemeenteCode();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("gemeente", gemeente);
        parameters.put("begin", LocalDate.of(jaar, 1, 1));
        parameters.put("einde", LocalDate.of(jaar, 12, 31));
        StringBuilder gebied = new StringBuilder();
        if (kern != null && !kern.isBlank()) {
            gebied.append(" and g.kern = :kern");
            parameters.put("kern", kern);
        }
        if (wijk != null && !wijk.isBlank()) {
            gebied.append(" and g.wijk = :wijk");
            parameters.put("wijk", wijk);
        }
        // a household lies in the area the stacking analysis puts it in (StapelingSql: its lowest area id), so the list
        // holds exactly the households the figure per kern and wijk counts
        String gestapeld = """
                from (select v.huishouden_id, min(v.gebied_id) as gebied_id, count(*) as aantal
                      from voorziening v
                      where v.gemeente_code = :gemeente and v.startdatum <= :einde and (v.einddatum is null or v.einddatum >= :begin)
                      group by v.huishouden_id
                      having count(*) >= 3) a
                join voorziening_gebied g on g.id = a.gebied_id
                where g.gemeente_code = :gemeente""" + gebied;
        long totaal = jdbc.sql("select count(*) " + gestapeld).params(parameters).query(Long.class).single();
        int grootte = Pagina.STANDAARD_GROOTTE;
        List<long[]> rijen = new ArrayList<>();
        Map<Long, String[]> gebieden = new HashMap<>();
        jdbc.sql("select a.huishouden_id, a.aantal, g.kern, g.wijk " + gestapeld + " order by a.huishouden_id offset "
                        + ((long) Math.max(0, pagina) * grootte) + " rows fetch next " + grootte + " rows only")
                .params(parameters)
                .query(rs -> {
                    rijen.add(new long[] {rs.getLong("huishouden_id"), rs.getLong("aantal")});
                    gebieden.put(rs.getLong("huishouden_id"), new String[] {rs.getString("kern"), rs.getString("wijk")});
                });
        Map<Long, Set<Regeling>> regelingen = regelingen(gemeente, jaar, rijen.stream().map(r -> r[0]).toList());

        List<Huishouden> inhoud = new ArrayList<>();
        List<String> getoond = new ArrayList<>();
        for (long[] rij : rijen) {
            long id = rij[0];
            List<Persoon> leden = register.leden(gemeente, id);
            leden.forEach(p -> getoond.add(p.bsn()));
            Zaak open = zaken.vanHuishouden(gemeente, id).stream().filter(Zaak::isOpen).findFirst().orElse(null);
            inhoud.add(new Huishouden(id, register.adres(gemeente, id).map(Adres::regel).orElse("Adres onbekend"), gebieden.get(id)[0],
                    gebieden.get(id)[1], leden.stream().map(Persoon::naam).toList(), List.copyOf(regelingen.getOrDefault(id, Set.of())), rij[1],
                    open == null ? null : open.id(), open == null || open.regievorm() == null ? null : open.regievorm().label(),
                    open == null ? null : open.regisseurNaam()));
        }
        dossierLog.overzicht(teamleider, gemeente, getoond, GRONDSLAG);
        return new Pagina<>(inhoud, Math.max(0, pagina), grootte, totaal);
    }

    private Map<Long, Set<Regeling>> regelingen(String gemeente, int jaar, List<Long> huishoudens) {
        Map<Long, Set<Regeling>> perHuishouden = new HashMap<>();
        if (huishoudens.isEmpty()) {
            return perHuishouden;
        }
        jdbc.sql("""
                        select distinct huishouden_id, regeling from voorziening
                        where gemeente_code = :gemeente and huishouden_id in (:huishoudens)
                          and startdatum <= :einde and (einddatum is null or einddatum >= :begin)""")
                .param("gemeente", gemeente).param("huishoudens", huishoudens)
                .param("begin", LocalDate.of(jaar, 1, 1)).param("einde", LocalDate.of(jaar, 12, 31))
                .query(rs -> {
                    perHuishouden.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Regeling.class)).add(Regeling.valueOf(rs.getString(2)));
                });
        return perHuishouden;
    }
}
