package nl.dichtbij.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What escapes an API controller is a Dutch problem, never Spring's default and never a stack trace. */
class ApiExceptionHandlerTest {

    @RestController
    static class Storend {
        @GetMapping("/api/v1/fout/{soort}")
        String fout(@PathVariable String soort) {
            throw switch (soort) {
                case "database" -> new CannotGetJdbcConnectionException("pool leeg", new SQLTransientConnectionException("timeout"));
                case "dubbel" -> new DuplicateKeyException("melding_pk");
                case "versie" -> new OptimisticLockingFailureException("versie 3 verwacht");
                default -> new IllegalStateException("geheim detail uit de code");
            };
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Storend()).setControllerAdvice(new ApiExceptionHandler()).build();

    @Test
    void noDatabaseIs503WithRetryAfter() throws Exception {
        mvc.perform(get("/api/v1/fout/database")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", ApiProblems.OPNIEUW_NA))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tijdelijk niet beschikbaar"));
    }

    @Test
    void aDuplicateKeyOrAStaleVersionIs409ToTryAgain() throws Exception {
        for (String soort : new String[] {"dubbel", "versie"}) {
            mvc.perform(get("/api/v1/fout/" + soort)).andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Probeer het opnieuw")));
        }
    }

    @Test
    void anythingElseIsADutch500WithoutDetailsFromTheCode() throws Exception {
        mvc.perform(get("/api/v1/fout/anders")).andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Er ging iets mis"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("geheim"))));
    }
}
