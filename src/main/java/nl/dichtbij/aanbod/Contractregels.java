package nl.dichtbij.aanbod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Wet;

/**
 * The rules on a contract, its tariffs and its ceiling (issue 16). Pure: what the installation knows comes in as an
 * {@link Omgeving}, so each rule has a fast unit test (ContractregelsTest). Messages are Dutch, per field.
 */
public final class Contractregels {

    /** A tariff above this is a typing error, not a price (a week of residential youth care costs a few thousand euros). */
    static final long HOOGSTE_TARIEF_CENTEN = 10_000_000L;

    private Contractregels() {
    }

    /** What the rules need to know about the installation. */
    interface Omgeving {
        boolean aanbiederIngeschrevenOp(long aanbiederId, LocalDate dag);

        boolean gemeenteBestaat(String gemeenteCode);

        /** Is the municipality in the same region as the one that manages the contract? */
        boolean zelfdeRegio(String beheerder, String gemeenteCode);

        boolean productBestaat(String gemeenteCode, Wet wet, String productcode);

        boolean kenmerkBezet(String gemeenteCode, String kenmerk);
    }

    /** What beleid types for a new contract or a change; {@code gemeenten} are where it applies (more than one: a region). */
    public record Gegevens(String kenmerk, String regio, Long aanbiederId, Wet wet, Inkoopmodel model, LocalDate ingangsdatum,
                           LocalDate einddatum, String toelatingsvoorwaarden, boolean tussentijdsToetreden, Integer wachttijdnormDagen,
                           List<String> gemeenten) {
    }

    public record Tariefgegevens(String productcode, LocalDate geldigVanaf, LocalDate geldigTot, Long tariefCenten, String eenheid) {
    }

    /** A new contract: {@code beheerder} is the municipality that manages it. */
    static Map<String, String> nieuw(Gegevens g, String beheerder, Omgeving o) {
        Map<String, String> fouten = gegevens(g, beheerder, o);
        if (!fouten.containsKey("kenmerk") && o.kenmerkBezet(beheerder, g.kenmerk().strip())) {
            fouten.put("kenmerk", "Uw gemeente heeft al een contract met kenmerk " + g.kenmerk().strip() + ". Kies een ander kenmerk.");
        }
        return fouten;
    }

    /** A change of the contract's terms; the provider and the law stay what they were (toewijzingen hang on them). */
    static Map<String, String> gegevens(Gegevens g, String beheerder, Omgeving o) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (leeg(g.kenmerk()) || !g.kenmerk().strip().matches("[\\p{L}0-9][\\p{L}0-9 ._/-]{0,39}")) {
            fouten.put("kenmerk", "Vul het kenmerk van het contract in: letters, cijfers, punt, streepje of schuine streep, hoogstens 40 tekens.");
        }
        if (g.aanbiederId() == null) {
            fouten.put("aanbiederId", "Kies de aanbieder.");
        } else if (g.ingangsdatum() != null && !o.aanbiederIngeschrevenOp(g.aanbiederId(), g.ingangsdatum())) {
            fouten.put("aanbiederId", "Deze aanbieder staat op de ingangsdatum niet (meer) in het aanbiedersregister.");
        }
        if (g.wet() == null) {
            fouten.put("wet", "Kies de wet.");
        }
        if (g.model() == null) {
            fouten.put("model", "Kies het inkoopmodel.");
        }
        if (g.ingangsdatum() == null) {
            fouten.put("ingangsdatum", "Vul de ingangsdatum van het contract in.");
        }
        if (g.einddatum() != null && g.ingangsdatum() != null && g.einddatum().isBefore(g.ingangsdatum())) {
            fouten.put("einddatum", "De einddatum ligt vóór de ingangsdatum. Controleer beide datums.");
        }
        if (g.wachttijdnormDagen() != null && (g.wachttijdnormDagen() < 0 || g.wachttijdnormDagen() > 365)) {
            fouten.put("wachttijdnormDagen", "Vul de wachttijdnorm in als een aantal dagen tussen 0 en 365.");
        }
        if (g.toelatingsvoorwaarden() != null && g.toelatingsvoorwaarden().length() > 4000) {
            fouten.put("toelatingsvoorwaarden", "De toelatingsvoorwaarden zijn te lang (hoogstens 4000 tekens). Verwijs naar het document.");
        } else if (g.model() == Inkoopmodel.OPEN_HOUSE && leeg(g.toelatingsvoorwaarden())) {
            fouten.put("toelatingsvoorwaarden", "Bij open house zijn de toelatingsvoorwaarden openbaar: schrijf ze op of verwijs naar de publicatie.");
        }
        List<String> gemeenten = g.gemeenten() == null ? List.of() : g.gemeenten();
        if (gemeenten.size() > 1 && (leeg(g.regio()) || g.regio().strip().length() > 100)) {
            fouten.put("regio", "Een regionaal contract heeft de naam van de regio (hoogstens 100 tekens).");
        }
        if (!gemeenten.isEmpty() && !gemeenten.contains(beheerder)) {
            fouten.put("gemeenten", "Een contract geldt altijd voor uw eigen gemeente; een regionaal contract ook voor andere gemeenten van de regio.");
        }
        // a contract decides how another municipality's declarations are checked: only within the region it joined
        gemeenten.stream().filter(c -> !c.equals(beheerder)).filter(c -> !o.gemeenteBestaat(c) || !o.zelfdeRegio(beheerder, c)).findFirst()
                .ifPresent(c -> fouten.put("gemeenten", "Gemeente " + c + " hoort niet bij de regio van uw gemeente in deze installatie."));
        return fouten;
    }

    /** A product the contract covers: it exists under the contract's law in every municipality the contract applies to. */
    static Map<String, String> product(String productcode, Bekostigingsvorm vorm, Contracten.Contract c, Omgeving o) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (leeg(productcode)) {
            fouten.put("productcode", "Kies het product.");
        } else if (c.gemeenten().stream().anyMatch(g -> !o.productBestaat(g, c.wet(), productcode.strip()))) {
            fouten.put("productcode", "Product " + productcode.strip() + " bestaat niet onder de " + c.wet().label()
                    + " in elke gemeente waar dit contract geldt.");
        } else if (c.producten().stream().anyMatch(p -> p.productcode().equals(productcode.strip()))) {
            fouten.put("productcode", "Product " + productcode.strip() + " staat al in dit contract.");
        }
        if (vorm == null) {
            fouten.put("bekostigingsvorm", "Kies de bekostigingsvorm: inspanningsgericht, outputgericht of taakgericht.");
        } else if (c.model() == Inkoopmodel.POPULATIEBEKOSTIGING && vorm != Bekostigingsvorm.TAAK) {
            fouten.put("bekostigingsvorm", "Bij populatiebekostiging betaalt de gemeente een budget: kies taakgericht.");
        }
        return fouten;
    }

    /** A tariff: for a product of the contract paid per unit, a unit that fits its bekostigingsvorm, inside the contract, no overlap. */
    static Map<String, String> tarief(Tariefgegevens t, Contracten.Contract c) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Contracten.Contractproduct product = leeg(t.productcode()) ? null
                : c.producten().stream().filter(p -> p.productcode().equals(t.productcode().strip())).findFirst().orElse(null);
        if (leeg(t.productcode())) {
            fouten.put("productcode", "Een tarief hoort bij een product: kies het product.");
        } else if (product == null) {
            fouten.put("productcode", "Product " + t.productcode().strip() + " staat niet in dit contract. Voeg het eerst toe aan het contract.");
        } else if (!product.bekostigingsvorm().heeftTarief()) {
            fouten.put("productcode", "Product " + product.productcode() + " is taakgericht: de gemeente betaalt een budget, geen tarief per eenheid.");
        }
        if (t.tariefCenten() == null || t.tariefCenten() <= 0 || t.tariefCenten() > HOOGSTE_TARIEF_CENTEN) {
            fouten.put("tarief", "Vul het tarief in euro's in, groter dan 0 en hoogstens € 100.000,00, bijvoorbeeld 75,40.");
        }
        if (leeg(t.eenheid())) {
            fouten.put("eenheid", "Kies de eenheid van het tarief, bijvoorbeeld uur.");
        } else if (product != null && product.bekostigingsvorm().heeftTarief() && !product.bekostigingsvorm().eenheden().contains(t.eenheid())) {
            fouten.put("eenheid", "Eenheid " + t.eenheid() + " past niet bij " + product.bekostigingsvorm().label().toLowerCase()
                    + ": kies " + String.join(", ", product.bekostigingsvorm().eenheden().stream().sorted().toList()) + " (codelijst WJ756).");
        }
        if (t.geldigVanaf() == null) {
            fouten.put("geldigVanaf", "Vul in vanaf welke dag het tarief geldt.");
        } else if (t.geldigVanaf().isBefore(c.ingangsdatum()) || (c.einddatum() != null && t.geldigVanaf().isAfter(c.einddatum()))) {
            fouten.put("geldigVanaf", "Het tarief moet ingaan binnen de looptijd van het contract (" + c.looptijd() + ").");
        }
        if (t.geldigTot() != null && t.geldigVanaf() != null && t.geldigTot().isBefore(t.geldigVanaf())) {
            fouten.put("geldigTot", "De einddatum van het tarief ligt vóór de begindatum. Controleer beide datums.");
        }
        if (!fouten.containsKey("geldigVanaf") && !fouten.containsKey("geldigTot") && product != null) {
            c.tarieven().stream().filter(b -> b.productcode().equals(product.productcode()))
                    .filter(b -> overlapt(b.geldigVanaf(), b.geldigTot(), t.geldigVanaf(), t.geldigTot())).findFirst()
                    .ifPresent(b -> fouten.put("geldigVanaf", "Voor " + product.productcode() + " geldt al een tarief van " + b.periode()
                            + ". Tariefperiodes mogen elkaar niet overlappen: laat het nieuwe tarief later ingaan of sluit het oude eerst af."));
        }
        return fouten;
    }

    /** A ceiling: a positive amount, never below what the municipality already spent at this provider that year. */
    static Map<String, String> plafond(int jaar, Long bedragCenten, long besteedCenten) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (jaar < 2015 || jaar > 2100) {
            fouten.put("jaar", "Vul het jaar in met vier cijfers, vanaf 2015.");
        }
        if (bedragCenten == null || bedragCenten <= 0) {
            fouten.put("plafond", "Vul het plafond in euro's in, groter dan 0.");
        } else if (bedragCenten < besteedCenten) {
            fouten.put("plafond", "Het plafond ligt onder wat in " + jaar + " al is uitgegeven bij deze aanbieder ("
                    + Bedrag.tekst(BigDecimal.valueOf(besteedCenten, 2)) + "). Kies een plafond van minstens dat bedrag.");
        }
        return fouten;
    }

    /** How much of a ceiling is used: a warning from 90%, never a stop (the duty of care comes first). */
    public record Plafondstand(long plafondCenten, long besteedCenten) {

        public int procent() {
            return plafondCenten == 0 ? 0 : (int) Math.min(999, besteedCenten * 100 / plafondCenten);
        }

        public boolean bijna() {
            return besteedCenten * 100 >= plafondCenten * 90 && !over();
        }

        public boolean over() {
            return besteedCenten >= plafondCenten;
        }

        public boolean waarschuwen() {
            return bijna() || over();
        }

        public String tekst() {
            String bedragen = Bedrag.tekst(BigDecimal.valueOf(besteedCenten, 2)) + " van " + Bedrag.tekst(BigDecimal.valueOf(plafondCenten, 2));
            return over() ? "Plafond bereikt: " + bedragen + " (" + procent() + "%)"
                    : bijna() ? "Plafond bijna bereikt: " + bedragen + " (" + procent() + "%)" : bedragen + " (" + procent() + "%)";
        }
    }

    /** The yearly indexation: every tariff that runs on {@code per} and began before it ends the day before; a new one starts. */
    record Indexatie(List<Contracten.Tarief> afsluiten, List<Tariefgegevens> nieuw) {
    }

    static Indexatie indexeren(Contracten.Contract c, BigDecimal procent, LocalDate per, Map<String, String> fouten) {
        if (procent == null || procent.compareTo(new BigDecimal("-10")) < 0 || procent.compareTo(new BigDecimal("25")) > 0) {
            fouten.put("procent", "Vul het indexpercentage in tussen -10 en 25, bijvoorbeeld 3,2.");
        }
        if (per == null) {
            fouten.put("per", "Vul de dag in waarop de nieuwe tarieven ingaan, meestal 1 januari.");
        } else if (per.isBefore(c.ingangsdatum()) || (c.einddatum() != null && per.isAfter(c.einddatum()))) {
            fouten.put("per", "De nieuwe tarieven moeten ingaan binnen de looptijd van het contract (" + c.looptijd() + ").");
        }
        List<Contracten.Tarief> afsluiten = new ArrayList<>();
        List<Tariefgegevens> nieuw = new ArrayList<>();
        if (!fouten.isEmpty()) {
            return new Indexatie(afsluiten, nieuw);
        }
        for (Contracten.Tarief t : c.tarieven()) {
            if (!t.geldigVanaf().isBefore(per) && (t.geldigTot() == null || !t.geldigTot().isBefore(per))) {
                fouten.put("per", "Voor " + t.productcode() + " geldt al een tarief vanaf " + Formaat.lang(t.geldigVanaf())
                        + ". Kies een latere dag of pas dat tarief aan.");
                return new Indexatie(List.of(), List.of());
            }
            if (t.geldigOp(per)) {
                afsluiten.add(t);
                long centen = BigDecimal.valueOf(t.tariefCenten()).multiply(BigDecimal.ONE.add(procent.movePointLeft(2)))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact();
                nieuw.add(new Tariefgegevens(t.productcode(), per, t.geldigTot(), centen, t.eenheid()));
            }
        }
        if (afsluiten.isEmpty()) {
            fouten.put("per", "Op " + Formaat.lang(per) + " geldt geen tarief om te indexeren.");
        }
        return new Indexatie(afsluiten, nieuw);
    }

    /** Two periods, each up to and including its last day (null: open), share at least one day. */
    static boolean overlapt(LocalDate vanaf1, LocalDate tot1, LocalDate vanaf2, LocalDate tot2) {
        return (tot2 == null || !vanaf1.isAfter(tot2)) && (tot1 == null || !vanaf2.isAfter(tot1));
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
