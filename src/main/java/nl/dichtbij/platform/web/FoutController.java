package nl.dichtbij.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Takes the place of Spring Boot's error controller: whatever did not reach a controller advice
 * (an unknown API path, a wrong method, a request the firewall refused, an exception in a filter)
 * ends here and answers in Dutch: problem+json for the API, the error page for the rest.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class FoutController implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final ApiProblems problems;
    private final StoringFilter storing;

    FoutController(ErrorAttributes errorAttributes, ApiProblems problems, StoringFilter storing) {
        this.errorAttributes = errorAttributes;
        this.problems = problems;
        this.storing = storing;
    }

    @RequestMapping
    ModelAndView fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable fout = errorAttributes.getError(new ServletWebRequest(request));
        if (fout != null && Databasefouten.onbereikbaar(fout)) {
            storing.storing(request, response);
            return null;
        }
        int status = fout != null && Databasefouten.conflict(fout) ? HttpStatus.CONFLICT.value() : status(request);
        if (ApiProblems.isApi(request)) {
            problems.write(response, ApiProblems.problem(HttpStatusCode.valueOf(status)));
            return null;
        }
        response.setStatus(status);
        return new ModelAndView("error").addObject("status", status);
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
