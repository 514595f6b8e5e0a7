package nl.dichtbij.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.dichtbij.berichten.Declaratieovername;
import nl.dichtbij.berichten.Declaratieovername.OvergenomenDeclaratie;
import nl.dichtbij.berichten.Declaratieovername.Prestatie;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Wet;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of care in Woerden for the money figures — about 520 toewijzingen at the two demo providers (Jeugd mostly after a
 * GP referral, so without a decision; Wmo with the usual products), and for every closed month one declaration per provider
 * and law with a prestatie per client, taken over as a conversion takes over the previous system's toewijzingen and booked
 * declarations ({@link Toewijzingovername}, {@link Declaratieovername}). Deterministic (fixed seed). Written as soon as the
 * population is there, beside the demo parts before this one ({@link DemoVooraf}); its step waits for it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Geldjaar implements Demodeel, InitializingBean {

    private static final String GEMEENTE = "0632";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** One demo product line: how many clients, which ages, how much per month. */
    private record Lijn(String agb, String naam, Wet wet, String categorie, String code, String omschrijving, int clienten,
                        int jongsteLeeftijd, int oudsteLeeftijd, int uurPerMaand, long tariefCenten) {
    }

    private static final List<Lijn> LIJNEN = List.of(
            new Lijn("42420001", "Jeugdhulp Voorbeeld B.V.", Wet.JEUGDWET, "45", "45A01", "Ambulante jeugdhulp individueel", 180, 4, 17, 12, 7_500),
            new Lijn("42420001", "Jeugdhulp Voorbeeld B.V.", Wet.JEUGDWET, "55", "55A11", "Landelijk ingekochte zorg, ambulant", 40, 6, 17, 8, 11_000),
            new Lijn("42420002", "Zorg Dichtbij Woerden", Wet.WMO, "01", "01A01", "Hulp bij het huishouden", 150, 75, 99, 12, 3_200),
            new Lijn("42420002", "Zorg Dichtbij Woerden", Wet.WMO, "02", "02A01", "Begeleiding individueel", 90, 25, 90, 8, 6_500),
            new Lijn("42420002", "Zorg Dichtbij Woerden", Wet.WMO, "07", "07A01", "Dagbesteding", 60, 60, 95, 24, 2_100));

    /** JZ588: most care ends as planned; some early, by the client, in agreement, to another provider or domain. */
    private static final String[] REDENEN_EINDE = {"31", "31", "31", "31", "32", "34", "38", "39"};

    private record Toewijzing(long id, Lijn lijn, String bsn, LocalDate ingang, LocalDate einde) {
    }

    private final Toewijzingovername toewijzingen;
    private final Declaratieovername declaraties;
    private final PersonenRegister register;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    Geldjaar(Toewijzingovername toewijzingen, Declaratieovername declaraties, PersonenRegister register, TransactionTemplate transactie, Clock clock,
             DemoVooraf vooraf) {
        this.toewijzingen = toewijzingen;
        this.declaraties = declaraties;
        this.register = register;
        this.transactie = transactie;
        this.clock = clock;
        this.vooraf = vooraf;
    }

    @Override
    public void afterPropertiesSet() {
        taak = vooraf.naBevolking("demo-geldjaar", this::vul);
    }

    @Override
    public String naam() {
        return "geldjaar";
    }

    @Override
    public void vullen() {
        taak.wacht();
    }

    private void vul() {
        if (declaraties.overgenomenMetNummer(GEMEENTE, "DEMO")) {
            return;
        }
        transactie.executeWithoutResult(s -> genereer());
    }

    private void genereer() {
        LocalDate vandaag = LocalDate.now(clock);
        int jaar = vandaag.getYear();
        Random toeval = new Random(632);
        List<Toewijzing> toewijzingen = new ArrayList<>();
        for (Lijn lijn : LIJNEN) {
            List<String> bsns = register.geborenTussen(GEMEENTE, vandaag.minusYears(lijn.oudsteLeeftijd() + 1),
                    vandaag.minusYears(lijn.jongsteLeeftijd()), null, lijn.clienten() * 3).stream().map(Persoon::bsn).toList();
            for (int i = 0; i < lijn.clienten() && i * 3 < bsns.size(); i++) {
                LocalDate ingang = LocalDate.of(jaar, 1, 1).minusDays(180).plusDays(toeval.nextInt(420));
                LocalDate einde = ingang.plusMonths(6 + toeval.nextInt(13)).minusDays(1);
                LocalDate start = ingang.plusDays(3 + toeval.nextInt(12));
                LocalDate gestart = start.isAfter(vandaag) ? null : start;
                boolean gestopt = einde.isBefore(vandaag);
                Instant toegewezen = ingang.atStartOfDay(NEDERLAND).toInstant();
                long id = this.toewijzingen.overnemen(new OvergenomenToewijzing(GEMEENTE, lijn.wet(), null, bsns.get(i * 3), lijn.agb(), lijn.naam(),
                        lijn.categorie(), lijn.code(), lijn.omschrijving(), ingang, einde, lijn.uurPerMaand(), "04", "4", "DEMO" + lijn.code() + i,
                        toegewezen.isAfter(clock.instant()) ? clock.instant() : toegewezen, gestart, gestopt ? einde : null,
                        gestopt ? REDENEN_EINDE[toeval.nextInt(REDENEN_EINDE.length)] : null).metVerwijzer(verwijzer(lijn.wet(), i)));
                toewijzingen.add(new Toewijzing(id, lijn, bsns.get(i * 3), ingang, einde));
            }
        }
        for (int maand = 1; maand < vandaag.getMonthValue(); maand++) {
            LocalDate begin = LocalDate.of(jaar, maand, 1);
            LocalDate einde = begin.withDayOfMonth(begin.lengthOfMonth());
            for (String agb : List.of("42420001", "42420002")) {
                for (Wet wet : List.of(Wet.JEUGDWET, Wet.WMO)) {
                    List<Toewijzing> lopend = toewijzingen.stream().filter(t -> t.lijn().agb().equals(agb) && t.lijn().wet() == wet
                            && !t.ingang().isAfter(einde) && !t.einde().isBefore(begin)).toList();
                    if (!lopend.isEmpty()) {
                        declareer(agb, wet, begin, einde, lopend, toeval);
                    }
                }
            }
        }
    }

    /** GP practices in and around Woerden (made up), with made-up AGB codes. */
    private static final List<Verwijzer> HUISARTSEN = List.of(
            new Verwijzer(Verwijzertype.HUISARTS, "01060001", "Huisartsenpraktijk De Linde"),
            new Verwijzer(Verwijzertype.HUISARTS, "01060002", "Gezondheidscentrum Snellerpoort"),
            new Verwijzer(Verwijzertype.HUISARTS, "01060003", "Huisartsen Molenvliet"),
            new Verwijzer(Verwijzertype.HUISARTS, "01060004", "Huisartsenpraktijk Harmelen"),
            new Verwijzer(Verwijzertype.HUISARTS, "01060005", "Huisartsenpraktijk Kamerik"));

    /** Some practices refer more than others. */
    private static final int[] PRAKTIJKKEUZE = {0, 1, 0, 2, 0, 1, 3, 4, 1, 2};

    /**
     * Who referred: for youth care about half a GP, a quarter the municipality and a quarter a jeugdarts, a gecertificeerde
     * instelling or a medisch specialist (domain.md §8); Wmo care mostly follows the municipality's own decision.
     */
    static Verwijzer verwijzer(Wet wet, int i) {
        if (wet == Wet.JEUGDWET) {
            return switch (i % 4) {
                case 0, 1 -> HUISARTSEN.get(PRAKTIJKKEUZE[((i / 4) * 2 + i % 4) % PRAKTIJKKEUZE.length]);
                case 2 -> Verwijzer.GEMEENTE;
                default -> new Verwijzer(List.of(Verwijzertype.JEUGDARTS, Verwijzertype.GECERTIFICEERDE_INSTELLING, Verwijzertype.MEDISCH_SPECIALIST)
                        .get((i / 4) % 3), null, null);
            };
        }
        return switch (i % 10) {
            case 8 -> HUISARTSEN.get((i / 10) % HUISARTSEN.size());
            case 9 -> new Verwijzer(Verwijzertype.MEDISCH_SPECIALIST, null, null);
            default -> Verwijzer.GEMEENTE;
        };
    }

    private void declareer(String agb, Wet wet, LocalDate begin, LocalDate einde, List<Toewijzing> lopend, Random toeval) {
        String nummer = "DEMO" + begin.getYear() % 100 + String.format("%02d", begin.getMonthValue()) + agb.substring(6) + (wet == Wet.JEUGDWET ? "J" : "W");
        Instant tienDagenLater = einde.plusDays(10).atStartOfDay(NEDERLAND).toInstant();
        Instant ontvangen = tienDagenLater.isAfter(clock.instant()) ? clock.instant() : tienDagenLater;
        long totaal = 0;
        List<Prestatie> prestaties = new ArrayList<>();
        for (Toewijzing t : lopend) {
            long volume = Math.max(1, t.lijn().uurPerMaand() - 2 + toeval.nextInt(4));
            long bedrag = volume * t.lijn().tariefCenten();
            totaal += bedrag;
            LocalDate van = t.ingang().isAfter(begin) ? t.ingang() : begin;
            LocalDate tot = t.einde().isBefore(einde) ? t.einde() : einde;
            prestaties.add(new Prestatie(t.id(), t.bsn(), t.lijn().categorie(), t.lijn().code(), van, tot, volume, "04", bedrag,
                    "DEMO" + t.id() + "M" + begin.getMonthValue()));
        }
        // a provider declares a little more than is granted: a few prestaties do not fit the toewijzing
        declaraties.overnemen(new OvergenomenDeclaratie(GEMEENTE, wet, agb, nummer, begin, einde, ontvangen, totaal + totaal / 50, prestaties));
    }
}
