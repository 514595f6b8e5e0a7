package nl.dichtbij.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the broker vouched for someone, the session carries a Dichtbij user (role, municipality,
 * BSN for a resident) instead of the raw OIDC identity, so every page and check works the same as
 * with the demo login. Someone the installation does not know is signed out again.
 */
@Component
class OidcLogin implements AuthenticationSuccessHandler {

    private final Identiteiten identiteiten;
    private final SecurityContextRepository sessies = new HttpSessionSecurityContextRepository();
    private final org.springframework.security.web.savedrequest.RequestCache bewaard =
            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();

    OidcLogin(Identiteiten identiteiten) {
        this.identiteiten = identiteiten;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser oidc)) {
            response.sendRedirect(request.getContextPath() + "/inloggen?onbekend");
            return;
        }
        Gebruiker gebruiker = identiteiten.vanClaims(oidc.getClaims()).orElse(null);
        if (gebruiker == null) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/inloggen?onbekend");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, gebruiker.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessies.saveContext(context, request, response);
        // back to the page that asked for the login (e.g. Hulp vragen); otherwise the start page of one's role
        var gevraagd = bewaard.getRequest(request, response);
        bewaard.removeRequest(request, response);
        response.sendRedirect(gevraagd != null ? gevraagd.getRedirectUrl() : request.getContextPath() + "/start");
    }
}
