package nl.dichtbij.inwoner;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which residents want an e-mail when there is news for them in Mijn Dichtbij, and at which address. The resident sets it
 * himself (for himself, not while acting for someone else); the address is all that is kept. The mail only says that there
 * is news and where to read it, never what (docs/decisions/0020).
 */
@Service
public class Nieuwsmail {


    private final JdbcClient jdbc;
    private final Clock clock;

    Nieuwsmail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The resident's own address for news, if he gave one. */
    @Transactional(readOnly = true)
    public Optional<String> adres(Gebruiker inwoner) {
        return jdbc.sql("select email from inwoner_email where gemeente_code = ? and bsn = ?").params(inwoner.gemeenteCode(), eigen(inwoner).bsn())
                .query(String.class).optional();
    }

    /** Sets (or with an empty address: stops) the e-mail about news for the resident himself; each statement on its own. */
    public void instellen(Gebruiker inwoner, String email) {
        Gebruiker zelf = eigen(inwoner);
        String adres = email == null ? "" : email.strip();
        if (adres.isEmpty()) {
            jdbc.sql("delete from inwoner_email where gemeente_code = ? and bsn = ?").params(zelf.gemeenteCode(), zelf.bsn()).update();
            return;
        }
        if (adres.length() > 254 || !nl.dichtbij.platform.Emailadres.isGeldig(adres)) {
            throw new OngeldigeInvoerException("email", "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
        }
        Timestamp nu = Timestamp.from(clock.instant());
        if (jdbc.sql("update inwoner_email set email = ?, gewijzigd_op = ? where gemeente_code = ? and bsn = ?")
                .params(adres, nu, zelf.gemeenteCode(), zelf.bsn()).update() == 0) {
            try {
                jdbc.sql("insert into inwoner_email (gemeente_code, bsn, email, gewijzigd_op) values (?, ?, ?, ?)")
                        .params(zelf.gemeenteCode(), zelf.bsn(), adres, nu).update();
            } catch (org.springframework.dao.DuplicateKeyException tegelijk) {
                // the same form sent twice at once: the other request inserted it, this one sets the address it was given
                jdbc.sql("update inwoner_email set email = ?, gewijzigd_op = ? where gemeente_code = ? and bsn = ?")
                        .params(adres, nu, zelf.gemeenteCode(), zelf.bsn()).update();
            }
        }
    }

    /** The addresses of these residents (by BSN) who asked for news by e-mail. */
    @Transactional(readOnly = true)
    Map<String, String> adressen(String gemeenteCode, Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select bsn, email from inwoner_email where gemeente_code = :gemeente and bsn in (:bsns)")
                .param("gemeente", gemeenteCode).param("bsns", List.copyOf(bsns))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Gebruiker eigen(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER)) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen voor inwoners");
        }
        return inwoner.zelf();
    }
}
