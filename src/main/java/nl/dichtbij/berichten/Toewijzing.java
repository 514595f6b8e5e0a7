package nl.dichtbij.berichten;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.berichten.xml.Standaard;

/** The order to a provider to deliver one product to one client, and how far delivery has come. */
public record Toewijzing(long id, String gemeenteCode, Standaard standaard, long toewijzingNummer, Long beschikkingId, Long zaakId,
                         String persoonBsn, String aanbiederAgb, String aanbiederNaam, String productcategorie, String productcode,
                         String productOmschrijving, LocalDate ingangsdatum, LocalDate einddatum, Integer volume, String eenheid,
                         String frequentie, Long budgetCenten, String redenWijziging, String referentieAanbieder, Instant toegewezenOp,
                         Levering levering, LocalDate leveringBegindatum, LocalDate leveringEinddatum, String redenBeeindiging) {

    public static final String KOLOMMEN = "id, gemeente_code, standaard, toewijzing_nummer, beschikking_id, zaak_id, persoon_bsn, aanbieder_agb, "
            + "aanbieder_naam, productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, "
            + "budget_centen, reden_wijziging, referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum, "
            + "reden_beeindiging";

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
