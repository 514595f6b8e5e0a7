package nl.dichtbij.besluit.internal;

import nl.dichtbij.besluit.Mandaten;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.platform.demo.Demodeel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo mandates: the Jeugd consulent for the Jeugdwet, the Wmo consulent for the other laws, the teamleider for all. */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class MandaatDemoData implements Demodeel {

    private final JdbcClient jdbc;
    private final Mandaten mandaten;

    MandaatDemoData(JdbcClient jdbc, Mandaten mandaten) {
        this.jdbc = jdbc;
        this.mandaten = mandaten;
    }

    @Override
    public String naam() {
        return "mandaten";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from mandaat").query(Long.class).single() > 0) {
            return;
        }
        mandaten.toekennen("jeugdconsulent", "0632", Wet.JEUGDWET);
        mandaten.toekennen("wmoconsulent", "0632", Wet.WMO);
        mandaten.toekennen("wmoconsulent", "0632", Wet.PARTICIPATIEWET);
        mandaten.toekennen("wmoconsulent", "0632", Wet.SCHULDHULP);
        for (Wet wet : Wet.values()) {
            mandaten.toekennen("teamleider", "0632", wet);
        }
        mandaten.toekennen("montfoort", "0335", Wet.WMO);
    }
}
