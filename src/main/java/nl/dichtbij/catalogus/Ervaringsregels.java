package nl.dichtbij.catalogus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;

/**
 * The rules of experience stories, without storage: who is invited to write about which toewijzing, what a story needs,
 * what beheer needs to publish or refuse, the provider's one reply, and from how many stories a rating is shown.
 */
public final class Ervaringsregels {

    /** A rating (the averages of the items) is shown only from this many published stories: fewer say little and may identify. */
    public static final int DREMPEL = 5;
    /** The invitation comes after this many months of care, or when the care stops. */
    public static final int MAANDEN_ZORG = 6;
    public static final int MIN_CIJFER = 1;
    public static final int MAX_CIJFER = 5;
    static final int MIN_VERHAAL = 20;
    static final int MAX_VERHAAL = 4000;
    static final int MAX_REDEN = 1000;
    static final int MAX_REACTIE = 2000;
    /** JZ588 20: a temporary stop (a stay in hospital) is no end of the care. */
    private static final String TIJDELIJK = "20";
    /** JZ002 13: a withdrawn toewijzing never gave care. */
    private static final String INGETROKKEN = "13";

    private Ervaringsregels() {
    }

    /** The three fixed items the resident rates, with the question the form asks. */
    public enum Onderdeel {
        LUISTEREN("luisteren", "Luisterde de hulpverlener goed naar u?"),
        AFSPRAKEN("afspraken", "Kwam de aanbieder afspraken na?"),
        RESULTAAT("resultaat", "Heeft de hulp u geholpen?");

        private final String veld;
        private final String vraag;

        Onderdeel(String veld, String vraag) {
            this.veld = veld;
            this.vraag = vraag;
        }

        public String veld() {
            return veld;
        }

        public String vraag() {
            return vraag;
        }
    }

    /**
     * Whether the resident with {@code bsn} is invited to tell about this toewijzing today, and why: it is his, was not
     * withdrawn, the care started, and it stopped for good or ran {@link #MAANDEN_ZORG} months. Empty: no real care (yet).
     */
    public static Optional<Aanleiding> aanleiding(Toewijzing t, String gemeenteCode, String bsn, LocalDate vandaag) {
        if (t == null || bsn == null || !bsn.equals(t.persoonBsn()) || !t.gemeenteCode().equals(gemeenteCode)
                || INGETROKKEN.equals(t.redenWijziging()) || t.leveringBegindatum() == null || t.leveringBegindatum().isAfter(vandaag)) {
            return Optional.empty();
        }
        if (t.levering() == Levering.GESTOPT && !TIJDELIJK.equals(t.redenBeeindiging())) {
            return Optional.of(Aanleiding.GESTOPT);
        }
        if (!t.leveringBegindatum().plusMonths(MAANDEN_ZORG).isAfter(vandaag)) {
            return Optional.of(Aanleiding.ZES_MAANDEN);
        }
        return Optional.empty();
    }

    /** The story as the form gives it: the three marks (null when not chosen) and the text. */
    public record Invoer(Integer luisteren, Integer afspraken, Integer resultaat, String verhaal) {
    }

    /** The Dutch message per field that is wrong; empty when the story may be sent. */
    public static Map<String, String> invoer(Invoer invoer) {
        Map<String, String> fouten = new LinkedHashMap<>();
        cijfer(fouten, Onderdeel.LUISTEREN, invoer.luisteren());
        cijfer(fouten, Onderdeel.AFSPRAKEN, invoer.afspraken());
        cijfer(fouten, Onderdeel.RESULTAAT, invoer.resultaat());
        String verhaal = invoer.verhaal() == null ? "" : invoer.verhaal().strip();
        if (verhaal.length() < MIN_VERHAAL) {
            fouten.put("verhaal", "Schrijf in een paar zinnen hoe u de hulp heeft ervaren (minstens " + MIN_VERHAAL + " tekens).");
        } else if (verhaal.length() > MAX_VERHAAL) {
            fouten.put("verhaal", "Schrijf uw verhaal in hoogstens " + MAX_VERHAAL + " tekens.");
        }
        return fouten;
    }

    private static void cijfer(Map<String, String> fouten, Onderdeel onderdeel, Integer cijfer) {
        if (cijfer == null || cijfer < MIN_CIJFER || cijfer > MAX_CIJFER) {
            fouten.put(onderdeel.veld(), "Kies een cijfer van " + MIN_CIJFER + " tot en met " + MAX_CIJFER + " bij: " + onderdeel.vraag());
        }
    }

    /** Beheer publishes a waiting story, with the text as it goes out (personal data removed). */
    public static Map<String, String> publiceren(Ervaringstatus status, String tekst) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status != Ervaringstatus.INGEDIEND) {
            fouten.put("status", "Deze ervaring is al beoordeeld (" + status.label().toLowerCase() + ").");
        }
        String verhaal = tekst == null ? "" : tekst.strip();
        if (verhaal.isEmpty()) {
            fouten.put("tekst", "De tekst die gepubliceerd wordt is leeg. Haal alleen persoonsgegevens weg, niet het hele verhaal.");
        } else if (verhaal.length() > MAX_VERHAAL) {
            fouten.put("tekst", "De tekst mag hoogstens " + MAX_VERHAAL + " tekens zijn.");
        }
        return fouten;
    }

    /** Beheer refuses a waiting story, always with the reason. */
    public static Map<String, String> afwijzen(Ervaringstatus status, String reden) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status != Ervaringstatus.INGEDIEND) {
            fouten.put("status", "Deze ervaring is al beoordeeld (" + status.label().toLowerCase() + ").");
        }
        String r = reden == null ? "" : reden.strip();
        if (r.isEmpty()) {
            fouten.put("reden", "Schrijf op waarom de ervaring niet gepubliceerd wordt. De inwoner leest de reden.");
        } else if (r.length() > MAX_REDEN) {
            fouten.put("reden", "Schrijf de reden in hoogstens " + MAX_REDEN + " tekens.");
        }
        return fouten;
    }

    /** The provider replies once, to a published story about itself. */
    public static Map<String, String> reageren(Ervaringstatus status, boolean eigenAanbieder, String alGereageerd, String tekst) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!eigenAanbieder || status != Ervaringstatus.GEPUBLICEERD) {
            fouten.put("ervaring", "U kunt alleen reageren op een gepubliceerde ervaring over uw eigen organisatie.");
            return fouten;
        }
        if (alGereageerd != null) {
            fouten.put("reactie", "U heeft al gereageerd op deze ervaring. Een aanbieder reageert één keer; uw reactie blijft zoals hij is.");
            return fouten;
        }
        String r = tekst == null ? "" : tekst.strip();
        if (r.isEmpty()) {
            fouten.put("reactie", "Schrijf uw reactie.");
        } else if (r.length() > MAX_REACTIE) {
            fouten.put("reactie", "Schrijf uw reactie in hoogstens " + MAX_REACTIE + " tekens.");
        }
        return fouten;
    }

    /** The rating of a provider: the average per item over its published stories; empty below {@link #DREMPEL} stories. */
    public record Waardering(int aantal, double luisteren, double afspraken, double resultaat) {

        public double gemiddeld() {
            return afgerond((luisteren + afspraken + resultaat) / 3);
        }

        /** "4,2": one decimal, with a Dutch comma. */
        public static String tekst(double cijfer) {
            return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f", cijfer);
        }
    }

    /** The marks of one published story: luisteren, afspraken, resultaat. */
    public record Cijfers(int luisteren, int afspraken, int resultaat) {
    }

    public static Optional<Waardering> waardering(List<Cijfers> gepubliceerd) {
        if (gepubliceerd.size() < DREMPEL) {
            return Optional.empty();
        }
        return Optional.of(new Waardering(gepubliceerd.size(), gemiddelde(gepubliceerd, Onderdeel.LUISTEREN),
                gemiddelde(gepubliceerd, Onderdeel.AFSPRAKEN), gemiddelde(gepubliceerd, Onderdeel.RESULTAAT)));
    }

    private static double gemiddelde(List<Cijfers> cijfers, Onderdeel onderdeel) {
        return afgerond(cijfers.stream().mapToInt(c -> switch (onderdeel) {
            case LUISTEREN -> c.luisteren();
            case AFSPRAKEN -> c.afspraken();
            case RESULTAAT -> c.resultaat();
        }).average().orElse(0));
    }

    private static double afgerond(double waarde) {
        return Math.round(waarde * 10) / 10.0;
    }

    /** "2026-K3": the quarter a story was published in, for the figures. */
    public static String kwartaal(LocalDate dag) {
        return dag.getYear() + "-K" + ((dag.getMonthValue() - 1) / 3 + 1);
    }
}
