package nl.dichtbij.berichten.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.berichten.AanbiederSleutels;
import nl.dichtbij.platform.security.SecurityConfig;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The provider API ({@code /api/v1/berichten} and {@code /api/v1/voortgangsnotities}) authenticates the provider, not a person. Two kinds of bearer token: a key per
 * provider (the embedded default; the demo provider's is {@code demo-aanbieder-42420001}), and in
 * production an OAuth2 client-credentials access token (a JWT) from the municipality's
 * authorisation server, configured with {@code spring.security.oauth2.resourceserver.jwt.*}; its
 * AGB claim says which provider calls. Either way the principal is the provider's AGB code.
 */
@Configuration(proxyBeanMethods = false)
class AanbiederApiBeveiliging {

    static final String ROL = "ROLE_AANBIEDER_API";

    private static final Pattern AGB = Pattern.compile("\\d{8}");

    @Bean
    @Order(0)
    SecurityFilterChain berichtenApi(HttpSecurity http, AanbiederSleutels sleutels, ApiProblems problems, ObjectProvider<JwtDecoder> jwt,
                                     @Value("${dichtbij.berichten.agb-claim:agb}") String agbClaim) throws Exception {
        AuthenticationEntryPoint nietIngelogd = (request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                "Stuur de sleutel of het toegangstoken van uw organisatie mee: Authorization: Bearer <sleutel>.");
        // the standard messages and the progress notes on the plan (plan.api.VoortgangApi): both the provider's, not a person's
        http.securityMatcher("/api/v1/berichten", "/api/v1/berichten/**", "/api/v1/voortgangsnotities", "/api/v1/voortgangsnotities/**")
                .addFilterBefore(new SleutelFilter(sleutels), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(ROL))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(nietIngelogd)
                        .accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Alleen aanbieders met een sleutel gebruiken de API voor aanbieders.")))
                .headers(SecurityConfig::secureHeaders);
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.bearerTokenResolver(SleutelFilter::jwtUit).authenticationEntryPoint(nietIngelogd)
                    .jwt(j -> j.jwtAuthenticationConverter(token -> aanbieder(token, agbClaim))));
        }
        return http.build();
    }

    /** A token without a valid AGB claim is authenticated but gets no access: 403, not 401. */
    private static AbstractAuthenticationToken aanbieder(Jwt token, String agbClaim) {
        String agb = token.getClaimAsString(agbClaim);
        if (agb == null || !AGB.matcher(agb).matches()) {
            return UsernamePasswordAuthenticationToken.authenticated(token.getSubject() == null ? "onbekend" : token.getSubject(), token, List.of());
        }
        return UsernamePasswordAuthenticationToken.authenticated(agb, token, List.of(new SimpleGrantedAuthority(ROL)));
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
            if (kop != null && kop.regionMatches(true, 0, "Bearer ", 0, 7) && !isJwt(kop.substring(7).trim())) {
                sleutels.aanbieder(kop.substring(7).trim()).ifPresent(agb -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(agb, null, List.of(new SimpleGrantedAuthority(ROL)))));
            }
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** Only a JWT goes to the resource server; a provider key is looked up here. */
        static String jwtUit(HttpServletRequest request) {
            String kop = request.getHeader("Authorization");
            if (kop == null || !kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            String token = kop.substring(7).trim();
            return isJwt(token) ? token : null;
        }

        private static boolean isJwt(String token) {
            return token.chars().filter(c -> c == '.').count() == 2;
        }
    }
}
