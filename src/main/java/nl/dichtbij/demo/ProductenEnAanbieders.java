package nl.dichtbij.demo;

import static nl.dichtbij.demo.Demobestand.waarde;

import java.util.List;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.platform.Wet;

import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products Woerden and Montfoort grant ({@code demo/producten.csv}), entered as functional management would
 * ({@link Aanbod}); the providers follow in the register ({@link Aanbiedersregistratie}), then their contracts
 * ({@link Inkoopcontracten}).
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ProductenEnAanbieders implements Demodeel {

    private static final List<String> GEMEENTEN = List.of("0632", "0335");

    private final Aanbod aanbod;

    ProductenEnAanbieders(Aanbod aanbod) {
        this.aanbod = aanbod;
    }

    @Override
    public String naam() {
        return "aanbod";
    }

    @Override
    @Transactional
    public void vullen() {
        if (!aanbod.producten(GEMEENTEN.getFirst()).isEmpty()) {
            return;
        }
        List<CSVRecord> producten = Demobestand.rijen("producten.csv");
        for (String gemeente : GEMEENTEN) {
            for (CSVRecord p : producten) {
                aanbod.productToevoegen(gemeente, Wet.valueOf(p.get("wet")), waarde(p, "categorie"), p.get("code"), p.get("omschrijving"));
            }
        }
    }
}
