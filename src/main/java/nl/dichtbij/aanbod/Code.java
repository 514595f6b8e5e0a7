package nl.dichtbij.aanbod;

public record Code(String lijst, String code, String omschrijving) {

    /**
     * A unit of WJ756 as it follows an amount, in words and never as its code: "per uur", "per etmaal", "per dagdeel (4 uur)",
     * "per stuk" (for both kinds of stuks), "per euro".
     */
    public String perEenheid() {
        String naam = omschrijving.strip().toLowerCase(java.util.Locale.ROOT);
        if (naam.startsWith("stuks")) {
            return "per stuk";
        }
        if (naam.startsWith("euro")) {
            return "per euro";
        }
        return "per " + naam;
    }
}
