package nl.dichtbij.platform.istandaarden;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundled copy unless {@code dichtbij.istandaarden.pad} points to a release on disk. */
@Configuration(proxyBeanMethods = false)
class IStandaardenConfig {

    @Bean
    IStandaarden iStandaarden(@Value("${dichtbij.istandaarden.pad:}") String pad) {
        return IStandaarden.volgensInstelling(pad);
    }
}
