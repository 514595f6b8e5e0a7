package nl.dichtbij.plan;

/**
 * The provider may not write a progress note here: no running toewijzing for a member of the household, the resident did
 * not share (or withdrew) the plan, another provider's or another municipality's client, or a goal it cannot see. The
 * message is Dutch and says why; pages answer 403 with it, the API a problem detail with status 403.
 */
public class VoortgangGeweigerdException extends RuntimeException {

    public VoortgangGeweigerdException(String melding) {
        super(melding);
    }
}
