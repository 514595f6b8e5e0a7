package nl.dichtbij.participatie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participatieladder of adults of working age ({@link Ladderleeftijd}): dated steps, never overwritten, so the history shows how someone moved. Recorded by the
 * professionals of the sociaal team on the case page (the page checks that they may open the household's file).
 */
@Service
public class Participatieladder {

    static final String GRONDSLAG = "Ondersteuning bij participatie: wettelijke taak (Participatiewet, AVG art. 6 lid 1e)";
    private static final int MAX_TOELICHTING = 500;

    public record Stap(long id, String persoonBsn, Trede trede, LocalDate datum, String toelichting, String doorNaam) {
    }

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final DossierLog dossierLog;
    private final Clock clock;

    Participatieladder(JdbcClient jdbc, PersonenRegister register, DossierLog dossierLog, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.dossierLog = dossierLog;
        this.clock = clock;
    }

    /** Records where an adult stands on the ladder on a day; {@code trede} 1 to 6. */
    @Transactional
    public Stap vastleggen(Gebruiker wie, String bsn, Integer trede, LocalDate datum, String toelichting) {
        medewerker(wie);
        return vastleggen(wie, wie.gemeenteCode(), bsn, trede, datum, toelichting);
    }

    /**
     * The partner for work and income (FermWerk) records the step when it reports back on a referral; the partners module
     * checks that the referral is to that partner and names this resident.
     */
    @Transactional
    public Stap vastleggenDoorPartner(Gebruiker partner, String gemeenteCode, String bsn, Integer trede, LocalDate datum, String toelichting) {
        if (!partner.is(Rol.AANBIEDER) || partner.organisatie() == null) {
            throw new AccessDeniedException("Alleen een partner met een verwijzing");
        }
        return vastleggen(partner, gemeenteCode, bsn, trede, datum, toelichting);
    }

    private Stap vastleggen(Gebruiker wie, String gemeenteCode, String bsn, Integer trede, LocalDate datum, String toelichting) {
        Persoon persoon = register.persoon(gemeenteCode, bsn).orElseThrow(() -> new NietGevondenException("De inwoner"));
        Map<String, String> fouten = new LinkedHashMap<>();
        if (trede == null || trede < 1 || trede > 6) {
            fouten.put("trede", "Kies een trede van 1 tot en met 6.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum == null) {
            fouten.put("datum", "Vul de datum in waarop de inwoner op deze trede stond.");
        } else if (datum.isAfter(vandaag)) {
            fouten.put("datum", "De datum ligt in de toekomst. Vul vandaag of een eerdere dag in.");
        } else if (Ladderleeftijd.fout(persoon.voornaam(), persoon.leeftijdOp(datum)) != null) {
            fouten.put("datum", Ladderleeftijd.fout(persoon.voornaam(), persoon.leeftijdOp(datum)));
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (tekst != null && tekst.length() > MAX_TOELICHTING) {
            fouten.put("toelichting", "Schrijf de toelichting in hoogstens " + MAX_TOELICHTING + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into participatietrede (gemeente_code, persoon_bsn, trede, datum, toelichting, vastgelegd_door, vastgelegd_door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeenteCode, bsn, trede, datum, tekst, wie.gebruikersnaam(), wie.actorNaam(), Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        dossierLog.vastleggen(wie, gemeenteCode, List.of(bsn), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG);
        return new Stap(sleutel.getKey().longValue(), bsn, Trede.van(trede), datum, tekst, wie.actorNaam());
    }

    /** Each person's steps, the latest first; a person without steps is not in the map. Logged as a look at each of them. */
    @Transactional(readOnly = true)
    public Map<String, List<Stap>> van(Gebruiker wie, Collection<String> bsns) {
        medewerker(wie);
        if (bsns.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Stap>> stappen = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, persoon_bsn, trede, datum, toelichting, vastgelegd_door_naam from participatietrede
                        where gemeente_code = :gemeente and persoon_bsn in (:bsns) order by datum desc, id desc""")
                .param("gemeente", wie.gemeenteCode()).param("bsns", List.copyOf(bsns))
                .query((rs, i) -> new Stap(rs.getLong(1), rs.getString(2), Trede.van(rs.getInt(3)), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6)))
                .list().forEach(s -> stappen.computeIfAbsent(s.persoonBsn(), b -> new java.util.ArrayList<>()).add(s));
        dossierLog.vastleggen(wie, wie.gemeenteCode(), stappen.keySet(), Dossierdeel.PLAN, Handeling.INZIEN, GRONDSLAG);
        return stappen;
    }

    /** Whether the municipality has any step yet: the demo asks before it records its own. */
    @Transactional(readOnly = true)
    public boolean heeftTreden(String gemeenteCode) {
        return jdbc.sql("select count(*) from participatietrede where gemeente_code = ?").param(gemeenteCode).query(Long.class).single() > 0;
    }

    private static void medewerker(Gebruiker wie) {
        if (!wie.is(Rol.CONSULENT) && !wie.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen medewerkers van de sociale teams");
        }
    }
}
