package nl.dichtbij.demo;

/**
 * One part of the demo municipality. The demo module's {@code Demogemeente} runs every part, one after the other, in the order
 * of its list, under the {@link DemoSlot}; a part not on that list stops the start. Every part builds through the public API
 * of the module that owns the data (docs/decisions/0014, 0021). Each part checks whether it is there already and then does
 * nothing.
 */
interface Demodeel {

    /** The name of the part in the demo's list and in the log. */
    String naam();

    /** Makes the part, or does nothing when it is there. */
    void vullen();
}
