package nl.dichtbij.werkplek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A whole ZRM for one member of the household on the case (issue 18): all 13 domains by the professional and, when he gave
 * them, by the resident, during the support or at closure. Closing the case asks for the closing one of everyone scored in it.
 */
@Controller
@RequestMapping("/werk/zaken/{zaakId}/zrm/{bsn}")
class ZrmController {

    private final Zaken zaken;
    private final PersonenRegister register;
    private final Zrm zrm;
    private final Clock clock;

    ZrmController(Zaken zaken, PersonenRegister register, Zrm zrm, Clock clock) {
        this.zaken = zaken;
        this.register = register;
        this.zrm = zrm;
        this.clock = clock;
    }

    /** The filled-in matrix: per domain name "1" to "5" or a {@link ZrmMeting.GeenScore}. */
    public static class ZrmFormulier {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        private ZrmMeting.Moment moment;
        private Map<String, String> zrmProfessional = new HashMap<>();
        private Map<String, String> zrmInwoner = new HashMap<>();

        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public ZrmMeting.Moment getMoment() { return moment; }
        public void setMoment(ZrmMeting.Moment moment) { this.moment = moment; }
        public Map<String, String> getZrmProfessional() { return zrmProfessional; }
        public void setZrmProfessional(Map<String, String> zrmProfessional) { this.zrmProfessional = zrmProfessional; }
        public Map<String, String> getZrmInwoner() { return zrmInwoner; }
        public void setZrmInwoner(Map<String, String> zrmInwoner) { this.zrmInwoner = zrmInwoner; }
    }

    /**
     * {@code bij=afsluiting}: opened from closing the case, so the scoring is the closing one. {@code bij=evaluatie}: right after
     * a goal's evaluation, which scores the whole ZRM too; the professional's last scores are filled in to look over.
     */
    @GetMapping
    String formulier(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable String bsn,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) String bij,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
                     Model model) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        Persoon lid = lid(zaak, bsn);
        ZrmFormulier f = new ZrmFormulier();
        LocalDate vandaag = LocalDate.now(clock);
        f.setDatum(datum != null && !datum.isAfter(vandaag) ? datum : vandaag);
        f.setMoment("afsluiting".equals(bij) ? ZrmMeting.Moment.AFSLUITING : ZrmMeting.Moment.TUSSENTIJDS);
        if ("evaluatie".equals(bij)) {
            model.addAttribute("naEvaluatie", true);
            f.setZrmProfessional(laatsteScores(zaak, bsn));
        }
        model.addAttribute("formulier", f);
        return pagina(zaak, lid, model);
    }

    /** Per domain the professional's latest score or reason in this case, as the form posts it. */
    private Map<String, String> laatsteScores(Zaak zaak, String bsn) {
        Map<String, String> laatste = new HashMap<>();
        for (ZrmMeting m : zrm.historie(zaak.gemeenteCode(), bsn)) {
            if (m.door() == ZrmMeting.Door.PROFESSIONAL) {
                m.scores().forEach((d, s) -> laatste.put(d.name(), String.valueOf(s)));
                m.geenScore().forEach((d, g) -> laatste.put(d.name(), g.name()));
            }
        }
        return laatste;
    }

    @PostMapping
    String vastleggen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable String bsn,
                      @ModelAttribute("formulier") ZrmFormulier f, BindingResult resultaat, Model model) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        Persoon lid = lid(zaak, bsn);
        if (!resultaat.hasErrors()) {
            try {
                Zrm.Ingevuld professional = Zrm.Ingevuld.uit(f.getZrmProfessional());
                Zrm.Ingevuld inwoner = Zrm.Ingevuld.uit(f.getZrmInwoner());
                zaken.zrmVastleggen(medewerker, zaakId, bsn, f.getMoment(), f.getDatum(), new Zaken.Zrmzijde(professional.scores(), professional.geen()),
                        new Zaken.Zrmzijde(inwoner.scores(), inwoner.geen()));
                return "redirect:/werk/zaken/" + zaakId + "?zrm#zrm";
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return pagina(zaak, lid, model);
    }

    private String pagina(Zaak zaak, Persoon lid, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("lid", lid);
        model.addAttribute("momenten", List.of(ZrmMeting.Moment.TUSSENTIJDS, ZrmMeting.Moment.AFSLUITING));
        model.addAttribute("zrmDomeinen", ZrmDomein.values());
        model.addAttribute("scores", new int[] {1, 2, 3, 4, 5});
        model.addAttribute("geenScores", ZrmMeting.GeenScore.values());
        return "werk/zrm";
    }

    /** A member of the case's household; another BSN is not found, so the page tells nothing about who lives where. */
    private Persoon lid(Zaak zaak, String bsn) {
        return register.leden(zaak.gemeenteCode(), zaak.huishoudenId()).stream().filter(p -> p.bsn().equals(bsn)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Dit gezinslid"));
    }
}
