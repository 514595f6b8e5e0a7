package nl.dichtbij.platform.concept;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ConceptConfig implements WebMvcConfigurer {

    private final Concepten concepten;
    private final ConversionService conversie;

    // lazy: the MVC conversion service is built by the same configuration that asks for the interceptors
    ConceptConfig(Concepten concepten, @Lazy @Qualifier("mvcConversionService") ConversionService conversie) {
        this.concepten = concepten;
        this.conversie = conversie;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConceptHerstel(concepten, conversie)).excludePathPatterns("/api/**", "/concepten/**", "/css/**", "/js/**", "/huisstijl/**",
                "/webjars/**", "/actuator/**");
    }
}
