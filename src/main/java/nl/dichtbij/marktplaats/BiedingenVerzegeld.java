package nl.dichtbij.marktplaats;

/** Someone tried to read the bids before the deadline: refused (403), and logged. */
public class BiedingenVerzegeld extends RuntimeException {

    public BiedingenVerzegeld(String melding) {
        super(melding);
    }
}
