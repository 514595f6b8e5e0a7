package nl.dichtbij.aanbod;

import nl.dichtbij.platform.Wet;

/** A product the municipality grants: category from the code list, its own product code. */
public record Product(long id, String gemeenteCode, Wet wet, String categorie, String categorieOmschrijving, String code,
                      String omschrijving) {

    public String weergave() {
        return code + " " + omschrijving + (categorie == null ? "" : " (categorie " + categorie + ")");
    }
}
