package nl.dichtbij.berichten;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.berichten.xml.Standaard;

import org.springframework.jdbc.core.RowMapper;

/** The order to a provider to deliver one product to one client, and how far delivery has come. */
public record Toewijzing(long id, String gemeenteCode, Standaard standaard, long toewijzingNummer, Long beschikkingId, Long zaakId,
                         String persoonBsn, String aanbiederAgb, String aanbiederNaam, String productcategorie, String productcode,
                         String productOmschrijving, LocalDate ingangsdatum, LocalDate einddatum, Integer volume, String eenheid,
                         String frequentie, Long budgetCenten, String redenWijziging, String referentieAanbieder, Instant toegewezenOp,
                         Levering levering, LocalDate leveringBegindatum, LocalDate leveringEinddatum, String redenBeeindiging) {

    /** The law of the toewijzing (its standard: iJw or iWmo). */
    public nl.dichtbij.platform.Wet wet() {
        return standaard.wet();
    }

    public static final String KOLOMMEN = "id, gemeente_code, standaard, toewijzing_nummer, beschikking_id, zaak_id, persoon_bsn, aanbieder_agb, "
            + "aanbieder_naam, productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, "
            + "budget_centen, reden_wijziging, referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum, "
            + "reden_beeindiging";

    /** Maps a row selected with {@link #KOLOMMEN}, by position: the pipeline reads a toewijzing for every message. */
    public static final RowMapper<Toewijzing> RIJ = (rs, i) -> new Toewijzing(rs.getLong(1), rs.getString(2), Standaard.valueOf(rs.getString(3)),
            rs.getLong(4), (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
            rs.getObject(15, Integer.class), rs.getString(16), rs.getString(17), rs.getObject(18, Long.class), rs.getString(19), rs.getString(20),
            rs.getTimestamp(21) == null ? null : rs.getTimestamp(21).toInstant(), Levering.valueOf(rs.getString(22)),
            rs.getObject(23, LocalDate.class), rs.getObject(24, LocalDate.class), rs.getString(25));

    /** Valid on the day: not withdrawn (RedenWijziging 13) and the day within the period. */
    public boolean geldigOp(LocalDate dag) {
        return !"13".equals(redenWijziging) && !dag.isBefore(ingangsdatum) && (einddatum == null || !dag.isAfter(einddatum));
    }

    public boolean verwijderd() {
        return "13".equals(redenWijziging);
    }

    public String product() {
        return productcode == null ? "categorie " + productcategorie : productcode + (productOmschrijving == null ? "" : " " + productOmschrijving);
    }
}
