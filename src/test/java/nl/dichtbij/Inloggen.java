package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for the pages: the demo form login with its CSRF token, cookies kept, redirects followed. */
public final class Inloggen {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Inloggen() {
    }

    /** Signed in as a demo account (password {@code demo}) on the application at this port. */
    public static HttpClient als(int port, String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        URI inloggen = URI.create("http://localhost:" + port + "/inloggen");
        String formulier = browser.send(HttpRequest.newBuilder(inloggen).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "username=" + gebruiker + "&password=demo&_csrf=" + csrf(formulier);
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(inloggen).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(na.uri().getPath()).isNotEqualTo("/inloggen");
        return browser;
    }

    /** The CSRF token of the first form on the page, ready for a form body. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }
}
