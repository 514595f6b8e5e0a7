package nl.dichtbij.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
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
 * Login throttling, per quarter of an hour: five failed attempts on an account from one source
 * refuse that account from that source, also with the right password; twenty from one source
 * refuse that source for every account; a hundred on one account from all sources together
 * (guessing spread over many machines) refuse the account until the quarter has passed or
 * functioneel beheer lifts it. So someone who only knows a user name cannot keep him out from
 * his own computer. Kept in the database, so it holds across nodes; the filter answers early,
 * {@link #onderSlot} makes the count exact when attempts arrive in parallel.
 */
@Component
public class InlogBegrenzer {

    public static final int MAX_POGINGEN = 5;
    public static final int MAX_VAN_EEN_BRON = 20;
    public static final int MAX_PER_ACCOUNT = 100;
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
     * for one account take turns, so each failure is counted before the next check and the sixth
     * attempt within the window is refused, on whichever node it arrives. An attempt that finds the
     * row taken does not wait in the database (it would hold a connection, and forty guesses could
     * empty the pool for everyone): it lets go and tries again a moment later, for a few seconds.
     */
    Authentication onderSlot(String gebruikersnaam, String bron, Supplier<Authentication> controle) {
        String naam = naam(gebruikersnaam);
        String van = bron(bron);
        slotAanmaken(naam);
        long tot = System.nanoTime() + BEURT_WACHTEN.toNanos();
        while (true) {
            Beurt beurt = transactie.execute(s -> beurt(naam, van, controle));
            if (beurt.fout() != null) {
                throw beurt.fout();
            }
            if (beurt.uitkomst() != null) {
                return beurt.uitkomst();
            }
            if (System.nanoTime() > tot) {
                throw new GeblokkeerdException();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(20, 80));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeblokkeerdException();
            }
        }
    }

    private static final Duration BEURT_WACHTEN = Duration.ofSeconds(5);

    /** One try at the account's turn: empty when another attempt holds the slot. */
    private record Beurt(Authentication uitkomst, AuthenticationException fout) {
    }

    private Beurt beurt(String naam, String van, Supplier<Authentication> controle) {
        if (jdbc.sql("select gebruikersnaam from inlog_slot where gebruikersnaam = ? for update skip locked").param(naam)
                .query(String.class).optional().isEmpty()) {
            return new Beurt(null, null);
        }
        if (geblokkeerd(naam, van)) {
            return new Beurt(null, new GeblokkeerdException());
        }
        try {
            Authentication gelukt = controle.get();
            jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ? and bron = ?").params(naam, van).update();
            return new Beurt(gelukt, null);
        } catch (AuthenticationException e) {
            jdbc.sql("insert into mislukte_inlog (gebruikersnaam, bron, tijdstip) values (?, ?, ?)").params(naam, van, Timestamp.from(clock.instant()))
                    .update();
            return new Beurt(null, e);
        }
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
            super("Er is te vaak een verkeerd wachtwoord gebruikt. Inloggen is 15 minuten geblokkeerd. Lukt het daarna nog niet, "
                    + "vraag dan functioneel beheer van uw gemeente om de blokkade op te heffen.");
        }
    }

    public boolean geblokkeerd(String gebruikersnaam, String bron) {
        String naam = naam(gebruikersnaam);
        String van = bron(bron);
        Timestamp sinds = Timestamp.from(clock.instant().minus(VENSTER));
        return jdbc.sql("select count(*) from mislukte_inlog where gebruikersnaam = ? and bron = ? and tijdstip > ?").params(naam, van, sinds)
                .query(Long.class).single() >= MAX_POGINGEN
                || jdbc.sql("select count(*) from mislukte_inlog where bron = ? and tijdstip > ?").params(van, sinds)
                .query(Long.class).single() >= MAX_VAN_EEN_BRON
                || jdbc.sql("select count(*) from mislukte_inlog where gebruikersnaam = ? and tijdstip > ?").params(naam, sinds)
                .query(Long.class).single() >= MAX_PER_ACCOUNT;
    }

    /** Accounts refused right now from at least one source, with the number of failed attempts in the window: for beheer. */
    public java.util.Map<String, Long> geblokkeerdeAccounts() {
        java.util.Map<String, Long> accounts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select gebruikersnaam, count(*) from mislukte_inlog where tijdstip > ? group by gebruikersnaam, bron having count(*) >= ?
                        order by gebruikersnaam""")
                .params(Timestamp.from(clock.instant().minus(VENSTER)), MAX_POGINGEN)
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> accounts.merge(e.getKey(), e.getValue(), Long::sum));
        return accounts;
    }

    /** Beheer lifts the block: every failed attempt on the account is forgotten, from every source. */
    public void opheffen(String gebruikersnaam) {
        jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ?").param(naam(gebruikersnaam)).update();
    }

    private static String bron(String bron) {
        return bron == null ? "" : bron.length() > 45 ? bron.substring(0, 45) : bron;
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
                        && geblokkeerd(request.getParameter("username"), request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/inloggen?geblokkeerd");
                    return;
                }
                String basic = basicGebruiker(request);
                if (basic != null && geblokkeerd(basic, request.getRemoteAddr())) {
                    problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte pogingen", new GeblokkeerdException().getMessage());
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
