package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.veiligheid.Veiligheid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safety records of the demo (issue 20): the gecertificeerde instellingen Woerden and Montfoort work with, and in one Woerden
 * Jeugd case the first meldcode steps, a risk assessment and an OTS carried out by Samen Veilig Midden-Nederland, so the demo
 * account {@code gi} has a case to read. Built through the veiligheid module's API, as functional management and the teamleider.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class VeiligheidVanDemozaken implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(VeiligheidVanDemozaken.class);

    /** The demo GIs (demo AGB codes); the first is the demo account {@code gi}. */
    static final List<String[]> INSTELLINGEN = List.of(new String[] {"42420010", "Samen Veilig Midden-Nederland"},
            new String[] {"42420011", "William Schrikker Stichting Jeugdbescherming & Jeugdreclassering"},
            new String[] {"42420012", "Leger des Heils Jeugdbescherming & Reclassering"});

    private final Demoverloop verloop;
    private final Veiligheid veiligheid;
    private final PersonenRegister register;
    private final TransactionTemplate transactie;
    private final Clock clock;

    VeiligheidVanDemozaken(Demoverloop verloop, Veiligheid veiligheid, PersonenRegister register, TransactionTemplate transactie, Clock clock) {
        this.verloop = verloop;
        this.veiligheid = veiligheid;
        this.register = register;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "veiligheid";
    }

    @Override
    public void vullen() {
        if (veiligheid.heeftInstellingen(Demoverloop.GEMEENTE)) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        transactie.executeWithoutResult(s -> {
            for (String gemeente : List.of("0632", "0335")) {
                Gebruiker beheer = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, gemeente, null, null);
                INSTELLINGEN.forEach(i -> veiligheid.instellingToevoegen(beheer, i[0], i[1]));
            }
            Gebruiker teamleider = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, Demoverloop.GEMEENTE, null, null);
            verloop.zaken().stream().filter(z -> z.doelgroep() == Doelgroep.JEUGD && z.gesprek() != null && z.gesprek().isBefore(vandaag.minusMonths(2)))
                    .filter(z -> register.leden(Demoverloop.GEMEENTE, z.huishoudenId()).stream().anyMatch(p -> p.leeftijdOp(vandaag) < 16))
                    .findFirst().ifPresent(z -> {
                        var kind = register.leden(Demoverloop.GEMEENTE, z.huishoudenId()).stream().filter(p -> p.leeftijdOp(vandaag) < 16).findFirst().orElseThrow();
                        LocalDate begin = z.gesprek();
                        veiligheid.stapVastleggen(teamleider, z.zaakId(), 1, begin, "Blauwe plekken bij " + kind.voornaam()
                                + ", school maakt zich zorgen. Signalen vastgelegd.", null, null);
                        veiligheid.stapVastleggen(teamleider, z.zaakId(), 2, begin.plusDays(2), "Overleg met aandachtsfunctionaris; Veilig Thuis om advies gevraagd.", null, null);
                        veiligheid.taxatieVastleggen(teamleider, z.zaakId(), begin.plusDays(3), "HOOG", List.of("EERDER_GEWELD", "KINDEREN_GETUIGE"),
                                "Eerder politiecontact.", begin.plusDays(30));
                        veiligheid.maatregelVastleggen(teamleider, z.zaakId(), INSTELLINGEN.getFirst()[0], "OTS", kind.bsn(), begin.plusDays(40), null);
                        log.info("Demo: veiligheid in zaak {} (OTS door {})", z.zaakId(), INSTELLINGEN.getFirst()[1]);
                    });
        });
    }
}
