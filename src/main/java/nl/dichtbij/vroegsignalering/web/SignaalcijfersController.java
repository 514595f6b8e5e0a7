package nl.dichtbij.vroegsignalering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.vroegsignalering.Signaalcijfers;
import nl.dichtbij.vroegsignalering.Signaaltelling;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The steering page of vroegsignalering: per month, without names, small numbers left out. */
@Controller
class SignaalcijfersController {

    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"};

    private final Signaalcijfers cijfers;
    private final Clock clock;

    SignaalcijfersController(Signaalcijfers cijfers, Clock clock) {
        this.cijfers = cijfers;
        this.clock = clock;
    }

    record Rij(String maand, String ontvangen, String bereikt, String aangenomen, String mediaan, String gestopt) {
    }

    @GetMapping("/sturing/vroegsignalering")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar, Model model) {
        int ditJaar = LocalDate.now(clock).getYear();
        var keuze = nl.dichtbij.platform.web.Jaarkeuze.van(jaar, ditJaar, cijfers.jaren(gebruiker));
        int gekozen = keuze.jaar();
        model.addAttribute("fout", keuze.fout());
        List<Integer> jaren = keuze.jaren();
        Signaalcijfers.Jaar uitkomst = cijfers.vanJaar(gebruiker, gekozen);
        List<Rij> rijen = new ArrayList<>();
        for (Signaaltelling.Maand m : uitkomst.maanden()) {
            rijen.add(new Rij(MAANDEN[m.maand().getMonthValue() - 1], Signaaltelling.aantal(m.ontvangen()), Signaaltelling.aantal(m.bereikt()),
                    Signaaltelling.aantal(m.aangenomen()), Signaaltelling.mediaan(m.mediaanDagen(), m.metContact()), Signaaltelling.aantal(m.gestopt())));
        }
        Signaaltelling.Maand t = uitkomst.totaal();
        model.addAttribute("totaal", new Rij("Heel " + gekozen, totaal(uitkomst, t.ontvangen(), Signaaltelling.Maand::ontvangen),
                totaal(uitkomst, t.bereikt(), Signaaltelling.Maand::bereikt), totaal(uitkomst, t.aangenomen(), Signaaltelling.Maand::aangenomen),
                Signaaltelling.mediaan(t.mediaanDagen(), t.metContact()), totaal(uitkomst, t.gestopt(), Signaaltelling.Maand::gestopt)));
        model.addAttribute("rijen", rijen);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", jaren);
        model.addAttribute("ditJaar", gekozen == ditJaar);
        return "vroegsignalering/cijfers";
    }

    private static String totaal(Signaalcijfers.Jaar jaar, int totaal, ToIntFunction<Signaaltelling.Maand> kolom) {
        String tekst = Signaaltelling.totaal(totaal, jaar.maanden().stream().map(kolom::applyAsInt).toList());
        return tekst.equals(String.valueOf(totaal)) ? Signaaltelling.aantal(totaal) : tekst;
    }
}
