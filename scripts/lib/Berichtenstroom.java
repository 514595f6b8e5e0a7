import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider's side of scripts/kill9.sh and scripts/failover.sh: a bounded stream of distinct
 * JW305 (start) and JW323 (declaration) messages of Jeugdhulp Voorbeeld B.V. (AGB 42420001) to
 * Woerden (0632), sent the way a provider's system sends them (POST /api/v1/berichten with its API
 * key), and the count afterwards. Needs only the JDK: run it with {@code java Berichtenstroom.java}
 * or compile it once with javac.
 *
 * <pre>
 *   klaar    URL SECONDEN                           wait until URL answers 200 with "UP"; prints the milliseconds
 *   stuur    BASIS SLEUTEL TOEWIJZINGEN RESULTATEN WERKERS [PER_SECONDE] [--opnieuw]
 *            sends two messages per toewijzing (file: nummer;bsn;ingangsdatum); every answer is appended to
 *            RESULTATEN as identificatie;http-status;md5-of-the-body;sent-ms;answered-ms.
 *            --opnieuw sends only what has no 200/201 in RESULTATEN yet.
 *   aanvraag BASIS                                  a melding and an aanvraag for Tom de Wit through the API; prints the aanvraag id
 *   besluit  BASIS AANVRAAG PID                     a ZIN decision on it through the API; as soon as it is answered 201 the
 *            process PID gets SIGKILL (kill -9; PID 0: none); prints the beschikking id
 *   tel      TOEWIJZINGEN RESULTATEN DB-DUMP        compares what was sent and answered with the database
 *            (DB-DUMP: identificatie;status;md5(retour_xml) per stored row) and prints sent/stored/answered/doubled/lost
 * </pre>
 */
public class Berichtenstroom {

    static final String AGB = "42420001";
    static final String GEMEENTE = "0632";

    public static void main(String[] args) throws Exception {
        int code = switch (args.length == 0 ? "" : args[0]) {
            case "klaar" -> klaar(args[1], Integer.parseInt(args[2]));
            case "stuur" -> stuur(args);
            case "aanvraag" -> aanvraag(args[1]);
            case "besluit" -> besluit(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "tel" -> tel(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> {
                System.err.println("gebruik: klaar | stuur | besluit | tel (zie de kop van Berichtenstroom.java)");
                yield 2;
            }
        };
        System.exit(code);
    }

    // --- waiting for readiness

    static int klaar(String url, int seconden) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long begin = System.nanoTime();
        long einde = begin + seconden * 1_000_000_000L;
        while (System.nanoTime() < einde) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    System.out.println((System.nanoTime() - begin) / 1_000_000);
                    return 0;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        System.err.println(url + " is na " + seconden + " s nog niet UP");
        return 1;
    }

    // --- the messages

    record Bericht(String identificatie, String xml) {
    }

    /** Two distinct messages per toewijzing: its start (305) and a declaration of its first month (323). */
    static List<Bericht> berichten(Path toewijzingen) throws IOException {
        String k = System.getProperty("voorvoegsel", "K"); // another prefix: another set of distinct messages for the same toewijzingen
        LocalDate vandaag = LocalDate.now();
        List<Bericht> berichten = new ArrayList<>();
        int i = 0;
        for (String regel : Files.readAllLines(toewijzingen)) {
            if (regel.isBlank()) {
                continue;
            }
            String[] d = regel.split(";");
            long nummer = Long.parseLong(d[0].trim());
            String bsn = d[1].trim();
            LocalDate ingang = LocalDate.parse(d[2].trim());
            berichten.add(new Bericht(k + "S" + i, jw305(k + "S" + i, vandaag, bsn, nummer, ingang)));
            berichten.add(new Bericht(k + "D" + i, jw323(k + "D" + i, vandaag, k + "N" + i, bsn, nummer, k + "P" + i, ingang,
                    ingang.withDayOfMonth(ingang.lengthOfMonth()), 2, 7500)));
            i++;
        }
        return berichten;
    }

    static String header(String soort, int code, String id, LocalDate dagtekening) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%1$s:Bericht xmlns:%1$s="http://www.istandaarden.nl/ijw/3_2/%1$s/schema" xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
                  <%1$s:Header>
                    <%1$s:BerichtCode>%2$d</%1$s:BerichtCode><%1$s:BerichtVersie>3</%1$s:BerichtVersie><%1$s:BerichtSubversie>2</%1$s:BerichtSubversie>
                    <%1$s:Afzender>%3$s</%1$s:Afzender><%1$s:Ontvanger>%4$s</%1$s:Ontvanger>
                    <%1$s:BerichtIdentificatie><b:Identificatie>%5$s</b:Identificatie><b:Dagtekening>%6$s</b:Dagtekening></%1$s:BerichtIdentificatie>
                    <%1$s:XsdVersie><b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie></%1$s:XsdVersie>
                  </%1$s:Header>
                """.formatted(soort, code, AGB, GEMEENTE, id, dagtekening);
    }

    static String jw305(String id, LocalDate dagtekening, String bsn, long toewijzing, LocalDate begin) {
        return header("jw305", 438, id, dagtekening) + """
                  <jw305:Client>
                    <jw305:Bsn>%s</jw305:Bsn>
                    <jw305:Geboortedatum><b:Datum>2010-02-14</b:Datum></jw305:Geboortedatum>
                    <jw305:Geslacht>0</jw305:Geslacht>
                    <jw305:Naam><b:Geslachtsnaam><b:Achternaam>Client</b:Achternaam></b:Geslachtsnaam><b:Voornamen>Test</b:Voornamen></jw305:Naam>
                    <jw305:StartProducten><jw305:StartProduct>
                      <jw305:ToewijzingNummer>%d</jw305:ToewijzingNummer>
                      <jw305:Product><b:Categorie>45</b:Categorie><b:Code>45A01</b:Code></jw305:Product>
                      <jw305:Begindatum>%s</jw305:Begindatum>
                      <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
                    </jw305:StartProduct></jw305:StartProducten>
                  </jw305:Client>
                </jw305:Bericht>
                """.formatted(bsn, toewijzing, begin);
    }

    static String jw323(String id, LocalDate dagtekening, String declaratieNummer, String bsn, long toewijzing, String referentie, LocalDate begin,
                        LocalDate einde, long volume, long tarief) {
        long bedrag = volume * tarief;
        return header("jw323", 490, id, dagtekening) + """
                  <jw323:Declaratie>
                    <jw323:DeclaratieNummer>%s</jw323:DeclaratieNummer>
                    <jw323:DeclaratiePeriode><b:Begindatum>%s</b:Begindatum><b:Einddatum>%s</b:Einddatum></jw323:DeclaratiePeriode>
                    <jw323:DeclaratieDagtekening>%s</jw323:DeclaratieDagtekening>
                    <jw323:TotaalIngediendBedrag><b:TotaalBedrag>%d</b:TotaalBedrag><b:DebetCredit>D</b:DebetCredit></jw323:TotaalIngediendBedrag>
                    <jw323:Clienten><jw323:Client>
                      <jw323:Bsn>%s</jw323:Bsn>
                      <jw323:Prestaties><jw323:Prestatie>
                        <jw323:ProductReferentie><b:ReferentieNummer>%s</b:ReferentieNummer></jw323:ProductReferentie>
                        <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
                        <jw323:ProductCategorie>45</jw323:ProductCategorie>
                        <jw323:ProductCode>45A01</jw323:ProductCode>
                        <jw323:ProductPeriode><b:Begindatum>%s</b:Begindatum><b:Einddatum>%s</b:Einddatum></jw323:ProductPeriode>
                        <jw323:GeleverdVolume>%d</jw323:GeleverdVolume>
                        <jw323:Eenheid>04</jw323:Eenheid>
                        <jw323:ProductTarief>%d</jw323:ProductTarief>
                        <jw323:IngediendBedrag><b:Bedrag>%d</b:Bedrag><b:DebetCredit>D</b:DebetCredit></jw323:IngediendBedrag>
                      </jw323:Prestatie></jw323:Prestaties>
                    </jw323:Client></jw323:Clienten>
                  </jw323:Declaratie>
                </jw323:Bericht>
                """.formatted(declaratieNummer, begin.withDayOfMonth(1), begin.withDayOfMonth(begin.lengthOfMonth()), dagtekening, bedrag, bsn,
                referentie, toewijzing, begin, einde, volume, tarief, bedrag);
    }

    // --- sending

    static int stuur(String[] args) throws Exception {
        String basis = args[1];
        String sleutel = args[2];
        Path toewijzingen = Path.of(args[3]);
        Path resultaten = Path.of(args[4]);
        int werkers = Integer.parseInt(args[5]);
        double perSeconde = 0;
        boolean opnieuw = false;
        for (int a = 6; a < args.length; a++) {
            if (args[a].equals("--opnieuw")) {
                opnieuw = true;
            } else {
                perSeconde = Double.parseDouble(args[a]);
            }
        }
        List<Bericht> alle = berichten(toewijzingen);
        Set<String> beantwoord = opnieuw ? beantwoord(resultaten) : Set.of();
        List<Bericht> te = alle.stream().filter(b -> !beantwoord.contains(b.identificatie())).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(werkers)).build();
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger goed = new AtomicInteger();
        AtomicInteger fout = new AtomicInteger();
        long begin = System.nanoTime();
        double tempo = perSeconde;
        try (BufferedWriter uit = Files.newBufferedWriter(resultaten, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             ExecutorService pool = Executors.newFixedThreadPool(werkers)) {
            for (int w = 0; w < werkers; w++) {
                pool.submit(() -> {
                    MessageDigest md5 = MessageDigest.getInstance("MD5");
                    for (int i = volgende.getAndIncrement(); i < te.size(); i = volgende.getAndIncrement()) {
                        if (tempo > 0) {
                            // a steady stream: message i leaves at i / tempo seconds after the start
                            long wacht = begin + (long) (i / tempo * 1e9) - System.nanoTime();
                            if (wacht > 0) {
                                Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
                            }
                        }
                        Bericht b = te.get(i);
                        long verzonden = System.currentTimeMillis();
                        int status;
                        String hash = "-";
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/berichten"))
                                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + sleutel)
                                    .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(b.xml())).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            status = r.statusCode();
                            hash = HexFormat.of().formatHex(md5.digest(r.body()));
                        } catch (IOException e) {
                            status = -1; // no answer: connection refused or reset, the node is gone
                        }
                        (status == 200 || status == 201 ? goed : fout).incrementAndGet();
                        synchronized (uit) {
                            uit.write(b.identificatie() + ";" + status + ";" + hash + ";" + verzonden + ";" + System.currentTimeMillis() + "\n");
                            uit.flush();
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf("%d verstuurd in %d ms: %d beantwoord, %d zonder antwoord of met een fout%n", te.size(),
                (System.nanoTime() - begin) / 1_000_000, goed.get(), fout.get());
        return 0;
    }

    static Set<String> beantwoord(Path resultaten) throws IOException {
        Set<String> beantwoord = new HashSet<>();
        if (Files.exists(resultaten)) {
            for (String regel : Files.readAllLines(resultaten)) {
                String[] d = regel.split(";");
                if (d.length >= 2 && (d[1].equals("200") || d[1].equals("201"))) {
                    beantwoord.add(d[0]);
                }
            }
        }
        return beantwoord;
    }

    // --- a decision, and kill -9 right after it was saved

    /** A melding for Tom de Wit by his mother and an aanvraag under the Jeugdwet by the consulent; prints the aanvraag id. */
    static int aanvraag(String basis) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String melding = post(http, basis + "/api/v1/meldingen", "inwoner", """
                {"persoonBsn":"999900006","omschrijving":"Tom slaapt slecht en gaat niet naar school.",
                 "levensgebieden":["psychisch-functioneren","dagbesteding"],"urgentie":"NORMAAL",
                 "contactvoorkeur":"EMAIL","email":"sanne@voorbeeld.nl"}""");
        long zaakId = getal(melding, "zaakId");
        String aanvraag = post(http, basis + "/api/v1/zaken/" + zaakId + "/aanvragen", "jeugdconsulent", """
                {"persoonBsn":"999900006","wet":"JEUGDWET","omschrijving":"Ambulante jeugdhulp"}""");
        System.out.println(getal(aanvraag, "id"));
        return 0;
    }

    /** The consulent's decision on the aanvraag: ZIN with Jeugdhulp Voorbeeld B.V.; PID 0 kills nothing (a warm-up). */
    static int besluit(String basis, long aanvraagId, long pid) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        LocalDate ingang = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        String beschikking = post(http, basis + "/api/v1/aanvragen/" + aanvraagId + "/beschikking", "jeugdconsulent", """
                {"uitkomst":"TOEKENNING","resultaat":"Tom gaat weer naar school","motivering":"Nodig volgens het onderzoek",
                 "productcode":"45A01","volume":2,"eenheid":"04","frequentie":"2","ingangsdatum":"%s","einddatum":"%s",
                 "vorm":"ZIN","aanbiederId":1}""".formatted(ingang, ingang.plusMonths(6).minusDays(1)));
        // the decision is committed (201): SIGKILL the node at once, before or while the toewijzing listener runs
        boolean gedood = pid == 0 || ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
        long beschikkingId = getal(beschikking, "id");
        if (!gedood) {
            System.err.println("proces " + pid + " kon niet worden gestopt");
            return 1;
        }
        System.out.println(beschikkingId);
        return 0;
    }

    static String post(HttpClient http, String url, String gebruiker, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " als " + gebruiker + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long getal(String json, String veld) {
        Matcher m = Pattern.compile("\"" + veld + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("geen " + veld + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    // --- the count

    static int tel(Path toewijzingen, Path resultaten, Path dump) throws IOException {
        List<String> verzonden = berichten(toewijzingen).stream().map(Bericht::identificatie).toList();
        // what the provider was told: the retour (md5) of every 200/201, per identificatie
        Map<String, Set<String>> antwoorden = new HashMap<>();
        for (String regel : Files.readAllLines(resultaten)) {
            String[] d = regel.split(";");
            if (d[1].equals("200") || d[1].equals("201")) {
                antwoorden.computeIfAbsent(d[0], k -> new HashSet<>()).add(d[2]);
            }
        }
        Map<String, Integer> opgeslagen = new HashMap<>();
        Map<String, String> retour = new HashMap<>();
        int halfVerwerkt = 0;
        for (String regel : Files.readAllLines(dump)) {
            if (regel.isBlank()) {
                continue;
            }
            String[] d = regel.split(";", -1);
            opgeslagen.merge(d[0], 1, Integer::sum);
            if (!d[1].equals("VERWERKT") || d[2].isEmpty()) {
                halfVerwerkt++;
            }
            retour.put(d[0], d[2]);
        }
        // an answered message is never sent again, so one that was answered and then lost is missing here
        int stored = 0, dubbel = 0, verloren = 0, anders = 0, nooitBeantwoord = 0;
        for (String id : verzonden) {
            int n = opgeslagen.getOrDefault(id, 0);
            Set<String> gekregen = antwoorden.getOrDefault(id, Set.of());
            stored += n > 0 ? 1 : 0;
            dubbel += n > 1 ? 1 : 0;
            nooitBeantwoord += gekregen.isEmpty() ? 1 : 0;
            verloren += n == 0 || gekregen.isEmpty() ? 1 : 0;
            if (n > 0 && !gekregen.isEmpty() && !(gekregen.size() == 1 && gekregen.contains(retour.get(id)))) {
                anders++; // the provider was told something else than what is stored
            }
        }
        System.out.printf("sent %d / stored %d / answered %d / doubled %d / lost %d%n", verzonden.size(), stored, antwoorden.size(), dubbel,
                verloren);
        System.out.printf("  half verwerkt (status niet VERWERKT of zonder retour): %d; ander retour dan opgeslagen: %d; nooit beantwoord: %d%n",
                halfVerwerkt, anders, nooitBeantwoord);
        return dubbel == 0 && verloren == 0 && halfVerwerkt == 0 && anders == 0 ? 0 : 1;
    }
}
