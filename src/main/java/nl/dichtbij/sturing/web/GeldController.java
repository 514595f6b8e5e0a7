package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.Begroting;
import nl.dichtbij.sturing.Geldoverzicht;
import nl.dichtbij.sturing.Thema;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Volumes and money for beleid and the controller: budget per theme, forecast and warning, per law and per month, each exportable. */
@Controller
class GeldController {


    private final Geldoverzicht geld;
    private final Begroting begroting;
    private final Clock clock;

    GeldController(Geldoverzicht geld, Begroting begroting, Clock clock) {
        this.geld = geld;
        this.begroting = begroting;
        this.clock = clock;
    }

    @GetMapping("/sturing/geld")
    String geld(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int gekozen = Tabel.jaar(jaar, LocalDate.now(clock).getYear(), model);
        Begroting.Jaar budget = begroting.jaar(gebruiker.gemeenteCode(), gekozen);
        Map<String, String> invoer = new LinkedHashMap<>();
        for (Thema t : Thema.values()) {
            Long centen = budget.budget(t);
            invoer.put(t.name(), centen == null ? "" : String.valueOf(centen / 100));
        }
        invoer.put("drempel", String.valueOf(budget.drempelProcent()));
        return pagina(gebruiker, gekozen, invoer, model);
    }

    @PostMapping("/sturing/geld/begroting")
    String vastleggen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                      @RequestParam Map<String, String> formulier, Model model) {
        if (!gebruiker.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid en control legt het budget vast.");
        }
        if (jaar != null && !jaar.isBlank() && Tabel.jaar(jaar) == null) {
            // a budget for a year we cannot read is not saved, not even under this year
            String pagina = geld(gebruiker, null, model);
            model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100, met vier cijfers. Het budget is niet opgeslagen. U ziet nu "
                    + LocalDate.now(clock).getYear() + ".");
            return pagina;
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Map<Thema, String> bedragen = new EnumMap<>(Thema.class);
        for (Thema t : Thema.values()) {
            bedragen.put(t, formulier.getOrDefault(t.name(), ""));
        }
        try {
            begroting.vastleggen(gebruiker, gekozen, bedragen, formulier.get("drempel"));
            return "redirect:/sturing/geld?jaar=" + gekozen + "&opgeslagen";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            Map<String, String> invoer = new LinkedHashMap<>();
            bedragen.forEach((t, w) -> invoer.put(t.name(), w));
            invoer.put("drempel", formulier.getOrDefault("drempel", ""));
            return pagina(gebruiker, gekozen, invoer, model);
        }
    }

    @GetMapping("/sturing/geld/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "themas") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Geldtabellen.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Geldtabellen.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Tabel t = Geldtabellen.van(geld.overzicht(gebruiker.gemeenteCode(), gekozen), tabel);
        return t.download("geld-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }

    private String pagina(Gebruiker gebruiker, int jaar, Map<String, String> invoer, Model model) {
        Geldoverzicht.Overzicht o = geld.overzicht(gebruiker.gemeenteCode(), jaar);
        model.addAttribute("jaar", jaar);
        model.addAttribute("jaren", java.util.stream.IntStream.rangeClosed(LocalDate.now(clock).getYear() - 4, LocalDate.now(clock).getYear() + 1)
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("o", o);
        model.addAttribute("staven", Geldtabellen.staven(o));
        model.addAttribute("tabellen", Geldtabellen.CODES.stream().map(c -> Geldtabellen.van(o, c)).toList());
        model.addAttribute("themas", Thema.values());
        model.addAttribute("invoer", invoer);
        return "sturing/geld";
    }
}
