package nl.dichtbij.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is application/problem+json with a Dutch title and detail. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldig(OngeldigeInvoerException e) {
        return ApiProblems.invoerProblem(e.fouten());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail verkeerdType(MethodArgumentTypeMismatchException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De waarde van '" + e.getName() + "' klopt niet.");
    }

    @ExceptionHandler(nl.dichtbij.platform.GeenToegangException.class)
    ProblemDetail geenToegangTotDossier(nl.dichtbij.platform.GeenToegangException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail geenToegang(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang", "U heeft geen toegang tot deze gegevens.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (FieldError fout : e.getBindingResult().getFieldErrors()) {
            fouten.putIfAbsent(fout.getField(), fout.getDefaultMessage());
        }
        return ResponseEntity.badRequest().body(ApiProblems.invoerProblem(fouten));
    }

    /** Spring's own errors (unreadable body, wrong method, wrong media type) get a Dutch text too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        log.debug("API-fout {}: {}", status, e.getMessage());
        return ResponseEntity.status(status).headers(headers).body(ApiProblems.problem(status));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail nietIngelogd(AuthenticationException e) {
        return ApiProblems.problem(HttpStatus.UNAUTHORIZED);
    }

    /** Whatever else escapes: never Spring's English default, never a stack trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e) {
        if (Databasefouten.onbereikbaar(e)) {
            log.warn("Database niet bereikbaar: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, ApiProblems.OPNIEUW_NA)
                    .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE));
        }
        if (Databasefouten.conflict(e)) {
            log.info("Gelijktijdige wijziging: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.problem(HttpStatus.CONFLICT));
        }
        log.error("Onverwachte fout in de API", e);
        return ResponseEntity.internalServerError().body(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR));
    }
}
