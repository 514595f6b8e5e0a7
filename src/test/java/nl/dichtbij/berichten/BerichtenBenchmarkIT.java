package nl.dichtbij.berichten;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.transform.stream.StreamSource;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: a benchmark that prints figures and asserts nothing. Run it with
 * {@code scripts/benchmark-berichten.sh}. It pushes 10,000 JW305 and JW323 messages through the
 * whole pipeline (parse, validate, rules, store, retour) on two threads and compares with plain
 * XSD validation of the same messages in the same run.
 */
@IntegratieTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BerichtenBenchmarkIT {

    private static final int PAREN = 5_000;
    private static final int OPWARMEN = 250;
    private static final int DRADEN = 2;

    @Autowired Toewijzingen toewijzingen;
    @Autowired Berichtenverkeer verkeer;
    @Autowired Schemas schemas;
    @Autowired BerichtLezer lezer;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void tienduizendBerichten() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate ingang = vandaag.withDayOfMonth(1).minusMonths(1);
        List<String> bsns = jdbc.sql("select bsn from persoon where gemeente_code = '0632' order by bsn limit ?").param(PAREN).query(String.class).list();
        List<byte[]> berichten = new ArrayList<>();
        long run = System.currentTimeMillis() % 100_000;
        for (int i = 0; i < PAREN + OPWARMEN; i++) {
            String bsn = bsns.get(i % bsns.size());
            long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IJW, null, null, bsn, "42420001", "Jeugdhulp Voorbeeld B.V.",
                    "45", "45A01", "Ambulante jeugdhulp individueel", ingang, ingang.plusYears(1), 3, "04", "2", null, null));
            long nummer = toewijzingen.toewijzing(id).orElseThrow().toewijzingNummer();
            berichten.add(Aanbiedersberichten.jw305("42420001", "0632", "B" + run + "S" + i, vandaag, bsn, nummer, "45", "45A01", ingang, "1")
                    .getBytes(StandardCharsets.UTF_8));
            berichten.add(Aanbiedersberichten.jw323("42420001", "0632", "B" + run + "D" + i, vandaag, "B" + run + "N" + i, bsn, nummer, "45",
                    "45A01", "B" + run + "P" + i, ingang, ingang.withDayOfMonth(ingang.lengthOfMonth()), 2, "04", 7500).getBytes(StandardCharsets.UTF_8));
        }
        // warm up both paths (as JMH would) on messages that are not measured: the pipeline keeps what it received once
        List<byte[]> opwarmen = berichten.subList(0, 2 * OPWARMEN);
        berichten = berichten.subList(2 * OPWARMEN, berichten.size());
        meet(opwarmen, this::valideer);
        long voorOpwarmen = openGebeurtenissen();
        meet(opwarmen, b -> verkeer.ontvang("42420001", b));
        // the listeners of the warm-up's events would otherwise run during the measured validation and slow it down
        wachtOpGebeurtenissen(voorOpwarmen);
        long cpu = cpuNanos();
        double validatie = meet(berichten, this::valideer);
        double validatieCpu = (cpuNanos() - cpu) / 1e6 / berichten.size();
        java.util.concurrent.atomic.AtomicInteger goedgekeurd = new java.util.concurrent.atomic.AtomicInteger();
        long open = openGebeurtenissen();
        cpu = cpuNanos();
        double pijplijn = meet(berichten, b -> {
            if (verkeer.ontvang("42420001", b).goedgekeurd()) {
                goedgekeurd.incrementAndGet();
            }
        });
        // the listeners of the events the pipeline published run after it on other threads: their CPU counts too
        wachtOpGebeurtenissen(open);
        double pijplijnCpu = (cpuNanos() - cpu) / 1e6 / berichten.size();
        System.out.printf("%nBERICHTEN-BENCHMARK %d berichten (JW305 + JW323), %d draden%n", berichten.size(), DRADEN);
        System.out.printf("  alleen XSD-validatie : %8.0f berichten/s%n", validatie);
        System.out.printf("  hele verwerking      : %8.0f berichten/s (lezen, valideren, regels, opslaan, retour)%n", pijplijn);
        System.out.printf("  verhouding           : %8.2f%n", pijplijn / validatie);
        // on a shared machine the wall clock depends on what else runs; the CPU time of this JVM less so (shared cores still slow it)
        System.out.printf("  CPU-tijd per bericht : %8.3f ms alleen XSD-validatie, %.3f ms hele verwerking (hele JVM, alle draden)%n", validatieCpu,
                pijplijnCpu);
        System.out.printf("  verhouding (CPU)     : %8.2f%n", validatieCpu / pijplijnCpu);
        System.out.printf("  goedgekeurd          : %8d van %d (de rest heeft een retourcode: dan klopt het bericht niet)%n%n", goedgekeurd.get(),
                berichten.size());
    }

    /**
     * Reading and validating a 315 whose products each carry the longest comment allowed: the time
     * per kilobyte stays flat as the message doubles (before the bound on a text, a single comment
     * of 256 KB took 11.5 s and its time grew fourfold per doubling).
     */
    @Test
    void validatieGroeitLineairMetDeGrootte() {
        LocalDate vandaag = LocalDate.now(clock);
        System.out.printf("%nVALIDATIE-BENCHMARK JW315 met per product een toelichting van %d tekens (mediaan van 5)%n", BerichtLezer.MAX_TEKST);
        for (int producten = 1; producten <= 256; producten *= 2) {
            List<Aanbiedersberichten.Gevraagd> gevraagd = new ArrayList<>();
            for (int p = 0; p < producten; p++) {
                gevraagd.add(new Aanbiedersberichten.Gevraagd("R" + p, "45", "45A01", vandaag, vandaag.plusMonths(6), 3));
            }
            byte[] bericht = Aanbiedersberichten.jw315("42420001", "0632", "V" + producten, vandaag, "999900006", gevraagd)
                    .replace("</jw315:Verwijzer>", "</jw315:Verwijzer><jw315:Commentaar>" + "toelichting ".repeat(BerichtLezer.MAX_TEKST / 12)
                            + "</jw315:Commentaar>").getBytes(StandardCharsets.UTF_8);
            long[] tijden = new long[5];
            for (int i = -3; i < tijden.length; i++) {
                long begin = System.nanoTime();
                if (!lezer.lees(bericht).geldig()) {
                    throw new IllegalStateException(lezer.lees(bericht).xsdFouten().toString());
                }
                if (i >= 0) {
                    tijden[i] = System.nanoTime() - begin;
                }
            }
            java.util.Arrays.sort(tijden);
            double ms = tijden[2] / 1e6;
            System.out.printf("  %4d producten, %7d KB: %8.2f ms, %6.3f ms per KB%n", producten, bericht.length / 1024, ms, ms / (bericht.length / 1024.0));
        }
    }

    private void valideer(byte[] bericht) throws Exception {
        String ns = new String(bericht, 0, Math.min(bericht.length, 400), StandardCharsets.UTF_8).contains("jw305") ? "305" : "323";
        schemas.schema(Berichtsoort.van(Standaard.IJW, ns)).newValidator().validate(new StreamSource(new ByteArrayInputStream(bericht)));
    }

    /** The CPU time of the whole JVM: the pipeline's work on other threads (event listeners, GC) counts, other processes do not. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private long openGebeurtenissen() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    /** Until the events published since are all handled (at most a minute): their listeners are part of what a message costs. */
    private void wachtOpGebeurtenissen(long eerder) throws InterruptedException {
        long tot = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < tot && openGebeurtenissen() > eerder) {
            Thread.sleep(20);
        }
    }

    interface Stap {
        void doe(byte[] bericht) throws Exception;
    }

    private static double meet(List<byte[]> berichten, Stap stap) throws Exception {
        long begin = System.nanoTime();
        try (ExecutorService draden = Executors.newFixedThreadPool(DRADEN)) {
            List<Future<?>> klaar = new ArrayList<>();
            for (int d = 0; d < DRADEN; d++) {
                int start = d;
                klaar.add(draden.submit(() -> {
                    for (int i = start; i < berichten.size(); i += DRADEN) {
                        stap.doe(berichten.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : klaar) {
                f.get();
            }
        }
        return berichten.size() / ((System.nanoTime() - begin) / 1e9);
    }
}
