package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Doorloop;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The flow of a year for beleid: lead times per step, shares within the term and of the forms of care, waiting per provider, outflow. */
@Controller
class DoorloopController {

    static final List<String> CODES = List.of("stappen", "aandelen", "wachttijden", "uitstroom");

    private final Doorloop doorloop;
    private final Clock clock;

    DoorloopController(Doorloop doorloop, Clock clock) {
        this.doorloop = doorloop;
        this.clock = clock;
    }

    @GetMapping("/sturing/doorloop")
    String doorloop(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar, Model model) {
        int dit = LocalDate.now(clock).getYear();
        int gekozen = jaar != null && jaar >= 2000 && jaar <= 2100 ? jaar : dit;
        Doorloop.Overzicht o = doorloop.overzicht(gebruiker.gemeenteCode(), gekozen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", IntStream.rangeClosed(dit - 4, dit).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("o", o);
        model.addAttribute("tabellen", CODES.stream().map(c -> tabel(o, c)).toList());
        return "sturing/doorloop";
    }

    @GetMapping("/sturing/doorloop/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar,
                                  @RequestParam(defaultValue = "stappen") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        if (!Tabel.geldigeKeuze(CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(CODES);
        }
        int gekozen = jaar == null ? LocalDate.now(clock).getYear() : jaar;
        Tabel t = tabel(doorloop.overzicht(gebruiker.gemeenteCode(), gekozen), tabel);
        return t.download("doorloop-" + gebruiker.gemeenteCode() + "-" + gekozen + "-" + tabel, formaat);
    }

    static Tabel tabel(Doorloop.Overzicht o, String code) {
        List<List<Object>> rijen = new ArrayList<>();
        switch (code) {
            case "aandelen" -> {
                o.aandelen().forEach(a -> rijen.add(Arrays.asList(a.wat(), a.aantal(), a.van(), a.procent() == null ? "" : a.procent())));
                return new Tabel("aandelen", "Aandelen, " + o.jaar(), List.of("Wat", "Aantal", "Van", "Procent"), rijen, null);
            }
            case "wachttijden" -> {
                o.wachttijden().forEach(w -> rijen.add(Arrays.asList(w.aanbieder(), w.starts(), w.mediaanDagen(), w.p80Dagen())));
                return new Tabel("wachttijden", "Wachttijd per aanbieder (dagen van toewijzing tot start), " + o.jaar(),
                        List.of("Aanbieder", "Gestart", "Mediaan (dagen)", "8 van de 10 binnen (dagen)"), rijen, null);
            }
            case "uitstroom" -> {
                o.uitstroom().forEach(u -> rijen.add(List.of(Tabel.maand(u.maand()), u.reden(), u.aantal())));
                return new Tabel("uitstroom", "Uitstroom per maand met reden, " + o.jaar(), List.of("Maand", "Reden", "Aantal"), rijen, null);
            }
            default -> {
                o.stappen().forEach(s -> rijen.add(Arrays.asList(s.van() + " → " + s.naar(), s.aantal(), s.mediaanDagen(), s.p80Dagen())));
                return new Tabel("stappen", "Doorlooptijd per stap voor de meldingen van " + o.jaar() + " (dagen)",
                        List.of("Stap", "Zaken", "Mediaan (dagen)", "8 van de 10 binnen (dagen)"), rijen, null);
            }
        }
    }
}
