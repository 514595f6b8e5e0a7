package nl.dichtbij.veiligheid.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.web.Formulierdatum;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.veiligheid.Maatregelsoort;
import nl.dichtbij.veiligheid.Meldcodestap;
import nl.dichtbij.veiligheid.Risicofactor;
import nl.dichtbij.veiligheid.Risiconiveau;
import nl.dichtbij.veiligheid.Veiligheid;
import nl.dichtbij.veiligheid.Vtuitkomst;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety section of a case (issue 20): the meldcode, risk assessments, referrals to Veilig Thuis and child protection
 * measures, for the professionals with access to the safety records; read-only for the gecertificeerde instelling of a running
 * measure. Every route checks access first (the service), also a GET of a form's address.
 */
@Controller
class VeiligheidController {

    private final Veiligheid veiligheid;
    private final java.time.Clock clock;

    VeiligheidController(Veiligheid veiligheid, java.time.Clock clock) {
        this.veiligheid = veiligheid;
        this.clock = clock;
    }

    @GetMapping("/werk/zaken/{zaakId}/veiligheid")
    String pagina(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                  @RequestParam(required = false) String opgeslagen, Model model) {
        model.addAttribute("opgeslagenIn", opgeslagen == null ? "" : anker(opgeslagen));
        return toon(medewerker, zaakId, model, null, Map.of(), Map.of());
    }

    /** A form's address opened again (a reload after an error): checked, then the section at that form. */
    @GetMapping({"/werk/zaken/{zaakId}/veiligheid/meldcode", "/werk/zaken/{zaakId}/veiligheid/risicotaxatie",
            "/werk/zaken/{zaakId}/veiligheid/veilig-thuis", "/werk/zaken/{zaakId}/veiligheid/maatregelen"})
    String naarPagina(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId) {
        veiligheid.van(medewerker, zaakId);
        return "redirect:/werk/zaken/" + zaakId + "/veiligheid";
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/meldcode")
    String stap(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String stap,
                @RequestParam(required = false) String datum, @RequestParam(required = false) String notitie,
                @RequestParam(required = false) String acuut, @RequestParam(required = false) String structureel, Model model) {
        Map<String, String> ingevuld = ingevuld("stap", stap, "datum", datum, "notitie", notitie, "acuut", acuut, "structureel", structureel);
        return bewaar(medewerker, zaakId, model, "meldcode", ingevuld, fouten -> {
            LocalDate dag = Formulierdatum.lees(datum, "datum", fouten);
            Integer nummer = null;
            try {
                nummer = stap == null || stap.isBlank() ? null : Integer.valueOf(stap.strip());
            } catch (NumberFormatException e) {
                nummer = null;
            }
            if (!fouten.isEmpty()) {
                return;
            }
            veiligheid.stapVastleggen(medewerker, zaakId, nummer, dag, notitie, janee(acuut), janee(structureel));
        });
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/risicotaxatie")
    String taxatie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String datum,
                   @RequestParam(required = false) String niveau, @RequestParam(required = false) List<String> factoren,
                   @RequestParam(required = false) String notitie, @RequestParam(required = false) String vervolgdatum, Model model) {
        Map<String, String> ingevuld = ingevuld("datum", datum, "niveau", niveau, "notitie", notitie, "vervolgdatum", vervolgdatum,
                "factoren", factoren == null ? "" : "," + String.join(",", factoren) + ",");
        return bewaar(medewerker, zaakId, model, "risicotaxatie", ingevuld, fouten -> {
            LocalDate dag = Formulierdatum.lees(datum, "datum", fouten);
            LocalDate vervolg = Formulierdatum.lees(vervolgdatum, "vervolgdatum", fouten);
            if (fouten.isEmpty()) {
                veiligheid.taxatieVastleggen(medewerker, zaakId, dag, niveau, factoren, notitie, vervolg);
            }
        });
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/veilig-thuis")
    String vtMelding(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String datum,
                     @RequestParam(required = false) String wat, Model model) {
        return bewaar(medewerker, zaakId, model, "veilig-thuis", ingevuld("datum", datum, "wat", wat), fouten -> {
            LocalDate dag = Formulierdatum.lees(datum, "datum", fouten);
            if (fouten.isEmpty()) {
                veiligheid.vtMelden(medewerker, zaakId, dag, wat);
            }
        });
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/veilig-thuis/{meldingId}/uitkomst")
    String vtUitkomst(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable long meldingId,
                      @RequestParam(required = false) String uitkomst, @RequestParam(required = false) String uitkomstDatum,
                      @RequestParam(required = false) String uitkomstToelichting, Model model) {
        return bewaar(medewerker, zaakId, model, "uitkomst-" + meldingId,
                ingevuld("uitkomst", uitkomst, "uitkomstDatum", uitkomstDatum, "uitkomstToelichting", uitkomstToelichting), fouten -> {
                    LocalDate dag = Formulierdatum.lees(uitkomstDatum, "uitkomstDatum", fouten);
                    if (fouten.isEmpty()) {
                        veiligheid.vtUitkomst(medewerker, zaakId, meldingId, uitkomst, dag, uitkomstToelichting);
                    }
                });
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/maatregelen")
    String maatregel(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String gi,
                     @RequestParam(required = false) String soort, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String start, @RequestParam(required = false) String eind, Model model) {
        return bewaar(medewerker, zaakId, model, "maatregel", ingevuld("gi", gi, "soort", soort, "kind", kind, "start", start, "eind", eind),
                fouten -> {
                    LocalDate van = Formulierdatum.lees(start, "start", fouten);
                    LocalDate tot = Formulierdatum.lees(eind, "eind", fouten);
                    if (fouten.isEmpty()) {
                        veiligheid.maatregelVastleggen(medewerker, zaakId, gi, soort, kind, van, tot);
                    }
                });
    }

    @PostMapping("/werk/zaken/{zaakId}/veiligheid/maatregelen/{maatregelId}/beeindigen")
    String beeindigen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable long maatregelId,
                      @RequestParam(required = false) String eind, Model model) {
        return bewaar(medewerker, zaakId, model, "einde-" + maatregelId, ingevuld("eind", eind), fouten -> {
            LocalDate tot = Formulierdatum.lees(eind, "eind", fouten);
            if (fouten.isEmpty()) {
                veiligheid.maatregelBeeindigen(medewerker, zaakId, maatregelId, tot);
            }
        });
    }

    // ---- the gecertificeerde instelling

    @GetMapping("/aanbieder/veiligheid")
    String giLijst(@AuthenticationPrincipal Gebruiker gi, Model model) {
        model.addAttribute("zaken", veiligheid.vanGi(gi));
        return "veiligheid/gi-lijst";
    }

    @GetMapping("/aanbieder/veiligheid/{zaakId}")
    String giZaak(@AuthenticationPrincipal Gebruiker gi, @PathVariable long zaakId, Model model) {
        model.addAttribute("dossier", veiligheid.voorGi(gi, zaakId));
        model.addAttribute("doelen", veiligheid.planVoorGi(gi, zaakId));
        model.addAttribute("stappen", Meldcodestap.values());
        return "veiligheid/gi-zaak";
    }

    // ---- helpers

    private interface Actie {
        void doe(Map<String, String> fouten);
    }

    private String bewaar(Gebruiker medewerker, long zaakId, Model model, String formulier, Map<String, String> ingevuld, Actie actie) {
        Map<String, String> fouten = new LinkedHashMap<>();
        try {
            actie.doe(fouten);
        } catch (OngeldigeInvoerException e) {
            e.fouten().forEach(fouten::putIfAbsent);
        }
        if (fouten.isEmpty()) {
            return "redirect:/werk/zaken/" + zaakId + "/veiligheid?opgeslagen=" + formulier + "#" + anker(formulier);
        }
        return toon(medewerker, zaakId, model, formulier, fouten, ingevuld);
    }

    private static String anker(String formulier) {
        return formulier.startsWith("uitkomst-") ? "veilig-thuis" : formulier.startsWith("einde-") ? "maatregelen"
                : formulier.equals("maatregel") ? "maatregelen" : formulier;
    }

    private String toon(Gebruiker medewerker, long zaakId, Model model, String formulier, Map<String, String> fouten, Map<String, String> ingevuld) {
        Veiligheid.Dossier dossier = veiligheid.van(medewerker, zaakId);
        model.addAttribute("dossier", dossier);
        model.addAttribute("zaakId", zaakId);
        model.addAttribute("formulier", formulier == null ? "" : formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("vandaag", LocalDate.now(clock).toString());
        model.addAttribute("stappen", Meldcodestap.values());
        model.addAttribute("niveaus", Risiconiveau.values());
        model.addAttribute("factoren", Risicofactor.values());
        model.addAttribute("uitkomsten", Vtuitkomst.values());
        model.addAttribute("soorten", Maatregelsoort.values());
        model.addAttribute("instellingen", veiligheid.instellingen(medewerker.gemeenteCode()));
        return "veiligheid/zaak";
    }

    private static Map<String, String> ingevuld(String... paren) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            map.put(paren[i], paren[i + 1] == null ? "" : paren[i + 1]);
        }
        return map;
    }


    private static Boolean janee(String waarde) {
        return "ja".equals(waarde) ? Boolean.TRUE : "nee".equals(waarde) ? Boolean.FALSE : null;
    }
}
