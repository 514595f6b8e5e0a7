import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of the load test (scripts/lasttest.sh): only the JDK's HttpClient, run with the source launcher.
 *
 * <pre>
 *   java Lasttest.java verken &lt;base url&gt; &lt;team id&gt; &lt;work dir&gt;   # how the API signs in and pages; prints cursor=ja|nee
 *   java Lasttest.java meet &lt;base url&gt; &lt;team id&gt; &lt;work dir&gt;     # measures every endpoint at 1 and 16 users, prints the table
 * </pre>
 *
 * The work directory holds zaken.txt and meldingen.txt (ids for the detail pages) and vloer.tsv (the pgbench floor:
 * name, clients, median ms, tps). Settings from the environment: REQUESTS, WARMUP, DIEPE_PAGINA, MAX_SECONDEN,
 * TIMEOUT_SECONDEN, MACHINE and GENEREER_REGEL (printed with the table); EINDPUNTEN="werkbak,zaak" measures only those.
 */
public class Lasttest {

    static final String WACHTWOORD = "demo";
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    /** A next-page cursor in the queue's answer: a string field such as "volgende", "na", "cursor" or a link with na=. */
    static final Pattern CURSOR = Pattern.compile("\"(volgende[A-Za-z]*|na|naCursor|cursor|volgendeCursor|next[A-Za-z]*)\"\\s*:\\s*\"([^\"]+)\"");

    static String basis;
    static long team;
    static Path werk;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    static final Duration TIMEOUT = Duration.ofSeconds(getal("TIMEOUT_SECONDEN", 60));
    static boolean basicPerVerzoek;

    public static void main(String[] args) throws Exception {
        basis = args[1];
        team = Long.parseLong(args[2]);
        werk = Path.of(args[3]);
        switch (args[0]) {
            case "verken" -> verken();
            case "meet" -> meet();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static int getal(String naam, int standaard) {
        String waarde = System.getenv(naam);
        return waarde == null || waarde.isBlank() ? standaard : Integer.parseInt(waarde.trim());
    }

    // ---------------------------------------------------------------- signing in

    /** The Authorization header of an API user: a bearer token from POST /api/v1/sessies, or HTTP Basic on every request. */
    static String aanmelden(String gebruiker) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/sessies")).timeout(TIMEOUT)
                .header("Authorization", basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() / 100 == 2) {
            Matcher m = TOKEN.matcher(antwoord.body());
            if (m.find()) {
                return "Bearer " + m.group(1);
            }
        }
        basicPerVerzoek = true;
        return basic;
    }

    /** Form login at /inloggen with the CSRF token of the form; returns the Cookie header of the session. */
    static String inloggen(String gebruiker) throws Exception {
        Map<String, String> koekjes = new LinkedHashMap<>();
        HttpResponse<String> formulier = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        bewaar(formulier, koekjes);
        Matcher m = CSRF.matcher(formulier.body());
        if (!m.find()) {
            throw new IllegalStateException("geen _csrf in het inlogformulier (" + formulier.statusCode() + ")");
        }
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String velden = "username=" + enc(gebruiker) + "&password=" + enc(WACHTWOORD) + "&_csrf=" + enc(csrf);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", koekje(koekjes))
                .POST(HttpRequest.BodyPublishers.ofString(velden)).build(), HttpResponse.BodyHandlers.ofString());
        bewaar(post, koekjes);
        String waarheen = post.headers().firstValue("Location").orElse("");
        if (post.statusCode() != 302 || waarheen.contains("fout") || waarheen.contains("geblokkeerd")) {
            throw new IllegalStateException("inloggen als " + gebruiker + " mislukt: " + post.statusCode() + " " + waarheen);
        }
        return koekje(koekjes);
    }

    static void bewaar(HttpResponse<?> antwoord, Map<String, String> koekjes) {
        for (String zet : antwoord.headers().allValues("Set-Cookie")) {
            String paar = zet.split(";", 2)[0];
            int is = paar.indexOf('=');
            koekjes.put(paar.substring(0, is).trim(), paar.substring(is + 1).trim());
        }
    }

    static String koekje(Map<String, String> koekjes) {
        return String.join("; ", koekjes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- the queue

    static String wachtrij() {
        return basis + "/api/v1/teams/" + team + "/wachtrij";
    }

    static HttpResponse<String> haal(String url, String header, String waarde) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header(header, waarde).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The cursor of the next page in a queue answer, or null: a string field, or a link that carries na=. */
    static String cursor(String json) {
        Matcher m = CURSOR.matcher(json);
        while (m.find()) {
            String waarde = m.group(2);
            Matcher na = Pattern.compile("[?&]na=([^&\"]+)").matcher(waarde);
            if (na.find()) {
                return java.net.URLDecoder.decode(na.group(1), StandardCharsets.UTF_8);
            }
            if (!waarde.startsWith("/") && !waarde.startsWith("http")) {
                return waarde;
            }
        }
        return null;
    }

    static String cursorVeld(String json) {
        Matcher m = CURSOR.matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static void verken() throws Exception {
        String auth = aanmelden("jeugdconsulent");
        System.out.println("aanmelden=" + (basicPerVerzoek ? "basic" : "bearer"));
        HttpResponse<String> p0 = haal(wachtrij(), "Authorization", auth);
        if (p0.statusCode() != 200) {
            throw new IllegalStateException("wachtrij: " + p0.statusCode() + " " + p0.body());
        }
        String c = cursor(p0.body());
        System.out.println(c == null ? "cursor=nee (pagina=N)" : "cursor=ja (veld \"" + cursorVeld(p0.body()) + "\", parameter na)");
    }

    /** The URL of the deep page: walked with the cursor when the API gives one (returns the page reached), else pagina=N. */
    static String diepePagina(String auth, int diep, int[] bereikt) throws Exception {
        HttpResponse<String> p0 = haal(wachtrij(), "Authorization", auth);
        String c = cursor(p0.body());
        if (c == null) {
            bereikt[0] = diep;
            return wachtrij() + "?pagina=" + diep;
        }
        String url = wachtrij() + "?na=" + enc(c);
        int pagina = 1;
        long t0 = System.nanoTime();
        while (pagina < diep) {
            HttpResponse<String> volgende = haal(url, "Authorization", auth);
            String verder = volgende.statusCode() == 200 ? cursor(volgende.body()) : null;
            if (verder == null) {
                break;
            }
            url = wachtrij() + "?na=" + enc(verder);
            pagina++;
        }
        bereikt[0] = pagina;
        System.out.printf(Locale.ROOT, "  cursor gevolgd tot pagina %d in %.1f s (%d pagina's)%n", pagina, (System.nanoTime() - t0) / 1e9, pagina);
        return url;
    }

    // ---------------------------------------------------------------- measuring

    record Eindpunt(String naam, String wie, IntFunction<String> url, boolean pagina) {
    }

    record Uitslag(String naam, int gebruikers, int aantal, double mediaan, double p95, double p99, double perSeconde, int fouten,
                   String eersteFout) {
    }

    static void meet() throws Exception {
        int verzoeken = getal("REQUESTS", 5000);
        int opwarmen = getal("WARMUP", 2000);
        int diep = getal("DIEPE_PAGINA", 1000);
        int maxSeconden = getal("MAX_SECONDEN", 90);
        long[] zaken = Files.readAllLines(werk.resolve("zaken.txt")).stream().filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
        long[] meldingen = Files.readAllLines(werk.resolve("meldingen.txt")).stream().filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
        Map<String, double[]> vloer = new LinkedHashMap<>();
        for (String regel : Files.readAllLines(werk.resolve("vloer.tsv"))) {
            String[] d = regel.split("\t");
            if (d.length >= 3) {
                vloer.put(d[0] + "|" + d[1], new double[] {Double.parseDouble(d[2])});
            }
        }

        String consulent = aanmelden("jeugdconsulent");
        int[] bereikt = new int[1];
        String diepUrl = diepePagina(consulent, diep, bereikt);
        List<Eindpunt> eindpunten = List.of(
                new Eindpunt("wachtrij p0", "jeugdconsulent", i -> wachtrij(), false),
                new Eindpunt("wachtrij diep", "jeugdconsulent", i -> diepUrl, false),
                new Eindpunt("teams", "teamleider", i -> basis + "/api/v1/teams", false),
                new Eindpunt("zaak", "jeugdconsulent", i -> basis + "/api/v1/zaken/" + zaken[i % zaken.length], false),
                new Eindpunt("melding", "jeugdconsulent", i -> basis + "/api/v1/meldingen/" + meldingen[i % meldingen.length], false),
                new Eindpunt("werkbak", "jeugdconsulent", i -> basis + "/werk", true));

        String alleen = System.getenv().getOrDefault("EINDPUNTEN", "");
        if (!alleen.isBlank()) {
            List<String> namen = Arrays.stream(alleen.split(",")).map(String::strip).toList();
            eindpunten = eindpunten.stream().filter(e -> namen.contains(e.naam())).toList();
        }
        List<Uitslag> uitslagen = new ArrayList<>();
        for (Eindpunt e : eindpunten) {
            // every virtual user signs in once, before the clock runs
            String[] aanmelding = new String[16];
            for (int u = 0; u < 16; u++) {
                aanmelding[u] = e.pagina() ? inloggen(e.wie()) : aanmelden(e.wie());
            }
            String header = e.pagina() ? "Cookie" : "Authorization";
            meetRij(e, header, aanmelding, 4, opwarmen, Math.min(maxSeconden, 30), 1_000_000); // warm-up, not reported
            for (int gebruikers : new int[] {1, 16}) {
                Uitslag u = meetRij(e, header, aanmelding, gebruikers, verzoeken, maxSeconden, 0);
                uitslagen.add(u);
                System.out.printf(Locale.ROOT, "  %-14s %2d gebruikers: %5d verzoeken, mediaan %8.1f ms, p95 %8.1f ms, p99 %8.1f ms, %7.1f/s, %d fouten%n",
                        u.naam(), u.gebruikers(), u.aantal(), u.mediaan(), u.p95(), u.p99(), u.perSeconde(), u.fouten());
                if (u.eersteFout() != null) {
                    System.out.println("    eerste fout: " + u.eersteFout());
                }
            }
        }

        StringBuilder tabel = new StringBuilder();
        tabel.append("\nLASTTEST ").append(System.getenv().getOrDefault("GENEREER_REGEL", "")).append('\n');
        tabel.append("machine: ").append(System.getenv().getOrDefault("MACHINE", "?"))
                .append("; load average now ").append(Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0]).append('\n');
        tabel.append("deep page: ").append(diepUrl.contains("?na=") ? "page " + bereikt[0] + " reached with the cursor (na)" : "pagina=" + diep)
                .append(" of 25 rows\n");
        if (basicPerVerzoek) {
            tabel.append("WARNING: POST /api/v1/sessies is not there: the API figures include HTTP Basic (bcrypt) on every request\n");
        } else {
            tabel.append("API: signed in once per user with POST /api/v1/sessies, then Authorization: Bearer\n");
        }
        tabel.append("\n| endpoint | users | requests | median ms | p95 ms | p99 ms | req/s | errors | SQL floor median ms (pgbench) | ratio |\n");
        tabel.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Uitslag u : uitslagen) {
            double[] v = vloer.get(u.naam() + "|" + u.gebruikers());
            tabel.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %d | %s | %s |%n", u.naam(), u.gebruikers(),
                    u.aantal(), u.mediaan(), u.p95(), u.p99(), u.perSeconde(), u.fouten(),
                    v == null ? "-" : String.format(Locale.ROOT, "%.2f", v[0]),
                    v == null || v[0] <= 0 ? "-" : String.format(Locale.ROOT, "%.0f×", u.mediaan() / v[0])));
        }
        System.out.print(tabel);
        Files.writeString(werk.resolve("tabel.md"), tabel.toString());
    }

    /** {@code aantal} requests by {@code gebruikers} concurrent users (virtual threads), stopped after maxSeconden. */
    static Uitslag meetRij(Eindpunt e, String header, String[] aanmelding, int gebruikers, int aantal, int maxSeconden, int offset)
            throws InterruptedException {
        long[] duur = new long[aantal];
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger gedaan = new AtomicInteger();
        AtomicInteger fouten = new AtomicInteger();
        AtomicReference<String> eersteFout = new AtomicReference<>();
        long einde = System.nanoTime() + maxSeconden * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Thread> draden = new ArrayList<>();
        for (int g = 0; g < gebruikers; g++) {
            String waarde = aanmelding[g % aanmelding.length];
            draden.add(Thread.ofVirtual().start(() -> {
                int i;
                while ((i = volgende.getAndIncrement()) < aantal && System.nanoTime() < einde) {
                    HttpRequest verzoek = HttpRequest.newBuilder(URI.create(e.url().apply(i + offset))).timeout(TIMEOUT)
                            .header(header, waarde).header("Accept", e.pagina() ? "text/html" : "application/json").GET().build();
                    long begin = System.nanoTime();
                    String fout = null;
                    try {
                        HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                        if (antwoord.statusCode() / 100 != 2) {
                            fout = antwoord.statusCode() + " " + antwoord.headers().firstValue("Location").map(l -> "-> " + l + " ").orElse("")
                                    + kort(antwoord.body());
                        }
                    } catch (IOException ex) {
                        fout = ex.getClass().getSimpleName() + ": " + ex.getMessage();
                    } catch (InterruptedException ex) {
                        return;
                    }
                    duur[i] = System.nanoTime() - begin;
                    gedaan.incrementAndGet();
                    if (fout != null) {
                        fouten.incrementAndGet();
                        eersteFout.compareAndSet(null, fout);
                    }
                }
            }));
        }
        for (Thread t : draden) {
            t.join();
        }
        double seconden = (System.nanoTime() - t0) / 1e9;
        int n = gedaan.get();
        long[] gemeten = Arrays.stream(duur).filter(d -> d > 0).sorted().toArray();
        return new Uitslag(e.naam(), gebruikers, n, pct(gemeten, 50), pct(gemeten, 95), pct(gemeten, 99), n / seconden, fouten.get(),
                eersteFout.get());
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] gesorteerd, double p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.length);
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, rang - 1))] / 1e6;
    }

    static String kort(String tekst) {
        String enkel = tekst.replaceAll("\\s+", " ").trim();
        return enkel.length() <= 300 ? enkel : enkel.substring(0, 300) + "...";
    }
}
