package nl.dichtbij.interventies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What beleid types for an intervention, new or changed. {@code effectniveau} is the level on the effect ladder as a number
 * (0 to 4; {@link Effectniveau#van}); {@code aanbiederAgbs} are AGB codes of the provider register and {@code productcodes}
 * codes of the municipality's product list. Empty entries of a form are no choice and are left out.
 */
public record NieuweInterventie(String naam, String beschrijving, String doelgroep, String uitsluitingscriteria, Integer effectniveau,
                                String bron, BigDecimal prijs, String prijseenheid, Integer capaciteit, List<String> aanbiederAgbs,
                                List<String> productcodes, boolean actief) {

    public NieuweInterventie {
        aanbiederAgbs = gekozen(aanbiederAgbs);
        productcodes = gekozen(productcodes);
    }

    private static List<String> gekozen(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
