package nl.dichtbij.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, every request answers 503 with Retry-After within the
 * pool's connection timeout, wherever the failure shows: in a controller, in the login throttle
 * or user lookup of Spring Security, or in Spring Session loading or saving the session. That is
 * why this filter sits before the session filter. Pages get plain HTML read at start-up, which
 * needs no database, no session and no template; the API gets problem+json. A write conflict
 * that escapes as far as here (Spring Session saving the same attribute twice) answers 409.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
public class StoringFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StoringFilter.class);
    private static final String CSP = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private final ApiProblems problems;
    private final byte[] storingspagina;

    StoringFilter(ApiProblems problems) throws IOException {
        this.problems = problems;
        this.storingspagina = new ClassPathResource("noodpagina/storing.html").getContentAsByteArray();
    }

    /** The error page itself may find the database gone too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SnelFalendeDataSource.begin();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (Databasefouten.onbereikbaar(e)) {
                log.warn("Database niet bereikbaar bij {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
                response.reset();
                storing(request, response);
            } else if (Databasefouten.conflict(e) && request.getDispatcherType() != DispatcherType.ERROR) {
                log.info("Gelijktijdige wijziging bij {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
                response.reset();
                if (ApiProblems.isApi(request)) {
                    problems.write(response, ApiProblems.problem(HttpStatus.CONFLICT));
                } else {
                    response.sendError(HttpStatus.CONFLICT.value());
                }
            } else {
                throw e;
            }
        } finally {
            SnelFalendeDataSource.einde();
        }
    }

    @Bean
    static BeanPostProcessor snelFalendeDataSource() {
        return SnelFalendeDataSource.omPool();
    }

    void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiProblems.isApi(request)) {
            problems.write(response, ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE));
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.OPNIEUW_NA);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(storingspagina.length);
        response.getOutputStream().write(storingspagina);
    }
}
