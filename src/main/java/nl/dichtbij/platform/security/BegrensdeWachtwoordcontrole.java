package nl.dichtbij.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check of form login and HTTP Basic, done one attempt at a time per account (see {@link InlogBegrenzer#onderSlot}).
 * A name and password this node verified in the last minute are not hashed again: HTTP Basic sends them with every
 * request, and sixteen parallel requests of one account would otherwise queue for the account's slot, each paying a
 * bcrypt, until some were refused. Only an HMAC of them under a key that lives in this process is kept; a blocked account
 * or source stays blocked.
 */
@Component
class BegrensdeWachtwoordcontrole implements AuthenticationProvider {

    private static final int MAXIMUM_ONTHOUDEN = 10_000;

    private final DaoAuthenticationProvider wachtwoorden;
    private final UserDetailsService accounts;
    private final InlogBegrenzer begrenzer;
    private final Clock clock;
    private final Duration onthouden;
    private final SecretKeySpec sleutel;
    private final Map<String, Instant> onlangsGoed = new ConcurrentHashMap<>();

    BegrensdeWachtwoordcontrole(UserDetailsService accounts, PasswordEncoder encoder, InlogBegrenzer begrenzer, Clock clock,
                                @Value("${dichtbij.inloggen.onthouden:PT1M}") Duration onthouden) {
        this.wachtwoorden = new DaoAuthenticationProvider(accounts);
        this.wachtwoorden.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.begrenzer = begrenzer;
        this.clock = clock;
        this.onthouden = onthouden;
        byte[] willekeurig = new byte[32];
        new SecureRandom().nextBytes(willekeurig);
        this.sleutel = new SecretKeySpec(willekeurig, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String bron = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        String vingerafdruk = authentication.getCredentials() instanceof String wachtwoord
                ? vingerafdruk(authentication.getName(), wachtwoord) : null;
        if (vingerafdruk != null && isOnlangsGoed(vingerafdruk) && !begrenzer.geblokkeerd(authentication.getName(), bron)) {
            UserDetails account = accounts.loadUserByUsername(authentication.getName());
            if (account.isEnabled() && account.isAccountNonLocked() && account.isAccountNonExpired()) {
                UsernamePasswordAuthenticationToken gelukt = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
                gelukt.setDetails(authentication.getDetails());
                return gelukt;
            }
        }
        Authentication gelukt = begrenzer.onderSlot(authentication.getName(), bron, () -> wachtwoorden.authenticate(authentication));
        if (vingerafdruk != null) {
            if (onlangsGoed.size() >= MAXIMUM_ONTHOUDEN) {
                onlangsGoed.clear();
            }
            onlangsGoed.put(vingerafdruk, clock.instant().plus(onthouden));
        }
        return gelukt;
    }

    private boolean isOnlangsGoed(String vingerafdruk) {
        Instant tot = onlangsGoed.get(vingerafdruk);
        if (tot == null) {
            return false;
        }
        if (!tot.isAfter(clock.instant())) {
            onlangsGoed.remove(vingerafdruk);
            return false;
        }
        return true;
    }

    private String vingerafdruk(String naam, String wachtwoord) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal((naam + '\u0000' + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return wachtwoorden.supports(authentication);
    }
}
