package nl.dichtbij.partners;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.dossier.Dossierdeel;

/** The rules of a referral to a partner, without storage: what a new referral needs, and which answer fits which state. */
public final class Verwijsregels {

    /** What a resident can let a partner see besides his name, address and how to reach him. */
    public static final Set<Dossierdeel> DEELBAAR = EnumSet.of(Dossierdeel.PLAN, Dossierdeel.ZRM);
    static final int MAX_VRAAG = 2000;
    static final int MAX_ANTWOORD = 2000;
    static final int MAX_BEREIKBAAR = 200;
    /** The furthest a report-back date may lie ahead: a partner that needs longer reports back in between. */
    static final int MAX_MAANDEN_TERUGMELDEN = 6;
    /** Consent older than this is asked again before referring. */
    static final int MAX_DAGEN_TOESTEMMING = 30;

    private Verwijsregels() {
    }

    /** The fields of a new referral as the form gives them; {@code partnerActief} null when no (existing) partner was chosen. */
    public record Invoer(Boolean partnerActief, String vraag, Set<Dossierdeel> delen, String bereikbaar, boolean toestemming,
                         Toestemmingswijze wijze, LocalDate toestemmingOp, LocalDate terugmeldenUiterlijk) {
    }

    /** The Dutch message per field that is wrong; empty when the referral may go. */
    public static Map<String, String> nieuw(Invoer invoer, LocalDate vandaag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (invoer.partnerActief() == null) {
            fouten.put("partnerId", "Kies de partner waarnaar u verwijst.");
        } else if (!invoer.partnerActief()) {
            fouten.put("partnerId", "Deze partner werkt niet meer met de gemeente samen. Kies een andere partner.");
        }
        if (invoer.vraag() == null || invoer.vraag().isBlank()) {
            fouten.put("vraag", "Schrijf op wat u de partner vraagt.");
        } else if (invoer.vraag().strip().length() > MAX_VRAAG) {
            fouten.put("vraag", "Schrijf de vraag in hoogstens " + MAX_VRAAG + " tekens.");
        }
        if (invoer.delen() != null && !DEELBAAR.containsAll(invoer.delen())) {
            fouten.put("delen", "Met een partner kunt u alleen het plan en de zelfredzaamheid (ZRM) delen.");
        }
        if (invoer.bereikbaar() != null && invoer.bereikbaar().strip().length() > MAX_BEREIKBAAR) {
            fouten.put("bereikbaar", "Schrijf in hoogstens " + MAX_BEREIKBAAR + " tekens hoe de partner de inwoner bereikt.");
        }
        // every field at once, also how and when when the tick is missing, so nobody corrects the form in rounds
        if (!invoer.toestemming()) {
            fouten.put("toestemming", "U kunt alleen verwijzen als de inwoner toestemming geeft. Vraag de inwoner eerst of dat goed is.");
        }
        if (invoer.wijze() == null) {
            fouten.put("wijze", "Kies hoe de inwoner toestemming gaf.");
        }
        if (invoer.toestemmingOp() == null) {
            fouten.put("toestemmingOp", "Vul de datum in waarop de inwoner toestemming gaf.");
        } else if (invoer.toestemmingOp().isAfter(vandaag)) {
            fouten.put("toestemmingOp", "De datum van de toestemming ligt in de toekomst. Vul vandaag of een eerdere dag in.");
        } else if (invoer.toestemmingOp().isBefore(vandaag.minusDays(MAX_DAGEN_TOESTEMMING))) {
            fouten.put("toestemmingOp", "De toestemming is ouder dan " + MAX_DAGEN_TOESTEMMING + " dagen. Vraag de inwoner opnieuw.");
        }
        if (invoer.terugmeldenUiterlijk() == null) {
            fouten.put("terugmeldenUiterlijk", "Vul in wanneer de partner uiterlijk terugmeldt.");
        } else if (!invoer.terugmeldenUiterlijk().isAfter(vandaag)) {
            fouten.put("terugmeldenUiterlijk", "Kies een terugmelddatum na vandaag.");
        } else if (invoer.terugmeldenUiterlijk().isAfter(vandaag.plusMonths(MAX_MAANDEN_TERUGMELDEN))) {
            fouten.put("terugmeldenUiterlijk", "Kies een terugmelddatum binnen " + MAX_MAANDEN_TERUGMELDEN + " maanden.");
        }
        return fouten;
    }

    /** From this age a child is asked too, beside the parent who consents for him (Jeugdwet art. 7.3.4, BW 7:450 lid 2). */
    public static final int OOK_KIND_VANAF = 12;
    static final int MAX_NAAM = 200;

    /**
     * The rule for who consents (docs/decisions/0037): from 16 the resident himself (docs/decisions/0006), under 16 a parent or
     * gezaghebbende from the household, and at any age a named gemachtigde or legal representative; a child of 12 up to 16 agrees
     * as well. {@code leeftijd} is the referred person's age today, null when no person was chosen; {@code leeftijdGezaghebbende}
     * the age of the chosen parent, null when none of the household was chosen. The Dutch message per field that is wrong.
     */
    public static Map<String, String> toestemmingDoor(Integer leeftijd, Toestemminggever door, Integer leeftijdGezaghebbende, String gemachtigdeNaam,
                                                      boolean kindStemtIn) {
        Map<String, String> fouten = new LinkedHashMap<>();
        int zelf = nl.dichtbij.dossier.Vertegenwoordigingsregel.ZELFSTANDIG_VANAF;
        if (door == null) {
            fouten.put("toestemmingDoor", "Kies wie toestemming gaf: de inwoner zelf, een ouder of gezaghebbende, of een gemachtigde.");
            return fouten;
        }
        if (door == Toestemminggever.INWONER && leeftijd != null && leeftijd < zelf) {
            fouten.put("toestemmingDoor", "Een kind onder de " + zelf + " geeft niet zelf toestemming. Kies de ouder of gezaghebbende die toestemming gaf,"
                    + " of de voogd als wettelijk vertegenwoordiger.");
        }
        if (door == Toestemminggever.GEZAGHEBBENDE) {
            if (leeftijd != null && leeftijd >= zelf) {
                fouten.put("toestemmingDoor", "Vanaf " + zelf + " jaar geeft iemand zelf toestemming, niet een ouder. Kies de inwoner zelf, of een"
                        + " gemachtigde als iemand anders voor hem beslist.");
            }
            if (leeftijdGezaghebbende == null) {
                fouten.put("gezaghebbendeBsn", "Kies de ouder of gezaghebbende uit het huishouden die toestemming gaf.");
            } else if (leeftijdGezaghebbende < nl.dichtbij.dossier.Vertegenwoordigingsregel.MEERDERJARIG_VANAF) {
                fouten.put("gezaghebbendeBsn", "Een ouder of gezaghebbende is 18 jaar of ouder. Kies een volwassene uit het huishouden.");
            }
        }
        if (door == Toestemminggever.GEMACHTIGDE) {
            if (gemachtigdeNaam == null || gemachtigdeNaam.isBlank()) {
                fouten.put("gemachtigdeNaam", "Vul de naam in van de gemachtigde of wettelijk vertegenwoordiger die toestemming gaf.");
            } else if (gemachtigdeNaam.strip().length() > MAX_NAAM) {
                fouten.put("gemachtigdeNaam", "Schrijf de naam in hoogstens " + MAX_NAAM + " tekens.");
            }
        }
        if (leeftijd != null && leeftijd >= OOK_KIND_VANAF && leeftijd < zelf && door != Toestemminggever.INWONER && !kindStemtIn) {
            fouten.put("kindStemtIn", "Een kind van " + OOK_KIND_VANAF + " tot " + zelf + " jaar stemt ook zelf in. Vraag het kind en zet het vinkje.");
        }
        return fouten;
    }

    /** The partner accepts or declines only a referral that waits for its answer. */
    public static String magBeantwoorden(Verwijzingsstatus status) {
        return status == Verwijzingsstatus.VERSTUURD ? null
                : status == Verwijzingsstatus.INGETROKKEN ? "De inwoner heeft de toestemming ingetrokken."
                : "Deze verwijzing is al " + (status == Verwijzingsstatus.AFGEWEZEN ? "afgewezen." : "aangenomen.");
    }

    /** A refusal says why, so the regisseur can find another way. */
    public static Map<String, String> afwijzen(Verwijzingsstatus status, String reden) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String fout = magBeantwoorden(status);
        if (fout != null) {
            fouten.put("status", fout);
        } else if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Schrijf waarom u de verwijzing afwijst, zodat de regisseur een andere weg kan zoeken.");
        } else if (reden.strip().length() > MAX_ANTWOORD) {
            fouten.put("reden", "Schrijf de reden in hoogstens " + MAX_ANTWOORD + " tekens.");
        }
        return fouten;
    }

    /** Only an accepted referral is reported back, once, with what came of it. */
    public static Map<String, String> terugmelden(Verwijzingsstatus status, String resultaat) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status == Verwijzingsstatus.VERSTUURD) {
            fouten.put("status", "Neem de verwijzing eerst aan; daarna meldt u terug.");
        } else if (status != Verwijzingsstatus.AANGENOMEN) {
            fouten.put("status", status == Verwijzingsstatus.TERUGGEMELD ? "U heeft deze verwijzing al teruggemeld."
                    : status == Verwijzingsstatus.INGETROKKEN ? "De inwoner heeft de toestemming ingetrokken." : "Deze verwijzing is afgewezen.");
        } else if (resultaat == null || resultaat.isBlank()) {
            fouten.put("resultaat", "Schrijf wat er met de vraag is gebeurd.");
        } else if (resultaat.strip().length() > MAX_ANTWOORD) {
            fouten.put("resultaat", "Schrijf het resultaat in hoogstens " + MAX_ANTWOORD + " tekens.");
        }
        return fouten;
    }

    /** The resident withdraws his consent once; afterwards the partner sees the referral no more. */
    public static String magIntrekken(Verwijzingsstatus status) {
        return status == Verwijzingsstatus.INGETROKKEN ? "U heeft uw toestemming voor deze verwijzing al ingetrokken." : null;
    }

    /** Late: still open (not declined, not reported back) on a day after the report-back date. */
    public static boolean terugmeldingTeLaat(Verwijzingsstatus status, LocalDate uiterlijk, LocalDate vandaag) {
        return status.lopend() && vandaag.isAfter(uiterlijk);
    }
}
