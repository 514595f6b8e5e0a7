package nl.dichtbij.sturing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.berichten.AanbiedercijfersVoorBenchmark;
import nl.dichtbij.berichten.Berichtcijfers;
import nl.dichtbij.berichten.Kostencijfers;
import nl.dichtbij.berichten.Verwijzercijfers;
import nl.dichtbij.personen.internal.RegisterVoorBenchmark;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the national benchmark, run by {@code scripts/benchmark-stapeling.sh} against the
 * PostgreSQL database that script fills. Times the stacking analysis with the application's own SQL
 * ({@link Stapelingsanalyse#groepen}) and a plain {@code count(*)} over the provisions, and prints
 * both and their ratio. Asserts nothing.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class StapelingBenchmarkTest {

    private static final int RONDES = 5;

    @Test
    void landelijk() {
        // a connection pool as in the application, so each run does not also time opening connections
        HikariDataSource bron = new HikariDataSource();
        bron.setJdbcUrl(System.getProperty("benchmark.url"));
        bron.setUsername(System.getProperty("benchmark.gebruiker"));
        bron.setPassword(System.getProperty("benchmark.wachtwoord"));
        bron.setMaximumPoolSize(4);
        JdbcClient jdbc = JdbcClient.create(bron);
        String gemeente = System.getProperty("benchmark.gemeente", "0000");
        int jaar = Integer.getInteger("benchmark.jaar", 2017);
        // BENCH_ALLEEN=kosten: only cost per client (beside the count(*) over the lines), the other pages not timed
        boolean alleenKosten = "kosten".equals(System.getProperty("benchmark.alleen"));
        Meting niet = new Meting(0, List.of(), List.of());

        long voorzieningen = jdbc.sql("select count(*) from voorziening where gemeente_code = ?").param(gemeente).query(Long.class).single();
        Meting telling = meet(() -> jdbc.sql("select count(*) from voorziening").query(Long.class).single());
        Meting stapeling = alleenKosten ? niet : meet(() -> Stapelingsanalyse.groepen(jdbc, gemeente, jaar));
        @SuppressWarnings("unchecked")
        List<Stapelingsanalyse.Groep> groepen = (List<Stapelingsanalyse.Groep>) stapeling.uitkomst();
        long adressen = groepen.stream().mapToLong(Stapelingsanalyse.Groep::adressen).sum();
        long drieOfMeer = groepen.stream().mapToLong(Stapelingsanalyse.Groep::drieOfMeer).sum();

        System.out.printf("%nSTURING-BENCHMARK PostgreSQL, gemeente %s, jaar %d: %,d voorzieningen, %,d adressen actief in het jaar%n",
                gemeente, jaar, voorzieningen, adressen);
        System.out.printf("  count(*) over alle voorzieningen : %7d ms (mediaan van %d)%n", telling.mediaan(), RONDES);
        System.out.printf("  stapelingsanalyse                : %7d ms (mediaan van %d; %d gebieden, %,d adressen met 3 of meer)%n",
                stapeling.mediaan(), RONDES, groepen.size(), drieOfMeer);
        System.out.printf("  verhouding stapeling / count(*)  : %7.2f%n", (double) stapeling.mediaan() / Math.max(1, telling.mediaan()));
        // the monthly money overview: the granted amounts per month, law and product category with the application's own SQL
        int geldjaar = Integer.getInteger("benchmark.geldjaar", 2026);
        Berichtcijfers cijfers = new Berichtcijfers(jdbc);
        long regels = jdbc.sql("select count(*) from declaratie_regel").query(Long.class).single();
        Meting regelTelling = meet(() -> jdbc.sql("select count(*) from declaratie_regel").query(Long.class).single());
        Meting geld = alleenKosten ? niet : meet(() -> List.of(cijfers.toegekend(gemeente, geldjaar), cijfers.gedeclareerd(gemeente, geldjaar)));
        System.out.printf("  maandoverzicht geld %d         : %7d ms (mediaan van %d; %,d declaratieregels)%n", geldjaar, geld.mediaan(), RONDES, regels);
        System.out.printf("  count(*) over declaratieregels   : %7d ms%n", regelTelling.mediaan());
        System.out.printf("  verhouding geld / count(*) regels: %7.2f; geld / count(*) voorzieningen: %.2f%n",
                (double) geld.mediaan() / Math.max(1, regelTelling.mediaan()), (double) geld.mediaan() / Math.max(1, telling.mediaan()));
        // referrers and cost per client over the same lines, each beside the count(*) over them
        Verwijzercijfers verwijzers = new Verwijzercijfers(jdbc);
        long toewijzingen = jdbc.sql("select count(*) from toewijzing").query(Long.class).single();
        Meting verwijzerMeting = alleenKosten ? niet : meet(() -> List.of(verwijzers.perType(gemeente, geldjaar), verwijzers.perHuisarts(gemeente, geldjaar),
                verwijzers.trend(gemeente, geldjaar, Verwijzeroverzicht.TRENDJAREN)));
        System.out.printf("  verwijzers %d                  : %7d ms (mediaan van %d; %,d toewijzingen); verhouding / count(*) regels: %.2f%n", geldjaar,
                verwijzerMeting.mediaan(), RONDES, toewijzingen, (double) verwijzerMeting.mediaan() / Math.max(1, regelTelling.mediaan()));
        Kostencijfers kosten = new Kostencijfers(jdbc);
        Kostenranglijst ranglijst = new Kostenranglijst(kosten, null, RegisterVoorBenchmark.van(jdbc), null, null);
        // the page runs in one read-only transaction (Kostenoverzicht.overzicht), where the big passes read with a cursor
        org.springframework.transaction.support.TransactionTemplate alleenLezen = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.support.JdbcTransactionManager(bron));
        alleenLezen.setReadOnly(true);
        // the cost ranking: every resident's year sum under his household, ranked, with the top decile's share (what the
        // teamleider's list computes before it looks up the 25 households of a page, and the figures everyone else sees)
        Meting rangMeting = meet(() -> alleenLezen.execute(t -> ranglijst.concentratie(gemeente, ranglijst.perPersoon(gemeente, geldjaar, List.of()))));
        Concentratie c = (Concentratie) rangMeting.uitkomst();
        System.out.printf("  kostenranglijst huishoudens      : %7d ms (mediaan van %d; %,d huishoudens met kosten, duurste tiende %s%%, %,d huishoudens voor 70%%)%n",
                rangMeting.mediaan(), RONDES, c.huishoudens(), c.procentTopDeciel(), c.huishoudensVoor70());
        System.out.printf("  verhouding ranglijst / count(*) regels: %.2f%n", (double) rangMeting.mediaan() / Math.max(1, regelTelling.mediaan()));
        // the whole page as Kostenoverzicht.overzicht composes it (PGB, the money per month and the code names come from
        // other modules' tables the script does not fill: empty here), then its parts one by one
        Meting kostenMeting = meet(() -> alleenLezen.execute(t -> Kostenoverzicht.berekenen(kosten, ranglijst, gemeente, geldjaar, List.of(), 10, List.of(),
                (wet, code) -> code)));
        System.out.printf("  kosten per cliënt, hele pagina   : %7d ms (mediaan van %d: %s; met trajectduur, volume en beginstand uit de toewijzingen)%n",
                kostenMeting.mediaan(), RONDES, kostenMeting.tijden());
        System.out.printf("  verhouding kosten / count(*) regels: %.2f%n", (double) kostenMeting.mediaan() / Math.max(1, regelTelling.mediaan()));
        Meting categorieMeting = meet(() -> kosten.perCategorie(gemeente, geldjaar));
        Meting volumeMeting = meet(() -> alleenLezen.execute(t -> kosten.volume(gemeente, geldjaar)));
        Meting trajectMeting = meet(() -> kosten.beeindigdeTrajecten(gemeente, geldjaar));
        System.out.printf("    waarvan per wet en categorie   : %7d ms; volume en beginstand: %d ms; beëindigde trajecten: %d ms; ranglijst: %d ms%n",
                categorieMeting.mediaan(), volumeMeting.mediaan(), trajectMeting.mediaan(), rangMeting.mediaan());
        // the ranking's own parts: reading the year sums, the register's pass over its residents (each alone, handing over to
        // nothing, in a read-only transaction as on the page)
        Meting sommenLezen = meet(() -> alleenLezen.execute(t -> {
            long[] rijen = {0};
            kosten.bedragPerPersoon(gemeente, geldjaar, (bsn, wet, centen) -> rijen[0]++);
            return rijen[0];
        }));
        Sommen iedereen = ranglijst.perPersoon(gemeente, geldjaar, List.of());
        Meting registerLezen = meet(() -> alleenLezen.execute(t -> {
            long[] rijen = {0};
            RegisterVoorBenchmark.van(jdbc).huishoudensVanPersonen(gemeente, iedereen.bsns(), (bsn, huishouden) -> rijen[0]++);
            return rijen[0];
        }));
        System.out.printf("    ranglijst: jaarsommen lezen    : %7d ms (%,d rijen); huishoudens uit het register: %d ms (%,d inwoners met kosten)%n",
                sommenLezen.mediaan(), (Long) sommenLezen.uitkomst(), registerLezen.mediaan(), (Long) registerLezen.uitkomst());
        if (alleenKosten) {
            System.out.printf("EINDE%n%n");
            bron.close();
            return;
        }
        // the provider page: the 80/20 list with every provider's figures, both laws
        Aanbiedercijfers aanbieders = AanbiedercijfersVoorBenchmark.van(jdbc, java.time.Clock.fixed(java.time.Instant.parse(geldjaar + "-12-31T12:00:00Z"),
                java.time.ZoneId.of("Europe/Amsterdam")));
        long verzoeken = jdbc.sql("select count(*) from verzoek").query(Long.class).single();
        Meting aanbiederMeting = meet(() -> aanbieders.lijst(gemeente, geldjaar, null));
        Aanbiedercijfers.Lijst lijst = (Aanbiedercijfers.Lijst) aanbiederMeting.uitkomst();
        System.out.printf("  aanbieders in cijfers %d       : %7d ms (mediaan van %d; %,d aanbieders, %,d in de 80%%-groep; %,d verzoeken)%n", geldjaar,
                aanbiederMeting.mediaan(), RONDES, lijst.aantalAanbieders(), lijst.aanbiedersIn8020(), verzoeken);
        System.out.printf("  verhouding aanbieders / count(*) regels: %.2f%n", (double) aanbiederMeting.mediaan() / Math.max(1, regelTelling.mediaan()));

        // the outcome monitor (issue 18): one pass over the wide table, per group and side
        Uitkomstmonitor monitor = new Uitkomstmonitor(jdbc, null, bron);
        org.springframework.transaction.support.TransactionTemplate transactie = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.support.JdbcTransactionManager(bron));
        long uitkomstRijen = jdbc.sql("select count(*) from uitkomst where gemeente_code = ?").param(gemeente).query(Long.class).single();
        Meting uitkomstTelling = meet(() -> jdbc.sql("select count(*) from uitkomst").query(Long.class).single());
        Meting perWijk = meet(() -> transactie.execute(s -> monitor.groepen(gemeente, Uitkomstindeling.WIJK, false, null)));
        Meting perAanbieder = meet(() -> transactie.execute(s -> monitor.groepen(gemeente, Uitkomstindeling.AANBIEDER, false, null)));
        Meting heel = meet(() -> transactie.execute(s -> monitor.groepen(gemeente, Uitkomstindeling.GEMEENTE, true, null)));
        Meting eigen = meet(() -> transactie.execute(s -> monitor.groepen(gemeente, Uitkomstindeling.AANBIEDER, false, "42000001")));
        System.out.printf("  count(*) uitkomsten           : %7d ms (%,d rijen: één meting per zaak, professional en de helft zelf)%n",
                uitkomstTelling.mediaan(), uitkomstRijen);
        System.out.printf("  uitkomsten per wijk           : %7d ms (mediaan van %d; %,d groepen)%n", perWijk.mediaan(), RONDES,
                ((List<?>) perWijk.uitkomst()).size());
        System.out.printf("  uitkomsten per aanbieder      : %7d ms (mediaan van %d; %,d groepen)%n", perAanbieder.mediaan(), RONDES,
                ((List<?>) perAanbieder.uitkomst()).size());
        System.out.printf("  uitkomsten gemeente, afgesloten: %6d ms%n", heel.mediaan());
        System.out.printf("  uitkomsten van één aanbieder  : %7d ms%n", eigen.mediaan());
        System.out.printf("  verhouding per wijk / count(*) uitkomsten: %.2f; per aanbieder: %.2f%n",
                (double) perWijk.mediaan() / Math.max(1, uitkomstTelling.mediaan()), (double) perAanbieder.mediaan() / Math.max(1, uitkomstTelling.mediaan()));
        System.out.printf("EINDE%n%n");
        bron.close();
    }

    record Meting(long mediaan, Object uitkomst, List<Long> tijden) {
    }

    /** One warm-up run, then the median of {@link #RONDES} runs, in milliseconds. */
    private static Meting meet(Supplier<Object> stap) {
        Object uitkomst = stap.get();
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < RONDES; i++) {
            long start = System.nanoTime();
            uitkomst = stap.get();
            tijden.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(tijden);
        return new Meting(tijden.get(RONDES / 2), uitkomst, List.copyOf(tijden));
    }
}
