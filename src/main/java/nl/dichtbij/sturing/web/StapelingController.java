package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.GestapeldeHuishoudens;
import nl.dichtbij.sturing.Indicator;
import nl.dichtbij.sturing.Referentiecijfers;
import nl.dichtbij.sturing.Stapeling;
import nl.dichtbij.sturing.Stapelingsanalyse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stacking page: the year, both tables, per wijk and per kern, each exportable; for the teamleider
 * also the drill-down to the households behind the 3-or-more figure.
 */
@Controller
class StapelingController {

    private final Stapelingsanalyse analyse;
    private final GestapeldeHuishoudens huishoudens;
    private final Referentiecijfers referenties;
    private final Clock clock;

    StapelingController(Stapelingsanalyse analyse, GestapeldeHuishoudens huishoudens, Referentiecijfers referenties, Clock clock) {
        this.analyse = analyse;
        this.huishoudens = huishoudens;
        this.referenties = referenties;
        this.clock = clock;
    }

    @GetMapping("/sturing/stapeling")
    String stapeling(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        List<Integer> jaren = analyse.jaren(gebruiker);
        int gekozen = Tabel.jaar(jaar, standaardjaar(), model);
        Stapeling s = analyse.analyse(gebruiker, gekozen);
        model.addAttribute("jaren", jaren.contains(gekozen) ? jaren
                : java.util.stream.Stream.concat(jaren.stream(), java.util.stream.Stream.of(gekozen)).sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("jaar", gekozen);
        model.addAttribute("s", s);
        model.addAttribute("tabellen", Tabel.CODES.stream().map(c -> Tabel.van(s, c)).toList());
        model.addAttribute("huishoudensDrieOfMeer", Indicator.HUISHOUDENS_3_PLUS);
        model.addAttribute("referentieHuishoudens", referenties.bij(gebruiker.gemeenteCode(), Indicator.HUISHOUDENS_3_PLUS, gekozen));
        model.addAttribute("referentiesPerInwoner", referenties.bij(gebruiker.gemeenteCode(),
                List.of(Indicator.INWONERS_1, Indicator.INWONERS_2, Indicator.INWONERS_3_PLUS, Indicator.INWONERS_6_PLUS), gekozen));
        return "sturing/stapeling";
    }

    @GetMapping("/sturing/stapeling/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(defaultValue = "regelingen") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(Tabel.CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(Tabel.CODES);
        }
        int gekozen = Tabel.jaarOf(jaar, standaardjaar());
        Tabel t = Tabel.van(analyse.analyse(gebruiker, gekozen), tabel);
        return t.download("stapeling-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }

    @GetMapping("/sturing/stapeling/huishoudens")
    String huishoudens(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                       @RequestParam(required = false) String kern, @RequestParam(required = false) String wijk,
                       @RequestParam(required = false) String pagina, Model model) {
        int gekozen = Tabel.jaar(jaar, standaardjaar(), model);
        String gekozenKern = gebied(kern);
        String gekozenWijk = gebied(wijk);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("kern", gekozenKern);
        model.addAttribute("wijk", gekozenWijk);
        model.addAttribute("lijst", huishoudens.lijst(gebruiker, gekozen, gekozenKern, gekozenWijk, Tabel.pagina(pagina)));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/sturing/stapeling/huishoudens").queryParam("jaar", gekozen)
                .queryParamIfPresent("kern", Optional.ofNullable(gekozenKern)).queryParamIfPresent("wijk", Optional.ofNullable(gekozenWijk))
                .encode().toUriString());
        return "sturing/huishoudens";
    }

    /** A kern or wijk name from the link; anything longer than a name is ignored rather than searched for. */
    private static String gebied(String naam) {
        return naam == null || naam.isBlank() || naam.length() > 100 ? null : naam.strip();
    }

    /** The last complete calendar year. */
    private int standaardjaar() {
        return LocalDate.now(clock).getYear() - 1;
    }
}
