package nl.dichtbij.werkplek;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Medewerker;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.kennisgeving.Bericht;
import nl.dichtbij.platform.kennisgeving.Kennisgevingen;
import nl.dichtbij.platform.kennisgeving.Ontvanger;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working morning each professional who asked for it hears what waits for him, in numbers only (no names, no
 * subjects): his meldingen whose term is at risk, his team's urgent meldingen nobody took, residents' messages he has not
 * answered, decisions waiting for his second signature. Nothing waiting, no message. One node sends (ShedLock).
 */
@Component
public class Dagbericht {

    /** What one professional reads; empty when nothing waits. */
    public record Inhoud(List<String> regels) {
    }

    static final int TOT = 100;

    private final Kennisgevingen kennisgevingen;
    private final Gemeenten gemeenten;
    private final Wachtrij wachtrij;
    private final Zaken zaken;
    private final Besluiten besluiten;
    private final String site;

    Dagbericht(Kennisgevingen kennisgevingen, Gemeenten gemeenten, Wachtrij wachtrij, Zaken zaken, Besluiten besluiten,
               @Value("${dichtbij.mail.adres:}") String site) {
        this.kennisgevingen = kennisgevingen;
        this.gemeenten = gemeenten;
        this.wachtrij = wachtrij;
        this.zaken = zaken;
        this.besluiten = besluiten;
        this.site = site;
    }

    @Scheduled(cron = "${dichtbij.dagbericht.tijd:0 0 7 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "werkplek-dagbericht", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void versturen() {
        for (Ontvanger wie : kennisgevingen.medewerkersMetAdres()) {
            inhoud(wie).ifPresent(inhoud -> kennisgevingen.stuur(wie, bericht(inhoud)));
        }
    }

    /** What waits for this professional today, if anything; someone who left (no account in that municipality) gets nothing. */
    Optional<Inhoud> inhoud(Ontvanger wie) {
        Optional<Medewerker> medewerker = gemeenten.medewerker(wie.eigenaar()).filter(m -> m.gemeenteCode().equals(wie.gemeenteCode()));
        if (medewerker.isEmpty()) {
            return Optional.empty();
        }
        Medewerker m = medewerker.get();
        Gebruiker gebruiker = new Gebruiker(m.gebruikersnaam(), null, m.naam(), m.rol(), m.gemeenteCode(), m.teamId(), null);
        Wachtrij.Aantallen aantallen = wachtrij.aantallen(gebruiker);
        List<String> regels = new ArrayList<>();
        regel(regels, aantallen.inGevaar(), "melding waarvan de termijn in gevaar is", "meldingen waarvan de termijn in gevaar is");
        regel(regels, aantallen.dringendInTeam(), "dringende melding in uw team die nog niemand oppakte", "dringende meldingen in uw team die nog niemand oppakte");
        regel(regels, aantallen.dringendOverNorm(), "dringende melding die niet binnen de norm is opgepakt", "dringende meldingen die niet binnen de norm zijn opgepakt");
        regel(regels, zaken.onbeantwoord(gebruiker, TOT).size(), "bericht van een inwoner dat nog op antwoord wacht", "berichten van inwoners die nog op antwoord wachten");
        regel(regels, besluiten.wachtenOpTweede(gebruiker, TOT).size(), "besluit dat wacht op uw tweede handtekening", "besluiten die wachten op uw tweede handtekening");
        return regels.isEmpty() ? Optional.empty() : Optional.of(new Inhoud(regels));
    }

    private static void regel(List<String> regels, long aantal, String een, String meer) {
        if (aantal > 0) {
            regels.add((aantal >= TOT ? TOT + " of meer" : String.valueOf(aantal)) + " " + (aantal == 1 ? een : meer));
        }
    }

    private Bericht bericht(Inhoud inhoud) {
        String lijst = String.join("\n", inhoud.regels().stream().map(r -> "- " + r).toList());
        return new Bericht("Wat er vandaag in Dichtbij op u wacht", """
                Goedemorgen,

                In Dichtbij wacht op u:
                %s

                Log in om ermee verder te gaan: %s/werk

                In dit bericht staan geen namen, om de gegevens van inwoners te beschermen.
                Wilt u dit bericht niet meer? Zet het uit in Dichtbij, onder Berichten over nieuws.""".formatted(lijst, site),
                "Dichtbij: " + String.join(", ", inhoud.regels()) + ". " + site + "/werk");
    }
}
