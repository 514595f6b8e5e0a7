package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The year sums of granted declaration lines, kept as the lines are booked (V90), on H2 and on PostgreSQL. */
@IntegratieTest
class DeclaratiesommenIT {

    @Autowired Declaratiesommen sommen;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired TransactionTemplate transactie;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void linesAddUpPerResidentCategoryAndYearAndPerProviderAndReferrer() {
        String agb = agb();
        String kind = Testhuishouden.in("0632").volwassene(38).kind(9).inschrijven(inschrijvingen, clock).kind().bsn();
        long huisarts = toewijzing(kind, agb, new Verwijzer(Verwijzertype.HUISARTS, "01099977", "Huisartsenpraktijk Het Kerkplein"));
        long onbekend = toewijzing(kind, agb, null);
        LocalDate januari = LocalDate.of(1962, 1, 8); // years no other test uses
        LocalDate december = LocalDate.of(1961, 12, 4);

        transactie.executeWithoutResult(s -> sommen.boek(List.of(
                regel(agb, huisarts, kind, "45", januari, 10_000),
                regel(agb, huisarts, kind, "45", januari.plusMonths(1), 2_500),
                regel(agb, onbekend, kind, "45", januari, 4_000),
                regel(agb, onbekend, kind, "43", januari, 1_000),
                regel(agb, huisarts, kind, "45", december, 7_000))));
        transactie.executeWithoutResult(s -> sommen.boek(List.of(regel(agb, huisarts, kind, "45", januari, -3_000)))); // a credit

        assertThat(jdbc.sql("select jaar, productcategorie, bedrag_centen from declaratie_som_persoon where persoon_bsn = ? order by jaar, productcategorie")
                .param(kind).query((rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getLong(3)).list())
                .containsExactly("1961 45 7000", "1962 43 1000", "1962 45 13500");
        assertThat(jdbc.sql("select jaar, verwijzer_type, bedrag_centen from declaratie_som_aanbieder where aanbieder_agb = ? order by jaar, verwijzer_type")
                .param(agb).query((rs, i) -> rs.getInt(1) + " '" + rs.getString(2) + "' " + rs.getLong(3)).list())
                .as("the referrer of the line's toewijzing; '' when unknown")
                .containsExactly("1961 '02' 7000", "1962 '' 5000", "1962 '02' 9500");
    }

    @Test
    void bookingsAtTheSameMomentLoseNothing() throws Exception {
        String agb = agb();
        String kind = Testhuishouden.in("0632").volwassene(41).kind(7).inschrijven(inschrijvingen, clock).kind().bsn();
        long id = toewijzing(kind, agb, null);
        int keer = 10;
        CountDownLatch tegelijk = new CountDownLatch(1);
        List<CompletableFuture<Void>> boekingen = new ArrayList<>();
        try (var draden = Executors.newFixedThreadPool(2)) {
            for (int d = 0; d < 2; d++) {
                boekingen.add(CompletableFuture.runAsync(() -> {
                    try {
                        tegelijk.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int i = 0; i < keer; i++) {
                        // a new year each time, so both threads race to create the same sums
                        LocalDate dag = LocalDate.of(1950 + i, 3, 1);
                        transactie.executeWithoutResult(s -> sommen.boek(List.of(regel(agb, id, kind, "45", dag, 100))));
                    }
                }, draden));
            }
            tegelijk.countDown();
            CompletableFuture.allOf(boekingen.toArray(CompletableFuture[]::new)).join();
        }
        assertThat(jdbc.sql("select count(*), sum(bedrag_centen) from declaratie_som_persoon where persoon_bsn = ?").param(kind)
                .query((rs, i) -> rs.getLong(1) + " " + rs.getLong(2)).single()).isEqualTo(keer + " " + keer * 200);
        assertThat(jdbc.sql("select count(*), sum(bedrag_centen) from declaratie_som_aanbieder where aanbieder_agb = ?").param(agb)
                .query((rs, i) -> rs.getLong(1) + " " + rs.getLong(2)).single()).isEqualTo(keer + " " + keer * 200);
    }

    private long toewijzing(String bsn, String agb, Verwijzer verwijzer) {
        LocalDate ingang = LocalDate.of(1961, 11, 1);
        var t = new OvergenomenToewijzing("0632", Wet.JEUGDWET, null, bsn, agb, "Sommen Zorg", "45", "45A01", "Ambulante jeugdhulp individueel", ingang,
                ingang.plusYears(2), 4, "04", "2", "SOM" + System.nanoTime(), Instant.parse("1961-10-20T09:00:00Z"), null, null, null, null);
        return toewijzingen.overnemen(verwijzer == null ? t : t.metVerwijzer(verwijzer));
    }

    private static Declaratiesommen.Geboekt regel(String agb, long toewijzing, String bsn, String categorie, LocalDate begin, long centen) {
        return new Declaratiesommen.Geboekt("0632", "IJW", agb, toewijzing, bsn, categorie, begin, centen);
    }

    private static String agb() {
        return "4998" + String.format("%04d", System.nanoTime() % 10_000);
    }
}
