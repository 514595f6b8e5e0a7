package nl.dichtbij.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error is application/problem+json with a Dutch title and detail. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldig(OngeldigeInvoerException e) {
        return ApiProblems.invoerProblem(e.fouten());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail ongeldig(MethodArgumentNotValidException e) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (FieldError fout : e.getBindingResult().getFieldErrors()) {
            fouten.putIfAbsent(fout.getField(), fout.getDefaultMessage());
        }
        return ApiProblems.invoerProblem(fouten);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail onleesbaar(Exception e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "Het verzoek kan niet worden gelezen. Controleer de opbouw en de waarden.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail geenToegang(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang", "U heeft geen toegang tot deze gegevens.");
    }
}
