package nl.dichtbij.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.besluit.Besluitovername;
import nl.dichtbij.besluit.Besluitovername.OvergenomenAanvraag;
import nl.dichtbij.besluit.Besluitovername.OvergenomenBeschikking;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.plan.Doeluitkomst;
import nl.dichtbij.plan.Planovername;
import nl.dichtbij.plan.Planovername.OvergenomenActie;
import nl.dichtbij.plan.Planovername.OvergenomenDoel;
import nl.dichtbij.plan.Planovername.OvergenomenPlan;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingovername;
import nl.dichtbij.toegang.Meldingovername.Gesprek;
import nl.dichtbij.toegang.Meldingovername.Opgepakt;
import nl.dichtbij.toegang.Meldingovername.OvergenomenMelding;
import nl.dichtbij.toegang.Meldingovername.Verder;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vervolg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the {@link Demoverloop} of each demo case, each taken over in the module that owns it, as a conversion from
 * the previous system would: the melding and the gesprek (toegang), the agreed plan (plan), the aanvraag and its decision
 * (besluit), the toewijzing and its start or stop (berichten). Each step is one part of the demo's list, written in one
 * transaction and skipped when its source is there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Verloopstappen {

    private static final Logger log = LoggerFactory.getLogger(Verloopstappen.class);

    static final String BRON = "demo-doorloop";
    private static final nl.dichtbij.platform.Gebruiker BELEID = new nl.dichtbij.platform.Gebruiker("beleid", null, "Beleid", nl.dichtbij.platform.Rol.BELEID,
            Demoverloop.GEMEENTE, null, null);
    static final String REFERENTIE = "DOORLOOP";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** JZ588: most care ends as planned; some early, by the client, in agreement, to another provider or domain. */
    private static final String[] REDENEN_EINDE = {"31", "31", "31", "31", "32", "34", "38", "39"};

    private final Clock clock;

    Verloopstappen(Clock clock) {
        this.clock = clock;
    }

    /** One step: skipped when its source is there, else written for every demo case it applies to, in one transaction. */
    private record Stap(String naam, Predicate<Demoverloop.Demozaak> geldtVoor, java.util.function.BooleanSupplier aanwezig,
                        java.util.function.Consumer<Demoverloop.Demozaak> schrijf, Demoverloop verloop, TransactionTemplate transactie)
            implements Demodeel {

        @Override
        public void vullen() {
            if (aanwezig.getAsBoolean()) {
                return;
            }
            long begin = System.nanoTime();
            transactie.executeWithoutResult(s -> verloop.zaken().stream().filter(geldtVoor).forEach(schrijf));
            log.info("Demodoorloop: {} overgenomen ({} ms)", naam, (System.nanoTime() - begin) / 1_000_000);
        }
    }

    @Bean
    Demodeel doorloopMeldingen(Demoverloop verloop, Meldingovername overname, TransactionTemplate transactie) {
        return new Stap("doorloop-meldingen", z -> true, () -> overname.overgenomenUit(Demoverloop.GEMEENTE, BRON), z -> overname.overnemen(melding(z)), verloop,
                transactie);
    }

    @Bean
    Demodeel doorloopPlannen(Demoverloop verloop, Planovername overname, TransactionTemplate transactie, Interventies interventies) {
        Map<String, Long> register = new java.util.concurrent.ConcurrentHashMap<>();
        return new Stap("doorloop-plannen", z -> z.plan() != null, () -> overname.overgenomenUit(Demoverloop.GEMEENTE, BRON), z -> {
            if (register.isEmpty()) { // the register's demo part ran before this one (Demogemeente's order)
                interventies.lijst(BELEID).forEach(i -> register.put(i.naam(), i.id()));
            }
            overname.overnemen(plan(z, register));
        }, verloop, transactie);
    }

    @Bean
    Demodeel doorloopBesluiten(Demoverloop verloop, Besluitovername overname, TransactionTemplate transactie) {
        return new Stap("doorloop-besluiten", z -> z.aanvraag() != null, () -> overname.overgenomenUit(Demoverloop.GEMEENTE, BRON), z -> overname.overnemen(aanvraag(z)),
                verloop, transactie);
    }

    @Bean
    Demodeel doorloopStarts(Demoverloop verloop, Toewijzingovername overname, TransactionTemplate transactie) {
        return new Stap("doorloop-starts", z -> z.toegewezen() != null, () -> overname.overgenomenMetReferentie(Demoverloop.GEMEENTE, REFERENTIE),
                z -> overname.overnemen(toewijzing(z, LocalDate.now(clock))), verloop, transactie);
    }

    private static boolean jeugd(Demoverloop.Demozaak z) {
        return z.doelgroep() == Doelgroep.JEUGD;
    }

    private static String consulent(Demoverloop.Demozaak z) {
        return jeugd(z) ? "jeugdconsulent" : "wmoconsulent";
    }

    private static String consulentNaam(Demoverloop.Demozaak z) {
        return jeugd(z) ? "Jasmijn Bakker" : "Willem Visser";
    }

    /** The hour of a step on its day; a step of today that the clock has not reached yet happened just now. */
    private Instant om(LocalDate dag, int uur) {
        Instant moment = dag.atTime(uur, 0).atZone(NEDERLAND).toInstant();
        Instant nu = clock.instant();
        return moment.isAfter(nu) ? nu : moment;
    }

    OvergenomenMelding melding(Demoverloop.Demozaak z) {
        NieuweMelding vraag = new NieuweMelding(z.bsn(), z.geboortedatum(), BRON, null,
                jeugd(z) ? "Ons kind heeft het moeilijk thuis en op school." : "Ik red het thuis niet meer alleen.",
                Set.of(jeugd(z) ? Levensgebied.DAGBESTEDING : Levensgebied.PRAKTISCH_FUNCTIONEREN), Urgentie.NORMAAL, false, false,
                Contactvoorkeur.TELEFOON, "06 12345678", null, Kanaal.ONLINE, null);
        Instant ontvangen = om(z.melding(), 9);
        Opgepakt opgepakt = z.gesprek() == null ? null
                : new Opgepakt(consulent(z), consulentNaam(z), ontvangen.plus(Duration.ofDays(1)).isAfter(om(z.gesprek(), 9))
                        ? om(z.gesprek(), 9) : ontvangen.plus(Duration.ofDays(1)));
        Gesprek gesprek = z.gesprek() == null ? null : new Gesprek(z.gesprek(), om(z.gesprek(), 16));
        return new OvergenomenMelding(vraag, Demoverloop.GEMEENTE, z.huishoudenId(), z.teamId(), z.zaakId(), ontvangen, opgepakt, gesprek, verder(z));
    }

    /** Where the question of the case stands after the gesprek, as the resident reads it: each later step of the course on its day. */
    private List<Verder> verder(Demoverloop.Demozaak z) {
        List<Verder> verder = new ArrayList<>();
        String wet = jeugd(z) ? "Jeugdwet" : "Wmo 2015";
        if (z.plan() != null) {
            verder.add(new Verder(Vervolg.PLAN_AKKOORD, "Er is akkoord gegeven op het plan.", z.plan()));
        }
        if (z.aanvraag() != null) {
            verder.add(new Verder(Vervolg.AANVRAAG, "Er is een aanvraag gedaan (" + wet + ").", z.aanvraag()));
        }
        if (z.besluit() != null) {
            verder.add(new Verder(Vervolg.BESLUIT, "Er is een besluit over uw aanvraag (" + wet + "): " + (z.toegekend() ? "toegekend." : "afgewezen."),
                    z.besluit()));
        }
        String aanbieder = jeugd(z) ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden";
        if (z.toegewezen() != null) {
            verder.add(new Verder(Vervolg.OPDRACHT_VERSTUURD, aanbieder + " heeft de opdracht gekregen.", z.toegewezen()));
        }
        if (z.start() != null) {
            verder.add(new Verder(Vervolg.HULP_GESTART, aanbieder + " is begonnen met de hulp.", z.start()));
            LocalDate einde = z.eindeZorg() == null ? z.besluit().plusYears(1).minusDays(1) : z.eindeZorg();
            if (einde.isBefore(LocalDate.now(clock))) {
                verder.add(new Verder(Vervolg.HULP_GESTOPT, aanbieder + " is gestopt met de hulp.", einde));
            }
        }
        return verder;
    }

    /**
     * The agreed plan of a demo case. Some actions name an intervention of the register (issue 18): for youth video-hometraining
     * or Families First and an Eigen Kracht-conferentie with the network, for adults Begeleiding Dichtbij or dagbesteding in the
     * wijk and Welzijn op Recept. A goal whose care ended has its outcome, most of them reached.
     */
    OvergenomenPlan plan(Demoverloop.Demozaak z, Map<String, Long> register) {
        boolean jeugd = jeugd(z);
        long n = z.zaakId();
        List<OvergenomenActie> acties = new ArrayList<>();
        if (z.informeel()) {
            acties.add(new OvergenomenActie(jeugd ? "Opa brengt hem twee keer per week naar school" : "Buurvrouw doet de boodschappen",
                    Uitvoerder.NETWERK, z.plan(), n % 4 == 0 ? register.get(jeugd ? "Eigen Kracht-conferentie" : "Welzijn op Recept") : null));
        }
        if (z.formeel()) {
            String interventie = jeugd ? (n % 5 == 0 ? "Families First" : n % 2 == 0 ? "Video-hometraining (VHT)" : null)
                    : (n % 3 == 0 ? "Dagbesteding in de wijk" : n % 3 == 1 ? "Begeleiding Dichtbij" : null);
            acties.add(new OvergenomenActie(jeugd ? "Ambulante jeugdhulp" : "Begeleiding en hulp bij het huishouden", Uitvoerder.AANBIEDER, z.plan(),
                    interventie == null ? null : register.get(interventie)));
        }
        boolean klaar = z.eindeZorg() != null && z.eindeZorg().isBefore(LocalDate.now(clock));
        long kans = n % 20;
        Doeluitkomst uitkomst = !klaar ? null : kans < 11 ? Doeluitkomst.BEREIKT : kans < 16 ? Doeluitkomst.DEELS_BEREIKT
                : kans < 19 ? Doeluitkomst.NIET_BEREIKT : Doeluitkomst.NIET_MEER_NODIG;
        OvergenomenDoel doel = new OvergenomenDoel(jeugd ? "Weer elke dag naar school" : "Zelfstandig thuis blijven wonen", z.bsn(),
                jeugd ? Levensgebied.DAGBESTEDING : Levensgebied.PRAKTISCH_FUNCTIONEREN,
                z.formeel() ? (jeugd ? Regeling.JEUGDWET : Regeling.WMO) : Regeling.GEEN, 6, acties, uitkomst, klaar ? z.eindeZorg() : null);
        return new OvergenomenPlan(Demoverloop.GEMEENTE, z.zaakId(), z.huishoudenId(), BRON, consulentNaam(z), om(z.plan(), 11), "Inwoner",
                List.of(doel));
    }

    OvergenomenAanvraag aanvraag(Demoverloop.Demozaak z) {
        boolean jeugd = jeugd(z);
        OvergenomenBeschikking besluit = null;
        if (z.besluit() != null) {
            boolean pgb = z.toegekend() && z.pgb();
            besluit = new OvergenomenBeschikking(z.toegekend() ? Uitkomst.TOEKENNING : Uitkomst.AFWIJZING,
                    z.toegekend() ? "Uit het onderzoek blijkt dat de ondersteuning nodig is." : "Het netwerk en algemene voorzieningen zijn voldoende.",
                    z.toegekend() ? new Besluitovername.Product(jeugd ? "45A01" : "02A01",
                            jeugd ? "Ambulante jeugdhulp individueel" : "Begeleiding individueel", jeugd ? "45" : "02", 8, "04", "4") : null,
                    z.besluit(), z.besluit().plusYears(1).minusDays(1), pgb ? Leveringsvorm.PGB : Leveringsvorm.ZIN,
                    jeugd ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden", pgb ? new BigDecimal("4800.00") : null, consulent(z),
                    consulentNaam(z), om(z.besluit(), 14));
        }
        return new OvergenomenAanvraag(Demoverloop.GEMEENTE, z.zaakId(), z.teamId(), z.bsn(), jeugd ? Wet.JEUGDWET : Wet.WMO,
                jeugd ? "Ambulante jeugdhulp" : "Begeleiding individueel", BRON, z.aanvraag(), besluit);
    }

    OvergenomenToewijzing toewijzing(Demoverloop.Demozaak z, LocalDate vandaag) {
        boolean jeugd = jeugd(z);
        LocalDate einde = z.eindeZorg() == null ? z.besluit().plusYears(1).minusDays(1) : z.eindeZorg();
        boolean gestopt = z.start() != null && einde.isBefore(vandaag);
        return new OvergenomenToewijzing(Demoverloop.GEMEENTE, jeugd ? Wet.JEUGDWET : Wet.WMO, z.zaakId(), z.bsn(), jeugd ? "42420001" : "42420002",
                jeugd ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden", jeugd ? "45" : "02", jeugd ? "45A01" : "02A01",
                jeugd ? "Ambulante jeugdhulp individueel" : "Begeleiding individueel", z.besluit(), einde, 8, "04", "4", REFERENTIE + z.zaakId(),
                om(z.toegewezen(), 10), z.start(), gestopt ? einde : null, gestopt ? REDENEN_EINDE[(int) (z.zaakId() % REDENEN_EINDE.length)] : null)
                .metVerwijzer(Verwijzer.GEMEENTE); // after the municipality's own decision
    }
}
