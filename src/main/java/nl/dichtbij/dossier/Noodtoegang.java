package nl.dichtbij.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * Break the glass: a professional who does not work on a household may open its file in an
 * emergency, with a written reason. The teamleider sees it at once and judges it afterwards;
 * the resident sees it in Mijn Dichtbij.
 */
@Service
public class Noodtoegang {

    public static final Duration GELDIG = Duration.ofHours(12);
    private static final String VELDEN = "select id, gemeente_code, huishouden_id, medewerker, medewerker_naam, team_id, reden, genomen_op, "
            + "geldig_tot, beoordeeld_door, beoordeeld_op from noodtoegang ";

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final DossierLog log;
    private final Clock clock;

    Noodtoegang(JdbcClient jdbc, PersonenRegister register, DossierLog log, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
        this.clock = clock;
    }

    public record Gebruik(long id, String gemeenteCode, long huishoudenId, String medewerker, String medewerkerNaam, Long teamId,
                          String reden, Instant genomenOp, Instant geldigTot, String beoordeeldDoor, Instant beoordeeldOp) {
    }

    @Transactional
    public void nemen(Gebruiker medewerker, long huishoudenId, String reden) {
        if (!medewerker.isMedewerker()) {
            throw new AccessDeniedException("Alleen medewerkers van het sociaal team");
        }
        var leden = register.leden(medewerker.gemeenteCode(), huishoudenId);
        if (leden.isEmpty()) {
            throw new NietGevondenException("Het huishouden");
        }
        if (reden == null || reden.strip().length() < 20) {
            throw new OngeldigeInvoerException("reden", "Schrijf in minstens 20 tekens op waarom u nu toegang nodig heeft.");
        }
        if (reden.length() > 1000) {
            throw new OngeldigeInvoerException("reden", "Houd de reden korter dan 1000 tekens.");
        }
        Instant nu = clock.instant();
        jdbc.sql("""
                        insert into noodtoegang (gemeente_code, huishouden_id, medewerker, medewerker_naam, team_id, reden, genomen_op, geldig_tot)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(medewerker.gemeenteCode(), huishoudenId, medewerker.gebruikersnaam(), medewerker.naam(), medewerker.teamId(),
                        reden.strip(), Timestamp.from(nu), Timestamp.from(nu.plus(GELDIG)))
                .update();
        log.vastleggen(medewerker, medewerker.gemeenteCode(), leden.stream().map(p -> p.bsn()).toList(), Dossierdeel.RECHTEN,
                Handeling.WIJZIGEN, "Noodtoegang genomen: " + reden.strip());
    }

    /** The reason of the emergency access this professional has on this household right now, if any. */
    public java.util.Optional<String> actief(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        return jdbc.sql("select reden from noodtoegang where gemeente_code = ? and medewerker = ? and huishouden_id = ? and geldig_tot > ? order by id desc")
                .params(gemeenteCode, medewerker.gebruikersnaam(), huishoudenId, Timestamp.from(clock.instant()))
                .query(String.class).list().stream().findFirst();
    }

    /** Emergency access in the teamleider's teams that he has not yet judged. */
    public List<Gebruik> teBeoordelen(Gebruiker teamleider) {
        if (!teamleider.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen de teamleider");
        }
        // a teamleider without a team of his own leads all teams of the municipality
        if (teamleider.teamId() == null) {
            return jdbc.sql(VELDEN + "where gemeente_code = ? and beoordeeld_op is null order by genomen_op desc")
                    .param(teamleider.gemeenteCode()).query(Gebruik.class).list();
        }
        return jdbc.sql(VELDEN + "where gemeente_code = ? and beoordeeld_op is null and team_id = ? order by genomen_op desc")
                .params(teamleider.gemeenteCode(), teamleider.teamId()).query(Gebruik.class).list();
    }

    public List<Gebruik> recentBeoordeeld(Gebruiker teamleider) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and beoordeeld_op is not null order by beoordeeld_op desc limit 20")
                .param(teamleider.gemeenteCode()).query(Gebruik.class).list();
    }

    @Transactional
    public void beoordelen(Gebruiker teamleider, long id) {
        Gebruik gebruik = teBeoordelen(teamleider).stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("De noodtoegang"));
        jdbc.sql("update noodtoegang set beoordeeld_door = ?, beoordeeld_op = ? where id = ?")
                .params(teamleider.naam(), Timestamp.from(clock.instant()), gebruik.id()).update();
    }

    /** For the resident: every emergency access to his household's file. */
    public List<Gebruik> vanHuishouden(String gemeenteCode, long huishoudenId) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and huishouden_id = ? order by genomen_op desc")
                .params(gemeenteCode, huishoudenId).query(Gebruik.class).list();
    }
}
