package nl.dichtbij.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.besluit.Mandaten;
import nl.dichtbij.platform.Wet;

import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo mandates ({@code demo/mandaten.csv}): the Jeugd consulent for the Jeugdwet, the Wmo consulent for the other laws,
 * the teamleider for all; set as functional management sets them at Mandaten.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DemoMandaten implements Demodeel {

    private final Mandaten mandaten;

    DemoMandaten(Mandaten mandaten) {
        this.mandaten = mandaten;
    }

    @Override
    public String naam() {
        return "mandaten";
    }

    @Override
    public void vullen() {
        if (!mandaten.vanGemeente("0632").isEmpty() || !mandaten.vanGemeente("0335").isEmpty()) {
            return;
        }
        for (CSVRecord rij : Demobestand.rijen("mandaten.csv")) {
            Set<Wet> wetten = rij.get("wetten").equals("ALLE") ? EnumSet.allOf(Wet.class)
                    : EnumSet.copyOf(Arrays.stream(rij.get("wetten").split(",")).map(String::strip).map(Wet::valueOf).toList());
            mandaten.instellen(rij.get("gemeente"), rij.get("gebruikersnaam"), wetten);
        }
    }
}
