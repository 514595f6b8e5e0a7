package nl.dichtbij.programma;

import java.util.Arrays;
import java.util.List;

import nl.dichtbij.platform.Wet;

/**
 * The standard statements of the statutory client experience survey (issue 21): for the Wmo the nine of the VNG/KING
 * model questionnaire (Wmo art. 2.5.1), for the Jeugdwet those of the VNG model questionnaire for youth and parents
 * (Jeugdwet art. 2.10), on access, quality and effect. The answers are the five-point agree scale of {@link Antwoord}.
 */
public enum Stelling {
    WMO_WIST_WAAR(Wet.WMO, Thema.TOEGANG, "Ik wist waar ik moest zijn met mijn hulpvraag."),
    WMO_SNEL_GEHOLPEN(Wet.WMO, Thema.TOEGANG, "Ik werd snel geholpen."),
    WMO_SERIEUS(Wet.WMO, Thema.TOEGANG, "De medewerker nam mij serieus."),
    WMO_SAMEN_GEZOCHT(Wet.WMO, Thema.TOEGANG, "De medewerker en ik hebben in gezamenlijkheid naar oplossingen gezocht."),
    WMO_KWALITEIT(Wet.WMO, Thema.KWALITEIT, "De kwaliteit van de ondersteuning die ik krijg is goed."),
    WMO_PAST(Wet.WMO, Thema.KWALITEIT, "De ondersteuning die ik krijg past bij mijn hulpvraag."),
    WMO_DINGEN_DOEN(Wet.WMO, Thema.EFFECT, "Door de ondersteuning die ik krijg kan ik de dingen doen die ik wil."),
    WMO_BETER_REDDEN(Wet.WMO, Thema.EFFECT, "Door de ondersteuning die ik krijg kan ik mij beter redden."),
    WMO_KWALITEIT_VAN_LEVEN(Wet.WMO, Thema.EFFECT, "Door de ondersteuning die ik krijg heb ik een betere kwaliteit van leven."),

    JEUGD_WIST_WAAR(Wet.JEUGDWET, Thema.TOEGANG, "Ik wist waar ik terecht kon met mijn vraag om hulp."),
    JEUGD_SNEL(Wet.JEUGDWET, Thema.TOEGANG, "Ik kreeg snel hulp."),
    JEUGD_SERIEUS(Wet.JEUGDWET, Thema.KWALITEIT, "Ik voelde me serieus genomen door de hulpverlener."),
    JEUGD_SAMEN_BEPAALD(Wet.JEUGDWET, Thema.KWALITEIT, "Ik kon samen met de hulpverlener bepalen welke hulp ik kreeg."),
    JEUGD_TEVREDEN(Wet.JEUGDWET, Thema.KWALITEIT, "Ik ben tevreden over de hulp die ik kreeg."),
    JEUGD_BETER_OMGAAN(Wet.JEUGDWET, Thema.EFFECT, "Door de hulp kan ik beter omgaan met mijn problemen."),
    JEUGD_THUIS(Wet.JEUGDWET, Thema.EFFECT, "Door de hulp gaat het beter met mij thuis."),
    JEUGD_SCHOOL(Wet.JEUGDWET, Thema.EFFECT, "Door de hulp gaat het beter met mij op school of werk.");

    /** What a statement is about, as the minister's form groups them. */
    public enum Thema {
        TOEGANG("Toegang"), KWALITEIT("Kwaliteit"), EFFECT("Effect");

        private final String label;

        Thema(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The laws with a statutory client experience survey. */
    public static final List<Wet> WETTEN = List.of(Wet.WMO, Wet.JEUGDWET);

    private final Wet wet;
    private final Thema thema;
    private final String tekst;

    Stelling(Wet wet, Thema thema, String tekst) {
        this.wet = wet;
        this.thema = thema;
        this.tekst = tekst;
    }

    public Wet wet() {
        return wet;
    }

    public Thema thema() {
        return thema;
    }

    public String tekst() {
        return tekst;
    }

    /** The form field of the statement. */
    public String veld() {
        return "s_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<Stelling> van(Wet wet) {
        return Arrays.stream(values()).filter(s -> s.wet == wet).toList();
    }
}
