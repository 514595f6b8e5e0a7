package nl.dichtbij.berichten.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Verzoek;
import nl.dichtbij.berichten.Verzoeken;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The regisseur's queue of providers' verzoeken (315/317) and the page to answer one. */
@Controller
@RequestMapping("/werk/verzoeken")
class VerzoekController {

    private final Verzoeken verzoeken;
    private final PersonenRegister register;
    private final Aanbod aanbod;
    private final Clock clock;

    VerzoekController(Verzoeken verzoeken, PersonenRegister register, Aanbod aanbod, Clock clock) {
        this.verzoeken = verzoeken;
        this.register = register;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    /** A line in the queue: the verzoek with the client's name, the provider and the answer deadline. */
    record Regel(Verzoek verzoek, String client, String aanbieder, LocalDate uiterlijk, boolean verlopen) {
    }

    @GetMapping
    String lijst(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        Pagina<Verzoek> open = verzoeken.open(medewerker, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE);
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("verzoeken", open.map(v -> {
            LocalDate uiterlijk = verzoeken.antwoordUiterlijk(v);
            return new Regel(v, naam(v), aanbieder(v), uiterlijk, uiterlijk.isBefore(vandaag));
        }));
        return "berichten/verzoeken";
    }

    @GetMapping("/{verzoekId}")
    String verzoek(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long verzoekId, Model model) {
        Verzoek.Dossier dossier = verzoeken.dossier(medewerker, verzoekId).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        Verzoek v = dossier.verzoek();
        model.addAttribute("dossier", dossier);
        model.addAttribute("client", naam(v));
        var ingeschreven = register.persoon(v.gemeenteCode(), v.persoonBsn());
        model.addAttribute("nietIngeschreven", ingeschreven.isEmpty());
        model.addAttribute("geboortedatumPastNiet", ingeschreven.isPresent() && verzoeken.opgegevenGeboortedatum(v)
                .map(opgegeven -> !ingeschreven.get().geboortedatum().equals(opgegeven)).orElse(false));
        model.addAttribute("aanbieder", aanbieder(v));
        model.addAttribute("uiterlijk", verzoeken.antwoordUiterlijk(v));
        model.addAttribute("redenen", aanbod.codelijst("WJ759"));
        Map<String, String> redenenPerCode = new HashMap<>();
        aanbod.codelijst("WJ759").forEach(c -> redenenPerCode.put(c.code(), c.omschrijving().toLowerCase()));
        model.addAttribute("redenenPerCode", redenenPerCode);
        model.addAttribute("redenVerzoek", v.redenVerzoek() == null ? null
                : aanbod.code("WJ758", v.redenVerzoek()).map(c -> c.omschrijving()).orElse(v.redenVerzoek()));
        Map<String, String> producten = new HashMap<>();
        dossier.producten().stream().filter(p -> p.productcode() != null)
                .forEach(p -> aanbod.product(v.gemeenteCode(), p.productcode()).ifPresent(pr -> producten.put(pr.code(), pr.omschrijving())));
        model.addAttribute("productnamen", producten);
        Map<Long, String> omvangen = new HashMap<>();
        dossier.producten().forEach(p -> omvangen.put(p.id(), omvang(p.volume(), p.eenheid(), p.frequentie(), p.budgetCenten())));
        Map<Long, String> toegewezen = new HashMap<>();
        dossier.toewijzingen().forEach(t -> toegewezen.put(t.id(), omvang(t.volume(), t.eenheid(), t.frequentie(), t.budgetCenten())));
        model.addAttribute("omvangen", omvangen);
        model.addAttribute("toegewezenOmvang", toegewezen);
        return "berichten/verzoek";
    }

    @PostMapping("/{verzoekId}/onderzoek")
    String inOnderzoek(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long verzoekId, Model model) {
        try {
            verzoeken.inOnderzoek(medewerker, verzoekId);
            return "redirect:/werk/verzoeken/" + verzoekId + "?onderzoek";
        } catch (OngeldigeInvoerException e) {
            return fout(medewerker, verzoekId, null, e, model);
        }
    }

    @PostMapping("/{verzoekId}/afwijzing")
    String afwijzen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long verzoekId, @RequestParam(required = false) Long product,
                    @RequestParam(required = false) String reden, @RequestParam(required = false) String gemeente, Model model) {
        try {
            verzoeken.afwijzen(medewerker, verzoekId, product, reden, gemeente);
            return "redirect:/werk/verzoeken/" + verzoekId + "?afgewezen";
        } catch (OngeldigeInvoerException e) {
            return fout(medewerker, verzoekId, product, e, model);
        }
    }

    @PostMapping("/{verzoekId}/toewijzing")
    String toewijzen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long verzoekId, @RequestParam(required = false) Long product,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ingangsdatum,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
                     @RequestParam(required = false) Integer volume, Model model) {
        try {
            verzoeken.toewijzen(medewerker, verzoekId, product, new Verzoeken.Aanpassing(ingangsdatum, einddatum, volume));
            return "redirect:/werk/verzoeken/" + verzoekId + "?toegewezen";
        } catch (OngeldigeInvoerException e) {
            return fout(medewerker, verzoekId, product, e, model);
        }
    }

    private String fout(Gebruiker medewerker, long verzoekId, Long product, OngeldigeInvoerException e, Model model) {
        model.addAttribute("fout", String.join(" ", e.fouten().values()));
        model.addAttribute("foutProduct", product);
        return verzoek(medewerker, verzoekId, model);
    }

    /** "3 uur per week" or "budget € 1.250,00", in words from the code lists. */
    private String omvang(Integer volume, String eenheid, String frequentie, Long budgetCenten) {
        if (volume == null) {
            return budgetCenten == null ? "—" : "budget € " + String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,.2f", budgetCenten / 100.0);
        }
        return aanbod.omvang(volume, eenheid, frequentie);
    }

    private String naam(Verzoek v) {
        return register.persoon(v.gemeenteCode(), v.persoonBsn()).map(Persoon::naam).orElse("BSN " + v.persoonBsn());
    }

    private String aanbieder(Verzoek v) {
        return aanbod.aanbiederMetAgb(v.aanbiederAgb()).map(Aanbieder::naam).orElse("AGB " + v.aanbiederAgb());
    }
}
