package nl.dichtbij.berichten;

import java.time.Instant;
import java.util.List;

import nl.dichtbij.berichten.xml.Standaard;

/**
 * A provider's verzoek om toewijzing (315) or om wijziging (317), waiting for the regisseur's answer. Its version
 * guards the answer: of two regisseurs who answer at once, one succeeds and the other is refused (docs/decisions/0019).
 */
public record Verzoek(long id, String gemeenteCode, Standaard standaard, Soort soort, String persoonBsn, String aanbiederAgb,
                      String referentieAanbieder, String redenVerzoek, Instant ontvangenOp, Status status, String beantwoordDoor,
                      Instant beantwoordOp, long versie) {

    static final String KOLOMMEN = "id, gemeente_code, standaard, soort, persoon_bsn, aanbieder_agb, referentie_aanbieder, reden_verzoek, "
            + "ontvangen_op, status, beantwoord_door, beantwoord_op, versie";

    public enum Soort {
        TOEWIJZING("Verzoek om toewijzing"), WIJZIGING("Verzoek om wijziging");

        private final String label;

        Soort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        OPEN("Nieuw"), IN_ONDERZOEK("In onderzoek"), BEANTWOORD("Beantwoord");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One product asked for: new (VOT, or NieuwProduct of a VOW) or a change of an existing toewijzing (TeWijzigenProduct). */
    public record Product(long id, long verzoekId, String soort, String referentieAanbieder, Long toewijzingNummer, String productcategorie,
                          String productcode, java.time.LocalDate ingangsdatum, java.time.LocalDate einddatum, Integer volume, String eenheid,
                          String frequentie, Long budgetCenten, String status, String redenAfwijzing, Long toewijzingId, String verwijzerType,
                          String verwijzerCode, String verwijzerNaam) {

        static final String KOLOMMEN = "id, verzoek_id, soort, referentie_aanbieder, toewijzing_nummer, productcategorie, productcode, ingangsdatum, "
                + "einddatum, volume, eenheid, frequentie, budget_centen, status, reden_afwijzing, toewijzing_id, verwijzer_type, verwijzer_code, "
                + "verwijzer_naam";

        /** The referrer the provider named for this product (315); empty for a 317's products. */
        public java.util.Optional<Verwijzer> verwijzer() {
            return Verwijzer.van(verwijzerType, verwijzerCode, verwijzerNaam);
        }

        public boolean open() {
            return status.equals("OPEN");
        }

        public boolean wijziging() {
            return soort.equals("WIJZIGEN");
        }
    }

    public boolean afgehandeld() {
        return status == Status.BEANTWOORD;
    }

    public boolean perProduct() {
        return soort == Soort.TOEWIJZING;
    }

    /** What the regisseur sees on one page: the verzoek, its products and the client's current toewijzingen there. */
    public record Dossier(Verzoek verzoek, List<Product> producten, List<Toewijzing> toewijzingen) {
    }
}
