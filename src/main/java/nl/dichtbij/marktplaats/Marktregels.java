package nl.dichtbij.marktplaats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.dichtbij.platform.Formaat;

/**
 * The rules of the marketplace, pure so that each has a fast unit test (MarktregelsTest): what the anonymised request may
 * hold, when it may be published, who may ask and bid until when, when the sealed bids open, and what an award or a
 * fallback must record. The service ({@link Marktplaats}) reads the facts and applies these rules.
 */
public final class Marktregels {

    /** The deadline lies at least this long after publication, so providers can ask and write a plan. */
    public static final Duration KORTSTE_LOOPTIJD = Duration.ofDays(2);
    /** ... and at most this long, so the resident does not wait. */
    public static final Duration LANGSTE_LOOPTIJD = Duration.ofDays(28);
    public static final int MAX_TEKST = 4000;

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Pattern POSTCODE = Pattern.compile("\\b\\d{4}\\s?[a-zA-Z]{2}\\b");
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private Marktregels() {
    }

    // ------------------------------------------------------------------ the anonymised request

    /** An age band wide enough that nobody is recognised by it. */
    public static String leeftijdsband(int leeftijd) {
        if (leeftijd < 4) {
            return "0 tot 4 jaar";
        }
        if (leeftijd < 12) {
            return "4 tot 12 jaar";
        }
        if (leeftijd < 18) {
            return "12 tot 18 jaar";
        }
        if (leeftijd < 27) {
            return "18 tot 27 jaar";
        }
        if (leeftijd < 45) {
            return "27 tot 45 jaar";
        }
        if (leeftijd < 65) {
            return "45 tot 65 jaar";
        }
        if (leeftijd < 75) {
            return "65 tot 75 jaar";
        }
        return "75 jaar of ouder";
    }

    /** The household as counts: adults and children, no ages, no names. */
    public static String huishouden(List<Integer> leeftijden) {
        long volwassenen = leeftijden.stream().filter(l -> l >= 18).count();
        long kinderen = leeftijden.size() - volwassenen;
        String v = volwassenen == 1 ? "1 volwassene" : volwassenen + " volwassenen";
        if (kinderen == 0) {
            return volwassenen == 1 ? "Alleenstaand, 1 volwassene" : v;
        }
        return v + " en " + (kinderen == 1 ? "1 kind" : kinderen + " kinderen");
    }

    /** What identifies the resident and his household: names, BSNs, the address and birth dates. */
    public record Kenmerken(List<String> namen, List<String> bsns, String straat, String huisnummer, String postcode, List<LocalDate> geboortedata) {
    }

    /**
     * Which kinds of personal data of the household a text holds ("de naam", "het BSN", "het adres", "de geboortedatum"),
     * empty when none: a name part of three letters or more as a whole word, a BSN (also with spaces or dots), the street,
     * the postcode (any postcode, since it nearly identifies an address), a birth date in the usual Dutch notations.
     */
    /**
     * Whether a request under this law fits someone of this age: Jeugdwet help until 23 (verlengde jeugdhulp after 18), the
     * Participatiewet from 18; the Wmo and debt help at any age (a Wmo provision can be for a child's household).
     */
    public static boolean wetPastBijLeeftijd(nl.dichtbij.platform.Wet wet, int leeftijd) {
        return switch (wet) {
            case JEUGDWET -> leeftijd < 23;
            case PARTICIPATIEWET -> leeftijd >= 18;
            case WMO, SCHULDHULP -> true;
        };
    }

    /** A list as a sentence reads it: "de naam", "de naam en het adres", "de naam, het adres en de geboortedatum". */
    public static String opsomming(List<String> delen) {
        if (delen.size() < 2) {
            return String.join("", delen);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.getLast();
    }

    public static List<String> persoonsgegevensIn(String tekst, Kenmerken k) {
        Set<String> gevonden = new LinkedHashSet<>();
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        String klein = tekst.toLowerCase(NL);
        for (String naam : k.namen()) {
            for (String deel : naam.split("[\\s-]+")) {
                if (deel.length() >= 3 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(deel.toLowerCase(NL)) + "(?![\\p{L}])").matcher(klein).find()) {
                    gevonden.add("de naam");
                }
            }
        }
        String cijfers = tekst.replaceAll("(?<=\\d)[\\s.]+(?=\\d)", "");
        for (String bsn : k.bsns()) {
            if (bsn != null && cijfers.contains(bsn)) {
                gevonden.add("het BSN");
            }
        }
        if (NEGEN_CIJFERS.matcher(cijfers).find()) {
            gevonden.add("het BSN");
        }
        if (k.straat() != null && k.straat().length() >= 3 && klein.contains(k.straat().toLowerCase(NL))) {
            gevonden.add("het adres");
        }
        if (POSTCODE.matcher(tekst).find()) {
            gevonden.add("het adres");
        }
        for (LocalDate datum : k.geboortedata()) {
            for (String vorm : List.of("d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "d-M-yy", "dd-MM-yy")) {
                if (klein.contains(datum.format(DateTimeFormatter.ofPattern(vorm, NL)).toLowerCase(NL))) {
                    gevonden.add("de geboortedatum");
                }
            }
        }
        return List.copyOf(gevonden);
    }

    /** What the regisseur fills in to publish a request. */
    public record Invoer(String productcode, boolean productGecontracteerd, String situatie, String doelen, LocalDate gewensteStart,
                         Instant sluitOp, boolean toestemming, Toestemmingswijze wijze, LocalDate toestemmingOp) {
    }

    /** Everything wrong with a request to publish, per field; empty when it may go out. Without the resident's consent it never goes out. */
    public static Map<String, String> publiceren(Invoer v, Kenmerken k, Instant nu, LocalDate vandaag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (leeg(v.productcode())) {
            fouten.put("productcode", "Kies wat voor ondersteuning u vraagt.");
        } else if (!v.productGecontracteerd()) {
            fouten.put("productcode", "Voor dit product heeft de gemeente geen aanbieder met een contract. Kies een ander product.");
        }
        tekst("situatie", "Beschrijf de situatie zonder naam, adres of andere gegevens waaraan iemand de inwoner herkent.", v.situatie(), k, fouten);
        tekst("doelen", "Schrijf de doelen op waaraan de aanbieder werkt.", v.doelen(), k, fouten);
        if (v.sluitOp() == null) {
            fouten.put("sluitOp", "Kies tot wanneer aanbieders kunnen bieden.");
        } else if (v.sluitOp().isBefore(nu.plus(KORTSTE_LOOPTIJD))) {
            fouten.put("sluitOp", "Geef aanbieders minstens 2 dagen om vragen te stellen en te bieden.");
        } else if (v.sluitOp().isAfter(nu.plus(LANGSTE_LOOPTIJD))) {
            fouten.put("sluitOp", "Sluit het bieden binnen 4 weken, zodat de inwoner niet te lang wacht.");
        }
        if (v.gewensteStart() == null) {
            fouten.put("gewensteStart", "Vul in wanneer de ondersteuning het liefst begint.");
        } else if (v.sluitOp() != null && !v.gewensteStart().isAfter(LocalDate.ofInstant(v.sluitOp(), java.time.ZoneId.of("Europe/Amsterdam")))) {
            fouten.put("gewensteStart", "De ondersteuning kan pas beginnen na de sluiting van het bieden.");
        }
        if (!v.toestemming()) {
            fouten.put("toestemming", "Zonder toestemming van de inwoner kunt u het verzoek niet publiceren.");
        } else {
            if (v.wijze() == null) {
                fouten.put("wijze", "Kies hoe de inwoner toestemming gaf.");
            }
            if (v.toestemmingOp() == null) {
                fouten.put("toestemmingOp", "Vul in wanneer de inwoner toestemming gaf.");
            } else if (v.toestemmingOp().isAfter(vandaag)) {
                fouten.put("toestemmingOp", "De toestemming kan niet na vandaag zijn gegeven.");
            } else if (v.toestemmingOp().isBefore(vandaag.minusMonths(3))) {
                fouten.put("toestemmingOp", "Deze toestemming is ouder dan 3 maanden. Vraag het de inwoner opnieuw.");
            }
        }
        return fouten;
    }

    private static void tekst(String veld, String alsLeeg, String tekst, Kenmerken k, Map<String, String> fouten) {
        if (leeg(tekst)) {
            fouten.put(veld, alsLeeg);
        } else if (tekst.length() > MAX_TEKST) {
            fouten.put(veld, "Gebruik hoogstens " + MAX_TEKST + " tekens.");
        } else {
            List<String> gevonden = persoonsgegevensIn(tekst, k);
            if (!gevonden.isEmpty()) {
                fouten.put(veld, "Haal " + opsomming(gevonden) + " van de inwoner of zijn huishouden weg. Aanbieders mogen niet weten wie het is.");
            }
        }
    }

    // ------------------------------------------------------------------ the deadline and the sealed bids

    public static Fase fase(Verzoekstatus status, Instant sluitOp, int biedingen, Instant nu) {
        return switch (status) {
            case GEGUND -> Fase.GEGUND;
            case TERUGVAL -> Fase.TERUGVAL;
            case VOORGESTELD -> Fase.VOORGESTELD;
            case GEPUBLICEERD -> !nu.isBefore(sluitOp) ? (biedingen == 0 ? Fase.GEEN_BIEDINGEN : Fase.KIEZEN) : Fase.OPEN;
        };
    }

    /** Null when the provider may ask a question now, else why not. */
    public static String magVragen(Fase fase, boolean gekwalificeerd, String vraag) {
        if (!gekwalificeerd) {
            return "Uw organisatie heeft geen contract voor dit product. U kunt bij dit verzoek geen vragen stellen.";
        }
        if (fase != Fase.OPEN) {
            return "Het bieden is gesloten. U kunt geen vragen meer stellen.";
        }
        if (leeg(vraag)) {
            return "Schrijf uw vraag op.";
        }
        if (vraag.length() > 2000) {
            return "Gebruik hoogstens 2000 tekens.";
        }
        return null;
    }

    /** Everything wrong with a bid, per field; empty when it is accepted. */
    public static Map<String, String> bieden(Fase fase, boolean gekwalificeerd, boolean alGeboden, String plan, Long prijsCenten, Integer urenPerWeek) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!gekwalificeerd) {
            fouten.put("bod", "Uw organisatie heeft geen contract voor dit product. U kunt op dit verzoek niet bieden.");
            return fouten;
        }
        if (fase != Fase.OPEN) {
            fouten.put("bod", "Het bieden is gesloten. Een bod na de sluitingstijd nemen we niet aan.");
            return fouten;
        }
        if (alGeboden) {
            fouten.put("bod", "Uw organisatie heeft al geboden. Elke aanbieder biedt één keer; een bod wijzigt niet.");
            return fouten;
        }
        if (leeg(plan)) {
            fouten.put("plan", "Beschrijf uw plan: wat u doet, met wie en hoe vaak.");
        } else if (plan.length() > MAX_TEKST) {
            fouten.put("plan", "Gebruik hoogstens " + MAX_TEKST + " tekens.");
        }
        if (prijsCenten == null) {
            fouten.put("prijs", "Vul de prijs in euro in, bijvoorbeeld 4.250,00.");
        } else if (prijsCenten <= 0) {
            fouten.put("prijs", "De prijs is een bedrag groter dan 0.");
        } else if (prijsCenten > 100_000_000L) {
            fouten.put("prijs", "Deze prijs is niet geloofwaardig. Controleer het bedrag.");
        }
        if (urenPerWeek == null || urenPerWeek < 1 || urenPerWeek > 40) {
            fouten.put("urenPerWeek", "Vul in hoeveel uur per week u ondersteunt: een heel getal van 1 tot en met 40.");
        }
        return fouten;
    }

    /** Null when the bids may be read: only after the deadline, by anyone. Before it, nobody. */
    public static String magBiedingenLezen(Fase fase, Instant sluitOp) {
        return fase == Fase.OPEN ? "De biedingen zijn verzegeld tot de sluiting op " + Formaat.tijdstip(sluitOp)
                + ". Niemand kan ze eerder lezen, ook u niet." : null;
    }

    /** The regisseur proposes one of the bids to the resident. A proposal is possible again after the resident objected. */
    public static Map<String, String> voorstellen(Fase fase, Oordeel eerder, boolean bodVanDitVerzoek, String motivering) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (fase == Fase.OPEN) {
            fouten.put("bodId", "U kiest pas na de sluiting van het bieden.");
        } else if (fase == Fase.VOORGESTELD && eerder != Oordeel.BEZWAAR) {
            fouten.put("bodId", "De inwoner heeft uw keuze nog niet beoordeeld.");
        } else if (fase != Fase.KIEZEN && fase != Fase.VOORGESTELD) {
            fouten.put("bodId", "Dit verzoek is afgerond.");
        } else if (!bodVanDitVerzoek) {
            fouten.put("bodId", "Kies een van de biedingen op dit verzoek.");
        }
        if (leeg(motivering)) {
            fouten.put("motivering", "Schrijf op waarom dit bod het best past bij de inwoner en zijn doelen.");
        }
        return fouten;
    }

    /** The resident's say on the proposal: agreeing, or objecting with a note. */
    public static Map<String, String> oordelen(Verzoekstatus status, Oordeel eerder, Oordeel oordeel, String toelichting) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status != Verzoekstatus.VOORGESTELD || eerder != null) {
            fouten.put("oordeel", "Er is nu geen keuze om te beoordelen.");
            return fouten;
        }
        if (oordeel == null) {
            fouten.put("oordeel", "Kies of u het eens bent met deze keuze.");
        } else if (oordeel == Oordeel.BEZWAAR && leeg(toelichting)) {
            fouten.put("toelichting", "Schrijf op waarom u het er niet mee eens bent. Dan kan uw regisseur daar rekening mee houden.");
        }
        return fouten;
    }

    /**
     * The award: only after the resident gave his say. When he objected the regisseur may still award, but then says why
     * in the motivation (which is empty otherwise too: a decision states its reasons).
     */
    public static Map<String, String> gunnen(Verzoekstatus status, Oordeel oordeel, String motivering) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status != Verzoekstatus.VOORGESTELD) {
            fouten.put("gunnen", "Leg eerst een bod aan de inwoner voor.");
        } else if (oordeel == null) {
            fouten.put("gunnen", "Wacht op het oordeel van de inwoner voordat u gunt.");
        }
        if (leeg(motivering)) {
            fouten.put("motivering", oordeel == Oordeel.BEZWAAR
                    ? "De inwoner is het niet eens met de keuze. Schrijf op waarom u toch gunt."
                    : "Schrijf de motivering van de gunning op; zij komt in het besluit.");
        }
        return fouten;
    }

    /** The fallback when nobody bid: a contracted provider from the catalogue, or an escalation; always with a reason. */
    public static Map<String, String> terugval(Fase fase, Terugval keuze, boolean aanbiederGecontracteerd, String motivering) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (fase != Fase.GEEN_BIEDINGEN) {
            fouten.put("keuze", fase == Fase.OPEN ? "Het bieden loopt nog. Wacht tot de sluiting."
                    : "Er zijn biedingen op dit verzoek, of het is al afgerond. Een terugval is er alleen als niemand bood.");
            return fouten;
        }
        if (keuze == null) {
            fouten.put("keuze", "Kies: een gecontracteerde aanbieder of escaleren.");
        } else if (keuze == Terugval.UIT_CATALOGUS && !aanbiederGecontracteerd) {
            fouten.put("aanbiederId", "Kies een aanbieder met een contract voor dit product.");
        }
        if (leeg(motivering)) {
            fouten.put("motivering", "Schrijf op waarom u deze keuze maakt.");
        }
        return fouten;
    }

    // ------------------------------------------------------------------ figures

    /** Lowest, median and highest price of the bids on one request type. */
    public record Spreiding(long laagste, long mediaan, long hoogste) {
    }

    public static Spreiding spreiding(List<Long> prijzen) {
        if (prijzen.isEmpty()) {
            return null;
        }
        List<Long> op = new ArrayList<>(prijzen);
        op.sort(null);
        int n = op.size();
        long mediaan = n % 2 == 1 ? op.get(n / 2) : (op.get(n / 2 - 1) + op.get(n / 2)) / 2;
        return new Spreiding(op.getFirst(), mediaan, op.getLast());
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
