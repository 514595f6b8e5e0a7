package nl.dichtbij.interventies.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.interventies.NieuwePilot;
import nl.dichtbij.interventies.Pilotfase;
import nl.dichtbij.platform.Formaat;

/**
 * The rules on a pilot (issue 18): a question, a period, an evaluation date within reach, and plan-do-check-act one phase at a
 * time, with the findings of the evaluation and the decision taken before it is done. Pure; PilotregelsTest tests each rule.
 */
public final class Pilotregels {

    private Pilotregels() {
    }

    /** The errors of a new pilot; {@code interventieBestaat} says whether the chosen intervention is one of the municipality. */
    public static Map<String, String> pilot(NieuwePilot p, boolean interventieBestaat) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (p.vraag() == null || p.vraag().isBlank()) {
            fouten.put("vraag", "Schrijf de vraag op die de pilot moet beantwoorden, bijvoorbeeld 'Helpt een buurtsportcoach eenzame ouderen?'.");
        } else if (p.vraag().strip().length() > 500) {
            fouten.put("vraag", "Schrijf de vraag in hoogstens 500 tekens.");
        }
        if (p.interventieId() != null && !interventieBestaat) {
            fouten.put("interventieId", "Deze interventie staat niet in het register van uw gemeente. Kies een interventie uit de lijst, of geen.");
        }
        if (p.van() == null) {
            fouten.put("van", "Vul in wanneer de pilot begint.");
        } else if (p.van().isBefore(LocalDate.of(2000, 1, 1))) {
            fouten.put("van", "Controleer de begindatum.");
        }
        if (p.tot() == null) {
            fouten.put("tot", "Vul in wanneer de pilot stopt.");
        } else if (p.van() != null && !p.tot().isAfter(p.van())) {
            fouten.put("tot", "De pilot stopt na de begindatum (" + Formaat.lang(p.van()) + "). Kies een latere datum.");
        }
        if (p.evaluatiedatum() == null) {
            fouten.put("evaluatiedatum", "Vul in wanneer u de pilot evalueert.");
        } else if (p.van() != null && p.evaluatiedatum().isBefore(p.van())) {
            fouten.put("evaluatiedatum", "U evalueert niet vóór de pilot begint (" + Formaat.lang(p.van()) + "). Kies die dag of later.");
        }
        return fouten;
    }

    /**
     * Moving from {@code fase} to the next phase, with what was found and the decision. The findings belong to Check; the
     * decision to Act, and a pilot is not done without one.
     */
    public static Map<String, String> volgendeFase(Pilotfase fase, String bevindingen, String besluit) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Optional<Pilotfase> volgende = fase.volgende();
        if (volgende.isEmpty()) {
            fouten.put("fase", "Deze pilot is al afgerond: het besluit is genomen.");
            return fouten;
        }
        boolean geenBevindingen = bevindingen == null || bevindingen.isBlank();
        if (volgende.get() == Pilotfase.ACT && geenBevindingen) {
            fouten.put("bevindingen", "Schrijf op wat de evaluatie liet zien, voordat u besluit.");
        } else if (!geenBevindingen && bevindingen.strip().length() > 4000) {
            fouten.put("bevindingen", "Schrijf de bevindingen in hoogstens 4000 tekens.");
        }
        boolean geenBesluit = besluit == null || besluit.isBlank();
        if (volgende.get() == Pilotfase.ACT && geenBesluit) {
            fouten.put("besluit", "Schrijf het besluit op: gaat de gemeente door, past ze de aanpak aan of stopt ze?");
        } else if (!geenBesluit && volgende.get() != Pilotfase.ACT) {
            fouten.put("besluit", "Het besluit schrijft u op als de pilot naar Act gaat. Maak dit veld nu leeg.");
        } else if (!geenBesluit && besluit.strip().length() > 2000) {
            fouten.put("besluit", "Schrijf het besluit in hoogstens 2000 tekens.");
        }
        return fouten;
    }
}
