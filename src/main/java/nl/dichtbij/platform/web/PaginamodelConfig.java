package nl.dichtbij.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/** Lets every {@link Paginamodel} fill the model of a page that is about to be rendered. */
@Configuration(proxyBeanMethods = false)
class PaginamodelConfig implements WebMvcConfigurer {

    private final List<Paginamodel> paginamodellen;

    PaginamodelConfig(List<Paginamodel> paginamodellen) {
        this.paginamodellen = List.copyOf(paginamodellen);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView pagina) {
                if (wordtGetoond(pagina)) {
                    Map<String, Object> erbij = new HashMap<>();
                    Paginamodel.Verzoek verzoek = new Paginamodel.Verzoek(gebruiker(), request.getRequestURI().substring(request.getContextPath().length()),
                            "GET".equals(request.getMethod()));
                    paginamodellen.forEach(p -> p.vul(verzoek, erbij));
                    erbij.forEach(pagina.getModel()::putIfAbsent);
                }
            }
        });
    }

    /** A view that renders (not the API's body, not a redirect). */
    private static boolean wordtGetoond(ModelAndView pagina) {
        if (pagina == null || pagina.wasCleared()) {
            return false;
        }
        String naam = pagina.getViewName();
        return naam != null ? !naam.startsWith("redirect:") && !naam.startsWith("forward:") : !(pagina.getView() instanceof RedirectView);
    }

    private static Gebruiker gebruiker() {
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        return ingelogd != null && ingelogd.getPrincipal() instanceof Gebruiker gebruiker ? gebruiker : null;
    }
}
