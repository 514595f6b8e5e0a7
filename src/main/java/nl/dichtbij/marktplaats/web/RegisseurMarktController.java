package nl.dichtbij.marktplaats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.marktplaats.BiedingenVerzegeld;
import nl.dichtbij.marktplaats.Fase;
import nl.dichtbij.marktplaats.Marktplaats;
import nl.dichtbij.marktplaats.Marktverzoek;
import nl.dichtbij.marktplaats.Oordeel;
import nl.dichtbij.marktplaats.Terugval;
import nl.dichtbij.marktplaats.Toestemmingswijze;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulierdatum;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The regisseur's side of the marketplace: compose and publish from the case, answer questions, choose, award or fall back. */
@Controller
class RegisseurMarktController {

    /** The bidding closes at this hour on the chosen day. */
    static final LocalTime SLUITTIJD = LocalTime.of(17, 0);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final List<String> VELDEN = List.of("persoonBsn", "productcode", "situatie", "doelen", "gewensteStart", "sluitDatum", "toestemming", "wijze",
            "toestemmingOp");

    private final Marktplaats marktplaats;
    private final Zaken zaken;
    private final PersonenRegister register;
    private final Clock clock;

    RegisseurMarktController(Marktplaats marktplaats, Zaken zaken, PersonenRegister register, Clock clock) {
        this.marktplaats = marktplaats;
        this.zaken = zaken;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/werk/zaken/{zaakId}/marktplaats")
    String zaak(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String voor, Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, String> ingevuld = new LinkedHashMap<>();
        VELDEN.forEach(v -> ingevuld.put(v, ""));
        ingevuld.put("persoonBsn", voor == null ? "" : voor);
        ingevuld.put("sluitDatum", vandaag.plusDays(7).toString());
        ingevuld.put("gewensteStart", vandaag.plusDays(14).toString());
        ingevuld.put("toestemmingOp", vandaag.toString());
        return toon(medewerker, zaakId, voor, Map.of(), ingevuld, true, model);
    }

    @PostMapping("/werk/zaken/{zaakId}/marktplaats")
    String publiceren(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam MultiValueMap<String, String> velden, Model model) {
        Map<String, String> fouten = new LinkedHashMap<>();
        LocalDate start = Formulierdatum.lees(velden.getFirst("gewensteStart"), "gewensteStart", fouten);
        LocalDate sluit = Formulierdatum.lees(velden.getFirst("sluitDatum"), "sluitDatum", fouten);
        LocalDate toestemmingOp = Formulierdatum.lees(velden.getFirst("toestemmingOp"), "toestemmingOp", fouten);
        String bsn = velden.getFirst("persoonBsn");
        try {
            var publicatie = new Marktplaats.Publicatie(bsn, velden.getFirst("productcode"), velden.getFirst("situatie"), velden.getFirst("doelen"), start,
                    sluit == null ? null : sluit.atTime(SLUITTIJD).atZone(AMSTERDAM).toInstant(), "ja".equals(velden.getFirst("toestemming")),
                    Formulier.keuze(Toestemmingswijze.class, velden.getFirst("wijze")), toestemmingOp);
            Marktverzoek verzoek = marktplaats.publiceren(medewerker, zaakId, publicatie);
            return "redirect:/werk/marktplaats/" + verzoek.id() + "?gepubliceerd";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> alle = new LinkedHashMap<>(e.fouten());
            alle.putAll(fouten);
            if (alle.containsKey("sluitOp")) {
                alle.put("sluitDatum", alle.remove("sluitOp"));
            }
            return toon(medewerker, zaakId, bsn, alle, Formulier.ingevuld(velden, VELDEN), false, model);
        }
    }

    private String toon(Gebruiker medewerker, long zaakId, String voor, Map<String, String> fouten, Map<String, String> ingevuld, boolean doelenVoorstellen,
                        Model model) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        model.addAttribute("zaak", zaak);
        model.addAttribute("verzoeken", marktplaats.vanZaak(medewerker, zaakId));
        model.addAttribute("leden", marktplaats.leden(medewerker, zaakId));
        Marktplaats.Samenstelling samenstelling = null;
        if (voor != null && !voor.isBlank()) {
            try {
                samenstelling = marktplaats.samenstellen(medewerker, zaakId, voor);
                if (doelenVoorstellen) {
                    ingevuld.put("doelen", samenstelling.doelen());
                }
            } catch (OngeldigeInvoerException e) {
                fouten = new LinkedHashMap<>(fouten);
                fouten.putAll(e.fouten());
            }
        }
        model.addAttribute("samenstelling", samenstelling);
        model.addAttribute("wijzen", Toestemmingswijze.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld);
        return "marktplaats/zaak";
    }

    @GetMapping("/werk/marktplaats/{id}")
    String verzoek(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        return detail(medewerker, id, Map.of(), Map.of(), model);
    }

    /** The bids on their own: before the deadline refused with 403, on the page as in the API, and logged. */
    @GetMapping("/werk/marktplaats/{id}/biedingen")
    String biedingen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model, HttpServletResponse response) {
        try {
            marktplaats.biedingen(medewerker, id);
            return "redirect:/werk/marktplaats/" + id + "#biedingen";
        } catch (BiedingenVerzegeld e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("titel", "De biedingen zijn nog verzegeld");
            model.addAttribute("uitleg", e.getMessage());
            return "fout";
        }
    }

    @PostMapping("/werk/marktplaats/{id}/vragen/{vraagId}/antwoord")
    String antwoorden(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @PathVariable long vraagId, @RequestParam(required = false) String antwoord,
                      Model model) {
        try {
            marktplaats.beantwoorden(medewerker, id, vraagId, antwoord);
            return "redirect:/werk/marktplaats/" + id + "?beantwoord#vragen";
        } catch (OngeldigeInvoerException e) {
            return detail(medewerker, id, Map.of("antwoord-" + vraagId, String.join(" ", e.fouten().values())), Map.of("antwoord-" + vraagId, antwoord == null ? "" : antwoord), model);
        }
    }

    @PostMapping("/werk/marktplaats/{id}/voorstel")
    String voorstellen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam MultiValueMap<String, String> velden, Model model) {
        try {
            marktplaats.voorstellen(medewerker, id, Formulier.getal(velden.getFirst("bodId")), velden.getFirst("motivering"));
            return "redirect:/werk/marktplaats/" + id + "?voorgesteld";
        } catch (OngeldigeInvoerException e) {
            return detail(medewerker, id, e.fouten(), Formulier.ingevuld(velden, List.of("bodId", "motivering")), model);
        }
    }

    @PostMapping("/werk/marktplaats/{id}/gunning")
    String gunnen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam(required = false) String gunMotivering, Model model) {
        try {
            var beschikking = marktplaats.gunnen(medewerker, id, gunMotivering);
            return "redirect:/werk/marktplaats/" + id + "?gegund=" + beschikking.id();
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>(e.fouten());
            if (fouten.containsKey("motivering")) {
                fouten.put("gunMotivering", fouten.remove("motivering"));
            }
            return detail(medewerker, id, fouten, Map.of("gunMotivering", gunMotivering == null ? "" : gunMotivering), model);
        }
    }

    @PostMapping("/werk/marktplaats/{id}/terugval")
    String terugval(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, @RequestParam MultiValueMap<String, String> velden, Model model) {
        try {
            marktplaats.terugval(medewerker, id, Formulier.keuze(Terugval.class, velden.getFirst("keuze")), Formulier.getal(velden.getFirst("aanbiederId")),
                    velden.getFirst("motivering"));
            return "redirect:/werk/marktplaats/" + id + "?terugval";
        } catch (OngeldigeInvoerException e) {
            return detail(medewerker, id, e.fouten(), Formulier.ingevuld(velden, List.of("keuze", "aanbiederId", "motivering")), model);
        }
    }

    private String detail(Gebruiker medewerker, long id, Map<String, String> fouten, Map<String, String> ingevuld, Model model) {
        Marktverzoek verzoek = marktplaats.voorTeam(medewerker, id);
        Marktplaats.Koppeling koppeling = marktplaats.koppelingVoorTeam(medewerker, id);
        Marktplaats.Overzicht overzicht = marktplaats.overzicht(verzoek);
        model.addAttribute("verzoek", verzoek);
        model.addAttribute("fase", overzicht.fase());
        model.addAttribute("koppeling", koppeling);
        model.addAttribute("persoon", register.persoon(koppeling.gemeenteCode(), koppeling.persoonBsn()).map(p -> p.naam()).orElse("Onbekend"));
        model.addAttribute("vragen", marktplaats.vragen(id));
        model.addAttribute("biedingen", overzicht.fase() == Fase.OPEN ? null : marktplaats.biedingen(medewerker, id));
        model.addAttribute("voorgesteld", verzoek.voorgesteldBodId() == null ? null : marktplaats.bodVan(verzoek.voorgesteldBodId()).orElse(null));
        model.addAttribute("catalogus", overzicht.fase() == Fase.GEEN_BIEDINGEN ? marktplaats.gecontracteerd(verzoek, LocalDate.now(clock)) : List.of());
        model.addAttribute("stappen", marktplaats.stappen(id));
        model.addAttribute("terugvallen", Terugval.values());
        model.addAttribute("bezwaar", verzoek.inwonerOordeel() == Oordeel.BEZWAAR);
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", new LinkedHashMap<>(ingevuld));
        return "marktplaats/verzoek";
    }
}
