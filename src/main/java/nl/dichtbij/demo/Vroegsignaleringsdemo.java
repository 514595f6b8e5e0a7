package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.vroegsignalering.Bronsoort;
import nl.dichtbij.vroegsignalering.Signaalbron;
import nl.dichtbij.vroegsignalering.Signaalbronnen;
import nl.dichtbij.vroegsignalering.Signaalinvoer;
import nl.dichtbij.vroegsignalering.Vroegsignalen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Vroegsignalering in Woerden (issue 20): the housing corporation GroenWest and the energy company Energie Rijnstroom in the
 * register, with the demo keys {@value #SLEUTEL_GROENWEST} and {@value #SLEUTEL_ENERGIE} (only in the demo profile, named in
 * the README), and six signals for adults of Woerden sent through the module's API as those senders would: one where eviction
 * threatens (3 working days), one by address. Deterministic: the first adults born 1960-1990 in BSN order.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Vroegsignaleringsdemo implements Demodeel {

    static final String SLEUTEL_GROENWEST = "demo-signaalbron-groenwest";
    static final String SLEUTEL_ENERGIE = "demo-signaalbron-rijnstroom";
    private static final Logger log = LoggerFactory.getLogger(Vroegsignaleringsdemo.class);

    private final Signaalbronnen bronnen;
    private final Vroegsignalen signalen;
    private final PersonenRegister register;
    private final Clock clock;

    Vroegsignaleringsdemo(Signaalbronnen bronnen, Vroegsignalen signalen, PersonenRegister register, Clock clock) {
        this.bronnen = bronnen;
        this.signalen = signalen;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "vroegsignalering";
    }

    @Override
    public void vullen() {
        if (bronnen.bestaat(Demoverloop.GEMEENTE, "GroenWest")) {
            return;
        }
        Signaalbron groenWest = bronnen.demobron(Demoverloop.GEMEENTE, "GroenWest", Bronsoort.WONINGCORPORATIE, SLEUTEL_GROENWEST);
        Signaalbron energie = bronnen.demobron(Demoverloop.GEMEENTE, "Energie Rijnstroom", Bronsoort.ENERGIE, SLEUTEL_ENERGIE);
        List<Persoon> volwassenen = register.geborenTussen(Demoverloop.GEMEENTE, LocalDate.of(1960, 1, 1), LocalDate.of(1990, 1, 1), null, 6);
        if (volwassenen.size() < 6) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        List<Signaalinvoer> vanGroenWest = new ArrayList<>();
        vanGroenWest.add(new Signaalinvoer(volwassenen.get(0).bsn(), null, null, null, "GW-2026-0412", vandaag.minusDays(5).toString(), "3-maanden-of-meer", "ja"));
        vanGroenWest.add(new Signaalinvoer(volwassenen.get(1).bsn(), null, null, null, "GW-2026-0418", vandaag.minusDays(12).toString(), "2-maanden", "nee"));
        register.adres(Demoverloop.GEMEENTE, volwassenen.get(2).huishoudenId()).ifPresent(a -> vanGroenWest.add(new Signaalinvoer(null, a.postcode(),
                a.huisnummer().replaceAll("\\D.*", ""), a.huisnummer().replaceAll("^\\d+\\W*", ""), "GW-2026-0431", vandaag.minusDays(3).toString(), "1-maand", "nee")));
        List<Signaalinvoer> vanEnergie = List.of(
                new Signaalinvoer(volwassenen.get(3).bsn(), null, null, null, "ER-77120", vandaag.minusDays(20).toString(), "2-maanden", "nee"),
                new Signaalinvoer(volwassenen.get(4).bsn(), null, null, null, "ER-77164", vandaag.minusDays(8).toString(), "1-maand", "nee"),
                new Signaalinvoer(volwassenen.get(5).bsn(), null, null, null, "ER-77201", vandaag.minusDays(2).toString(), "3-maanden-of-meer", "nee"));
        long bewaard = signalen.ontvangen(groenWest, vanGroenWest).bewaard() + signalen.ontvangen(energie, vanEnergie).bewaard();
        log.info("Demo: {} signalen van schulden voor het Wmo-team van Woerden", bewaard);
    }
}
