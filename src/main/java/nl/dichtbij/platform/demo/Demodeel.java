package nl.dichtbij.platform.demo;

/**
 * One part of the demo municipality. The demo module's {@code Demogemeente} runs every part, one after the other, in the order
 * of its list, under the {@link DemoSlot}; a part not on that list stops the start. A part that is still written inside the
 * module that owns its data implements this interface there, until the demo module builds it through that module's public
 * API (docs/decisions/0014). Each part checks whether it is there already and then does nothing.
 */
public interface Demodeel {

    /** The name of the part in the demo's list and in the log. */
    String naam();

    /** Makes the part, or does nothing when it is there. */
    void vullen();
}
