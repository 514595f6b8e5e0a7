package nl.dichtbij;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Inschrijvingen.Inschrijving;
import nl.dichtbij.personen.Inschrijvingen.NieuwHuishouden;
import nl.dichtbij.personen.Inschrijvingen.Ouderschap;
import nl.dichtbij.personen.Persoon;

/**
 * A household of a test's own, registered the way production registers residents (a BRP delivery through
 * {@link Inschrijvingen}), instead of a search in the demo population for someone no other test used yet:
 * {@code Testhuishouden.in("0632").volwassene(45).kind(12).inschrijven(inschrijvingen, clock)}. The adults are the
 * parents of the children. BSNs (eleven-test) and household keys come from ranges the demo never uses, from a random
 * point per run, so runs against the same database do not meet.
 */
public final class Testhuishouden {

    private static final AtomicLong BSN = new AtomicLong(800_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L));
    private static final AtomicLong HUISHOUDEN = new AtomicLong(900_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L));

    private final String gemeenteCode;
    private final List<UnaryOperator<LocalDate>> volwassenen = new ArrayList<>();
    private final List<UnaryOperator<LocalDate>> kinderen = new ArrayList<>();

    private Testhuishouden(String gemeenteCode) {
        this.gemeenteCode = gemeenteCode;
    }

    public static Testhuishouden in(String gemeenteCode) {
        return new Testhuishouden(gemeenteCode);
    }

    /** An adult of {@code leeftijd} years (a month past his birthday). */
    public Testhuishouden volwassene(int leeftijd) {
        volwassenen.add(vandaag -> vandaag.minusYears(leeftijd).minusMonths(1));
        return this;
    }

    /** {@code aantal} adults of {@code leeftijd}, e.g. for a search with many results (one surname per household). */
    public Testhuishouden volwassenen(int aantal, int leeftijd) {
        for (int i = 0; i < aantal; i++) {
            volwassene(leeftijd);
        }
        return this;
    }

    /** A child of {@code leeftijd} years (a month past his birthday), child of the adults. */
    public Testhuishouden kind(int leeftijd) {
        kinderen.add(vandaag -> vandaag.minusYears(leeftijd).minusMonths(1));
        return this;
    }

    /** A child born on {@code geboren}, for tests about a birthday to come (16, 18). */
    public Testhuishouden kindGeboren(LocalDate geboren) {
        kinderen.add(vandaag -> geboren);
        return this;
    }

    public Ingeschreven inschrijven(Inschrijvingen inschrijvingen, Clock clock) {
        LocalDate vandaag = LocalDate.now(clock);
        long id = HUISHOUDEN.getAndIncrement();
        String achternaam = "Proef" + letters(id);
        NieuwHuishouden huishouden = new NieuwHuishouden(id, gemeenteCode, "Teststraat", String.valueOf(id % 1000 + 1), "3441TE",
                "Woerden", "Binnenstad");
        List<Persoon> ouders = new ArrayList<>();
        List<Persoon> kids = new ArrayList<>();
        for (int i = 0; i < volwassenen.size(); i++) {
            ouders.add(persoon(id, i == 0 ? "Anna" : "Bram", achternaam, volwassenen.get(i).apply(vandaag)));
        }
        for (int i = 0; i < kinderen.size(); i++) {
            kids.add(persoon(id, List.of("Sem", "Lotte", "Daan", "Noor").get(i % 4), achternaam, kinderen.get(i).apply(vandaag)));
        }
        List<Persoon> leden = new ArrayList<>(ouders);
        leden.addAll(kids);
        inschrijvingen.inschrijven(List.of(huishouden),
                leden.stream().map(p -> new Inschrijving(p.bsn(), p.gemeenteCode(), id, p.voornaam(), null, p.achternaam(), p.geboortedatum()))
                        .toList(),
                ouders.stream().flatMap(o -> kids.stream().map(k -> new Ouderschap(o.bsn(), k.bsn()))).toList());
        return new Ingeschreven(id, gemeenteCode, List.copyOf(ouders), List.copyOf(kids));
    }

    private Persoon persoon(long huishouden, String voornaam, String achternaam, LocalDate geboren) {
        return new Persoon(volgendeBsn(), gemeenteCode, huishouden, voornaam, null, achternaam, geboren);
    }

    /** A surname of letters only, one per household: "Proefbcdfa". */
    private static String letters(long id) {
        StringBuilder naam = new StringBuilder();
        for (long rest = id; naam.length() < 6; rest /= 26) {
            naam.append((char) ('a' + rest % 26));
        }
        return naam.toString();
    }

    private static String volgendeBsn() {
        while (true) {
            String bsn = String.valueOf(BSN.getAndIncrement());
            if (Bsn.isGeldig(bsn)) {
                return bsn;
            }
        }
    }

    /** The registered household: its key, its adults and its children, in the order they were added. */
    public record Ingeschreven(long huishoudenId, String gemeenteCode, List<Persoon> volwassenen, List<Persoon> kinderen) {

        public Persoon volwassene() {
            return volwassenen.getFirst();
        }

        public Persoon kind() {
            return kinderen.getFirst();
        }
    }
}
