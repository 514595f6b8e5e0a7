package nl.dichtbij.platform.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A form sent after the session timed out carries a CSRF token the server no longer knows. That is not "a page for
 * another role": the person is sent to log in again and then back to the page the form was on, where his draft waits
 * (platform.concept). A draft being saved by htmx at that moment gets a line saying so instead of the login page.
 */
class VerlopenSessie implements AccessDeniedHandler {

    private static final String SESSIE_VERLOPEN = "/inloggen?verlopen";
    /** Where {@link HttpSessionRequestCache} keeps the page to return to after logging in. */
    private static final String BEWAARD_VERZOEK = "SPRING_SECURITY_SAVED_REQUEST";

    private final AccessDeniedHandler geenToegang = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException fout)
            throws IOException, ServletException {
        if (!(fout instanceof CsrfException)) {
            geenToegang.handle(request, response, fout);
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getWriter().write(ingelogd()
                    ? "Niet bewaard: deze pagina is verouderd. Kopieer uw tekst en open de pagina opnieuw."
                    : "Niet bewaard: u bent uitgelogd omdat u een tijd niets deed. Kopieer uw tekst en log opnieuw in.");
            return;
        }
        String terug = vanDezeSite(request);
        if (!ingelogd() && terug == null) {
            // not a form of one of our pages whose session ran out, but a request without a valid token from elsewhere
            geenToegang.handle(request, response, fout);
            return;
        }
        if (ingelogd()) {
            // logged in again in another tab: the page was made with the old session
            response.sendRedirect(terug == null ? "/start" : terug);
            return;
        }
        if (terug != null) {
            request.getSession(true).setAttribute(BEWAARD_VERZOEK, new SimpleSavedRequest(terug));
        }
        response.sendRedirect(SESSIE_VERLOPEN);
    }

    /** The page the form was on, when it is a page of this site. */
    private static String vanDezeSite(HttpServletRequest request) {
        String verwijzer = request.getHeader("Referer");
        if (verwijzer == null) {
            return null;
        }
        try {
            URI uri = URI.create(verwijzer);
            boolean zelfdeSite = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 || uri.getPort() == request.getServerPort());
            String pad = uri.getRawPath();
            if (!zelfdeSite || pad == null || !pad.startsWith("/") || pad.startsWith("//") || pad.startsWith("/inloggen")) {
                return null;
            }
            return pad;
        } catch (IllegalArgumentException onleesbaar) {
            return null;
        }
    }

    private static boolean ingelogd() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        return wie != null && wie.isAuthenticated() && !(wie instanceof AnonymousAuthenticationToken);
    }
}
