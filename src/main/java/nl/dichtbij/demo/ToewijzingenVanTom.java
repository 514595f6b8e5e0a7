package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.AanbiederSleutels;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo: the API key of Jeugdhulp Voorbeeld B.V. and Tom de Wit's ZIN Jeugd decisions with that
 * provider, taken the way a consulent takes them, so their toewijzingen (JW301) wait in the
 * provider's postvak.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ToewijzingenVanTom implements Demodeel {

    static final String DEMO_SLEUTEL = "demo-aanbieder-42420001";
    static final String VOORBEELD_AGB = "42420001";

    private final AanbiederSleutels sleutels;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final Zaken zaken;
    private final Besluiten besluiten;
    private final Aanbod aanbod;
    private final Clock clock;

    ToewijzingenVanTom(AanbiederSleutels sleutels, PersonenRegister register, Gemeenten gemeenten, Zaken zaken, Besluiten besluiten, Aanbod aanbod,
                      Clock clock) {
        this.sleutels = sleutels;
        this.register = register;
        this.gemeenten = gemeenten;
        this.zaken = zaken;
        this.besluiten = besluiten;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "berichten";
    }

    @Override
    public void vullen() {
        if (sleutels.aanbieder(DEMO_SLEUTEL).isPresent()) {
            return;
        }
        Persoon tom = register.persoon("0632", Testpersonen.TOM_BSN).orElse(null);
        long voorbeeld = aanbod.aanbiederMetAgb(VOORBEELD_AGB).orElseThrow().id();
        if (tom != null) {
            Team jeugd = gemeenten.teamVoor("0632", Doelgroep.JEUGD);
            Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", jeugd.id(), null);
            Zaak zaak = zaken.voorHuishouden("0632", tom.huishoudenId(), jeugd.id());
            zaken.intakeGedaan(consulent, zaak.id());
            LocalDate ingang = LocalDate.now(clock).minusWeeks(2);
            besluit(consulent, zaak.id(), "Ambulante jeugdhulp voor Tom: weer naar school en grip op zijn somberheid.", "45A01", 3, "04", "2",
                    ingang, voorbeeld);
            besluit(consulent, zaak.id(), "Specialistische ambulante hulp voor Tom (landelijk ingekocht).", "55A11", 8, "04", "4",
                    ingang, voorbeeld);
        }
        sleutels.registreer(VOORBEELD_AGB, DEMO_SLEUTEL, "Demo-sleutel Jeugdhulp Voorbeeld B.V.");
    }

    private void besluit(Gebruiker consulent, long zaakId, String omschrijving, String productcode, int volume, String eenheid, String frequentie,
                         LocalDate ingang, long aanbiederId) {
        Aanvraag aanvraag = besluiten.aanvragen(consulent, zaakId, Testpersonen.TOM_BSN, Wet.JEUGDWET, omschrijving);
        besluiten.beslissen(consulent, aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING, omschrijving,
                "Uit het gesprek met Tom en zijn moeder blijkt dat deze hulp nodig is; Tom koos Jeugdhulp Voorbeeld B.V.", productcode, volume,
                eenheid, frequentie, null, ingang, ingang.plusYears(1).minusDays(1), Leveringsvorm.ZIN, aanbiederId, null));
    }
}
