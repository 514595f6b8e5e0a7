package nl.dichtbij.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Collects the Logboek lines of one HTTP request and writes them in one batch when the request is
 * done: after every transaction of the request committed or rolled back, and also when it failed,
 * because a look is a look (docs/decisions/0013). The request then holds no connection, so logging
 * never asks the pool for a second one. Ordered inside {@code StoringFilter}, so a database that is
 * gone at that moment still answers 503 while the response is not yet sent; lines logged after
 * this filter has finished (an error dispatch, an async thread) are written at once.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class Verzoeklogboek extends OncePerRequestFilter {

    private final Logboek logboek;

    Verzoeklogboek(Logboek logboek) {
        this.logboek = logboek;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Logboek.Regel> regels = Collections.synchronizedList(new ArrayList<>());
        request.setAttribute(Logboek.VERZOEKREGELS, regels);
        Throwable fout = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            fout = e;
            throw e;
        } finally {
            request.removeAttribute(Logboek.VERZOEKREGELS);
            try {
                logboek.schrijfApart(List.copyOf(regels));
            } catch (RuntimeException e) {
                if (fout == null) {
                    throw e;
                }
                fout.addSuppressed(e);
            }
        }
    }
}
