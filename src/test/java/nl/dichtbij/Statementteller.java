package nl.dichtbij;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements one HTTP request executes, everything from the session and the login to the Logboek batch
 * at its end. A request that sends the header {@value #HEADER} finds its statements under that name in {@link #van}
 * once it is done. Statements of other threads (the scheduled jobs, async listeners) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Statementteller {

    public static final String HEADER = "X-Statementteller";

    private static final ThreadLocal<List<String>> LOPEND = new ThreadLocal<>();
    private static final Map<String, List<String>> GETELD = new ConcurrentHashMap<>();

    /** The statements of the finished request that was sent with this header value, or null while it runs. */
    public static List<String> van(String meting) {
        return GETELD.get(meting);
    }

    @Bean
    static BeanPostProcessor tellendeDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof TellendeDataSource) ? new TellendeDataSource(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementtellerFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String meting = request.getHeader(HEADER);
                if (meting == null) {
                    chain.doFilter(request, response);
                    return;
                }
                List<String> statements = Collections.synchronizedList(new ArrayList<>());
                LOPEND.set(statements);
                try {
                    chain.doFilter(request, response);
                } finally {
                    LOPEND.remove();
                    GETELD.put(meting, List.copyOf(statements));
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registratie = new FilterRegistrationBean<>(filter);
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    static final class TellendeDataSource extends DelegatingDataSource {

        TellendeDataSource(DataSource doel) {
            super(doel);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return verbinding(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return verbinding(super.getConnection(username, password));
        }

        private static Connection verbinding(Connection echt) {
            return (Connection) Proxy.newProxyInstance(Statementteller.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, methode, args) -> {
                Object uitkomst = aanroep(echt, methode, args);
                if (uitkomst instanceof Statement statement && methode.getName().matches("prepareStatement|prepareCall|createStatement")) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    return statement(statement, sql);
                }
                return uitkomst;
            });
        }

        private static Statement statement(Statement echt, String voorbereid) {
            Class<?> soort = echt instanceof CallableStatement ? CallableStatement.class
                    : echt instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            InvocationHandler handler = (proxy, methode, args) -> {
                if (methode.getName().startsWith("execute")) {
                    List<String> lopend = LOPEND.get();
                    if (lopend != null) {
                        String sql = voorbereid != null ? voorbereid : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                        lopend.add(sql.replaceAll("\\s+", " ").trim());
                    }
                }
                return aanroep(echt, methode, args);
            };
            return (Statement) Proxy.newProxyInstance(Statementteller.class.getClassLoader(), new Class<?>[] {soort}, handler);
        }

        private static Object aanroep(Object echt, Method methode, Object[] args) throws Throwable {
            try {
                return methode.invoke(echt, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
