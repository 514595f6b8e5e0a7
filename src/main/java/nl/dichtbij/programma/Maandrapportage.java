package nl.dichtbij.programma;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/** What a project reported for one month: the four lights and the texts. Never changed afterwards. */
public record Maandrapportage(long id, long projectId, YearMonth maand, Map<Aspect, Stoplicht> stoplichten,
                              String behaaldeResultaten, String knelpunten, String maatregelen,
                              String vastgelegdDoor, LocalDateTime vastgelegdOp) {

    public Stoplicht licht(Aspect aspect) {
        return stoplichten.get(aspect);
    }

    /** The worst of the four lights. */
    public Stoplicht ergste() {
        return stoplichten.values().stream().max(Enum::compareTo).orElse(Stoplicht.OP_SCHEMA);
    }
}
