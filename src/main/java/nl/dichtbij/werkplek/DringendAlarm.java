package nl.dichtbij.werkplek;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.gemeente.Dienstrooster;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.kennisgeving.Bericht;
import nl.dichtbij.platform.kennisgeving.Kennisgevingen;
import nl.dichtbij.platform.kennisgeving.Ontvanger;
import nl.dichtbij.toegang.MeldingOntvangen;
import nl.dichtbij.toegang.Reactienorm;
import nl.dichtbij.toegang.Urgentie;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Eropaf (issue 20): an urgent melding is told at once to whoever of the team is on duty today, by e-mail or text message,
 * without a name in it; with nobody on duty, to the municipality's teamleiders. Not bundled like other news: the resident
 * needs help today or tomorrow. Runs after the melding is saved, through the event registry, so a failed delivery is tried
 * again and a node that stops halfway loses nothing.
 */
@Component
class DringendAlarm {

    private final Dienstrooster dienstrooster;
    private final Gemeenten gemeenten;
    private final Kennisgevingen kennisgevingen;
    private final Clock clock;
    private final String site;

    DringendAlarm(Dienstrooster dienstrooster, Gemeenten gemeenten, Kennisgevingen kennisgevingen, Clock clock,
                  @Value("${dichtbij.mail.adres:}") String site) {
        this.dienstrooster = dienstrooster;
        this.gemeenten = gemeenten;
        this.kennisgevingen = kennisgevingen;
        this.clock = clock;
        this.site = site;
    }

    @ApplicationModuleListener
    void bijOntvangst(MeldingOntvangen melding) {
        if (melding.urgentie() != Urgentie.DRINGEND) {
            return;
        }
        Team team = gemeenten.team(melding.teamId()).orElseThrow();
        Bericht bericht = bericht(team, Reactienorm.uiterlijk(melding.ontvangenDatum()));
        List<Ontvanger> ontvangers = ontvangers(melding.gemeenteCode(), team);
        boolean niemandBereikt = true;
        for (Ontvanger wie : ontvangers) {
            niemandBereikt &= kennisgevingen.stuur(wie, bericht) == Kennisgevingen.Uitkomst.MISLUKT;
        }
        if (niemandBereikt && !ontvangers.isEmpty()) {
            // the registry offers the event again later; a partial delivery is not repeated (someone has it)
            throw new IllegalStateException("Geen bericht over dringende melding " + melding.meldingId() + " bezorgd");
        }
    }

    /** Today's duty professional; without one the teamleiders of the municipality. */
    List<Ontvanger> ontvangers(String gemeenteCode, Team team) {
        return dienstrooster.op(team.id(), LocalDate.now(clock))
                .map(d -> List.of(Ontvanger.medewerker(gemeenteCode, d.gebruikersnaam())))
                .orElseGet(() -> gemeenten.medewerkers(gemeenteCode, Rol.TEAMLEIDER).stream()
                        .map(m -> Ontvanger.medewerker(gemeenteCode, m.gebruikersnaam())).toList());
    }

    private Bericht bericht(Team team, LocalDate uiterlijk) {
        return new Bericht("Dringende melding voor " + team.naam(), """
                Hallo,

                Er is een dringende melding binnengekomen voor %s. De inwoner heeft vandaag of morgen hulp nodig.
                Pak de melding uiterlijk %s op: %s/werk

                In dit bericht staan geen namen, om de gegevens van inwoners te beschermen.""".formatted(team.naam(), Formaat.datum(uiterlijk), site),
                "Dichtbij: dringende melding voor " + team.naam() + ", oppakken uiterlijk " + Formaat.datum(uiterlijk) + ". " + site + "/werk");
    }
}
