package nl.dichtbij.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shapes the generated OpenAPI document to the Dutch API Design Rules: version in the server
 * URI, contact details, the API-Version header on every success and problem+json on every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String PREFIX = "/api/v1";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer apiDesignRules() {
        return openApi -> {
            openApi.info(new Info().title("Dichtbij API").version(ApiVersionFilter.VERSION)
                            .description("De API van Dichtbij, het platform voor het sociaal domein: meldingen, "
                                    + "wachtrijen, huishoudens en de sociale kaart.")
                            .contact(new Contact().name("Team Dichtbij").email("dichtbij@woerden.nl")
                                    .url("https://www.woerden.nl"))
                            .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                    .servers(List.of(new Server().url(PREFIX).description("Deze installatie")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas(PROBLEM, problemSchema());
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Alleen in de demo-installatie: de demo-accounts met wachtwoord 'demo'."));
            components.addSecuritySchemes("sessie", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("Het token van POST /sessies: één keer inloggen, daarna dit token tot het verloopt."));
            openApi.components(components);
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("sessie"));
            openApi.paths(withoutPrefix(openApi.getPaths()));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::applyRules));
        };
    }

    private Paths withoutPrefix(Paths paths) {
        Paths result = new Paths();
        if (paths != null) {
            Map<String, PathItem> sorted = new LinkedHashMap<>(paths);
            sorted.forEach((key, item) -> result.addPathItem(key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key, item));
        }
        return result;
    }

    private void applyRules(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.computeIfAbsent("400", code -> new ApiResponse().description("Ongeldige invoer"));
        responses.computeIfAbsent("401", code -> new ApiResponse().description("Niet ingelogd"));
        responses.computeIfAbsent("403", code -> new ApiResponse().description("Geen toegang"));
        responses.forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeaderObject(ApiVersionFilter.HEADER, new Header().description("De volledige versie van de API")
                        .schema(new StringSchema().example(ApiVersionFilter.VERSION)));
            } else if (code.startsWith("4") || code.startsWith("5")) {
                response.content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                response.addHeaderObject(ApiVersionFilter.HEADER, new Header().description("De volledige versie van de API")
                        .schema(new StringSchema().example(ApiVersionFilter.VERSION)));
            }
        });
        operation.responses(responses);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("Foutmelding volgens RFC 9457");
        schema.addProperty("type", new StringSchema().description("Soort fout"));
        schema.addProperty("title", new StringSchema().description("Korte omschrijving"));
        schema.addProperty("status", new IntegerSchema().description("HTTP-statuscode"));
        schema.addProperty("detail", new StringSchema().description("Uitleg in gewone taal"));
        schema.addProperty("instance", new StringSchema().description("Het verzoek waar het om gaat"));
        schema.required(List.of("status", "title", "detail"));
        return schema;
    }
}
