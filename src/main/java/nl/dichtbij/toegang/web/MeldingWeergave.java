package nl.dichtbij.toegang.web;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.toegang.Melding;

/** A melding with where its legal term stands today and, for the resident, whom it is about; for the templates. */
public record MeldingWeergave(Melding melding, Termijnbewaking termijn, String voorWie) {

    public MeldingWeergave(Melding melding, Termijnbewaking termijn) {
        this(melding, termijn, null);
    }

    /** What the question is about, in a few words: its subjects, else the start of what the resident wrote. */
    public String onderwerp() {
        if (!melding.levensgebieden().isEmpty()) {
            return melding.levensgebieden().stream().map(g -> g.label()).sorted().collect(java.util.stream.Collectors.joining(", "));
        }
        String tekst = melding.omschrijving();
        return tekst.length() <= 60 ? tekst : tekst.substring(0, 57) + "...";
    }

    /** The countdown while the term runs; once what it waited for happened, that it was met and when. */
    public String termijnTekst() {
        if (melding.ingetrokken()) {
            return "Geen termijn meer: de vraag is ingetrokken op " + Formaat.tijdstip(melding.ingetrokkenOp()) + ".";
        }
        if (!melding.termijnLoopt()) {
            return "Gehaald: op " + Formaat.datum(melding.termijnGehaaldOp()) + " was deze stap gezet.";
        }
        return "Uiterlijk " + termijnEinde() + ". " + dagenOverTekst();
    }

    /** For the resident: by when someone takes up his urgent question (the response norm), while nobody has yet. */
    public String reactieVoorInwoner() {
        if (melding.urgentie() != nl.dichtbij.toegang.Urgentie.DRINGEND || melding.behandelaar() != null || melding.ingetrokken()
                || !melding.termijnLoopt()) {
            return null;
        }
        return "Omdat het dringend is, neemt een medewerker uw vraag uiterlijk "
                + Formaat.datum(nl.dichtbij.toegang.Reactienorm.uiterlijk(melding.ontvangenDatum())) + " in behandeling.";
    }

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
