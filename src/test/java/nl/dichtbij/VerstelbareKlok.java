package nl.dichtbij;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests move forward, so deadlines can be tested without waiting. */
public class VerstelbareKlok extends Clock {

    public static final Instant START = Instant.parse("2026-11-23T08:30:00Z");

    private final AtomicReference<Instant> nu = new AtomicReference<>(START);
    private final ZoneId zone;

    public VerstelbareKlok(ZoneId zone) {
        this.zone = zone;
    }

    public void zet(Instant moment) {
        nu.set(moment);
    }

    public void verzet(Duration duur) {
        nu.updateAndGet(m -> m.plus(duur));
    }

    public void herstel() {
        nu.set(START);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId andere) {
        VerstelbareKlok klok = new VerstelbareKlok(andere);
        klok.zet(nu.get());
        return klok;
    }

    @Override
    public Instant instant() {
        return nu.get();
    }
}
