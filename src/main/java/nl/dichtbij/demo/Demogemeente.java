package nl.dichtbij.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the demo municipality: the one runner of the demo, which runs every {@link Demodeel} in the order of
 * {@link #VOLGORDE} under the {@link DemoSlot}, so of several nodes on one database one builds and the others wait and find
 * every part present. The parts that need nothing but the population (the calibrated provisions, the money year) already
 * started on threads of their own beside the context start ({@code DemoVooraf}); their step waits for them.
 */
@Component
@Order(0) // before every other runner; the Logboek's check runs last
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Demogemeente implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Demogemeente.class);

    /**
     * The parts in the order they are built: each needs only what comes before it. What does not need the residents comes
     * before them and what nothing else needs comes late, so the main thread works while the population and the
     * provisions are written on threads of their own and waits for them as late as it can.
     */
    static final List<String> VOLGORDE = List.of(
            "gemeenten", // Woerden and Montfoort, their teams and the accounts
            "sociale-kaart",
            "aanbod", // the products each municipality grants
            "aanbiedersregister", // the providers with their KvK numbers, locations, contacts and quality marks
            "contracten", // Woerden's, Montfoort's and Utrecht-West's contracts with their tariffs
            "gesprekken", // Woerden's talks with its providers, their follow-ups and an account holder (issue 17)
            "interventies", // Woerden's intervention register and two pilots (issue 18)
            "mandaten",
            "bevolking", // the generated residents and the test persona (started right after the migration)
            "wachtrijen", // meldingen in Woerden's team queues
            "doorloop-meldingen", // the course of the cases: regie opens them, each module writes its own step
            "doorloop-plannen",
            "doorloop-besluiten",
            "machtigingen",
            "zaak-henk", // Henk de Wit's Wmo case with the wmoconsulent as regisseur: onderzoek, ZRM and plan (issue 19's marketplace)
            "berichten", // Tom's decisions, their toewijzingen and the provider's API key
            "voorzieningen", // the calibrated provisions for the stacking figures (started once the population is there)
            "geldjaar", // toewijzingen and declarations of the current year (started once the population is there)
            "plafond", // the ceiling that the money year fills to 90%
            "doorloop-starts",
            "doorloop-zrm", // the ZRM at intake, during and at closure of those cases, for the outcome monitor (issue 18)
            "participatie", // the participatieladder of the adults in those Wmo cases (issue 20)
            "partners", // the partners of the second circle and two referrals from Tom's case (issue 20)
            "veiligheid", // the gecertificeerde instellingen, and a Jeugd case with meldcode steps and an OTS (issue 20)
            "vroegsignalering", // two senders and a few signals of payment arrears for Woerden's Wmo-team (issue 20)
            "referenties", // Woerden's reference figures: province, country, size class (issue 21)
            "postcodegebieden", // the middles of the region's postcode areas, for distances in the catalogue (issue 19)
            "ervaringen", // stories about Jeugdhulp Voorbeeld: five published, one waiting for beheer; Sanne's invitation (issue 19)
            "programma", // programmes, projects and surveys
            "begroting"); // the budget, from the money year

    private final DemoSlot slot;
    private final List<Demodeel> delen;

    Demogemeente(DemoSlot slot, List<Demodeel> delen) {
        this.slot = slot;
        this.delen = ordenen(delen);
    }

    static List<Demodeel> ordenen(List<Demodeel> delen) {
        Map<String, Demodeel> perNaam = delen.stream().collect(Collectors.toMap(Demodeel::naam, Function.identity()));
        Set<String> buitenLijst = new TreeSet<>(perNaam.keySet());
        VOLGORDE.forEach(buitenLijst::remove);
        Set<String> ontbreekt = new TreeSet<>(VOLGORDE);
        ontbreekt.removeAll(perNaam.keySet());
        if (!buitenLijst.isEmpty() || !ontbreekt.isEmpty()) {
            throw new IllegalStateException("Demo: de delen en de volgorde van Demogemeente verschillen; niet in de volgorde: " + buitenLijst
                    + ", geen deel voor: " + ontbreekt);
        }
        return VOLGORDE.stream().map(perNaam::get).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        long begin = System.nanoTime();
        slot.openen();
        try {
            for (Demodeel deel : delen) {
                long start = System.nanoTime();
                deel.vullen();
                log.info("Demo: {} klaar ({} ms)", deel.naam(), (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            slot.sluiten();
        }
        log.info("Demo: demogemeente klaar in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }
}
