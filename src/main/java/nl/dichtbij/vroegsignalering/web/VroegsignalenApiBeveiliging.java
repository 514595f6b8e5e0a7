package nl.dichtbij.vroegsignalering.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.platform.security.SecurityConfig;
import nl.dichtbij.platform.web.ApiProblems;
import nl.dichtbij.vroegsignalering.Signaalbronnen;

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
 * {@code /api/v1/vroegsignalen} takes a sender's key ({@code Authorization: Bearer <sleutel>}), never a person's login: a
 * professional's password or API session gives nothing here (no sender may be impersonated), and a key of another
 * municipality's sender only sends signals for that municipality. A stopped sender's key is refused. The principal is the
 * {@link nl.dichtbij.vroegsignalering.Signaalbron}.
 */
@Configuration(proxyBeanMethods = false)
class VroegsignalenApiBeveiliging {

    static final String ROL = "ROLE_SIGNAALBRON";

    @Bean
    @Order(0)
    SecurityFilterChain vroegsignalenApiKeten(HttpSecurity http, Signaalbronnen bronnen, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/v1/vroegsignalen", "/api/v1/vroegsignalen/**")
                .addFilterBefore(new SleutelFilter(bronnen), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ROL))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                                "Stuur de sleutel van uw organisatie mee: Authorization: Bearer <sleutel>. Functioneel beheer van de gemeente geeft u die."))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Alleen signaalbronnen met een sleutel sturen signalen.")))
                .headers(SecurityConfig::secureHeaders);
        return http.build();
    }

    private static final class SleutelFilter extends OncePerRequestFilter {
        private final Signaalbronnen bronnen;

        SleutelFilter(Signaalbronnen bronnen) {
            this.bronnen = bronnen;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String kop = request.getHeader("Authorization");
            if (kop != null && kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
                bronnen.metSleutel(kop.substring(7).trim()).ifPresent(bron -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(bron, null, List.of(new SimpleGrantedAuthority(ROL)))));
            }
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
