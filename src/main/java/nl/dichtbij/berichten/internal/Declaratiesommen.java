package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the year sums of granted declaration lines (V90) as the lines are booked, in the same transaction: per resident, law
 * and product category, and per provider, law and the referrer type of the toewijzing. The steering pages read these instead
 * of adding up every line. Sums are added in a fixed order, so two bookings at once wait for each other instead of deadlocking;
 * a sum that another booking created at the same moment is added to once that one commits.
 */
@Component
public class Declaratiesommen {

    /** A booked line: its amount in cents, negative for a credit. */
    public record Geboekt(String gemeenteCode, String standaard, String aanbiederAgb, long toewijzingId, String persoonBsn,
                          String productcategorie, LocalDate begindatum, long centen) {
    }

    private record PersoonSom(String gemeenteCode, int jaar, String persoonBsn, String standaard, String productcategorie) {
    }

    private record AanbiederSom(String gemeenteCode, int jaar, String aanbiederAgb, String standaard, String verwijzerType) {
    }

    private static final Comparator<PersoonSom> PERSOON_VOLGORDE = Comparator.comparing(PersoonSom::gemeenteCode).thenComparingInt(PersoonSom::jaar)
            .thenComparing(PersoonSom::persoonBsn).thenComparing(PersoonSom::standaard).thenComparing(PersoonSom::productcategorie);
    private static final Comparator<AanbiederSom> AANBIEDER_VOLGORDE = Comparator.comparing(AanbiederSom::gemeenteCode).thenComparingInt(AanbiederSom::jaar)
            .thenComparing(AanbiederSom::aanbiederAgb).thenComparing(AanbiederSom::standaard).thenComparing(AanbiederSom::verwijzerType);

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    Declaratiesommen(JdbcClient jdbc, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transacties);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Adds the lines to their year sums; call in the transaction that inserts them. */
    public void boek(Collection<Geboekt> regels) {
        if (regels.isEmpty()) {
            return;
        }
        Map<Long, String> verwijzers = verwijzerTypen(regels.stream().map(Geboekt::toewijzingId).distinct().toList());
        Map<PersoonSom, Long> perPersoon = new TreeMap<>(PERSOON_VOLGORDE);
        Map<AanbiederSom, Long> perAanbieder = new TreeMap<>(AANBIEDER_VOLGORDE);
        for (Geboekt r : regels) {
            int jaar = r.begindatum().getYear();
            perPersoon.merge(new PersoonSom(r.gemeenteCode(), jaar, r.persoonBsn(), r.standaard(), r.productcategorie()), r.centen(), Long::sum);
            perAanbieder.merge(new AanbiederSom(r.gemeenteCode(), jaar, r.aanbiederAgb(), r.standaard(), verwijzers.getOrDefault(r.toewijzingId(), "")),
                    r.centen(), Long::sum);
        }
        perPersoon.forEach((s, centen) -> tel(
                "update declaratie_som_persoon set bedrag_centen = bedrag_centen + ? where gemeente_code = ? and jaar = ? and persoon_bsn = ? "
                        + "and standaard = ? and productcategorie = ?",
                "insert into declaratie_som_persoon (bedrag_centen, gemeente_code, jaar, persoon_bsn, standaard, productcategorie) values (?, ?, ?, ?, ?, ?)",
                centen, s.gemeenteCode(), s.jaar(), s.persoonBsn(), s.standaard(), s.productcategorie()));
        perAanbieder.forEach((s, centen) -> tel(
                "update declaratie_som_aanbieder set bedrag_centen = bedrag_centen + ? where gemeente_code = ? and jaar = ? and aanbieder_agb = ? "
                        + "and standaard = ? and verwijzer_type = ?",
                "insert into declaratie_som_aanbieder (bedrag_centen, gemeente_code, jaar, aanbieder_agb, standaard, verwijzer_type) values (?, ?, ?, ?, ?, ?)",
                centen, s.gemeenteCode(), s.jaar(), s.aanbiederAgb(), s.standaard(), s.verwijzerType()));
    }

    /** The referrer type of each toewijzing, '' when unknown; in batches, never one query per line. */
    private Map<Long, String> verwijzerTypen(List<Long> toewijzingen) {
        Map<Long, String> typen = new HashMap<>();
        for (int van = 0; van < toewijzingen.size(); van += 500) {
            jdbc.sql("select id, verwijzer_type from toewijzing where id in (:ids)")
                    .param("ids", new ArrayList<>(toewijzingen.subList(van, Math.min(toewijzingen.size(), van + 500))))
                    .query(rs -> {
                        typen.put(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2));
                    });
        }
        return typen;
    }

    /** Adds to the sum, or creates it; when another booking created it meanwhile, its insert is undone to a savepoint and the sum added to. */
    private void tel(String bijtellen, String aanmaken, Object... waarden) {
        if (jdbc.sql(bijtellen).params(waarden).update() > 0) {
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(aanmaken).params(waarden).update());
        } catch (DuplicateKeyException gelijktijdig) {
            jdbc.sql(bijtellen).params(waarden).update();
        }
    }
}
