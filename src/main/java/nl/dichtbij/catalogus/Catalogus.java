package nl.dichtbij.catalogus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.interventies.Interventie;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.platform.Wet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of providers the resident chooses from: per product of the municipality the providers contracted for it
 * today, with their locations (address and kern), quality marks and experience rating — public, the sociale-kaart part —
 * and, for someone signed in, also the current waiting time against the contract's norm and the interventions they offer
 * with their effect level. The consulent opens the same view from the decision form, filtered on the product.
 */
@Service
public class Catalogus {

    /** The laws the municipality contracts providers for, in the order the catalogue shows them. */
    private static final List<Wet> WETTEN = List.of(Wet.WMO, Wet.JEUGDWET);

    private final Contracten contracten;
    private final Aanbod aanbod;
    private final Aanbiedersregister register;
    private final Interventies interventies;
    private final Ervaringen ervaringen;
    private final Postcodegebieden postcodegebieden;
    private final Clock clock;

    Catalogus(Contracten contracten, Aanbod aanbod, Aanbiedersregister register, Interventies interventies, Ervaringen ervaringen,
              Postcodegebieden postcodegebieden, Clock clock) {
        this.postcodegebieden = postcodegebieden;
        this.contracten = contracten;
        this.aanbod = aanbod;
        this.register = register;
        this.interventies = interventies;
        this.ervaringen = ervaringen;
        this.clock = clock;
    }

    /** A provider as the catalogue shows it under a product. {@code wachttijd*} and {@code interventies} only when signed in. */
    public record Kaart(Aanbieder aanbieder, List<Aanbiedersregister.Locatie> locaties, List<String> keurmerken, Optional<Ervaringsregels.Waardering> waardering,
                        int aantalErvaringen, Integer wachttijdDagen, Integer wachttijdnormDagen, List<Interventie> interventies) {

        public boolean bovenNorm() {
            return wachttijdDagen != null && wachttijdnormDagen != null && wachttijdDagen > wachttijdnormDagen;
        }

        public String wachttijd() {
            return wachttijdDagen == null ? "Nog niet bekend" : nl.dichtbij.platform.Formaat.dagen(wachttijdDagen);
        }

        public String norm() {
            return wachttijdnormDagen == null ? "Geen norm afgesproken" : nl.dichtbij.platform.Formaat.dagen(wachttijdnormDagen);
        }
    }

    /** One product with its contracted providers. */
    public record Productaanbod(Product product, List<Kaart> aanbieders) {
    }

    /** What the page asked: the product code (optional); {@code volledig} for someone signed in. */
    public record Vraag(String gemeenteCode, String productcode, boolean volledig) {
    }

    /** The catalogue: one entry per product with at least one provider. */
    @Transactional(readOnly = true)
    public List<Productaanbod> zoek(Vraag vraag) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Contracten.Aanbieding> aanbiedingen = new ArrayList<>();
        for (Wet wet : WETTEN) {
            aanbiedingen.addAll(contracten.aanbiedingen(vraag.gemeenteCode(), wet, vandaag));
        }
        Set<Long> ids = aanbiedingen.stream().map(a -> a.aanbieder().id()).collect(Collectors.toSet());
        Map<Long, Aanbiedersregister.Catalogusgegevens> gegevens = register.catalogusgegevens(ids, vandaag);
        Map<String, List<Ervaringsregels.Cijfers>> cijfers = ervaringen.cijfersPerAanbieder(vraag.gemeenteCode());
        List<Interventie> actieve = vraag.volledig() ? interventies.actieve(vraag.gemeenteCode()) : List.of();
        Map<String, List<Contracten.Aanbieding>> perProduct = aanbiedingen.stream()
                .collect(Collectors.groupingBy(Contracten.Aanbieding::productcode, LinkedHashMap::new, Collectors.toList()));
        List<Productaanbod> resultaat = new ArrayList<>();
        for (Product product : aanbod.producten(vraag.gemeenteCode())) {
            if (vraag.productcode() != null && !vraag.productcode().equals(product.code())) {
                continue;
            }
            List<Kaart> kaarten = new ArrayList<>();
            Set<Long> gehad = new java.util.HashSet<>();
            for (Contracten.Aanbieding a : perProduct.getOrDefault(product.code(), List.of())) {
                if (!gehad.add(a.aanbieder().id())) {
                    continue;
                }
                Aanbiedersregister.Catalogusgegevens g = gegevens.get(a.aanbieder().id());
                List<Ervaringsregels.Cijfers> c = cijfers.getOrDefault(a.aanbieder().agbCode(), List.of());
                kaarten.add(new Kaart(a.aanbieder(), g.locaties(), g.keurmerken().stream().map(Aanbiedersregister.Keurmerk::soort).distinct().toList(),
                        Ervaringsregels.waardering(c), c.size(), vraag.volledig() ? a.wachttijdDagen() : null,
                        vraag.volledig() ? a.wachttijdnormDagen() : null, vraag.volledig() ? interventiesVan(actieve, a.aanbieder(), product) : List.of()));
            }
            if (!kaarten.isEmpty()) {
                kaarten.sort(Comparator.comparing(k -> k.aanbieder().naam()));
                resultaat.add(new Productaanbod(product, kaarten));
            }
        }
        return resultaat;
    }

    /** The provider's interventions: those that deliver this product first, then its others; the best-known effect first. */
    private static List<Interventie> interventiesVan(List<Interventie> actieve, Aanbieder aanbieder, Product product) {
        List<Interventie> van = actieve.stream().filter(i -> i.aanbiederAgbs().contains(aanbieder.agbCode())).toList();
        List<Interventie> geordend = new ArrayList<>(van.stream().filter(i -> i.productcodes().contains(product.code())).toList());
        van.stream().filter(i -> !geordend.contains(i)).forEach(geordend::add);
        return geordend;
    }

    /**
     * Per provider the distance in km from the resident's postcode area to the nearest of its locations, from the middles of
     * the areas; a provider without a location in a known area has none. Empty when the resident's area is unknown.
     */
    @Transactional(readOnly = true)
    public Map<Long, Double> afstanden(List<Productaanbod> catalogus, String pc4) {
        Set<String> gebieden = new java.util.HashSet<>();
        gebieden.add(pc4);
        catalogus.forEach(p -> p.aanbieders().forEach(k -> k.locaties().forEach(l -> Afstand.pc4(l.postcode()).ifPresent(gebieden::add))));
        Map<String, Afstand.Punt> punten = postcodegebieden.punten(gebieden);
        Afstand.Punt hier = punten.get(pc4);
        Map<Long, Double> afstanden = new java.util.HashMap<>();
        if (hier == null) {
            return afstanden;
        }
        catalogus.forEach(p -> p.aanbieders().forEach(k -> k.locaties().stream()
                .map(l -> Afstand.pc4(l.postcode()).map(punten::get).orElse(null)).filter(java.util.Objects::nonNull)
                .mapToDouble(daar -> Afstand.km(hier, daar)).min().ifPresent(km -> afstanden.put(k.aanbieder().id(), km))));
        return afstanden;
    }

    /** The providers under each product, the nearest first; those without a known distance after them, by name. */
    public static List<Productaanbod> opAfstand(List<Productaanbod> catalogus, Map<Long, Double> afstanden) {
        Comparator<Kaart> dichtbij = Comparator.comparing((Kaart k) -> afstanden.getOrDefault(k.aanbieder().id(), Double.MAX_VALUE))
                .thenComparing(k -> k.aanbieder().naam());
        return catalogus.stream().map(p -> new Productaanbod(p.product(), p.aanbieders().stream().sorted(dichtbij).toList())).toList();
    }

    /** Only the providers with a location in the kern (place); products left without providers drop out. */
    public static List<Productaanbod> inKern(List<Productaanbod> catalogus, String kern) {
        if (kern == null || kern.isBlank()) {
            return catalogus;
        }
        List<Productaanbod> gefilterd = new ArrayList<>();
        for (Productaanbod p : catalogus) {
            List<Kaart> daar = p.aanbieders().stream().filter(k -> k.locaties().stream().anyMatch(l -> kern.strip().equalsIgnoreCase(l.plaats()))).toList();
            if (!daar.isEmpty()) {
                gefilterd.add(new Productaanbod(p.product(), daar));
            }
        }
        return gefilterd;
    }

    /** The kernen (places) where contracted providers of the municipality have a location, for the filter. */
    public static List<String> kernen(List<Productaanbod> catalogus) {
        TreeSet<String> kernen = new TreeSet<>();
        catalogus.forEach(p -> p.aanbieders().forEach(k -> k.locaties().forEach(l -> kernen.add(l.plaats()))));
        return List.copyOf(kernen);
    }

    /** The products of the municipality that have contracted providers, for the filter. */
    @Transactional(readOnly = true)
    public List<Product> producten(String gemeenteCode) {
        return aanbod.producten(gemeenteCode).stream().filter(p -> p.wet() == Wet.WMO || p.wet() == Wet.JEUGDWET).toList();
    }

    /** One provider's page: its entries under each product (the same cards as the list), empty when it has no contract here. */
    @Transactional(readOnly = true)
    public List<Productaanbod> aanbieder(String gemeenteCode, long aanbiederId, boolean volledig) {
        List<Productaanbod> alles = zoek(new Vraag(gemeenteCode, null, volledig));
        List<Productaanbod> van = new ArrayList<>();
        for (Productaanbod p : alles) {
            p.aanbieders().stream().filter(k -> k.aanbieder().id() == aanbiederId).findFirst()
                    .ifPresent(k -> van.add(new Productaanbod(p.product(), List.of(k))));
        }
        return van;
    }
}
