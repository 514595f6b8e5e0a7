package nl.dichtbij.programma.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.programma.Clientervaring;
import nl.dichtbij.programma.Clientervaringen;
import nl.dichtbij.programma.Enquetes;
import nl.dichtbij.programma.Ervaringsuitslag;
import nl.dichtbij.programma.Stelling;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statutory client experience survey (issue 21): per law the cycle with its dates and who took each step, the next step
 * for beleid, the response and the results per standard statement, and the export in the form asked for the minister.
 */
@Controller
class ClientervaringController {

    private final Clientervaringen onderzoeken;

    ClientervaringController(Clientervaringen onderzoeken) {
        this.onderzoeken = onderzoeken;
    }

    /** One law on the page: its survey (null when not started) and the results (null then). */
    record Wetdeel(Wet wet, Clientervaring onderzoek, Ervaringsuitslag uitslag, boolean telaat) {
    }

    @GetMapping("/programma/clientervaring")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                  @RequestParam(required = false) String gedaan, Model model) {
        model.addAttribute("gedaan", Clientervaring.Stap.lees(gedaan));
        return toon(gebruiker, jaar(gebruiker, jaar), null, null, model);
    }

    @PostMapping("/programma/clientervaring/stap")
    String stap(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, @RequestParam(required = false) String wet,
                @RequestParam(required = false) String stap, Model model) {
        Integer gekozen = jaartal(jaar);
        Wet w = Arrays.stream(Wet.values()).filter(x -> x.name().equals(wet)).findFirst().orElse(null);
        Clientervaring.Stap s = Clientervaring.Stap.lees(stap);
        if (gekozen == null || w == null || s == null) {
            return "redirect:/programma/clientervaring";
        }
        try {
            onderzoeken.stap(gebruiker, gekozen, w, s);
            return "redirect:/programma/clientervaring?jaar=" + gekozen + "&gedaan=" + s.name() + "&wet=" + w.name();
        } catch (OngeldigeInvoerException e) {
            return toon(gebruiker, gekozen, w, e.getMessage(), model);
        }
    }

    @GetMapping(value = "/programma/clientervaring/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(required = false) String wet, @RequestParam(defaultValue = "csv") String formaat) {
        Integer gekozen = jaartal(jaar);
        Wet w = Arrays.stream(Wet.values()).filter(x -> x.name().equals(wet)).findFirst().orElse(null);
        Clientervaring o = gekozen == null || w == null ? null : onderzoeken.van(gebruiker.gemeenteCode(), gekozen, w).orElse(null);
        if (o == null || !o.gesloten()) {
            // no report before closing: back to the page, which says so
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create("/programma/clientervaring" + (gekozen == null ? "" : "?jaar=" + gekozen))).build();
        }
        Ervaringsuitslag u = onderzoeken.uitslag(gebruiker, o);
        return new Tabel("clientervaringsonderzoek-" + o.gemeenteCode() + "-" + o.jaar() + "-" + w.kort().toLowerCase(java.util.Locale.ROOT),
                "CEO " + w.kort() + " " + o.jaar(), KOLOMMEN, rijen(u)).als(formaat);
    }

    static final List<String> KOLOMMEN = List.of("Gemeentecode", "Jaar", "Wet", "Uitgenodigd", "Respondenten", "Respons (%)", "Thema", "Stelling",
            "n", "% (helemaal) eens");

    /** The minister's form: per standard statement the share that (fully) agrees and n, with the response on every row. */
    static List<List<Object>> rijen(Ervaringsuitslag u) {
        String minder = "minder dan " + Enquetes.MINIMUM;
        List<List<Object>> rijen = new ArrayList<>();
        for (Ervaringsuitslag.Regel r : u.regels()) {
            rijen.add(Arrays.asList(u.onderzoek().gemeenteCode(), u.onderzoek().jaar(), u.onderzoek().wet().kort(),
                    u.uitgenodigd() == null ? minder : u.uitgenodigd(), u.respondenten() == null ? minder : u.respondenten(),
                    u.responsPercentage(), r.stelling().thema().label(), r.stelling().tekst(), r.onderdrukt() ? minder : r.n(), r.percentageEens()));
        }
        return rijen;
    }

    private String toon(Gebruiker gebruiker, int jaar, Wet foutWet, String fout, Model model) {
        Map<Wet, Clientervaring> perWet = onderzoeken.vanJaar(gebruiker.gemeenteCode(), jaar);
        List<Wetdeel> delen = new ArrayList<>();
        for (Wet w : Stelling.WETTEN) {
            Clientervaring o = perWet.get(w);
            delen.add(new Wetdeel(w, o, o == null ? null : onderzoeken.uitslag(gebruiker, o), o == null ? false : o.telaat(onderzoeken.vandaag())));
        }
        model.addAttribute("jaar", jaar);
        model.addAttribute("jaren", IntStream.rangeClosed(Enquetes.EERSTE_JAAR, onderzoeken.vandaag().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("delen", delen);
        model.addAttribute("magBeheren", gebruiker.is(Rol.BELEID));
        model.addAttribute("termijn", Clientervaring.termijn(jaar));
        model.addAttribute("stappen", Clientervaring.Stap.values());
        model.addAttribute("fout", fout);
        model.addAttribute("foutWet", foutWet);
        return "programma/clientervaring";
    }

    /** The chosen year; without one the newest year with a survey, else last year (the survey asks about a past year). */
    private int jaar(Gebruiker gebruiker, String jaar) {
        Integer gekozen = jaartal(jaar);
        if (gekozen != null) {
            return gekozen;
        }
        List<Integer> jaren = onderzoeken.jaren(gebruiker.gemeenteCode());
        return jaren.isEmpty() ? onderzoeken.vandaag().getYear() - 1 : jaren.getFirst();
    }

    private Integer jaartal(String jaar) {
        if (jaar == null || !jaar.strip().matches("\\d{4}")) {
            return null;
        }
        int j = Integer.parseInt(jaar.strip());
        return j < Enquetes.EERSTE_JAAR || j > onderzoeken.vandaag().getYear() ? null : j;
    }
}
