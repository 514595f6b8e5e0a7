package nl.dichtbij.platform.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before the first demo runner: each runner's "is my part there" holds only while no other node writes. */
@Component
@Order(DemoSlotOpenen.VOLGORDE)
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DemoSlotOpenen implements ApplicationRunner {

    /** Lower than every demo runner's order. */
    static final int VOLGORDE = 0;

    private final DemoSlot slot;

    DemoSlotOpenen(DemoSlot slot) {
        this.slot = slot;
    }

    @Override
    public void run(ApplicationArguments args) {
        slot.openen();
    }
}
