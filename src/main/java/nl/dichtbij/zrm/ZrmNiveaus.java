package nl.dichtbij.zrm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each of the five levels of the Zelfredzaamheid-Matrix means per domain, in plain Dutch, so that a professional and a
 * resident score the same situation the same way (issue 18). Written for Dichtbij after the published level definitions of
 * the ZRM (1 acute problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende zelfredzaam, 5 volledig zelfredzaam).
 */
public final class ZrmNiveaus {

    private static final Map<ZrmDomein, List<String>> BESCHRIJVINGEN = new EnumMap<>(ZrmDomein.class);

    static {
        zet(ZrmDomein.FINANCIEN,
                "Schulden groeien en worden steeds ingewikkelder. Rekeningen blijven liggen.",
                "Er is geen geld om vrij te besteden, of schulden groeien doordat geld zonder plan wordt uitgegeven.",
                "Het geld is net niet genoeg, of er zijn schulden die in een regeling zitten maar niet altijd volgens afspraak worden betaald.",
                "Het geld is genoeg voor de vaste lasten. Er zijn geen schulden, of ze worden volgens afspraak afgelost.",
                "Er is ruim genoeg geld. Het geld wordt goed beheerd en er wordt gespaard.");
        zet(ZrmDomein.WERK_OPLEIDING,
                "Geen werk, geen opleiding en geen inkomen, of alleen zwart werk.",
                "Geen werk of opleiding. Er is wel een uitkering, maar er worden geen stappen naar werk gezet.",
                "Zoekt werk of volgt een opleiding, of heeft tijdelijk of onzeker werk.",
                "Heeft werk of volgt een opleiding, maar dat past niet helemaal of levert te weinig op.",
                "Heeft werk of volgt een opleiding die goed past, met een goed inkomen of een goed vooruitzicht.");
        zet(ZrmDomein.TIJDSBESTEDING,
                "De dag heeft geen invulling en geen ritme. Slapen en eten gaan onregelmatig.",
                "De dag heeft nauwelijks invulling en weinig ritme.",
                "De dag heeft wat invulling, maar die geeft weinig voldoening.",
                "De dag is grotendeels gevuld met dingen die voldoening geven.",
                "De dag is goed gevuld met werk, school, vrijwilligerswerk of hobby's die voldoening geven.");
        zet(ZrmDomein.HUISVESTING,
                "Dakloos, of slaapt in de nachtopvang.",
                "Woont tijdelijk bij anderen of in de opvang, of raakt de woning bijna kwijt (dreigende uitzetting).",
                "Heeft een woning, maar die is onveilig, ongezond of te duur, of het huurcontract is onzeker.",
                "Woont veilig en betaalbaar, maar de woning past niet helemaal bij wat nodig is.",
                "Woont veilig, gezond en betaalbaar, in een woning die goed past.");
        zet(ZrmDomein.HUISELIJKE_RELATIES,
                "Er is huiselijk geweld of kindermishandeling, of een ernstige dreiging daarvan.",
                "Veel ruzie en spanning thuis. De relaties thuis zijn ernstig verstoord.",
                "Er zijn problemen in de relaties thuis, maar de gezinsleden proberen ze samen op te lossen.",
                "Er zijn soms problemen thuis. Die lossen de gezinsleden meestal samen op.",
                "De relaties thuis zijn goed. De gezinsleden steunen elkaar.");
        zet(ZrmDomein.GEESTELIJKE_GEZONDHEID,
                "Een psychische crisis: gevaar voor zichzelf of voor anderen.",
                "Ernstige psychische klachten die het dagelijks leven flink beperken, zonder passende behandeling.",
                "Psychische klachten die het dagelijks leven beperken. Krijgt wel behandeling of hulp.",
                "Lichte psychische klachten, of klachten die goed onder controle zijn.",
                "Geen psychische klachten die het dagelijks leven beïnvloeden.");
        zet(ZrmDomein.LICHAMELIJKE_GEZONDHEID,
                "Een lichamelijk probleem dat meteen zorg nodig heeft.",
                "Een ziekte of beperking die het leven flink beperkt, zonder passende zorg.",
                "Een ziekte of beperking die het leven beperkt. Krijgt wel zorg.",
                "Lichamelijke klachten die onder controle zijn, met weinig gevolgen voor het dagelijks leven.",
                "Geen lichamelijke klachten die het dagelijks leven beïnvloeden.");
        zet(ZrmDomein.MIDDELENGEBRUIK,
                "Gebruik van alcohol, drugs of medicijnen dat acuut gevaar geeft voor de gezondheid of de veiligheid.",
                "Een verslaving die grote problemen geeft thuis, op het werk of met geld, zonder behandeling.",
                "Gebruik dat problemen geeft. Wil hulp of krijgt hulp.",
                "Gebruikt soms, zonder grote problemen, of is gestopt en houdt dat vol.",
                "Gebruikt niet, of gebruikt zonder dat het problemen geeft.");
        zet(ZrmDomein.BASALE_ADL,
                "Kan zich niet zelf wassen, aankleden of eten, en niemand helpt. Er is gevaar voor verwaarlozing.",
                "Kan veel van de eigen verzorging niet zelf. De hulp die er is, is niet genoeg.",
                "Kan een deel van de eigen verzorging niet zelf, maar krijgt daarbij genoeg hulp.",
                "Verzorgt zichzelf, soms met wat moeite of met een hulpmiddel.",
                "Verzorgt zichzelf helemaal zelf.");
        zet(ZrmDomein.INSTRUMENTELE_ADL,
                "Kan het huishouden, de boodschappen en de post niet zelf, en niemand helpt. Het huis raakt vervuild.",
                "Kan veel van het huishouden niet zelf. De hulp die er is, is niet genoeg.",
                "Kan een deel van het huishouden niet zelf, maar krijgt daarbij genoeg hulp.",
                "Doet het huishouden zelf, soms met wat moeite of met hulp van anderen.",
                "Doet het huishouden, de boodschappen en de administratie helemaal zelf.");
        zet(ZrmDomein.SOCIAAL_NETWERK,
                "Heeft geen contact met anderen, of alleen contacten die schadelijk zijn.",
                "Heeft weinig contact met anderen. Er is niemand om op terug te vallen.",
                "Heeft wat contact met familie, vrienden of buren, maar kan er weinig op terugvallen.",
                "Heeft mensen om zich heen op wie hij of zij meestal kan terugvallen.",
                "Heeft een goed netwerk van mensen die steunen en helpen.");
        zet(ZrmDomein.MAATSCHAPPELIJKE_PARTICIPATIE,
                "Doet nergens aan mee en wordt buitengesloten, of sluit zich helemaal af.",
                "Doet nauwelijks mee. Heeft weinig contact buiten het eigen huis.",
                "Doet een beetje mee, bijvoorbeeld bij een club, in de kerk of moskee, of in de buurt.",
                "Doet mee in de buurt, bij een vereniging of op een andere manier.",
                "Doet actief mee en zet zich in voor anderen, bijvoorbeeld als vrijwilliger.");
        zet(ZrmDomein.JUSTITIE,
                "Is net aangehouden of zit vast, of pleegt nu ernstige strafbare feiten.",
                "Pleegt strafbare feiten of heeft een strafzaak lopen, zonder begeleiding.",
                "Heeft een strafzaak lopen of staat onder toezicht, en houdt zich aan de afspraken.",
                "Heeft vroeger strafbare feiten gepleegd, maar het laatste jaar niet.",
                "Heeft geen contact met politie of justitie, en had dat ook niet.");
    }

    private ZrmNiveaus() {
    }

    private static void zet(ZrmDomein domein, String... niveaus) {
        BESCHRIJVINGEN.put(domein, List.of(niveaus));
    }

    /** What {@code score} (1 to 5) means in this domain. */
    public static String beschrijving(ZrmDomein domein, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("Een ZRM-score is 1 tot en met 5, niet " + score);
        }
        return BESCHRIJVINGEN.get(domein).get(score - 1);
    }

    /** The five levels of the domain, 1 first. */
    public static List<String> niveaus(ZrmDomein domein) {
        return BESCHRIJVINGEN.get(domein);
    }
}
