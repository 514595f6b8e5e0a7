package nl.dichtbij.platform.security;

import java.time.Clock;

import jakarta.servlet.ServletException;

import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Databasefouten;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the REST API (stateless, problem+json on refusal; a client signs in once and then
 * sends a session token, see {@link ApiSessies}) and the pages (session in the database, form
 * login only in the embedded demo profile).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private final boolean demoLogin;

    SecurityConfig(@Value("${dichtbij.demo.form-login:false}") boolean demoLogin) {
        this.demoLogin = demoLogin;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint problems, InlogBegrenzer begrenzer, ApiSessies sessies,
                            JdbcClient jdbc, Clock clock) throws Exception {
        // a region's account reaches its figures and nothing else, refused attempts logged (issue 21)
        http.addFilterBefore(new AlleenRegiocijfersFilter(jdbc, clock), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.addFilterBefore(begrenzer.filter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        // a session token can only come from POST /api/v1/sessies, which needs a sign-in the chain already accepts
        http.addFilterBefore(sessies.filter(problems), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/sociale-kaart/**").permitAll()
                        // the regional view (issue 21): the member municipalities side by side, for the region's account only
                        .requestMatchers(HttpMethod.GET, "/api/v1/regio").hasRole(Rol.REGIO.name())
                        .requestMatchers("/api/v1/teams/**").hasAnyRole(Rol.CONSULENT.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/api/v1/huishoudens/**", "/api/v1/zaken/**", "/api/v1/werklijst", "/api/v1/aanvragen/**",
                                "/api/v1/beschikkingen/**", "/api/v1/termijnen")
                            .hasAnyRole(Rol.CONSULENT.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/api/v1/caseload", "/api/v1/escalaties").hasRole(Rol.TEAMLEIDER.name())
                        .requestMatchers("/api/v1/mijn/**").hasRole(Rol.INWONER.name())
                        // the marketplace (issue 19): providers read the anonymised requests, the case team and beleid the bids after the deadline
                        .requestMatchers("/api/v1/marktplaats/**")
                            .hasAnyRole(Rol.AANBIEDER.name(), Rol.CONSULENT.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/sturing/raadsoverzicht", "/api/v1/sturing/stapeling", "/api/v1/sturing/geld",
                                "/api/v1/sturing/doorloop", "/api/v1/sturing/wijken", "/api/v1/sturing/verwijzers", "/api/v1/sturing/aanbieders",
                                "/api/v1/sturing/aanbieders/*")
                            .hasAnyRole(Rol.BESTUUR.name(), Rol.BELEID.name(), Rol.BEHEER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/sturing/kosten/huishoudens").hasRole(Rol.TEAMLEIDER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/sturing/kosten")
                            .hasAnyRole(Rol.BESTUUR.name(), Rol.BELEID.name(), Rol.BEHEER.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/api/v1/sturing/**").hasAnyRole(Rol.BELEID.name(), Rol.BEHEER.name())
                        // account management (issue 17): beleid records the talks with providers and their follow-ups, bestuur reads them
                        .requestMatchers(HttpMethod.GET, "/api/v1/aanbieders/*/gesprekken", "/api/v1/aanbieders/*/accounthouder", "/api/v1/gesprekken",
                                "/api/v1/gesprekken/**")
                            .hasAnyRole(Rol.BELEID.name(), Rol.BESTUUR.name())
                        .requestMatchers("/api/v1/aanbieders/*/gesprekken", "/api/v1/aanbieders/*/accounthouder", "/api/v1/gesprekken", "/api/v1/gesprekken/**",
                                "/api/v1/vervolgafspraken", "/api/v1/vervolgafspraken/**")
                            .hasRole(Rol.BELEID.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/aanbieders", "/api/v1/aanbieders/**").hasAnyRole(Rol.BELEID.name(), Rol.BEHEER.name())
                        .requestMatchers("/api/v1/aanbieders", "/api/v1/aanbieders/**").hasRole(Rol.BEHEER.name())
                        // contracts and the buyer's figures: beleid en inkoop (issue 16)
                        .requestMatchers("/api/v1/contracten", "/api/v1/contracten/**", "/api/v1/inkoop/**").hasRole(Rol.BELEID.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/programma/**").hasAnyRole(Rol.BELEID.name(), Rol.BESTUUR.name())
                        .requestMatchers("/api/v1/meldingen/**", "/api/v1/meldingen")
                            .hasAnyRole(Rol.INWONER.name(), Rol.CONSULENT.name(), Rol.TEAMLEIDER.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfig::secureHeaders);
        if (demoLogin) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, OidcLogin oidcLogin, InlogBegrenzer begrenzer, JdbcClient jdbc, Clock clock) throws Exception {
        http.addFilterBefore(begrenzer.filter(), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AlleenMeekijkenFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.addFilterBefore(new AlleenRegiocijfersFilter(jdbc, clock), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/inloggen", "/error", "/sociale-kaart/**", "/css/**", "/js/**", "/huisstijl/**",
                                "/webjars/**", "/favicon.ico", "/actuator/health/**", "/toegankelijkheid").permitAll()
                        .requestMatchers(HttpMethod.GET, "/uitloggen").permitAll()
                        // open data (issue 21): the council overview's figures, suppressed, for anyone
                        .requestMatchers(HttpMethod.GET, "/open-data", "/open-data/**").permitAll()
                        // the regional view (issue 21): the region's account only; it reaches nothing else (AlleenRegiocijfersFilter)
                        .requestMatchers(HttpMethod.GET, "/regio").hasRole(Rol.REGIO.name())
                        .requestMatchers("/mijn/**").hasRole(Rol.INWONER.name())
                        // the werkbak of beleid en inkoop: the follow-ups of talks with providers (issue 17)
                        .requestMatchers("/werk/beleid").hasRole(Rol.BELEID.name())
                        .requestMatchers("/werk/**").hasAnyRole(Rol.CONSULENT.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/teams/**").hasRole(Rol.TEAMLEIDER.name())
                        // the provider register: beleid reads the list and a provider's page, beheer also changes (issue 16)
                        .requestMatchers(HttpMethod.GET, "/beheer/aanbieders", "/beheer/aanbieders/{id:[0-9]+}")
                            .hasAnyRole(Rol.BEHEER.name(), Rol.BELEID.name())
                        .requestMatchers("/beheer/**").hasRole(Rol.BEHEER.name())
                        .requestMatchers(HttpMethod.GET, "/sturing/stapeling/huishoudens", "/sturing/kosten/huishoudens").hasRole(Rol.TEAMLEIDER.name())
                        .requestMatchers(HttpMethod.GET, "/sturing/stapeling", "/sturing/stapeling/export", "/sturing/doorloop", "/sturing/doorloop/export",
                                "/sturing/wijken", "/sturing/wijken/export", "/sturing/kosten", "/sturing/kosten/export", "/sturing/uitkomsten", "/sturing/uitkomsten/export", "/sturing/watwerkt", "/sturing/watwerkt/export",
                                "/sturing/participatie", "/sturing/vroegsignalering")
                            .hasAnyRole(Rol.BESTUUR.name(), Rol.BELEID.name(), Rol.BEHEER.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers(HttpMethod.GET, "/sturing/raad", "/sturing/geld", "/sturing/geld/export", "/sturing/verwijzers",
                                "/sturing/verwijzers/export", "/sturing/aanbieders", "/sturing/aanbieders/*")
                            .hasAnyRole(Rol.BESTUUR.name(), Rol.BELEID.name(), Rol.BEHEER.name())
                        // the CBS Beleidsinformatie Jeugd holds BSNs: beleid only (issue 21)
                        .requestMatchers("/sturing/cbs-jeugd", "/sturing/cbs-jeugd/**").hasRole(Rol.BELEID.name())
                        // the marketplace's audit view and figures (issue 19): beleid of the municipality
                        .requestMatchers("/sturing/marktplaats", "/sturing/marktplaats/**").hasRole(Rol.BELEID.name())
                        .requestMatchers("/sturing/**").hasAnyRole(Rol.BELEID.name(), Rol.BEHEER.name())
                        // the talks with providers: bestuur reads the lists and a talk, beleid also records (issue 17)
                        .requestMatchers(HttpMethod.GET, "/inkoop/gesprekken", "/inkoop/gesprekken/{id:[0-9]+}", "/inkoop/aanbieders/{id:[0-9]+}/gesprekken")
                            .hasAnyRole(Rol.BELEID.name(), Rol.BESTUUR.name())
                        .requestMatchers("/inkoop", "/inkoop/**").hasRole(Rol.BELEID.name())
                        // the intervention register and its pilots (issue 18): read by whoever chooses, offers or steers care; kept by beleid
                        .requestMatchers(HttpMethod.GET, "/interventies", "/interventies/{id:[0-9]+}", "/interventies/pilots", "/interventies/pilots/{id:[0-9]+}")
                            .hasAnyRole(Rol.CONSULENT.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name(), Rol.BEHEER.name(), Rol.BESTUUR.name(), Rol.AANBIEDER.name())
                        .requestMatchers("/interventies", "/interventies/**").hasRole(Rol.BELEID.name())
                        .requestMatchers("/privacy/**").hasRole(Rol.PRIVACY.name())
                        .requestMatchers("/aanbieder/**").hasRole(Rol.AANBIEDER.name())
                        // a partner's accounts answer the referrals to their organisation (issue 20); the register says which organisation
                        .requestMatchers("/partner/**").hasRole(Rol.AANBIEDER.name())
                        .requestMatchers(HttpMethod.GET, "/programma", "/programma/**").hasAnyRole(Rol.BELEID.name(), Rol.BESTUUR.name())
                        .requestMatchers("/programma", "/programma/**").hasRole(Rol.BELEID.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(new VerlopenSessie()))
                .headers(headers -> {
                    secureHeaders(headers);
                    if (!demoLogin) {
                        headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
                    }
                })
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"));
        if (demoLogin) {
            var mislukt = new ExceptionMappingAuthenticationFailureHandler();
            mislukt.setDefaultFailureUrl("/inloggen?fout");
            mislukt.setExceptionMappings(java.util.Map.of(InlogBegrenzer.GeblokkeerdException.class.getName(), "/inloggen?geblokkeerd"));
            // back to the page that asked for the login (e.g. Hulp vragen); otherwise the start page of one's role
            http.formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/start")
                    .failureHandler((request, response, e) -> {
                        if (Databasefouten.onbereikbaar(e)) {
                            // not a wrong password: the database is gone; StoringFilter answers 503
                            throw new ServletException(e);
                        }
                        mislukt.onAuthenticationFailure(request, response, e);
                    }).permitAll());
        } else {
            // Production signs in through OpenID Connect (DigiD, eHerkenning, staff IdP via a broker).
            http.oauth2Login(oidc -> oidc.loginPage("/inloggen").successHandler(oidcLogin).failureUrl("/inloggen?onbekend"));
        }
        return http.build();
    }

    /** The headers every response carries, pages and APIs alike: no inline script or style, no referrer to other sites, no framing. */
    public static void secureHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }
}
