package nl.dichtbij.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Huishouden;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingovername;
import nl.dichtbij.toegang.Meldingovername.Opgepakt;
import nl.dichtbij.toegang.Meldingovername.OvergenomenMelding;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vindplaats;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working week's worth of meldingen in Woerden's queues, received over the last seven weeks, so the demo's werkbak and
 * team queues show waiting times and deadlines at risk from the start. Taken over as open meldingen of a previous system
 * ({@link Meldingovername}), a third of them already picked up by the consulent.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Wachtrijen implements Demodeel {

    static final String BRON = "demo-wachtrij";

    private static final int AANTAL = 40;
    private static final String[] VRAGEN = {
            "Ik kan de huur niet meer betalen en de brieven stapelen zich op.",
            "Mijn moeder woont alleen en redt het huishouden niet meer.",
            "Onze zoon gaat al weken niet naar school.",
            "Sinds mijn scheiding voel ik me somber en kom ik de deur niet uit.",
            "Ik zoek werk of dagbesteding; thuis zitten maakt me onrustig.",
            "De school maakt zich zorgen over de thuissituatie van een leerling.",
            "Ik heb hulp nodig bij het douchen en aankleden na mijn operatie."};

    private final Meldingovername meldingen;
    private final Zaken zaken;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;

    Wachtrijen(Meldingovername meldingen, Zaken zaken, Gemeenten gemeenten, PersonenRegister register, Clock clock) {
        this.meldingen = meldingen;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "wachtrijen";
    }

    @Override
    @Transactional
    public void vullen() {
        // "demo": the source of these meldingen before they were taken over through the API (session 12)
        if (meldingen.overgenomenUit("0632", BRON) || meldingen.overgenomenUit("0632", "demo") || register.aantalInwoners("0632") < 1000) {
            return;
        }
        SplittableRandom random = new SplittableRandom(632);
        int gemaakt = 0;
        for (int poging = 0; gemaakt < AANTAL && poging < AANTAL * 5; poging++) {
            Huishouden huishouden = register.huishouden("0632", 2 + random.nextInt(15_000)).orElse(null);
            if (huishouden == null || huishouden.leden().isEmpty()) {
                continue;
            }
            Persoon persoon = huishouden.leden().get(random.nextInt(huishouden.leden().size()));
            Instant ontvangen = clock.instant().minus(Duration.ofDays(random.nextInt(50))).minus(Duration.ofHours(random.nextInt(8)));
            LocalDate dag = LocalDate.ofInstant(ontvangen, clock.getZone());
            Team team = gemeenten.teamVoor("0632", Doelgroep.voorLeeftijd(persoon.leeftijdOp(dag)));
            Zaak zaak = zaken.voorHuishouden("0632", huishouden.id(), team.id());
            EnumSet<Levensgebied> gebieden = EnumSet.of(Levensgebied.values()[random.nextInt(Levensgebied.values().length)]);
            boolean schulden = gebieden.contains(Levensgebied.FINANCIEN) && random.nextBoolean();
            NieuweMelding nieuw = new NieuweMelding(persoon.bsn(), persoon.geboortedatum(), BRON, null, VRAGEN[random.nextInt(VRAGEN.length)],
                    gebieden, Urgentie.values()[random.nextInt(Urgentie.values().length)], schulden, false, Contactvoorkeur.TELEFOON,
                    "06 12345678", null, random.nextInt(3) == 0 ? Kanaal.VINDPLAATS : Kanaal.ONLINE,
                    random.nextInt(3) == 0 ? Vindplaats.SCHOOL : null);
            Opgepakt opgepakt = null;
            if (random.nextInt(3) == 0) {
                boolean jeugd = team.doelgroep() == Doelgroep.JEUGD;
                Instant dagErna = ontvangen.plus(Duration.ofDays(1));
                opgepakt = new Opgepakt(jeugd ? "jeugdconsulent" : "wmoconsulent", jeugd ? "Jasmijn Bakker" : "Willem Visser",
                        dagErna.isAfter(clock.instant()) ? clock.instant() : dagErna);
            }
            meldingen.overnemen(new OvergenomenMelding(nieuw, "0632", huishouden.id(), team.id(), zaak.id(), ontvangen, opgepakt, null, List.of()));
            gemaakt++;
        }
    }
}
