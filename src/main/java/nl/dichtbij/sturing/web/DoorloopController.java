package nl.dichtbij.sturing.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Doorloop;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The flow of a year for beleid, for the whole municipality or one team: lead times per step (also as a chart), shares within the
 * term and of the forms of care, decisions per law, waiting per provider, outflow.
 */
@Controller
class DoorloopController {

    static final List<String> CODES = List.of("stappen", "aandelen", "perwet", "wachttijden", "uitstroom");

    private final Doorloop doorloop;
    private final Clock clock;

    DoorloopController(Doorloop doorloop, Clock clock) {
        this.doorloop = doorloop;
        this.clock = clock;
    }

    @GetMapping("/sturing/doorloop")
    String doorloop(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                    @RequestParam(required = false) String team, Model model) {
        int dit = LocalDate.now(clock).getYear();
        int gekozen = Tabel.jaar(jaar, dit, model);
        Optional<Long> teamId = team(gebruiker, team);
        if (teamId.isEmpty() && team != null && !team.isBlank()) {
            model.addAttribute("teamFout", "Dit team bestaat niet in uw gemeente. U ziet de hele gemeente.");
        }
        Doorloop.Overzicht o = doorloop.overzicht(gebruiker.gemeenteCode(), gekozen, teamId.orElse(null));
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", IntStream.rangeClosed(dit - 4, dit).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("o", o);
        model.addAttribute("export", "/sturing/doorloop/export" + (o.teamId() == null ? "" : "?team=" + o.teamId()));
        model.addAttribute("staven", Stapstaaf.staven(o.stappen()));
        model.addAttribute("tabellen", CODES.stream().map(c -> tabel(o, c)).toList());
        return "sturing/doorloop";
    }

    @GetMapping("/sturing/doorloop/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                  @RequestParam(required = false) String team,
                                  @RequestParam(defaultValue = "stappen") String tabel, @RequestParam(defaultValue = "csv") String formaat) {
        Optional<Long> teamId = team(gebruiker, team);
        if (!Tabel.geldigeKeuze(CODES, tabel, formaat, jaar)) {
            return Tabel.ongeldigeKeuze(CODES);
        }
        if (teamId.isEmpty() && team != null && !team.isBlank()) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body("Kies een team van uw gemeente, of geen team voor de hele gemeente.".getBytes(StandardCharsets.UTF_8));
        }
        int gekozen = Tabel.jaarOf(jaar, LocalDate.now(clock).getYear());
        Tabel t = tabel(doorloop.overzicht(gebruiker.gemeenteCode(), gekozen, teamId.orElse(null)), tabel);
        return t.download("doorloop-" + gebruiker.gemeenteCode() + teamId.map(id -> "-team" + id).orElse("") + "-" + gekozen + "-" + tabel, formaat);
    }

    /** The chosen team when it is one of the user's municipality; empty for the whole municipality or an unknown team. */
    private Optional<Long> team(Gebruiker gebruiker, String team) {
        if (team == null || !team.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(team);
        return doorloop.teams(gebruiker.gemeenteCode()).stream().filter(t -> t.id() == id).map(Doorloop.Teamkeuze::id).findFirst();
    }

    static Tabel tabel(Doorloop.Overzicht o, String code) {
        String wie = o.teamNaam() == null ? "" : o.teamNaam() + ", ";
        List<List<Object>> rijen = new ArrayList<>();
        switch (code) {
            case "aandelen" -> {
                o.aandelen().forEach(a -> rijen.add(Arrays.asList(a.wat(), a.aantal(), a.van(), a.procent() == null ? "" : a.procent())));
                return new Tabel("aandelen", "Aandelen, " + wie + o.jaar(), List.of("Wat", "Aantal", "Van", "Procent"), rijen, null);
            }
            case "perwet" -> {
                o.perWet().forEach(w -> rijen.add(Arrays.asList(w.naam(), w.besluiten(), w.binnenTermijn(), leeg(w.procentBinnenTermijn()), w.zin(),
                        w.pgb(), leeg(w.procentPgb()))));
                return new Tabel("perwet", "Besluiten per wet, " + wie + o.jaar(),
                        List.of("Wet", "Besluiten", "Binnen de wettelijke termijn", "% binnen de termijn", "Zorg in natura", "Persoonsgebonden budget",
                                "% persoonsgebonden budget"), rijen, null);
            }
            case "wachttijden" -> {
                o.wachttijden().forEach(w -> rijen.add(Arrays.asList(w.aanbieder(), w.starts(), w.mediaanDagen(), w.p80Dagen())));
                return new Tabel("wachttijden", "Wachttijd per aanbieder (dagen van toewijzing tot start), " + wie + o.jaar(),
                        List.of("Aanbieder", "Gestart", "Mediaan (dagen)", "8 van de 10 binnen (dagen)"), rijen, null);
            }
            case "uitstroom" -> {
                o.uitstroom().forEach(u -> rijen.add(List.of(Tabel.maand(u.maand()), u.reden(), u.aantal())));
                return new Tabel("uitstroom", "Uitstroom per maand met reden, " + wie + o.jaar(), List.of("Maand", "Reden", "Aantal"), rijen, null);
            }
            default -> {
                o.stappen().forEach(s -> rijen.add(Arrays.asList(s.van() + " → " + s.naar(), s.aantal(), s.mediaanDagen(), s.p80Dagen())));
                return new Tabel("stappen", "Doorlooptijd per stap voor de meldingen van " + wie + o.jaar() + " (dagen)",
                        List.of("Stap", "Zaken", "Mediaan (dagen)", "8 van de 10 binnen (dagen)"), rijen, null);
            }
        }
    }

    private static Object leeg(Object waarde) {
        return waarde == null ? "" : waarde;
    }
}
