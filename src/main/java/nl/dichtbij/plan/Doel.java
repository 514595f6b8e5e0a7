package nl.dichtbij.plan;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.zrm.ZrmDomein;

/** A goal written with the resident, on a levensgebied, optionally with a ZRM domain and target score. */
public record Doel(long id, long planId, String omschrijving, String persoonBsn, String persoonNaam, Levensgebied levensgebied,
                   ZrmDomein zrmDomein, Integer doelscore, Regeling regeling, int evaluatieMaanden, LocalDate volgendeEvaluatie,
                   List<Actie> acties) {

    public boolean formeelEnInformeel() {
        return acties.stream().anyMatch(a -> a.uitvoerder().informeel()) && acties.stream().anyMatch(a -> !a.uitvoerder().informeel());
    }
}
