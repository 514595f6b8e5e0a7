package nl.dichtbij.zrm;

import java.time.LocalDate;
import java.util.Map;

/**
 * A ZRM scoring was recorded: the scored domains (a domain that was not applicable or unknown is absent). The outcome monitor
 * listens to it; it carries the scores so a listener never reads this module's tables.
 */
public record ZrmVastgelegd(long metingId, String gemeenteCode, long zaakId, String persoonBsn, ZrmMeting.Door door,
                            ZrmMeting.Moment moment, LocalDate datum, Map<ZrmDomein, Integer> scores) {
}
