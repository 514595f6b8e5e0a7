package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.Begroting;
import nl.dichtbij.sturing.Geldoverzicht;
import nl.dichtbij.sturing.Thema;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo: Woerden's budget per theme for this year, as the controller would enter it. Youth care
 * runs about 8% over its budget, so the early warning shows; the other themes stay within.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class BegrotingVanWoerden implements Demodeel {

    private final Begroting begroting;
    private final Geldoverzicht geld;
    private final Clock clock;

    BegrotingVanWoerden(Begroting begroting, Geldoverzicht geld, Clock clock) {
        this.begroting = begroting;
        this.geld = geld;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "begroting";
    }

    @Override
    public void vullen() {
        int jaar = LocalDate.now(clock).getYear();
        if (!begroting.jaar("0632", jaar).budgetCenten().isEmpty()) {
            return;
        }
        Geldoverzicht.Overzicht overzicht = geld.overzicht("0632", jaar);
        Map<Thema, String> bedragen = new EnumMap<>(Thema.class);
        for (Geldoverzicht.Themajaar t : overzicht.themas()) {
            long prognose = t.prognoseCenten() == null ? 0 : t.prognoseCenten();
            long budget = switch (t.thema()) {
                case GROEI -> Math.round(prognose / 1.08);
                case ONDERSTEUNING -> Math.round(prognose * 1.03);
                case GEZONDHEID -> 45_000_000L;
                case WERK_EN_INKOMEN -> 310_000_000L;
                case WONEN -> 120_000_000L;
            };
            bedragen.put(t.thema(), String.valueOf(Math.max(budget, 100_000L) / 100));
        }
        Gebruiker controller = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
        begroting.vastleggen(controller, jaar, bedragen, String.valueOf(Begroting.STANDAARD_DREMPEL));
    }
}
