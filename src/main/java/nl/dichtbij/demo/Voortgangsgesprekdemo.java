package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Gespreksregels.Gegevens;
import nl.dichtbij.aanbod.Gespreksregels.Vervolggegevens;
import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.aanbod.Voortgangsgesprekken.Gesprek;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management in the demo (issue 17), entered as Woerden's beleid would through {@link Voortgangsgesprekken}: Bram de
 * Vries is the account holder of Jeugdhulp Voorbeeld B.V.; three weeks ago he held the quarterly talk with it (one follow-up
 * done, one a week late, one still to come) and ten days ago a talk about the waiting times in youth mental health care with
 * Jeugdhulp Voorbeeld and Zorg Dichtbij. So the beleid demo user finds a late follow-up on his werkbak.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Voortgangsgesprekdemo implements Demodeel {

    private static final Gebruiker BELEID = Inkoopcontracten.BELEID_WOERDEN;

    private final Voortgangsgesprekken gesprekken;
    private final Aanbod aanbod;
    private final Clock clock;

    Voortgangsgesprekdemo(Voortgangsgesprekken gesprekken, Aanbod aanbod, Clock clock) {
        this.gesprekken = gesprekken;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "gesprekken";
    }

    @Override
    @Transactional
    public void vullen() {
        if (gesprekken.lijst(BELEID, null, null, 0, 1).totaal() > 0) {
            return;
        }
        long jeugdhulp = aanbod.aanbiederMetAgb("42420001").orElseThrow().id();
        long zorgDichtbij = aanbod.aanbiederMetAgb("42420002").orElseThrow().id();
        LocalDate vandaag = LocalDate.now(clock);
        gesprekken.accounthouderVastleggen(BELEID, jeugdhulp, BELEID.gebruikersnaam());

        LocalDate kwartaal = vandaag.minusWeeks(3);
        Gesprek g = gesprekken.vastleggen(BELEID, new Gegevens(kwartaal, "Kwartaalgesprek", List.of(jeugdhulp),
                "Bram de Vries (beleid en inkoop), teamleider Jeugdteam Woerden; de directeur en de zorgmanager van Jeugdhulp Voorbeeld.",
                """
                De aanbieder ziet de wachtlijst voor ambulante jeugdhulp groeien en neemt twee behandelaars aan. De gemeente legt
                de wachttijd uit Aanbieders in cijfers naast de norm van het contract.
                De aanbieder meldt elke week hoeveel kinderen uit Woerden op de wachtlijst staan.
                De gemeente bekijkt of de indexatie van 45A01 en 45A02 per 1 januari klopt met de CAO.""",
                List.of(new Vervolggegevens("Indexatie 45A01 en 45A02 naast de CAO leggen en terugkoppelen aan de aanbieder", null, kwartaal.plusDays(7)),
                        new Vervolggegevens("Wachtlijst per week van de aanbieder bespreken met de teamleider Jeugd", null, vandaag.minusWeeks(1)),
                        new Vervolggegevens("Volgend kwartaalgesprek plannen en de cijfers van de wachttijd meenemen", null, vandaag.plusWeeks(5)))));
        Voortgangsgesprekken.Vervolgafspraak indexatie = g.vervolgafspraken().getFirst();
        gesprekken.afronden(BELEID, indexatie.id(), indexatie.versie(), "Klopt met de CAO Jeugdzorg; per mail aan de aanbieder laten weten.");

        gesprekken.vastleggen(BELEID, new Gegevens(vandaag.minusDays(10), "Wachttijden jeugd-GGZ", List.of(jeugdhulp, zorgDichtbij),
                "Bram de Vries (beleid en inkoop); de zorgmanagers van Jeugdhulp Voorbeeld en Zorg Dichtbij.",
                """
                Beide aanbieders zien de wachttijd voor jeugd-GGZ oplopen. Zorg Dichtbij kan een deel van de lichte begeleiding overnemen.
                De consulenten krijgen een overzicht van wie er nu plek heeft.""",
                List.of(new Vervolggegevens("Overzicht van vrije plekken bij beide aanbieders naar de consulenten sturen", null, vandaag.plusDays(4)))));
    }
}
