package nl.dichtbij.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.dichtbij.personen.Inschrijvingen.Inschrijving;
import nl.dichtbij.personen.Inschrijvingen.NieuwHuishouden;
import nl.dichtbij.personen.Inschrijvingen.Ouderschap;

/**
 * Generates a realistic population: households of singles, couples and families spread over
 * the kernen and wijken, with ages and parent–child relations. The same seed gives the same
 * people; the size scales from a test village to a national dataset. Writes through the register's
 * {@link nl.dichtbij.personen.Inschrijvingen}, as a first delivery of the BRP would.
 */
final class Bevolkingsgenerator {

    /** Receives what is generated in chunks, so a national-size run needs little memory. */
    interface Uitvoer {
        void schrijf(List<NieuwHuishouden> huishoudens, List<Inschrijving> personen, List<Ouderschap> relaties);
    }

    private static final String[] VOORNAMEN = {"Emma", "Noah", "Julia", "Lucas", "Mila", "Sem", "Tess", "Daan", "Sophie", "Levi",
            "Anna", "Finn", "Zoë", "Milan", "Sara", "Bram", "Eva", "Luuk", "Lotte", "Thijs", "Fenna", "Jesse", "Lieke", "Ruben",
            "Fatima", "Mohamed", "Aya", "Youssef", "Hanna", "Mehmet", "Elif", "Piet", "Maria", "Jan", "Johanna", "Kees", "Cornelia",
            "Gerrit", "Wilhelmina", "Hendrik", "Ingrid", "Marco", "Sandra", "Peter", "Monique", "Erik", "Linda", "Dennis", "Esther"};
    private static final String[] ACHTERNAMEN = {"Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
            "Hendriks", "Dekker", "Brouwer", "Verhoeven", "Kok", "Jacobs", "Schouten", "Willems", "Hoekstra", "Koster", "Prins",
            "Verbeek", "Kuipers", "Veenstra", "Maas", "Post", "Vonk", "Blom", "Huisman", "Kaya", "Yilmaz", "El Idrissi", "Boukhari",
            "Wijnands", "van der Heijden", "Verkerk", "Oskam", "van Vliet", "Kroon", "Schuurman", "Rietveld"};
    private static final String[] TUSSENVOEGSELS = {null, null, null, null, "de", "van", "van der", "van den", "van de"};
    private static final char[] LETTERS = "ABCDEGHJKLMNPRSTVWXZ".toCharArray();
    private static final int CHUNK = 5_000;

    private final SplittableRandom random;
    private final LocalDate peildatum;
    private long volgendeHuishoudenId;
    private long volgendeBsnKandidaat;

    Bevolkingsgenerator(long seed, LocalDate peildatum, long eersteHuishoudenId, long eersteBsn) {
        this.random = new SplittableRandom(seed);
        this.peildatum = peildatum;
        this.volgendeHuishoudenId = eersteHuishoudenId;
        this.volgendeBsnKandidaat = eersteBsn;
    }

    /** Generates households until {@code inwoners} persons live in the municipality. */
    int genereer(String gemeenteCode, List<Kern> kernen, int inwoners, Uitvoer uitvoer) {
        List<NieuwHuishouden> huishoudens = new ArrayList<>();
        List<Inschrijving> personen = new ArrayList<>();
        List<Ouderschap> relaties = new ArrayList<>();
        int aantal = 0;
        int aantalHuishoudens = 0;
        while (aantal < inwoners) {
            NieuwHuishouden huishouden = adres(gemeenteCode, kernen);
            huishoudens.add(huishouden);
            aantalHuishoudens++;
            List<Inschrijving> leden = samenstelling(huishouden, inwoners - aantal, relaties);
            personen.addAll(leden);
            aantal += leden.size();
            if (personen.size() >= CHUNK) {
                uitvoer.schrijf(huishoudens, personen, relaties);
                huishoudens = new ArrayList<>();
                personen = new ArrayList<>();
                relaties = new ArrayList<>();
            }
        }
        uitvoer.schrijf(huishoudens, personen, relaties);
        return aantalHuishoudens;
    }

    long volgendeHuishoudenId() {
        return volgendeHuishoudenId++;
    }

    private NieuwHuishouden adres(String gemeenteCode, List<Kern> kernen) {
        Kern kern = kies(kernen, Kern::aandeel);
        Kern.Wijk wijk = kies(kern.wijken(), Kern.Wijk::aandeel);
        String straat = wijk.straten().get(random.nextInt(wijk.straten().size()));
        int cijfers = kern.postcodeVan() + random.nextInt(kern.postcodeTot() - kern.postcodeVan() + 1);
        String postcode = cijfers + "" + LETTERS[random.nextInt(LETTERS.length)] + LETTERS[random.nextInt(LETTERS.length)];
        return new NieuwHuishouden(volgendeHuishoudenId++, gemeenteCode, straat, String.valueOf(1 + random.nextInt(180)),
                postcode, kern.naam(), wijk.naam());
    }

    /** Roughly the Dutch mix: a third single, a third couples, the rest families. */
    private List<Inschrijving> samenstelling(NieuwHuishouden huishouden, int ruimte, List<Ouderschap> relaties) {
        double soort = random.nextDouble();
        String achternaam = ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
        String tussenvoegsel = tussenvoegsel();
        List<Inschrijving> leden = new ArrayList<>();
        if (soort < 0.31 || ruimte == 1) {
            leden.add(persoon(huishouden, achternaam, tussenvoegsel, 19 + random.nextInt(75)));
        } else if (soort < 0.66 || ruimte == 2) {
            int leeftijd = 23 + random.nextInt(65);
            leden.add(persoon(huishouden, achternaam, tussenvoegsel, leeftijd));
            leden.add(persoon(huishouden, ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)], tussenvoegsel(),
                    Math.max(19, leeftijd + random.nextInt(9) - 4)));
        } else {
            boolean tweeOuders = soort < 0.95;
            int ouderLeeftijd = 27 + random.nextInt(28);
            List<Inschrijving> ouders = new ArrayList<>();
            ouders.add(persoon(huishouden, achternaam, tussenvoegsel, ouderLeeftijd));
            if (tweeOuders) {
                ouders.add(persoon(huishouden, ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)], tussenvoegsel(),
                        Math.max(21, ouderLeeftijd + random.nextInt(7) - 3)));
            }
            leden.addAll(ouders);
            int kinderen = Math.min(ruimte - ouders.size(), 1 + random.nextInt(2) + (random.nextDouble() < 0.2 ? 1 : 0));
            for (int k = 0; k < kinderen; k++) {
                int maxLeeftijd = Math.min(22, ouderLeeftijd - 19);
                Inschrijving kind = persoon(huishouden, achternaam, tussenvoegsel, random.nextInt(Math.max(1, maxLeeftijd + 1)));
                leden.add(kind);
                ouders.forEach(ouder -> relaties.add(new Ouderschap(ouder.bsn(), kind.bsn())));
            }
        }
        return leden;
    }

    private Inschrijving persoon(NieuwHuishouden huishouden, String achternaam, String tussenvoegsel, int leeftijd) {
        LocalDate geboren = peildatum.minusYears(leeftijd).minusDays(random.nextInt(365));
        String voornaam = VOORNAMEN[random.nextInt(VOORNAMEN.length)];
        // a surname with its own voorvoegsel ("van Vliet") keeps it, as the BRP does: voorvoegsel "van", geslachtsnaam "Vliet"
        int spatie = achternaam.lastIndexOf(' ');
        if (Character.isLowerCase(achternaam.charAt(0)) && spatie > 0) {
            return new Inschrijving(volgendeBsn(), huishouden.gemeenteCode(), huishouden.id(), voornaam, achternaam.substring(0, spatie),
                    achternaam.substring(spatie + 1), geboren);
        }
        return new Inschrijving(volgendeBsn(), huishouden.gemeenteCode(), huishouden.id(), voornaam, tussenvoegsel, achternaam, geboren);
    }

    private String tussenvoegsel() {
        return TUSSENVOEGSELS[random.nextInt(TUSSENVOEGSELS.length)];
    }

    private String volgendeBsn() {
        while (!elfproef(volgendeBsnKandidaat)) {
            volgendeBsnKandidaat++;
        }
        return String.valueOf(volgendeBsnKandidaat++);
    }

    /** The eleven-test on a nine-digit number, without building strings for the rejected ones. */
    private static boolean elfproef(long nummer) {
        long rest = nummer;
        int som = -(int) (rest % 10);
        rest /= 10;
        for (int gewicht = 2; gewicht <= 9; gewicht++) {
            som += gewicht * (int) (rest % 10);
            rest /= 10;
        }
        return som % 11 == 0;
    }

    private <T> T kies(List<T> opties, java.util.function.ToDoubleFunction<T> gewicht) {
        double totaal = opties.stream().mapToDouble(gewicht).sum();
        double worp = random.nextDouble() * totaal;
        for (T optie : opties) {
            worp -= gewicht.applyAsDouble(optie);
            if (worp <= 0) {
                return optie;
            }
        }
        return opties.getLast();
    }
}
