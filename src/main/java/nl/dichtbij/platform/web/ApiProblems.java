package nl.dichtbij.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with Dutch titles. */
@Component
public class ApiProblems {

    /** Seconds a client waits before it tries again after a 503: long enough for a database restart or fail-over. */
    public static final String OPNIEUW_NA = "30";

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    /** Whether the request, or the request an error page is shown for, went to the API. */
    public static boolean isApi(HttpServletRequest request) {
        Object fout = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = fout instanceof String s ? s : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    public static ProblemDetail problem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        return problem;
    }

    /** The standard Dutch problem for a status, for errors that carry no text of their own. */
    public static ProblemDetail problem(HttpStatusCode status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status.value()));
        problem.setTitle(titel(status.value()));
        return problem;
    }

    public static ProblemDetail invoerProblem(Map<String, String> fouten) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                String.join(" ", fouten.values()));
        problem.setProperty("invalidParams", fouten.entrySet().stream()
                .map(f -> Map.of("name", f.getKey(), "reason", f.getValue())).toList());
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String titel, String detail) throws IOException {
        write(response, problem(status, titel, detail));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(ApiVersionFilter.HEADER, ApiVersionFilter.VERSION);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, OPNIEUW_NA);
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    static String titel(int status) {
        return switch (status) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet ingelogd";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Formaat niet beschikbaar";
            case 409 -> "Tegelijk gewijzigd";
            case 413 -> "Te groot";
            case 415 -> "Formaat niet ondersteund";
            case 429 -> "Te veel verzoeken";
            case 503 -> "Tijdelijk niet beschikbaar";
            default -> "Er ging iets mis";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek kan niet worden gelezen. Controleer de opbouw en de waarden.";
            case 401 -> "Log in om deze gegevens te gebruiken.";
            case 403 -> "U heeft geen toegang tot deze gegevens.";
            case 404 -> "Dit adres bestaat niet in de API.";
            case 405 -> "Deze methode kan hier niet worden gebruikt.";
            case 406 -> "De API antwoordt in JSON (application/json).";
            case 409 -> "Iemand anders wijzigde dezelfde gegevens op hetzelfde moment. Probeer het opnieuw.";
            case 413 -> "Het verzoek is te groot. Een bijlage mag hoogstens 5 MB zijn.";
            case 415 -> "Stuur de gegevens als JSON (application/json).";
            case 429 -> "Er kwamen te veel verzoeken. Wacht even en probeer het opnieuw.";
            case 503 -> "Dichtbij is tijdelijk niet beschikbaar door een storing. Probeer het over een halve minuut opnieuw.";
            default -> "Er ging aan onze kant iets mis. Probeer het later nog eens.";
        };
    }
}
