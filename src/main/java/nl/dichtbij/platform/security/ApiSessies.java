package nl.dichtbij.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions of API clients: a client signs in once (POST /api/v1/sessies) and then sends the token it got as
 * {@code Authorization: Bearer}, so a request costs an indexed lookup instead of a password hash. The token is 256
 * random bits; only its SHA-256 is kept, in the database, so every node knows it and a copy of the table signs no one
 * in. A node remembers a token it checked for at most {@link #ONTHOUDEN}: a session revoked on another node, or an
 * account changed, ends there within that time; on the node that revoked it at once, and expiry always at once.
 */
@Component
public class ApiSessies {

    static final Duration ONTHOUDEN = Duration.ofSeconds(30);
    private static final int MAX_ONTHOUDEN = 10_000;
    private static final String BEARER = "Bearer ";

    private final JdbcClient jdbc;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final Duration duur;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Onthouden> onthouden = new ConcurrentHashMap<>();
    private final SecurityContextHolderStrategy contexten = SecurityContextHolder.getContextHolderStrategy();

    ApiSessies(JdbcClient jdbc, UserDetailsService accounts, Clock clock,
               @Value("${dichtbij.api.sessieduur:PT8H}") Duration duur) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.duur = duur;
    }

    public record Sessie(String token, Instant verlooptOp) {
    }

    private record Onthouden(Gebruiker gebruiker, Instant verlooptOp, Instant tot) {
    }

    /** A new session for someone who just signed in another way; expired sessions of anyone are cleared on the way. */
    public Sessie nieuw(Gebruiker gebruiker) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant nu = clock.instant();
        Instant verlooptOp = nu.plus(duur);
        jdbc.sql("delete from api_sessie where verloopt_op < ?").param(Timestamp.from(nu)).update();
        jdbc.sql("insert into api_sessie (token_hash, gebruikersnaam, gemeente_code, aangemaakt_op, verloopt_op) values (?, ?, ?, ?, ?)")
                .params(hash(token), gebruiker.gebruikersnaam(), gebruiker.gemeenteCode(), Timestamp.from(nu), Timestamp.from(verlooptOp))
                .update();
        return new Sessie(token, verlooptOp);
    }

    /** Ends the session of this token, on this node at once and on the others within {@link #ONTHOUDEN}. */
    public void intrekken(String token) {
        String hash = hash(token);
        jdbc.sql("delete from api_sessie where token_hash = ?").param(hash).update();
        onthouden.remove(hash);
    }

    /** Who the token belongs to, while its session lasts and the account exists. */
    public Optional<Gebruiker> gebruiker(String token) {
        String hash = hash(token);
        Instant nu = clock.instant();
        Onthouden bekend = onthouden.get(hash);
        if (bekend == null || !nu.isBefore(bekend.tot())) {
            bekend = opzoeken(hash, nu);
            if (bekend == null) {
                onthouden.remove(hash);
                return Optional.empty();
            }
            if (onthouden.size() >= MAX_ONTHOUDEN) {
                onthouden.clear();
            }
            onthouden.put(hash, bekend);
        }
        return nu.isBefore(bekend.verlooptOp()) ? Optional.of(bekend.gebruiker()) : Optional.empty();
    }

    private Onthouden opzoeken(String hash, Instant nu) {
        return jdbc.sql("select gebruikersnaam, gemeente_code, verloopt_op from api_sessie where token_hash = ? and verloopt_op > ?")
                .params(hash, Timestamp.from(nu))
                .query((rs, i) -> new Rij(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional()
                .flatMap(rij -> account(rij.gebruikersnaam()).filter(g -> g.gemeenteCode().equals(rij.gemeenteCode()))
                        .map(g -> new Onthouden(g, rij.verlooptOp(), nu.plus(ONTHOUDEN))))
                .orElse(null);
    }

    private record Rij(String gebruikersnaam, String gemeenteCode, Instant verlooptOp) {
    }

    private Optional<Gebruiker> account(String gebruikersnaam) {
        try {
            Gebruiker account = (Gebruiker) accounts.loadUserByUsername(gebruikersnaam);
            // the principal of a session carries no password hash
            return Optional.of(new Gebruiker(account.gebruikersnaam(), null, account.naam(), account.rol(), account.gemeenteCode(),
                    account.teamId(), account.bsn(), account.organisatie(), null));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the request, when it carries one. */
    static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }

    /** Signed in through a session token: what the API knows, and that POST /api/v1/sessies does not extend a session. */
    static final class SessieAuthenticatie extends AbstractAuthenticationToken {

        private final Gebruiker gebruiker;

        SessieAuthenticatie(Gebruiker gebruiker) {
            super(gebruiker.getAuthorities());
            this.gebruiker = gebruiker;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Gebruiker getPrincipal() {
            return gebruiker;
        }
    }

    /** Signs in a request with a Bearer token; an unknown, expired or revoked one is refused, never passed on unauthenticated. */
    OncePerRequestFilter filter(AuthenticationEntryPoint weigering) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<String> token = token(request);
                if (token.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<Gebruiker> gebruiker = token.get().isEmpty() ? Optional.empty() : gebruiker(token.get());
                if (gebruiker.isEmpty()) {
                    contexten.clearContext();
                    weigering.commence(request, response, new BadCredentialsException("Onbekende of verlopen sessie"));
                    return;
                }
                SecurityContext context = contexten.createEmptyContext();
                context.setAuthentication(new SessieAuthenticatie(gebruiker.get()));
                contexten.setContext(context);
                chain.doFilter(request, response);
            }
        };
    }
}
