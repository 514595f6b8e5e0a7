package nl.dichtbij.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.NietGevondenException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView teGroot(Exception e) {
        ModelAndView page = new ModelAndView("fout");
        page.addObject("titel", "Het bestand is te groot");
        page.addObject("uitleg", "Een bijlage mag hoogstens 5 MB zijn. Ga terug, kies een kleiner bestand en verstuur opnieuw.");
        return page;
    }

    @ExceptionHandler(NietGevondenException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView nietGevonden(NietGevondenException e) {
        ModelAndView page = new ModelAndView("fout");
        page.addObject("titel", "Niet gevonden");
        page.addObject("uitleg", "Deze pagina bestaat niet, of u heeft er geen toegang toe.");
        return page;
    }

    /** Two requests wrote the same rows at once; the second can simply try again. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView tegelijk(Exception e) {
        log.info("Gelijktijdige wijziging: {}", e.getMessage());
        ModelAndView page = new ModelAndView("fout");
        page.addObject("titel", "Tegelijk gewijzigd");
        page.addObject("uitleg", "Iemand anders wijzigde dezelfde gegevens op hetzelfde moment. Ga terug en probeer het opnieuw.");
        return page;
    }

    /** The professional may ask for emergency access here; the form goes to the dossier module. */
    @ExceptionHandler(GeenToegangException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView geenToegang(GeenToegangException e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("geen-toegang");
        page.addObject("huishoudenId", e.huishoudenId());
        page.addObject("terug", "GET".equals(request.getMethod()) ? request.getRequestURI() : "/werk");
        return page;
    }
}
