package nl.dichtbij.sturing.internal;

import java.time.Clock;
import java.util.List;

import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingGewijzigd;
import nl.dichtbij.besluit.BeschikkingVastgesteld;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.sturing.Bron;
import nl.dichtbij.sturing.Regeling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every sent decision that grants support becomes a provision fact at the resident's address, once
 * (through the event publication registry, so none is missed); a changed end date or an ending
 * moves the fact's end date, a
 * withdrawal removes it.
 */
@Component
class BeschikkingenAlsVoorziening {

    private static final Logger log = LoggerFactory.getLogger(BeschikkingenAlsVoorziening.class);

    private final Opslag opslag;
    private final PersonenRegister register;
    private final Clock clock;

    BeschikkingenAlsVoorziening(Opslag opslag, PersonenRegister register, Clock clock) {
        this.opslag = opslag;
        this.register = register;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void vastgesteld(BeschikkingVastgesteld event) {
        Beschikking b = event.beschikking();
        Regeling regeling = RegelingVanBeschikking.van(b).orElse(null);
        if (regeling == null || b.ingangsdatum() == null || opslag.vanBeschikking(b.id())) {
            return;
        }
        Persoon persoon = register.persoon(b.gemeenteCode(), b.persoonBsn()).orElse(null);
        Adres adres = persoon == null ? null : register.adres(b.gemeenteCode(), persoon.huishoudenId()).orElse(null);
        if (adres == null) {
            log.warn("Beschikking {}: de persoon woont niet (meer) in gemeente {}; geen voorziening geteld", b.id(), b.gemeenteCode());
            return;
        }
        String product = b.productOmschrijving() != null ? b.productOmschrijving() : b.productcode() != null ? b.productcode() : b.wet().label();
        opslag.opslaan(List.of(new Opslag.Rij(b.gemeenteCode(), persoon.huishoudenId(), adres.wijk(), adres.woonplaats(), regeling,
                product.length() > 200 ? product.substring(0, 200) : product, b.ingangsdatum(), b.einddatum(), Bron.BESCHIKKING, null, b.id(),
                b.genomenDoor())), clock.instant());
    }

    @ApplicationModuleListener
    public void gewijzigd(BeschikkingGewijzigd event) {
        Beschikking b = event.beschikking();
        if (event.wijziging() == Besluiten.Wijziging.INTREKKEN) {
            opslag.vervalt(b.gemeenteCode(), b.id()); // a withdrawn decision was never a provision
        } else {
            opslag.nieuweEinddatum(b.gemeenteCode(), b.id(), b.einddatum());
        }
    }
}
