package nl.dichtbij.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling: after five failed attempts within fifteen minutes an account is refused for
 * the rest of that quarter of an hour, also with the right password. Kept in the database, so it
 * holds across nodes; the filter answers a blocked account early, {@link #onderSlot} makes the
 * count exact when attempts arrive in parallel.
 */
@Component
public class InlogBegrenzer {

    public static final int MAX_POGINGEN = 5;
    public static final Duration VENSTER = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final ApiProblems problems;

    InlogBegrenzer(JdbcClient jdbc, TransactionTemplate transactie, Clock clock, ApiProblems problems) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.clock = clock;
        this.problems = problems;
    }

    /**
     * Runs the password check while holding a lock on the account's slot row: parallel attempts
     * for one account wait for each other, so each failure is counted before the next check and
     * the sixth attempt within the window is refused, on whichever node it arrives.
     */
    Authentication onderSlot(String gebruikersnaam, Supplier<Authentication> controle) {
        String naam = naam(gebruikersnaam);
        AuthenticationException[] fout = new AuthenticationException[1];
        slotAanmaken(naam);
        Authentication uitkomst = transactie.execute(s -> {
            jdbc.sql("select gebruikersnaam from inlog_slot where gebruikersnaam = ? for update").param(naam).query(String.class).single();
            if (geblokkeerd(naam)) {
                fout[0] = new GeblokkeerdException();
                return null;
            }
            try {
                Authentication gelukt = controle.get();
                jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ?").param(naam).update();
                return gelukt;
            } catch (AuthenticationException e) {
                jdbc.sql("insert into mislukte_inlog (gebruikersnaam, tijdstip) values (?, ?)").params(naam, Timestamp.from(clock.instant())).update();
                fout[0] = e;
                return null;
            }
        });
        if (fout[0] != null) {
            throw fout[0];
        }
        return uitkomst;
    }

    /** The slot row exists once per name; parallel first attempts may race to make it, and the loser finds it made. */
    private void slotAanmaken(String naam) {
        try {
            jdbc.sql("insert into inlog_slot (gebruikersnaam) values (?) on conflict do nothing").param(naam).update();
        } catch (DuplicateKeyException | TransientDataAccessException e) {
            // another attempt made it a moment ago
        }
    }

    /** The account is refused for the rest of the quarter of an hour, whatever the password. */
    static class GeblokkeerdException extends AccountStatusException {
        GeblokkeerdException() {
            super("Dit account is 15 minuten geblokkeerd na " + MAX_POGINGEN + " mislukte pogingen om in te loggen.");
        }
    }

    public boolean geblokkeerd(String gebruikersnaam) {
        return jdbc.sql("select count(*) from mislukte_inlog where gebruikersnaam = ? and tijdstip > ?")
                .params(naam(gebruikersnaam), Timestamp.from(clock.instant().minus(VENSTER))).query(Long.class).single() >= MAX_POGINGEN;
    }

    private static String naam(String gebruikersnaam) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase();
        return naam.length() > 100 ? naam.substring(0, 100) : naam;
    }

    /** Stops a login attempt for a blocked account before the password is even checked. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getServletPath().equals("/inloggen")
                        && geblokkeerd(request.getParameter("username"))) {
                    response.sendRedirect(request.getContextPath() + "/inloggen?geblokkeerd");
                    return;
                }
                String basic = basicGebruiker(request);
                if (basic != null && geblokkeerd(basic)) {
                    problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte pogingen",
                            "Dit account is 15 minuten geblokkeerd na " + MAX_POGINGEN + " mislukte pogingen om in te loggen.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String basicGebruiker(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String waarde = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int dubbelepunt = waarde.indexOf(':');
            return dubbelepunt < 0 ? null : waarde.substring(0, dubbelepunt);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
