package nl.dichtbij.aanbod.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

import nl.dichtbij.aanbod.Inkoopcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.web.Tabelbestand;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inkoop page (issue 16) for beleid: the buyer's figures of a year in five tables, each downloadable as CSV and XLSX, with
 * the ways to the contracts and the tariff import. The year and the day of the tariffs are a plain GET form (works without
 * JavaScript). /inkoop is beleid's only (SecurityConfig); {@link Inkoopcijfers} checks the role too.
 */
@Controller
class InkoopController {

    private final Inkoopcijfers cijfers;
    private final Clock clock;

    InkoopController(Inkoopcijfers cijfers, Clock clock) {
        this.cijfers = cijfers;
        this.clock = clock;
    }

    @GetMapping("/inkoop")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                  @RequestParam(required = false) String peildatum, Model model) {
        int ditJaar = LocalDate.now(clock).getYear();
        Integer gekozen = jaar(jaar);
        LocalDate dag = dag(peildatum);
        if (jaar != null && !jaar.isBlank() && gekozen == null) {
            model.addAttribute("fout", "Kies een jaar tussen 2000 en 2100. U ziet nu de cijfers van " + ditJaar + ".");
        } else if (peildatum != null && !peildatum.isBlank() && dag == null) {
            model.addAttribute("fout", "Vul de dag van de tarieven in als jjjj-mm-dd, bijvoorbeeld " + LocalDate.now(clock) + ". "
                    + "U ziet nu de tarieven van de standaarddag.");
        }
        int j = gekozen == null ? ditJaar : gekozen;
        Inkoopcijfers.Overzicht o = cijfers.overzicht(gebruiker, j, dag);
        model.addAttribute("jaar", j);
        model.addAttribute("jaren", IntStream.rangeClosed(ditJaar - 4, ditJaar + 1).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("peildatum", o.tarieven().peildatum());
        model.addAttribute("gekozenPeildatum", dag);
        model.addAttribute("o", o);
        model.addAttribute("tabellen", Inkooptabellen.alle(o));
        return "inkoop/cijfers";
    }

    @GetMapping("/inkoop/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(required = false) String tabel, @RequestParam(defaultValue = "csv") String formaat,
                                  @RequestParam(required = false) String peildatum) {
        Integer gekozen = jaar == null || jaar.isBlank() ? Integer.valueOf(LocalDate.now(clock).getYear()) : jaar(jaar);
        LocalDate dag = dag(peildatum);
        if (gekozen == null || tabel == null || !Inkooptabellen.CODES.contains(tabel) || !Tabelbestand.bekendFormaat(formaat)
                || peildatum != null && !peildatum.isBlank() && dag == null) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(("Kies een tabel (" + String.join(", ", Inkooptabellen.CODES) + "), csv of xlsx, een jaar tussen 2000 en 2100 "
                            + "en eventueel een dag als jjjj-mm-dd.").getBytes(StandardCharsets.UTF_8));
        }
        Inkoopcijfers.Overzicht o = cijfers.overzicht(gebruiker, gekozen, dag);
        Inkooptabel bestand = "tarieven".equals(tabel) ? Inkooptabellen.tarievenAlsLijst(o) : Inkooptabellen.van(o, tabel);
        return bestand.download("inkoop-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }

    /** The year asked for, when it is one the page shows (2000 to 2100); null otherwise. */
    static Integer jaar(String jaar) {
        if (jaar == null || !jaar.strip().matches("\\d{4}")) {
            return null;
        }
        int j = Integer.parseInt(jaar.strip());
        return j >= 2000 && j <= 2100 ? j : null;
    }

    /** The day of the tariffs as a date field sends it (2026-11-23) or as people write it (23-11-2026); null if empty or wrong. */
    static LocalDate dag(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String t = tekst.strip();
        try {
            LocalDate d = t.matches("\\d{1,2}-\\d{1,2}-\\d{4}")
                    ? LocalDate.of(Integer.parseInt(t.split("-")[2]), Integer.parseInt(t.split("-")[1]), Integer.parseInt(t.split("-")[0]))
                    : LocalDate.parse(t);
            return d.getYear() >= 2000 && d.getYear() <= 2100 ? d : null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
