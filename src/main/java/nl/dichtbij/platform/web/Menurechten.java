package nl.dichtbij.platform.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the layout's menu asks of the signed-in user, as {@code ${@menurechten.heeft('BEHEER')}}: a look at the user's
 * authorities. The layout asks it some sixty times a page; {@code sec:authorize} parsed and evaluated a Spring Security
 * expression with its own evaluation context each time, 8% of the werkbak's CPU (JFR, issue 24). Only for showing menu
 * items: access itself is decided by the security configuration.
 */
@Component("menurechten")
public class Menurechten {

    /** Whether the user has one of these roles (without the {@code ROLE_} prefix), like {@code hasAnyRole}. */
    public boolean heeft(String... rollen) {
        Authentication ingelogd = aangemeldeGebruiker();
        if (ingelogd == null) {
            return false;
        }
        for (GrantedAuthority recht : ingelogd.getAuthorities()) {
            String naam = recht.getAuthority();
            if (naam != null && naam.startsWith("ROLE_")) {
                for (String rol : rollen) {
                    if (naam.length() == rol.length() + 5 && naam.endsWith(rol)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether someone is signed in, like {@code isAuthenticated()}. */
    public boolean aangemeld() {
        return aangemeldeGebruiker() != null;
    }

    private static Authentication aangemeldeGebruiker() {
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        return ingelogd == null || !ingelogd.isAuthenticated() || ingelogd instanceof AnonymousAuthenticationToken ? null : ingelogd;
    }
}
