package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.catalogus.Ervaring;
import nl.dichtbij.catalogus.Ervaringen;
import nl.dichtbij.catalogus.Ervaringsregels;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo for issue 19: young people in Woerden whose youth care at Jeugdhulp Voorbeeld B.V. (the money year's toewijzingen)
 * stopped or ran half a year tell how it was — five stories published by beheer (so the catalogue shows a rating), one
 * with the provider's reply, and one waiting for beheer's check; and Sanne de Wit ({@code inwoner}) has had begeleiding of
 * Jeugdhulp Voorbeeld for seven months, so Mijn Dichtbij invites her to tell about it. Built through the public API of the
 * catalogus and berichten modules, as residents, beheer and the provider would.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Ervaringendemo implements Demodeel {

    private static final String GEMEENTE = "0632";
    private static final String VOORBEELD = ToewijzingenVanTom.VOORBEELD_AGB;
    private static final String REFERENTIE = "ERVDEMO-SANNE";
    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, GEMEENTE, null, null);
    private static final Gebruiker AANBIEDER = new Gebruiker("aanbieder", null, "Petra de Groot", Rol.AANBIEDER, GEMEENTE, null, null, VOORBEELD, null);

    /** Six stories: marks for luisteren, afspraken, resultaat, and the text; the last one waits for beheer. */
    private record Verhaal(int luisteren, int afspraken, int resultaat, String tekst) {
    }

    private static final List<Verhaal> VERHALEN = List.of(
            new Verhaal(5, 4, 4, "Mijn begeleider luisterde echt naar mij en niet alleen naar mijn ouders. Ik ga weer elke dag naar school."),
            new Verhaal(4, 5, 4, "Ze kwamen altijd op tijd en zeiden het als een afspraak niet doorging. Het gaat nu veel beter thuis."),
            new Verhaal(4, 3, 3, "Het begin duurde lang. Daarna ging het goed, maar ik kreeg wel twee keer een andere begeleider."),
            new Verhaal(5, 5, 5, "Ik durfde eerst niets te zeggen. Door de gesprekken kan ik nu zelf vertellen wat ik nodig heb."),
            new Verhaal(3, 4, 4, "Fijne gesprekken, al had ik soms liever een avondafspraak gehad vanwege mijn werk bij de supermarkt."),
            new Verhaal(4, 4, 3, "Ik had hulp van Jeugdhulp Voorbeeld in Woerden. Mijn begeleider Anouk (tel. 06-12345678) was heel aardig."));

    private final Ervaringen ervaringen;
    private final Toewijzingen toewijzingen;
    private final Toewijzingovername overname;
    private final PersonenRegister register;
    private final Clock clock;

    Ervaringendemo(Ervaringen ervaringen, Toewijzingen toewijzingen, Toewijzingovername overname, PersonenRegister register, Clock clock) {
        this.ervaringen = ervaringen;
        this.toewijzingen = toewijzingen;
        this.overname = overname;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "ervaringen";
    }

    @Override
    public void vullen() {
        if (overname.overgenomenMetReferentie(GEMEENTE, REFERENTIE)) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        verhalen(vandaag);
        uitnodigingVoorSanne(vandaag);
    }

    /** Young people of 12 to 17 with a toewijzing at the provider they may tell about, one story each. */
    private void verhalen(LocalDate vandaag) {
        List<Persoon> jongeren = register.geborenTussen(GEMEENTE, vandaag.minusYears(18), vandaag.minusYears(12), null, 2_000);
        Map<String, Persoon> perBsn = jongeren.stream().collect(Collectors.toMap(Persoon::bsn, p -> p, (a, b) -> a));
        List<Toewijzing> geschikt = new ArrayList<>();
        for (Toewijzing t : toewijzingen.vanClienten(GEMEENTE, perBsn.keySet())) {
            if (t.aanbiederAgb().equals(VOORBEELD) && geschikt.stream().noneMatch(g -> g.persoonBsn().equals(t.persoonBsn()))
                    && Ervaringsregels.aanleiding(t, GEMEENTE, t.persoonBsn(), vandaag).isPresent()) {
                geschikt.add(t);
            }
            if (geschikt.size() == VERHALEN.size()) {
                break;
            }
        }
        for (int i = 0; i < geschikt.size(); i++) {
            Toewijzing t = geschikt.get(i);
            Persoon jongere = perBsn.get(t.persoonBsn());
            Gebruiker schrijver = new Gebruiker("bsn-demo", null, jongere.naam(), Rol.INWONER, GEMEENTE, null, jongere.bsn());
            Verhaal v = VERHALEN.get(i);
            Ervaring e = ervaringen.schrijven(schrijver, t.id(), new Ervaringsregels.Invoer(v.luisteren(), v.afspraken(), v.resultaat(), v.tekst()));
            if (i < VERHALEN.size() - 1) {
                ervaringen.publiceren(BEHEER, e.id(), e.versie(), e.verhaal());
            }
            if (i == 2) {
                ervaringen.reageren(AANBIEDER, e.id(), "Dank voor je verhaal. Het wisselen van begeleider vinden wij ook niet goed; "
                        + "sinds dit jaar houdt elke jongere dezelfde begeleider.");
            }
        }
    }

    /** Sanne's begeleiding at Jeugdhulp Voorbeeld, started seven months ago and still running: her invitation in Mijn Dichtbij. */
    private void uitnodigingVoorSanne(LocalDate vandaag) {
        if (register.persoon(GEMEENTE, Testpersonen.OUDER_BSN).isEmpty()) {
            return;
        }
        LocalDate ingang = vandaag.minusMonths(7).withDayOfMonth(1);
        overname.overnemen(new Toewijzingovername.OvergenomenToewijzing(GEMEENTE, Wet.WMO, null, Testpersonen.OUDER_BSN, VOORBEELD,
                "Jeugdhulp Voorbeeld B.V.", "02", "02A01", "Begeleiding individueel", ingang, ingang.plusYears(1).minusDays(1), 4, "04", "4",
                REFERENTIE, ingang.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), ingang.plusDays(7), null, null));
    }
}
