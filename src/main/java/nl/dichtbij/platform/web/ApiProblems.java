package nl.dichtbij.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with Dutch titles. */
@Component
public class ApiProblems {

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
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
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(ApiVersionFilter.HEADER, ApiVersionFilter.VERSION);
        json.writeValue(response.getOutputStream(), problem(status, titel, detail));
    }
}
