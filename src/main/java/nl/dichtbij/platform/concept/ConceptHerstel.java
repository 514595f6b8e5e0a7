package nl.dichtbij.platform.concept;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts a saved draft back into the form of a page: every page whose model holds a {@code formulier} (the form-backing
 * object its template binds with {@code th:object}) gets its draft bound onto that object, as if the browser had sent it,
 * and the notice {@code conceptHersteld}. Works without JavaScript; only saving while typing needs it. A form sent with
 * success (a redirect after the POST) takes its draft with it.
 */
class ConceptHerstel implements HandlerInterceptor {

    static final String FORMULIER = "formulier";
    /** The hidden field in a form that saves drafts: the address of the page the form is on. */
    static final String VELD = "conceptvan";
    private static final String IN_DEZE_SESSIE = ConceptHerstel.class.getName() + ".formulieren";
    private static final Pattern PAD = Pattern.compile("/[A-Za-z0-9/_-]{1,299}");

    private final Concepten concepten;
    private final ConversionService conversie;

    ConceptHerstel(Concepten concepten, ConversionService conversie) {
        this.concepten = concepten;
        this.conversie = conversie;
    }

    /** The form's own address, from an untrusted request: a path of this application, nothing else. */
    static String formulierpad(String formulier) {
        if (formulier == null || !PAD.matcher(formulier).matches() || formulier.contains("//")) {
            throw new OngeldigeInvoerException(Map.of(VELD, "Dit is geen formulier van Dichtbij."));
        }
        return formulier;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView pagina) {
        if (pagina == null || !pagina.getModel().containsKey(FORMULIER) || !(ingelogd() instanceof Gebruiker gebruiker)) {
            return;
        }
        String pad = pad(request);
        if (pad == null) {
            return;
        }
        pagina.addObject("conceptFormulier", pad);
        if (!HttpMethod.GET.matches(request.getMethod()) || request.getParameter("conceptWeg") != null) {
            return;
        }
        concepten.van(gebruiker, pad).ifPresent(concept -> {
            WebDataBinder binder = new WebDataBinder(pagina.getModel().get(FORMULIER), FORMULIER);
            binder.setConversionService(conversie);
            MutablePropertyValues velden = new MutablePropertyValues();
            concept.velden().forEach((naam, waarden) -> velden.add(naam, waarden.size() == 1 ? waarden.getFirst() : waarden.toArray(String[]::new)));
            binder.bind(velden); // what no longer fits the form (a field that changed type) stays empty, it does not fail the page
            pagina.addObject("conceptHersteld", Formaat.tijdstip(concept.bewaardOp()));
            onthoud(request.getSession(), pad);
        });
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception fout) {
        if (fout != null || !HttpMethod.POST.matches(request.getMethod()) || response.getStatus() / 100 != 3) {
            return;
        }
        HttpSession sessie = request.getSession(false);
        String pad = pad(request);
        if (sessie != null && pad != null && bekend(sessie).contains(pad) && ingelogd() instanceof Gebruiker gebruiker) {
            concepten.weggooien(gebruiker, pad);
            vergeet(sessie, pad);
        }
    }

    /**
     * Which form: the page it was shown on, also when it is sent to another address (the field {@value #VELD} the form
     * carries) or shown again after an error.
     */
    private static String pad(HttpServletRequest request) {
        String veld = request.getParameter(VELD);
        String pad = veld != null ? veld : request.getRequestURI().substring(request.getContextPath().length());
        return PAD.matcher(pad).matches() && !pad.contains("//") ? pad : null;
    }

    static void onthoud(HttpSession sessie, String pad) {
        Set<String> formulieren = new HashSet<>(bekend(sessie));
        formulieren.add(pad);
        sessie.setAttribute(IN_DEZE_SESSIE, formulieren);
    }

    static void vergeet(HttpSession sessie, String pad) {
        Set<String> formulieren = new HashSet<>(bekend(sessie));
        formulieren.remove(pad);
        sessie.setAttribute(IN_DEZE_SESSIE, formulieren);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> bekend(HttpSession sessie) {
        Object formulieren = sessie.getAttribute(IN_DEZE_SESSIE);
        return formulieren instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    private static Object ingelogd() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        return wie == null ? null : wie.getPrincipal();
    }
}
