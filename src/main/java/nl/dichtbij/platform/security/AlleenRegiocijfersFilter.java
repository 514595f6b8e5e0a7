package nl.dichtbij.platform.security;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A region's account (role {@link Rol#REGIO}) reaches the regional view and the public pages, and nothing else — whatever a
 * page's own rule says (deny by default, issue 21). Every other address it asks for is refused with 403 and recorded in
 * {@code geweigerde_toegang} (who, when, which address; no data of a resident), for the privacy officer.
 */
class AlleenRegiocijfersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AlleenRegiocijfersFilter.class);

    /** Exactly these addresses, or what starts with one of {@link #ONDER}. */
    static final List<String> PRECIES = List.of("/regio", "/api/v1/regio", "/start", "/", "/inloggen", "/uitloggen", "/error", "/toegankelijkheid",
            "/favicon.ico", "/api/v1/sessies", "/open-data", "/sociale-kaart");
    static final List<String> ONDER = List.of("/open-data/", "/sociale-kaart/", "/api/v1/sociale-kaart/", "/api/v1/openapi.json", "/css/", "/js/",
            "/huisstijl/", "/webjars/", "/actuator/health/");

    private final JdbcClient jdbc;
    private final Clock clock;

    AlleenRegiocijfersFilter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean toegestaan(String pad) {
        return PRECIES.contains(pad) || ONDER.stream().anyMatch(pad::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie != null && wie.getPrincipal() instanceof Gebruiker gebruiker && gebruiker.is(Rol.REGIO)) {
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            if (!toegestaan(pad)) {
                vastleggen(gebruiker, request.getMethod(), pad);
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "De regio ziet alleen de cijfers van de regio");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void vastleggen(Gebruiker gebruiker, String methode, String pad) {
        String kort = pad.length() > 500 ? pad.substring(0, 500) : pad;
        log.warn("Toegang geweigerd voor regio-account {}: {} {}", gebruiker.gebruikersnaam(), methode, kort);
        jdbc.sql("insert into geweigerde_toegang (gemeente_code, tijdstip, gebruikersnaam, rol, methode, pad) values (?, ?, ?, ?, ?, ?)")
                .params(gebruiker.gemeenteCode(), Timestamp.from(clock.instant()), gebruiker.gebruikersnaam(), gebruiker.rol().name(),
                        methode.length() > 10 ? methode.substring(0, 10) : methode, kort)
                .update();
    }
}
