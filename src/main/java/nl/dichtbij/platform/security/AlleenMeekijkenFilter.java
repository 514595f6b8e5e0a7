package nl.dichtbij.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone authorised only to look along (alleen meekijken) cannot change anything in the file
 * of the person he acts for; he can only stop acting for him.
 */
class AlleenMeekijkenFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        boolean wijzigt = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (wijzigt && wie != null && wie.getPrincipal() instanceof Gebruiker gebruiker && gebruiker.door() != null
                && gebruiker.door().alleenInzien() && !request.getRequestURI().endsWith("/mijn/namens/stoppen")
                && !request.getRequestURI().endsWith("/uitloggen")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "U mag alleen meekijken");
            return;
        }
        chain.doFilter(request, response);
    }
}
