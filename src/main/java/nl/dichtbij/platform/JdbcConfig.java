package nl.dichtbij.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    /**
     * The migrations use plain lower-case identifiers, so the same SQL runs on H2 and PostgreSQL.
     * Spring Data JDBC must not quote them, or H2's dialect would ask for upper-case names.
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
