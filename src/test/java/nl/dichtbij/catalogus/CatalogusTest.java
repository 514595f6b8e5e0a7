package nl.dichtbij.catalogus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class CatalogusTest {

    private static final Product HUISHOUDEN = new Product(1, "0632", Wet.WMO, "01", "Hulp bij het huishouden", "01A01", "Hulp bij het huishouden");
    private static final Product BEGELEIDING = new Product(2, "0632", Wet.WMO, "02", "Begeleiding", "02A01", "Begeleiding individueel");

    private static Catalogus.Kaart kaart(long id, String naam, String... plaatsen) {
        List<Aanbiedersregister.Locatie> locaties = java.util.Arrays.stream(plaatsen)
                .map(p -> new Aanbiedersregister.Locatie(id * 10, "Vestiging " + p, "Straat", "1", "3441 AA", p, LocalDate.of(2020, 1, 1), null)).toList();
        return new Catalogus.Kaart(new Aanbieder(id, "4242000" + id, naam), locaties, List.of("HKZ"), Optional.empty(), 0, 10, 14, List.of());
    }

    @Test
    void theKernFilterKeepsProvidersWithALocationThereAndDropsEmptyProducts() {
        var catalogus = List.of(new Catalogus.Productaanbod(HUISHOUDEN, List.of(kaart(1, "A", "Woerden"), kaart(2, "B", "Harmelen", "Kamerik"))),
                new Catalogus.Productaanbod(BEGELEIDING, List.of(kaart(1, "A", "Woerden"))));
        assertThat(Catalogus.kernen(catalogus)).containsExactly("Harmelen", "Kamerik", "Woerden");
        var kamerik = Catalogus.inKern(catalogus, "kamerik ");
        assertThat(kamerik).singleElement().satisfies(p -> {
            assertThat(p.product()).isEqualTo(HUISHOUDEN);
            assertThat(p.aanbieders()).extracting(k -> k.aanbieder().naam()).containsExactly("B");
        });
        assertThat(Catalogus.inKern(catalogus, null)).isEqualTo(catalogus);
        assertThat(Catalogus.inKern(catalogus, "Utrecht")).isEmpty();
    }

    @Test
    void aWaitingTimeAboveTheNormIsMarked() {
        assertThat(kaart(1, "A", "Woerden").bovenNorm()).isFalse();
        var boven = new Catalogus.Kaart(new Aanbieder(3, "42420003", "C"), List.of(), List.of(), Optional.empty(), 0, 30, 14, List.of());
        assertThat(boven.bovenNorm()).isTrue();
        var onbekend = new Catalogus.Kaart(new Aanbieder(3, "42420003", "C"), List.of(), List.of(), Optional.empty(), 0, null, null, List.of());
        assertThat(onbekend.bovenNorm()).isFalse();
        assertThat(onbekend.wachttijd()).isEqualTo("Nog niet bekend");
        assertThat(onbekend.norm()).isEqualTo("Geen norm afgesproken");
    }
}
