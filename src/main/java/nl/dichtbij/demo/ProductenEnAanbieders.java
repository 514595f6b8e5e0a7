package nl.dichtbij.demo;

import static nl.dichtbij.demo.Demobestand.waarde;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.platform.Wet;

import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products Woerden and Montfoort grant ({@code demo/producten.csv}) and the providers they contracted
 * ({@code demo/aanbieders.csv}), entered as functional management would ({@link Aanbod}).
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
        List<CSVRecord> contracten = Demobestand.rijen("aanbieders.csv");
        Map<String, Long> aanbieders = new LinkedHashMap<>();
        for (CSVRecord c : contracten) {
            aanbieders.computeIfAbsent(c.get("agb"), agb -> aanbod.aanbiederRegistreren(agb, c.get("naam")).id());
        }
        for (String gemeente : GEMEENTEN) {
            for (CSVRecord c : contracten) {
                aanbod.contractVastleggen(aanbieders.get(c.get("agb")), gemeente, Wet.valueOf(c.get("wet")), waarde(c, "categorie"));
            }
        }
    }
}
