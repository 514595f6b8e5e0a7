package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Contract;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Woerden's ceiling for Zorg Dichtbij's Wmo contract this year, set so that 90% is used by the money year's declarations:
 * the consulent sees the warning on the decision form and beleid on the contract and the inkoop page.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Plafonddemo implements Demodeel {

    private final Contracten contracten;
    private final Clock clock;

    Plafonddemo(Contracten contracten, Clock clock) {
        this.contracten = contracten;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "plafond";
    }

    @Override
    @Transactional
    public void vullen() {
        int jaar = LocalDate.now(clock).getYear();
        Contract c = contracten.lijst(Inkoopcontracten.BELEID_WOERDEN, Contracten.Stand.ALLE, 0, 100).inhoud().stream()
                .filter(r -> r.kenmerk().equals(Inkoopcontracten.ZORG_DICHTBIJ_WMO_WOERDEN)).findFirst()
                .map(r -> contracten.contract(Inkoopcontracten.BELEID_WOERDEN, r.id())).orElse(null);
        if (c == null || c.plafond("0632", jaar).isPresent()) {
            return;
        }
        long besteed = contracten.besteed(c, "0632", jaar);
        // 90% used: the ceiling is spend / 0.9, rounded down to whole euros (so at least 90%)
        long plafond = Math.max(100_000L, besteed * 10 / 9 / 100 * 100);
        contracten.plafondVastleggen(Inkoopcontracten.BELEID_WOERDEN, c.id(), c.versie(), jaar, plafond);
    }
}
