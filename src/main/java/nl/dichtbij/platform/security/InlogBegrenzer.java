package nl.dichtbij.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling: after five failed attempts within fifteen minutes an account is refused for
 * the rest of that quarter of an hour, also with the right password. Kept in the database, so it
 * holds across nodes.
 */
@Component
public class InlogBegrenzer {

    public static final int MAX_POGINGEN = 5;
    public static final Duration VENSTER = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApiProblems problems;

    InlogBegrenzer(JdbcClient jdbc, Clock clock, ApiProblems problems) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.problems = problems;
    }

    @EventListener
    void mislukt(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("insert into mislukte_inlog (gebruikersnaam, tijdstip) values (?, ?)")
                .params(naam(event.getAuthentication().getName()), Timestamp.from(clock.instant())).update();
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from mislukte_inlog where gebruikersnaam = ?").param(naam(event.getAuthentication().getName())).update();
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
