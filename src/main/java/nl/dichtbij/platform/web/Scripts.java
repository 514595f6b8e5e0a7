package nl.dichtbij.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our own scripts under {@code /js}, beside the style sheets under {@code /css} (application.properties): a pattern of its own,
 * so only links to a script are looked up on the classpath. Every page works without them (progressive enhancement).
 */
@Configuration(proxyBeanMethods = false)
class Scripts implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    }
}
