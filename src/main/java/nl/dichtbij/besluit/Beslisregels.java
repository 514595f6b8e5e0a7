package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Product;

/**
 * What a decision must hold before it is taken (Awb 3:46: it states its reasons; Wmo 2.3.5 / Jeugdwet 2.3: for a
 * fixed period, with the product and its extent or a budget) and when it needs a second signature. Pure: what the
 * municipality offers comes in as a {@link Catalogus}, so every rule has a fast unit test (BeslisregelsTest).
 */
final class Beslisregels {

    private Beslisregels() {
    }

    /** What the municipality offers under the law of the aanvraag. */
    interface Catalogus {
        Optional<Product> product(String code);

        boolean eenheidBestaat(String code);

        boolean frequentieBestaat(String code);

        /** The provider, when it is contracted for the product and in the register on the day the care starts. */
        Optional<Aanbieder> aanbieder(Product product, long aanbiederId, java.time.LocalDate ingangsdatum);

        /** How the provider's contract pays for the product on that day (inspanning, output, taak); empty without one. */
        Optional<Bekostigingsvorm> bekostigingsvorm(Product product, Aanbieder aanbieder, java.time.LocalDate ingangsdatum);
    }

    /** The checked decision: what is wrong per field (empty when it may be taken), and the product and provider it names. */
    record Controle(Map<String, String> fouten, Product product, Aanbieder aanbieder) {
        boolean goed() {
            return fouten.isEmpty();
        }
    }

    static Controle controleer(BeslisVerzoek v, String wetLabel, Catalogus catalogus) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (v.uitkomst() == null) {
            fouten.put("uitkomst", "Kies: toekennen, gedeeltelijk toekennen of afwijzen.");
        }
        if (leeg(v.motivering()) == null) {
            fouten.put("motivering", "Schrijf de reden van het besluit op, in gewone taal.");
        }
        if (v.uitkomst() == null || v.uitkomst() == Uitkomst.AFWIJZING) {
            return new Controle(fouten, null, null);
        }
        if (leeg(v.resultaat()) == null) {
            fouten.put("resultaat", "Beschrijf het resultaat dat de ondersteuning moet bereiken.");
        }
        Product product = leeg(v.productcode()) == null ? null : catalogus.product(v.productcode().trim()).orElse(null);
        if (product == null) {
            fouten.put("productcode", leeg(v.productcode()) == null ? "Kies een product."
                    : "Productcode " + v.productcode() + " bestaat niet voor de " + wetLabel + " in uw gemeente.");
        }
        omvang(v, catalogus, fouten);
        if (v.budget() != null && v.budget().signum() <= 0) {
            fouten.put("budget", "Een budget is een bedrag groter dan 0.");
        }
        periode(v, fouten);
        Aanbieder aanbieder = vorm(v, product, catalogus, fouten);
        return new Controle(fouten, product, aanbieder);
    }

    /** Above the four-eyes amount (PGB amount, else the budget) a second professional with mandate signs. */
    static BeschikkingStatus status(BeslisVerzoek v, BigDecimal vierOgenBedrag) {
        BigDecimal bedrag = v.pgbBedrag() != null ? v.pgbBedrag() : v.budget() == null ? BigDecimal.ZERO : v.budget();
        return bedrag.compareTo(vierOgenBedrag) > 0 ? BeschikkingStatus.WACHT_OP_TWEEDE : BeschikkingStatus.VASTGESTELD;
    }

    /** An extent is volume, unit (WJ756) and frequency (WMO757) together; without one a budget or a PGB says how much. */
    private static void omvang(BeslisVerzoek v, Catalogus catalogus, Map<String, String> fouten) {
        boolean omvang = v.volume() != null || leeg(v.eenheid()) != null || leeg(v.frequentie()) != null;
        if (!omvang) {
            if (v.budget() == null && v.vorm() != Leveringsvorm.PGB) {
                fouten.put("volume", "Vul de omvang in (volume, eenheid en frequentie) of een budget.");
            }
            return;
        }
        if (v.volume() == null || v.volume() <= 0) {
            fouten.put("volume", "Vul het volume in als een heel getal groter dan 0.");
        }
        if (leeg(v.eenheid()) == null) {
            fouten.put("eenheid", "Een omvang heeft een eenheid, bijvoorbeeld uur of dagdeel.");
        } else if (!catalogus.eenheidBestaat(v.eenheid())) {
            fouten.put("eenheid", "Eenheid " + v.eenheid() + " staat niet in codelijst WJ756.");
        }
        if (leeg(v.frequentie()) == null) {
            fouten.put("frequentie", "Een omvang heeft een frequentie, bijvoorbeeld per week.");
        } else if (!catalogus.frequentieBestaat(v.frequentie())) {
            fouten.put("frequentie", "Frequentie " + v.frequentie() + " staat niet in codelijst WMO757.");
        }
    }

    private static void periode(BeslisVerzoek v, Map<String, String> fouten) {
        if (v.ingangsdatum() == null) {
            fouten.put("ingangsdatum", "Vul de ingangsdatum in.");
        }
        if (v.einddatum() == null) {
            fouten.put("einddatum", "Vul de einddatum in; een besluit geldt voor een bepaalde periode.");
        } else if (v.ingangsdatum() != null && !v.einddatum().isAfter(v.ingangsdatum())) {
            fouten.put("einddatum", "De einddatum ligt vóór of op de ingangsdatum. Controleer beide datums.");
        }
    }

    /** Care in kind names the contracted provider the resident chose; a PGB names its amount. */
    private static Aanbieder vorm(BeslisVerzoek v, Product product, Catalogus catalogus, Map<String, String> fouten) {
        if (v.vorm() == null) {
            fouten.put("vorm", "Kies zorg in natura of een persoonsgebonden budget.");
            return null;
        }
        if (v.vorm() == Leveringsvorm.PGB) {
            if (v.pgbBedrag() == null || v.pgbBedrag().signum() <= 0) {
                fouten.put("pgbBedrag", "Vul het bedrag van het persoonsgebonden budget in.");
            }
            return null;
        }
        if (v.aanbiederId() == null) {
            fouten.put("aanbiederId", "Kies de aanbieder die de inwoner koos.");
            return null;
        }
        if (product == null) {
            return null;
        }
        Aanbieder aanbieder = catalogus.aanbieder(product, v.aanbiederId(), v.ingangsdatum()).orElse(null);
        if (aanbieder == null) {
            fouten.put("aanbiederId", "Deze aanbieder mag dit product niet leveren op de ingangsdatum: er is geen contract voor, of de aanbieder"
                    + " staat dan niet (meer) in het aanbiedersregister.");
            return null;
        }
        catalogus.bekostigingsvorm(product, aanbieder, v.ingangsdatum()).ifPresent(vorm -> bekostiging(v, vorm, fouten));
        return aanbieder;
    }

    /**
     * The toewijzing carries the product in the form its contract pays for it (iJw/iWmo uitvoeringsvarianten): effort as a volume
     * in a unit of time or effort, output in pieces or euros, a task as a budget without a volume.
     */
    private static void bekostiging(BeslisVerzoek v, Bekostigingsvorm vorm, Map<String, String> fouten) {
        if (vorm == Bekostigingsvorm.TAAK) {
            if (v.budget() == null) {
                fouten.putIfAbsent("budget", "Het contract betaalt dit product taakgericht: vul een budget in (zonder volume, eenheid en frequentie).");
            }
            if (v.volume() != null || leeg(v.eenheid()) != null || leeg(v.frequentie()) != null) {
                fouten.putIfAbsent("volume", "Het contract betaalt dit product taakgericht, met een budget: laat volume, eenheid en frequentie leeg.");
            }
            return;
        }
        if (v.budget() != null) {
            fouten.putIfAbsent("budget", "Het contract betaalt dit product " + vorm.label().toLowerCase() + ": een toewijzing heeft dan een omvang, geen budget.");
        }
        if (v.volume() == null && leeg(v.eenheid()) == null) {
            fouten.putIfAbsent("volume", "Het contract betaalt dit product " + vorm.label().toLowerCase() + ": vul de omvang in (volume, eenheid en frequentie).");
        } else if (leeg(v.eenheid()) != null && !vorm.toewijzingEenheden().contains(v.eenheid().trim())) {
            fouten.putIfAbsent("eenheid", "Eenheid " + v.eenheid().trim() + " past niet bij " + vorm.label().toLowerCase() + " ("
                    + vorm.uitleg() + "): kies " + String.join(" of ", vorm.toewijzingEenheden().stream().sorted().toList()) + " uit WJ756.");
        }
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
