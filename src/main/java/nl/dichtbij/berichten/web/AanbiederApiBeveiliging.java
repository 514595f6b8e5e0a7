package nl.dichtbij.berichten.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.berichten.AanbiederSleutels;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The provider API authenticates the provider, not a person: a bearer key per provider (the
 * embedded default; the demo provider's is {@code demo-aanbieder-42420001}). The principal is the
 * provider's AGB code.
 */
@Configuration(proxyBeanMethods = false)
class AanbiederApiBeveiliging {

    static final String ROL = "ROLE_AANBIEDER_API";

    @Bean
    @Order(0)
    SecurityFilterChain berichtenApi(HttpSecurity http, AanbiederSleutels sleutels, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/v1/berichten", "/api/v1/berichten/**")
                .addFilterBefore(new SleutelFilter(sleutels), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ROL))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                                "Stuur de sleutel van uw organisatie mee: Authorization: Bearer <sleutel>."))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Alleen aanbieders met een sleutel gebruiken de berichten-API.")))
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    private static final class SleutelFilter extends OncePerRequestFilter {
        private final AanbiederSleutels sleutels;

        SleutelFilter(AanbiederSleutels sleutels) {
            this.sleutels = sleutels;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String kop = request.getHeader("Authorization");
            if (kop != null && kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
                sleutels.aanbieder(kop.substring(7).trim()).ifPresent(agb -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(agb, null, List.of(new SimpleGrantedAuthority(ROL)))));
            }
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
