package nl.dichtbij.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.interventies.NieuweInterventie;
import nl.dichtbij.interventies.NieuwePilot;
import nl.dichtbij.interventies.Pilots;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Woerden's intervention register in the demo (issue 18), entered as its beleid would through {@link Interventies} and
 * {@link Pilots}: eight interventions spread over the effect ladder, each with the databank or document that describes it
 * (the level is the municipality's own reading; the prices are the demo's), offered by the demo providers and delivered
 * through the demo products; and two pilots, one being evaluated (Check) and one decided (Act).
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Interventiedemo implements Demodeel {

    private static final Gebruiker BELEID = Inkoopcontracten.BELEID_WOERDEN;
    private static final String JEUGDHULP_VOORBEELD = "42420001";
    private static final String ZORG_DICHTBIJ = "42420002";
    private static final String NJI = "Databank Effectieve Jeugdinterventies (NJi)";
    private static final String MOVISIE = "Databank Effectieve sociale interventies (Movisie)";

    private final Interventies interventies;
    private final Pilots pilots;
    private final Clock clock;

    Interventiedemo(Interventies interventies, Pilots pilots, Clock clock) {
        this.interventies = interventies;
        this.pilots = pilots;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "interventies";
    }

    @Override
    @Transactional
    public void vullen() {
        if (!interventies.lijst(BELEID).isEmpty()) {
            return;
        }
        registreer("Video-hometraining (VHT)", """
                        Een hulpverlener filmt korte momenten thuis, bijvoorbeeld tijdens het eten. Samen met de ouders kijkt hij wat goed gaat
                        in het contact met het kind, en oefent dat. Ongeveer acht bezoeken in drie tot vier maanden.""",
                "Ouders met kinderen van 0 tot 18 jaar die vastlopen in de opvoeding of het contact met hun kind.",
                "Niet bij een acute crisis of als het kind thuis niet veilig is.", 2,
                NJI + ": Video-hometraining (VHT).", "2450.00", "per traject", 12,
                List.of(JEUGDHULP_VOORBEELD, Inkoopcontracten.DE_BRUG), List.of("45A02"));
        registreer("Families First", """
                        Intensieve hulp thuis als een kind uit huis geplaatst dreigt te worden. Een hulpverlener is vier tot zes weken vele
                        uren per week bij het gezin en is dag en nacht bereikbaar.""",
                "Gezinnen met kinderen tot 18 jaar waar een uithuisplaatsing dreigt.",
                "Niet als het kind direct onveilig is; dan eerst de Veilig Thuis-route.", 3,
                NJI + ": Families First.", "6500.00", "per traject", 4,
                List.of(JEUGDHULP_VOORBEELD), List.of("45A02"));
        registreer("Multisysteemtherapie (MST)", """
                        Een therapeut werkt drie tot vijf maanden met de jongere, het gezin, de school en vrienden om ernstig probleemgedrag
                        en criminaliteit te stoppen. Thuis, en dag en nacht bereikbaar.""",
                "Jongeren van 12 tot 18 jaar met ernstig antisociaal gedrag, en hun ouders.",
                "Niet als de jongere vooral een psychiatrische stoornis of verslaving heeft, of zelfstandig woont.", 4,
                NJI + ": Multisysteemtherapie; gerandomiseerd onderzoek in Nederland (Asscher e.a., 2013).", "9800.00", "per traject", 6,
                List.of(JEUGDHULP_VOORBEELD), List.of());
        registreer("Eigen Kracht-conferentie", """
                        Het gezin en zijn netwerk maken samen een plan, onder leiding van een onafhankelijke coördinator. De professionals
                        geven informatie en gaan dan weg; het netwerk maakt het plan.""",
                "Inwoners en gezinnen die met hun familie, vrienden en buren een plan willen maken.",
                null, 2, MOVISIE + ": Eigen Kracht-conferentie.", "1950.00", "per conferentie", null, List.of(), List.of());
        long welzijn = registreer("Welzijn op Recept", """
                        De huisarts verwijst een inwoner met klachten zonder duidelijke medische oorzaak naar een welzijnscoach. Samen zoeken
                        ze een activiteit in de wijk die bij hem past: bewegen, vrijwilligerswerk, een cursus of koffie in het Huis van Woerden.""",
                "Volwassenen met psychosociale klachten, zoals eenzaamheid of somberheid, die vaak bij de huisarts komen.",
                "Niet bij ernstige psychische problemen die behandeling vragen.", 2, MOVISIE + ": Welzijn op Recept.", "0", null, 40,
                List.of(ZORG_DICHTBIJ), List.of());
        long vroegsignalering = registreer("Schuldhulp vroegsignalering", """
                        Woningcorporatie, energiebedrijf, waterbedrijf en zorgverzekeraar melden een betalingsachterstand bij de gemeente. Binnen
                        vijf werkdagen neemt een schuldhulpverlener contact op en biedt hulp aan.""",
                "Inwoners met een betalingsachterstand bij huur, energie, water of zorgverzekering.",
                "Niet voor inwoners die al in een schuldhulptraject zitten.", 1,
                "Wet gemeentelijke schuldhulpverlening, artikel 3a; werkwijze vroegsignalering van de gemeente Woerden.", null, null, null,
                List.of(), List.of("SH001"));
        registreer("Begeleiding Dichtbij", """
                        Het sociaal team biedt zelf kortdurende begeleiding dichtbij de inwoner, met casusregie of procesregie, voordat
                        maatwerk nodig is. Het eigen model van Woerden, sinds 1 januari 2020.""",
                "Inwoners en gezinnen met vragen op een of meer leefgebieden die korte begeleiding nodig hebben.",
                "Niet als langdurige of specialistische begeleiding nodig is; dan maatwerk.", 1,
                "Kadernotitie Begeleiding Dichtbij, gemeente Woerden (2018), op basis van de Evaluatie sociaal domein 2017 (17R.00827).",
                null, null, null, List.of(), List.of());
        registreer("Dagbesteding in de wijk", """
                        Een dagdeel in een groep met een vaste begeleider: samen koken, tuinieren of klussen, in de wijkpost. Structuur en
                        contact met anderen.""",
                "Volwassenen met een beperking of psychische klachten die overdag structuur en contact nodig hebben.",
                "Niet voor wie verpleging nodig heeft.", 0, null, "48.00", "per dagdeel", 15, List.of(ZORG_DICHTBIJ), List.of("07A01"));

        LocalDate vandaag = LocalDate.now(clock);
        long check = pilots.registreren(BELEID, new NieuwePilot("Gaan eenzame inwoners minder vaak naar de huisarts als die hen naar Welzijn op Recept verwijst?",
                welzijn, vandaag.minusMonths(9), vandaag.minusMonths(1), vandaag.plusWeeks(2)));
        volgende(check, null, null);
        volgende(check, """
                Vier huisartsenpraktijken verwezen 41 inwoners. 29 deden na drie maanden nog mee aan een activiteit. De praktijken zien
                minder consulten van deze groep; de cijfers van de laatste maand komen nog.""", null);

        long act = pilots.registreren(BELEID, new NieuwePilot("Voorkomt snel contact na een betalingsachterstand dat schulden oplopen?",
                vroegsignalering, vandaag.minusMonths(15), vandaag.minusMonths(3), vandaag.minusMonths(2)));
        volgende(act, null, null);
        volgende(act, """
                120 meldingen van achterstanden; bij 74 inwoners kwam er contact. 31 van hen kregen hulp voordat er een deurwaarder kwam.
                Inwoners die wij niet bereikten, hadden vaker een tweede melding.""", null);
        volgende(act, null, """
                Doorgaan: vroegsignalering wordt vast werk van het Wmo-team. Wij gaan ook op huisbezoek als bellen en schrijven niet lukken.""");
    }

    private long registreer(String naam, String beschrijving, String doelgroep, String uitsluiting, int niveau, String bron, String prijs,
                            String eenheid, Integer capaciteit, List<String> aanbieders, List<String> producten) {
        return interventies.registreren(BELEID, new NieuweInterventie(naam, eenRegel(beschrijving), doelgroep,
                uitsluiting, niveau, bron, prijs == null ? null : new BigDecimal(prijs), eenheid, capaciteit, aanbieders, producten, true));
    }

    private void volgende(long pilot, String bevindingen, String besluit) {
        pilots.naarVolgendeFase(BELEID, pilot, pilots.pilot(BELEID, pilot).versie(), eenRegel(bevindingen), eenRegel(besluit));
    }

    private static String eenRegel(String tekst) {
        return tekst == null ? null : tekst.replace("\n", " ").replaceAll(" +", " ").strip();
    }
}
