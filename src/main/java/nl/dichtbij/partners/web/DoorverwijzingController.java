package nl.dichtbij.partners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.partners.Doorverwijzingen;
import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.partners.Toestemminggever;
import nl.dichtbij.partners.Toestemmingswijze;
import nl.dichtbij.partners.Verwijsregels;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A case's referrals to partners, and the form to refer (issue 20): for the team that may see the case's plan. */
@Controller
@RequestMapping("/werk/zaken/{zaakId}/doorverwijzingen")
class DoorverwijzingController {

    /** The report-back date the form proposes: four weeks on. */
    static final int STANDAARD_WEKEN = 4;

    private final Doorverwijzingen doorverwijzingen;
    private final Partnerregister partners;
    private final Zaken zaken;
    private final PersonenRegister register;
    private final Clock clock;

    DoorverwijzingController(Doorverwijzingen doorverwijzingen, Partnerregister partners, Zaken zaken, PersonenRegister register, Clock clock) {
        this.doorverwijzingen = doorverwijzingen;
        this.partners = partners;
        this.zaken = zaken;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    String pagina(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, String> ingevuld = new LinkedHashMap<>();
        ingevuld.put("toestemmingOp", vandaag.toString());
        ingevuld.put("terugmeldenUiterlijk", vandaag.plusWeeks(STANDAARD_WEKEN).toString());
        String pagina = toon(medewerker, zaakId, Map.of(), ingevuld, Set.of(), model);
        // only after the page could be shown: the news on these referrals leaves the werkbak
        doorverwijzingen.gelezen(medewerker, zaakId);
        return pagina;
    }

    @PostMapping
    String verwijzen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam MultiValueMap<String, String> velden,
                     Model model) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Long partnerId = getal(velden.getFirst("partnerId"));
        LocalDate toestemmingOp = nl.dichtbij.platform.web.Formulierdatum.lees(velden.getFirst("toestemmingOp"), "toestemmingOp", fouten);
        LocalDate terugmelden = nl.dichtbij.platform.web.Formulierdatum.lees(velden.getFirst("terugmeldenUiterlijk"), "terugmeldenUiterlijk", fouten);
        Set<Dossierdeel> delen = EnumSet.noneOf(Dossierdeel.class);
        for (String deel : velden.getOrDefault("delen", List.of())) {
            try {
                delen.add(Dossierdeel.valueOf(deel));
            } catch (IllegalArgumentException e) {
                fouten.put("delen", "Met een partner kunt u alleen het plan en de zelfredzaamheid (ZRM) delen.");
            }
        }
        Toestemmingswijze wijze = null;
        try {
            wijze = velden.getFirst("wijze") == null || velden.getFirst("wijze").isBlank() ? null : Toestemmingswijze.valueOf(velden.getFirst("wijze"));
        } catch (IllegalArgumentException e) {
            wijze = null;
        }
        Toestemminggever door = null;
        try {
            door = velden.getFirst("toestemmingDoor") == null || velden.getFirst("toestemmingDoor").isBlank() ? null
                    : Toestemminggever.valueOf(velden.getFirst("toestemmingDoor"));
        } catch (IllegalArgumentException e) {
            door = null;
        }
        var nieuw = new Doorverwijzingen.NieuweDoorverwijzing(partnerId, velden.getFirst("persoonBsn"), velden.getFirst("vraag"), delen,
                velden.getFirst("bereikbaar"), "ja".equals(velden.getFirst("toestemming")), wijze, toestemmingOp, terugmelden, door,
                velden.getFirst("gezaghebbendeBsn"), velden.getFirst("gemachtigdeNaam"), "ja".equals(velden.getFirst("kindStemtIn")));
        try {
            if (fouten.containsKey("delen")) {
                throw new OngeldigeInvoerException(fouten);
            }
            // a date that could not be read goes in empty, so the service reports every other field as well
            doorverwijzingen.verwijzen(medewerker, zaakId, nieuw);
            return "redirect:/werk/zaken/" + zaakId + "/doorverwijzingen?verwezen";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> alle = new LinkedHashMap<>(e.fouten());
            alle.putAll(fouten);
            Map<String, String> ingevuld = new LinkedHashMap<>();
            for (String veld : List.of("partnerId", "persoonBsn", "vraag", "bereikbaar", "toestemming", "wijze", "toestemmingOp", "terugmeldenUiterlijk",
                    "toestemmingDoor", "gezaghebbendeBsn", "gemachtigdeNaam", "kindStemtIn")) {
                ingevuld.put(veld, velden.getFirst(veld) == null ? "" : velden.getFirst(veld));
            }
            return toon(medewerker, zaakId, alle, ingevuld, delen, model);
        }
    }

    private String toon(Gebruiker medewerker, long zaakId, Map<String, String> fouten, Map<String, String> ingevuld, Set<Dossierdeel> delen,
                        Model model) {
        model.addAttribute("verwijzingen", doorverwijzingen.vanZaak(medewerker, zaakId));
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        model.addAttribute("zaak", zaak);
        var leden = register.leden(zaak.gemeenteCode(), zaak.huishoudenId());
        model.addAttribute("leden", leden);
        // who may consent for a child: the adults of the household
        model.addAttribute("ouders", leden.stream().filter(p -> p.leeftijdOp(LocalDate.now(clock)) >= 18).toList());
        model.addAttribute("gevers", Toestemminggever.values());
        model.addAttribute("partners", partners.actief(zaak.gemeenteCode()));
        model.addAttribute("deelbaar", Verwijsregels.DEELBAAR);
        model.addAttribute("wijzen", Toestemmingswijze.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("gekozenDelen", delen);
        return "partners/zaak";
    }

    private static Long getal(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
