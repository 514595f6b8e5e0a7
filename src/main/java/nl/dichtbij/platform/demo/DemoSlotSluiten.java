package nl.dichtbij.platform.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the last demo runner: the demo municipality is complete, a waiting node may look. */
@Component
@Order(DemoSlotSluiten.VOLGORDE)
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DemoSlotSluiten implements ApplicationRunner {

    /** Higher than every demo runner's order. */
    static final int VOLGORDE = 1000;

    private final DemoSlot slot;

    DemoSlotSluiten(DemoSlot slot) {
        this.slot = slot;
    }

    @Override
    public void run(ApplicationArguments args) {
        slot.sluiten();
    }
}
