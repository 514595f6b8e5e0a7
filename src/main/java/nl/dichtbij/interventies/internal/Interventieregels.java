package nl.dichtbij.interventies.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.interventies.Effectniveau;
import nl.dichtbij.interventies.NieuweInterventie;
import nl.dichtbij.platform.Bedrag;

/**
 * The rules on an intervention of the register (issue 18). Pure: what the installation knows (the provider register, the
 * product list, the names already used) comes in as an {@link Omgeving}, so each rule has a fast unit test
 * (InterventieregelsTest). Messages are Dutch (B1), per field of the form.
 */
public final class Interventieregels {

    /** More providers than this for one intervention is the whole market; the register is then no help in choosing. */
    public static final int MEESTE_AANBIEDERS = 20;
    public static final int MEESTE_PRODUCTEN = 20;
    /** Higher than any price per client the social domain pays; a typing error otherwise. */
    static final BigDecimal HOOGSTE_PRIJS = new BigDecimal("1000000");
    static final int HOOGSTE_CAPACITEIT = 100_000;

    private Interventieregels() {
    }

    /** What the rules need to know about the installation. */
    public interface Omgeving {
        /** Whether the AGB code is a provider in the register (ended or not: an old intervention may still name it). */
        boolean aanbiederBestaat(String agbCode);

        /** Whether the product code is on the municipality's product list (active). */
        boolean productBestaat(String gemeenteCode, String productcode);

        /** Whether another intervention of the municipality (not {@code behalve}) has this name, whatever the case. */
        boolean naamBestaat(String gemeenteCode, String naam, Long behalve);
    }

    /** The errors of a new intervention ({@code id} null) or a change, per field; empty when it is good. */
    public static Map<String, String> interventie(NieuweInterventie n, String gemeenteCode, Long id, Omgeving o) {
        Map<String, String> fouten = new LinkedHashMap<>();
        naam(n.naam()).ifPresentOrElse(f -> fouten.put("naam", f), () -> {
            if (o.naamBestaat(gemeenteCode, n.naam().strip(), id)) {
                fouten.put("naam", naamBestaat());
            }
        });
        verplicht(n.beschrijving(), 4000, "Beschrijf de interventie: wat gebeurt er en wat is het doel?", "de beschrijving")
                .ifPresent(f -> fouten.put("beschrijving", f));
        verplicht(n.doelgroep(), 1000, "Schrijf op voor wie de interventie is, bijvoorbeeld 'Gezinnen met kinderen tot 12 jaar'.", "de doelgroep")
                .ifPresent(f -> fouten.put("doelgroep", f));
        if (n.uitsluitingscriteria() != null && n.uitsluitingscriteria().strip().length() > 1000) {
            fouten.put("uitsluitingscriteria", "Schrijf voor wie het niet is in hoogstens 1000 tekens.");
        }
        effectniveau(n.effectniveau()).ifPresent(f -> fouten.put("effectniveau", f));
        bron(n.effectniveau(), n.bron()).ifPresent(f -> fouten.put("bron", f));
        prijs(n.prijs()).ifPresent(f -> fouten.put("prijs", f));
        prijseenheid(n.prijs(), n.prijseenheid()).ifPresent(f -> fouten.put("prijseenheid", f));
        capaciteit(n.capaciteit()).ifPresent(f -> fouten.put("capaciteit", f));
        aanbieders(n.aanbiederAgbs(), o).ifPresent(f -> fouten.put("aanbiederAgbs", f));
        producten(n.productcodes(), gemeenteCode, o).ifPresent(f -> fouten.put("productcodes", f));
        return fouten;
    }

    /** The message when the name is taken, also when the database's unique constraint is the one that notices. */
    public static String naamBestaat() {
        return "Uw gemeente heeft al een interventie met deze naam. Kies een andere naam, of wijzig de interventie die er al is.";
    }

    static Optional<String> naam(String naam) {
        return verplicht(naam, 200, "Vul de naam van de interventie in.", "de naam");
    }

    static Optional<String> effectniveau(Integer niveau) {
        if (niveau == null) {
            return Optional.of("Kies het niveau op de effectladder. Weet u het niet? Kies dan niveau 0.");
        }
        if (Effectniveau.van(niveau).isEmpty()) {
            return Optional.of("Kies een niveau op de effectladder van 0 tot en met 4.");
        }
        return Optional.empty();
    }

    /** From level 2 a source says how well it works; at levels 0 and 1 a source is welcome but not needed. */
    static Optional<String> bron(Integer niveau, String bron) {
        boolean leeg = bron == null || bron.isBlank();
        if (leeg && Effectniveau.van(niveau).map(Effectniveau::vraagtBron).orElse(false)) {
            return Optional.of("Bij niveau 2 of hoger hoort een bron: waar staat dat het werkt? Bijvoorbeeld de databank van het NJi of Movisie, of een onderzoek.");
        }
        if (!leeg && bron.strip().length() > 500) {
            return Optional.of("Schrijf de bron in hoogstens 500 tekens.");
        }
        return Optional.empty();
    }

    static Optional<String> prijs(BigDecimal prijs) {
        if (prijs == null) {
            return Optional.empty();
        }
        if (prijs.signum() < 0) {
            return Optional.of("De prijs kan niet lager zijn dan € 0,00. Is de interventie gratis? Vul dan 0 in.");
        }
        if (prijs.stripTrailingZeros().scale() > 2) {
            return Optional.of("Een prijs heeft hoogstens 2 cijfers achter de komma.");
        }
        if (prijs.compareTo(HOOGSTE_PRIJS) > 0) {
            return Optional.of("Controleer de prijs: die is hoger dan " + Bedrag.tekst(HOOGSTE_PRIJS) + ".");
        }
        return Optional.empty();
    }

    static Optional<String> prijseenheid(BigDecimal prijs, String eenheid) {
        boolean leeg = eenheid == null || eenheid.isBlank();
        if (prijs != null && prijs.signum() > 0 && leeg) {
            return Optional.of("Schrijf op waar de prijs voor is, bijvoorbeeld 'per traject' of 'per uur'.");
        }
        if (prijs == null && !leeg) {
            return Optional.of("Vul ook de prijs in, of maak dit veld leeg.");
        }
        if (!leeg && eenheid.strip().length() > 50) {
            return Optional.of("Schrijf waar de prijs voor is in hoogstens 50 tekens.");
        }
        return Optional.empty();
    }

    static Optional<String> capaciteit(Integer capaciteit) {
        if (capaciteit == null) {
            return Optional.empty();
        }
        if (capaciteit < 1) {
            return Optional.of("Vul bij capaciteit in hoeveel cliënten tegelijk kunnen meedoen: 1 of meer. Weet u het niet? Laat het veld leeg.");
        }
        if (capaciteit > HOOGSTE_CAPACITEIT) {
            return Optional.of("Controleer de capaciteit: die is meer dan " + HOOGSTE_CAPACITEIT + " cliënten tegelijk.");
        }
        return Optional.empty();
    }

    static Optional<String> aanbieders(List<String> agbCodes, Omgeving o) {
        if (agbCodes.size() > MEESTE_AANBIEDERS) {
            return Optional.of("Kies hoogstens " + MEESTE_AANBIEDERS + " aanbieders.");
        }
        if (new HashSet<>(agbCodes).size() < agbCodes.size()) {
            return Optional.of("U hebt een aanbieder twee keer gekozen. Kies elke aanbieder één keer.");
        }
        return agbCodes.stream().filter(agb -> !agb.matches("[0-9]{8}") || !o.aanbiederBestaat(agb)).findFirst()
                .map(agb -> "AGB-code " + agb + " staat niet in het aanbiedersregister. Kies een aanbieder uit de lijst.");
    }

    static Optional<String> producten(List<String> productcodes, String gemeenteCode, Omgeving o) {
        if (productcodes.size() > MEESTE_PRODUCTEN) {
            return Optional.of("Kies hoogstens " + MEESTE_PRODUCTEN + " producten.");
        }
        if (new HashSet<>(productcodes).size() < productcodes.size()) {
            return Optional.of("U hebt een product twee keer gekozen. Kies elk product één keer.");
        }
        return productcodes.stream().filter(code -> !o.productBestaat(gemeenteCode, code)).findFirst()
                .map(code -> "Product " + code + " staat niet in de productenlijst van uw gemeente. Kies een product uit de lijst.");
    }

    private static Optional<String> verplicht(String tekst, int hoogstens, String leeg, String wat) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.of(leeg);
        }
        if (tekst.strip().length() > hoogstens) {
            return Optional.of("Schrijf " + wat + " in hoogstens " + hoogstens + " tekens.");
        }
        return Optional.empty();
    }
}
