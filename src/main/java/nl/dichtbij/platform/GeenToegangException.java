package nl.dichtbij.platform;

/**
 * A professional of the right municipality asks for a household he does not work for and has
 * no consent for. Unlike {@link NietGevondenException} the household exists for him: he may use
 * emergency access ("break the glass") with a reason.
 */
public class GeenToegangException extends RuntimeException {

    private final long huishoudenId;

    public GeenToegangException(long huishoudenId) {
        super("U werkt niet aan deze zaak en heeft geen toestemming van de inwoner.");
        this.huishoudenId = huishoudenId;
    }

    public long huishoudenId() {
        return huishoudenId;
    }
}
