package nl.dichtbij.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** AVG art. 16: the resident asks for a correction; the municipality answers within a month (art. 12 lid 3). */
@Service
public class Correctieverzoeken {

    private static final String VELDEN = "select id, gemeente_code, inwoner_bsn, ingediend_door, onderdeel, wat_klopt_niet, voorstel, ingediend_op, "
            + "uiterlijk, afgehandeld_op, afgehandeld_door, uitkomst, antwoord from correctieverzoek ";

    private final JdbcClient jdbc;
    private final DossierLog log;
    private final Clock clock;

    Correctieverzoeken(JdbcClient jdbc, DossierLog log, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.clock = clock;
    }

    public record Verzoek(long id, String gemeenteCode, String inwonerBsn, String ingediendDoor, Dossierdeel onderdeel, String watKloptNiet,
                          String voorstel, Instant ingediendOp, LocalDate uiterlijk, Instant afgehandeldOp, String afgehandeldDoor,
                          String uitkomst, String antwoord) {
    }

    @Transactional
    public Verzoek indienen(Gebruiker inwoner, Dossierdeel onderdeel, String watKloptNiet, String voorstel) {
        Toestemmingen.magHandelen(inwoner);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (onderdeel == null) {
            fouten.put("onderdeel", "Kies over welk deel van uw gegevens het gaat.");
        }
        if (watKloptNiet == null || watKloptNiet.isBlank()) {
            fouten.put("watKloptNiet", "Schrijf op wat er niet klopt.");
        } else if (watKloptNiet.length() > 2000) {
            fouten.put("watKloptNiet", "Gebruik maximaal 2000 tekens.");
        }
        if (voorstel != null && voorstel.length() > 2000) {
            fouten.put("voorstel", "Gebruik maximaal 2000 tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Instant nu = clock.instant();
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into correctieverzoek (gemeente_code, inwoner_bsn, ingediend_door, onderdeel, wat_klopt_niet, voorstel, ingediend_op, uiterlijk)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(inwoner.gemeenteCode(), inwoner.bsn(), inwoner.actorNaam(), onderdeel.name(), watKloptNiet.strip(),
                        voorstel == null || voorstel.isBlank() ? null : voorstel.strip(), Timestamp.from(nu), LocalDate.now(clock).plusMonths(1))
                .update(sleutel, "id");
        log.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        return verzoek(sleutel.getKeyAs(Number.class).longValue());
    }

    public List<Verzoek> vanInwoner(Gebruiker inwoner) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and inwoner_bsn = ? order by ingediend_op desc")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Verzoek.class).list();
    }

    public List<Verzoek> open(Gebruiker privacy) {
        vereisPrivacy(privacy);
        return jdbc.sql(VELDEN + "where gemeente_code = ? and afgehandeld_op is null order by uiterlijk").param(privacy.gemeenteCode())
                .query(Verzoek.class).list();
    }

    @Transactional
    public void afhandelen(Gebruiker privacy, long id, boolean gehonoreerd, String antwoord) {
        Verzoek verzoek = open(privacy).stream().filter(v -> v.id() == id).findFirst().orElseThrow(() -> new NietGevondenException("Het verzoek"));
        if (antwoord == null || antwoord.isBlank() || antwoord.length() > 2000) {
            throw new OngeldigeInvoerException("antwoord", "Schrijf de inwoner wat er met zijn verzoek is gedaan (maximaal 2000 tekens).");
        }
        jdbc.sql("update correctieverzoek set afgehandeld_op = ?, afgehandeld_door = ?, uitkomst = ?, antwoord = ? where id = ?")
                .params(Timestamp.from(clock.instant()), privacy.naam(), gehonoreerd ? "GEHONOREERD" : "AFGEWEZEN", antwoord.strip(), verzoek.id())
                .update();
        log.vastleggen(privacy, privacy.gemeenteCode(), List.of(verzoek.inwonerBsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN,
                "Afhandeling correctieverzoek (AVG art. 16)");
    }

    private Verzoek verzoek(long id) {
        return jdbc.sql(VELDEN + "where id = ?").param(id).query(Verzoek.class).single();
    }

    static void vereisPrivacy(Gebruiker gebruiker) {
        if (!gebruiker.is(Rol.PRIVACY)) {
            throw new AccessDeniedException("Alleen de privacy officer");
        }
    }
}
