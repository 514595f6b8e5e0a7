package nl.dichtbij.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the providers' progress notes (table {@code voortgangsnotitie}). */
@Repository
class VoortgangOpslag {

    private static final String NOTITIE = """
            select id, gemeente_code, doel_id, beschikking_id, aanbieder_agb, aanbieder_naam, periode_nummer, periode_van, periode_tot, tekst,
                   goed_gegaan, aandacht, door_naam, geschreven_op, evaluatie_id, gelezen_door_naam, gelezen_op from voortgangsnotitie
            """;

    private final JdbcClient jdbc;

    VoortgangOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the note; a second note of the same provider on the same goal in the same period breaks the unique key. */
    long schrijven(String gemeenteCode, long doelId, long beschikkingId, String agb, String aanbiederNaam, Evaluatieperiode periode,
                   NieuweVoortgang invoer, String door, String doorNaam, Instant op) {
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into voortgangsnotitie (gemeente_code, doel_id, beschikking_id, aanbieder_agb, aanbieder_naam, periode_nummer,
                            periode_van, periode_tot, tekst, goed_gegaan, aandacht, door, door_naam, geschreven_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeenteCode, doelId, beschikkingId, agb, aanbiederNaam, periode.nummer(), periode.van(), periode.tot(),
                        invoer.tekst().trim(), leeg(invoer.goedGegaan()), leeg(invoer.aandacht()), door, doorNaam, Timestamp.from(op))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    java.util.Optional<Voortgangsnotitie> notitie(String gemeenteCode, String agb, long id) {
        return jdbc.sql(NOTITIE + "where id = ? and gemeente_code = ? and aanbieder_agb = ?").params(id, gemeenteCode, agb)
                .query(Voortgangsnotitie.class).optional();
    }

    java.util.Optional<Voortgangsnotitie> inPeriode(long doelId, String agb, int periodeNummer) {
        return jdbc.sql(NOTITIE + "where doel_id = ? and aanbieder_agb = ? and periode_nummer = ?").params(doelId, agb, periodeNummer)
                .query(Voortgangsnotitie.class).optional();
    }

    /** The notes this provider wrote in the municipality, newest first; {@code beschikkingId} null: under every toewijzing. */
    List<Voortgangsnotitie> vanAanbieder(String gemeenteCode, String agb, Long beschikkingId) {
        return jdbc.sql(NOTITIE + "where gemeente_code = ? and aanbieder_agb = ? and (cast(? as bigint) is null or beschikking_id = ?) "
                        + "order by geschreven_op desc, id desc limit 500")
                .params(gemeenteCode, agb, beschikkingId, beschikkingId).query(Voortgangsnotitie.class).list();
    }

    /** The notes on these goals, oldest first. */
    List<Voortgangsnotitie> vanDoelen(String gemeenteCode, List<Long> doelIds) {
        if (doelIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NOTITIE + "where gemeente_code = :gemeente and doel_id in (:doelen) order by geschreven_op, id")
                .param("gemeente", gemeenteCode).param("doelen", doelIds).query(Voortgangsnotitie.class).list();
    }

    /** The regisseur recorded the goal's evaluation: the notes not yet read belong to it, read by him now. */
    int koppelen(long doelId, long evaluatieId, String doorNaam, Instant op) {
        return jdbc.sql("update voortgangsnotitie set evaluatie_id = ?, gelezen_door_naam = ?, gelezen_op = ? where doel_id = ? and evaluatie_id is null")
                .params(evaluatieId, doorNaam, Timestamp.from(op), doelId).update();
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
