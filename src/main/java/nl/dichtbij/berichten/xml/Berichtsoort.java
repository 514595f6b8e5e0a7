package nl.dichtbij.berichten.xml;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every message of iJw 3.2 and iWmo 3.2 this municipality sends or receives, with its
 * BerichtCode, its namespace and, for a heenbericht from a provider, the retour that answers it.
 * The berichtklassen are the elements that carry RetourCodes in the retour.
 */
public enum Berichtsoort {
    JW301(Standaard.IJW, "301", 436, Set.of()),
    JW305(Standaard.IJW, "305", 438, Set.of("Client", "StartProduct")),
    JW306(Standaard.IJW, "306", 439, Set.of()),
    JW307(Standaard.IJW, "307", 440, Set.of("Client", "StopProduct")),
    JW308(Standaard.IJW, "308", 441, Set.of()),
    JW315(Standaard.IJW, "315", 446, Set.of("Client", "AangevraagdProduct")),
    JW316(Standaard.IJW, "316", 447, Set.of()),
    JW317(Standaard.IJW, "317", 486, Set.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct")),
    JW318(Standaard.IJW, "318", 487, Set.of()),
    JW319(Standaard.IJW, "319", 488, Set.of()),
    JW323(Standaard.IJW, "323", 490, Set.of("Client", "Prestatie")),
    JW325(Standaard.IJW, "325", 491, Set.of()),
    WMO301(Standaard.IWMO, "301", 414, Set.of()),
    WMO305(Standaard.IWMO, "305", 418, Set.of("Client", "StartProduct")),
    WMO306(Standaard.IWMO, "306", 419, Set.of()),
    WMO307(Standaard.IWMO, "307", 420, Set.of("Client", "StopProduct")),
    WMO308(Standaard.IWMO, "308", 421, Set.of()),
    WMO315(Standaard.IWMO, "315", 444, Set.of("Client", "AangevraagdProduct")),
    WMO316(Standaard.IWMO, "316", 445, Set.of()),
    WMO317(Standaard.IWMO, "317", 480, Set.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct")),
    WMO318(Standaard.IWMO, "318", 481, Set.of()),
    WMO319(Standaard.IWMO, "319", 482, Set.of()),
    WMO323(Standaard.IWMO, "323", 484, Set.of("Client", "Prestatie")),
    WMO325(Standaard.IWMO, "325", 485, Set.of());

    private static final Map<String, Berichtsoort> OP_NAMESPACE = Arrays.stream(values())
            .collect(Collectors.toMap(Berichtsoort::namespace, Function.identity()));

    private final Standaard standaard;
    private final String nummer;
    private final int berichtCode;
    private final Set<String> berichtklassen;

    Berichtsoort(Standaard standaard, String nummer, int berichtCode, Set<String> berichtklassen) {
        this.standaard = standaard;
        this.nummer = nummer;
        this.berichtCode = berichtCode;
        this.berichtklassen = berichtklassen;
    }

    public Standaard standaard() {
        return standaard;
    }

    /** "305" */
    public String nummer() {
        return nummer;
    }

    public int berichtCode() {
        return berichtCode;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/" + standaard.naam() + "/3_2/" + standaard.voorvoegsel() + nummer + "/schema";
    }

    /** The file name of the schema, e.g. jw305.xsd. */
    public String xsd() {
        return standaard.voorvoegsel() + nummer + ".xsd";
    }

    /** The messages a provider sends to the municipality. */
    public boolean vanAanbieder() {
        return retour().isPresent();
    }

    /** The retour that answers this heenbericht (306 for 305, 325 for 323). */
    public Optional<Berichtsoort> retour() {
        String retour = switch (nummer) {
            case "305" -> "306";
            case "307" -> "308";
            case "315" -> "316";
            case "317" -> "318";
            case "323" -> "325";
            default -> null;
        };
        return Optional.ofNullable(retour).map(n -> van(standaard, n));
    }

    public boolean isKlasse(String element) {
        return berichtklassen.contains(element);
    }

    /** For the iWmo retours there is no published XSD: their structure mirrors iJw's (see master-overview-iwmo-xsd.md). */
    public boolean gespiegeldVanIjw() {
        return standaard == Standaard.IWMO && Set.of("306", "308", "316", "318", "325").contains(nummer);
    }

    public Berichtsoort inIjw() {
        return van(Standaard.IJW, nummer);
    }

    public static Berichtsoort van(Standaard standaard, String nummer) {
        return valueOf(standaard.voorvoegsel().toUpperCase() + nummer);
    }

    public static Optional<Berichtsoort> metNamespace(String namespace) {
        return Optional.ofNullable(OP_NAMESPACE.get(namespace));
    }
}
