package nl.dichtbij.toegang.web;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.toegang.Melding;

/** A melding with where its legal term stands today, for the templates. */
public record MeldingWeergave(Melding melding, Termijnbewaking termijn) {

    public String ontvangen() {
        return Formaat.datum(melding.ontvangenDatum());
    }

    public String termijnEinde() {
        return Formaat.datum(melding.termijnEinde());
    }

    public String intake() {
        return Formaat.datumTijd(melding.intakeOp());
    }

    public String tijdstip(java.time.Instant tijdstip) {
        return Formaat.tijdstip(tijdstip);
    }

    public String dagenOverTekst() {
        long dagen = termijn.dagenOver();
        if (dagen < 0) {
            return "De termijn is " + (-dagen) + (dagen == -1 ? " dag" : " dagen") + " verstreken.";
        }
        if (dagen == 0) {
            return "Vandaag is de laatste dag.";
        }
        return "Nog " + dagen + (dagen == 1 ? " dag." : " dagen.");
    }
}
