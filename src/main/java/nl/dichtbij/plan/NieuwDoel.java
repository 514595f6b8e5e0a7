package nl.dichtbij.plan;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.zrm.ZrmDomein;

/** A goal as typed in; {@code persoonBsn} empty means the whole household. */
public record NieuwDoel(String omschrijving, String persoonBsn, Levensgebied levensgebied, ZrmDomein zrmDomein, Integer doelscore,
                        Regeling regeling, int evaluatieMaanden) {
}
