package nl.dichtbij.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.web.ApiProblems;
import nl.dichtbij.platform.web.Databasefouten;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Refusals on the API answer in problem+json, in Dutch, like every other API error. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;

    ProblemAuthenticationEntryPoint(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (Databasefouten.onbereikbaar(e)) {
            // not a wrong password: the user lookup could not reach the database; StoringFilter answers 503
            throw new ServletException(e);
        }
        if (e instanceof InlogBegrenzer.GeblokkeerdException) {
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte pogingen", e.getMessage());
            return;
        }
        problems.write(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                "Log in om deze gegevens te gebruiken.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "Geen toegang",
                "U heeft geen toegang tot deze gegevens.");
    }
}
