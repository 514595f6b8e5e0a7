package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;


/**
 * A melding the Wmo consulent registers by phone through the API for an adult of Woerden who has none yet, and the
 * pages and API calls the tests around it need.
 */
public final class Telefoonmelding {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ZAAK = Pattern.compile("\"zaakId\"\\s*:\\s*(\\d+)");

    /** The melding, its case and the name of the resident. */
    public record Gemeld(long meldingId, long zaakId, String naam) {
    }

    private final int port;

    public Telefoonmelding(int port) {
        this.port = port;
    }

    /** For an adult of a new household of his own (see {@link Testhuishouden}). */
    public Gemeld registreer(Inschrijvingen inschrijvingen, Clock clock, String urgentie, String omschrijving, String levensgebied)
            throws Exception {
        Persoon persoon = Testhuishouden.in("0632").volwassene(57).inschrijven(inschrijvingen, clock).volwassene();
        HttpResponse<String> gemeld = api("POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"%s","levensgebieden":["%s"],"urgentie":"%s",
                 "contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}""".formatted(persoon.bsn(), persoon.geboortedatum(),
                omschrijving, levensgebied, urgentie));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
        return new Gemeld(getal(ID, gemeld.body()), getal(ZAAK, gemeld.body()), persoon.naam());
    }

    /** The Wmo consulent picks the melding up. */
    public void oppakken(Gemeld melding) throws Exception {
        assertThat(api("PUT", "/api/v1/meldingen/" + melding.meldingId() + "/behandelaar", "{}").statusCode()).isEqualTo(200);
    }

    /** A page as a demo account sees it. */
    public String pagina(String gebruiker, String pad) throws Exception {
        HttpResponse<String> antwoord = Inloggen.als(port, gebruiker).send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> api(String methode, String pad, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pad)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wmoconsulent:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long getal(Pattern patroon, String json) {
        Matcher m = patroon.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
