package nl.dichtbij.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The password check of form login and HTTP Basic, done one attempt at a time per account (see {@link InlogBegrenzer#onderSlot}). */
@Component
class BegrensdeWachtwoordcontrole implements AuthenticationProvider {

    private final DaoAuthenticationProvider wachtwoorden;
    private final InlogBegrenzer begrenzer;

    BegrensdeWachtwoordcontrole(UserDetailsService accounts, PasswordEncoder encoder, InlogBegrenzer begrenzer) {
        this.wachtwoorden = new DaoAuthenticationProvider(accounts);
        this.wachtwoorden.setPasswordEncoder(encoder);
        this.begrenzer = begrenzer;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String bron = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        return begrenzer.onderSlot(authentication.getName(), bron, () -> wachtwoorden.authenticate(authentication));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return wachtwoorden.supports(authentication);
    }
}
