package nl.dichtbij.programma.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.programma.Aspect;
import nl.dichtbij.programma.Maandrapportage;
import nl.dichtbij.programma.Programma;
import nl.dichtbij.programma.Project;
import nl.dichtbij.programma.Projectstand;
import nl.dichtbij.programma.Stoplicht;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The progress dashboard: all projects with their four lights, and per project the history and (beleid) a new month. */
@Controller
class ProgrammaController {

    private final Programma programma;
    private final Clock clock;

    ProgrammaController(Programma programma, Clock clock) {
        this.programma = programma;
        this.clock = clock;
    }

    @GetMapping("/programma")
    String dashboard(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("standen", programma.dashboard(gebruiker.gemeenteCode()));
        model.addAttribute("aspecten", Aspect.values());
        model.addAttribute("stoplichten", Stoplicht.values());
        return "programma/dashboard";
    }

    @GetMapping(value = "/programma", params = "formaat")
    ResponseEntity<byte[]> dashboardExport(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam String formaat) throws IOException {
        List<List<Object>> rijen = new ArrayList<>();
        for (Projectstand s : programma.dashboard(gebruiker.gemeenteCode())) {
            List<Object> rij = new ArrayList<>(List.of(s.project().naam()));
            Maandrapportage r = s.laatste();
            rij.add(r == null ? null : r.maand().toString());
            for (Aspect a : Aspect.values()) {
                rij.add(r == null ? null : r.licht(a).label());
            }
            rijen.add(rij);
        }
        return new Tabel("programma-dashboard", "Dashboard", kolommen("Project", "Maand"), rijen).als(formaat);
    }

    @GetMapping("/programma/projecten/{id}")
    String project(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, Model model) {
        RapportageFormulier formulier = new RapportageFormulier();
        YearMonth vorige = YearMonth.now(clock);
        formulier.setJaar(vorige.getYear());
        formulier.setMaand(vorige.getMonthValue());
        model.addAttribute("formulier", formulier);
        return toon(gebruiker, id, model);
    }

    @GetMapping(value = "/programma/projecten/{id}", params = "formaat")
    ResponseEntity<byte[]> historieExport(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id, @RequestParam String formaat)
            throws IOException {
        Project project = programma.project(gebruiker.gemeenteCode(), id);
        List<List<Object>> rijen = new ArrayList<>();
        for (Maandrapportage r : programma.historie(gebruiker.gemeenteCode(), id)) {
            List<Object> rij = new ArrayList<>();
            rij.add(r.maand().toString());
            for (Aspect a : Aspect.values()) {
                rij.add(r.licht(a).label());
            }
            rij.add(r.behaaldeResultaten());
            rij.add(r.knelpunten());
            rij.add(r.maatregelen());
            rij.add(r.vastgelegdDoor());
            rijen.add(rij);
        }
        List<String> kolommen = kolommen("Maand");
        kolommen.addAll(List.of("Behaalde resultaten", "Knelpunten", "Maatregelen", "Vastgelegd door"));
        return new Tabel("programma-" + project.code(), "Historie", kolommen, rijen).als(formaat);
    }

    @PostMapping("/programma/projecten/{id}/rapportages")
    String rapporteren(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long id,
                       @ModelAttribute("formulier") RapportageFormulier formulier, BindingResult resultaat, Model model) {
        if (resultaat.hasErrors()) {
            return toon(gebruiker, id, model);
        }
        try {
            Maandrapportage r = programma.rapporteren(gebruiker, id, formulier.naarRapportage());
            return "redirect:/programma/projecten/" + id + "?vastgelegd=" + r.maand();
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return toon(gebruiker, id, model);
        }
    }

    private String toon(Gebruiker gebruiker, long id, Model model) {
        Project project = programma.project(gebruiker.gemeenteCode(), id);
        model.addAttribute("project", project);
        model.addAttribute("historie", programma.historie(gebruiker.gemeenteCode(), id));
        model.addAttribute("aspecten", Aspect.values());
        model.addAttribute("stoplichten", Stoplicht.values());
        model.addAttribute("magRapporteren", gebruiker.is(Rol.BELEID));
        int ditJaar = YearMonth.now(clock).getYear();
        model.addAttribute("jaren", IntStream.rangeClosed(Programma.EERSTE_MAAND.getYear(), ditJaar).boxed().sorted((a, b) -> b - a).toList());
        model.addAttribute("maanden", IntStream.rangeClosed(1, 12).boxed()
                .map(m -> new Keuze(m, Programma.maandNaam(YearMonth.of(2000, m)).replace(" 2000", ""))).toList());
        return "programma/project";
    }

    record Keuze(int waarde, String tekst) {
    }

    private static List<String> kolommen(String... eerst) {
        List<String> kolommen = new ArrayList<>(List.of(eerst));
        for (Aspect a : Aspect.values()) {
            kolommen.add(a.label());
        }
        return kolommen;
    }
}
