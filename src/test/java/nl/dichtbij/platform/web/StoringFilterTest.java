package nl.dichtbij.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import tools.jackson.databind.json.JsonMapper;

class StoringFilterTest {

    private final StoringFilter filter;

    StoringFilterTest() throws Exception {
        filter = new StoringFilter(new ApiProblems(JsonMapper.builder().build()));
    }

    private MockHttpServletResponse na(String pad, RuntimeException fout) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", pad);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.getWriter().write("half geschreven pagina");
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                throw fout;
            }
        }));
        return response;
    }

    @Test
    void aPageWithoutDatabaseIsTheStaticOutagePage() throws Exception {
        MockHttpServletResponse response = na("/aanbieder", new CannotGetJdbcConnectionException("pool leeg",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ApiProblems.OPNIEUW_NA);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<h1>Dichtbij is tijdelijk niet beschikbaar</h1>").doesNotContain("half geschreven");
    }

    @Test
    void theApiWithoutDatabaseIsADutchProblemAlsoWhenATransactionCouldNotStart() throws Exception {
        MockHttpServletResponse response = na("/api/v1/gemeenten", new CannotCreateTransactionException("geen transactie",
                new SQLTransientConnectionException("Connection is not available")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ApiProblems.OPNIEUW_NA);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Tijdelijk niet beschikbaar\"");
    }

    @Test
    void aFailedRollbackOnTheDeadConnectionDoesNotHideTheOutage() throws Exception {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(na("/aanbieder", rollback).getStatus()).isEqualTo(503);
    }

    @Test
    void aDuplicateKeyThatEscapesIsAConflictToTryAgain() throws Exception {
        MockHttpServletResponse api = na("/api/v1/meldingen", new DuplicateKeyException("spring_session_attributes_pk"));
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("Probeer het opnieuw");

        MockHttpServletResponse pagina = na("/werk", new DuplicateKeyException("spring_session_attributes_pk"));
        assertThat(pagina.getStatus()).as("the error page then explains it in Dutch").isEqualTo(409);
    }

    @Test
    void otherErrorsGoOnToTheErrorPage() {
        assertThatThrownBy(() -> na("/werk", new IllegalStateException("fout in de code"))).isInstanceOf(IllegalStateException.class);
    }
}
