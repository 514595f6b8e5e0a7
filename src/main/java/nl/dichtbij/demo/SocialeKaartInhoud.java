package nl.dichtbij.demo;

import static nl.dichtbij.demo.Demobestand.waarde;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.socialekaart.SocialeKaart;

import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The local organisations of Woerden and Montfoort ({@code demo/sociale-kaart.csv}), entered as the editors of the map would. */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class SocialeKaartInhoud implements Demodeel {

    private final SocialeKaart kaart;

    SocialeKaartInhoud(SocialeKaart kaart) {
        this.kaart = kaart;
    }

    @Override
    public String naam() {
        return "sociale-kaart";
    }

    @Override
    public void vullen() {
        if (!kaart.alle("0632").isEmpty()) {
            return;
        }
        for (CSVRecord rij : Demobestand.rijen("sociale-kaart.csv")) {
            Set<Levensgebied> gebieden = EnumSet.noneOf(Levensgebied.class);
            Arrays.stream(rij.get("levensgebieden").split(",")).map(String::strip).map(Levensgebied::valueOf).forEach(gebieden::add);
            kaart.bewaar(rij.get("gemeente"), null, new SocialeKaart.Gegevens(rij.get("naam"), rij.get("omschrijving"), rij.get("kern"),
                    waarde(rij, "adres"), rij.get("telefoon"), null, null, gebieden, true));
        }
    }
}
