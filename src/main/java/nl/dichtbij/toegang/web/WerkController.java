package nl.dichtbij.toegang.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Bsn;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.web.Formulieren;
import nl.dichtbij.socialekaart.SocialeKaart;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Deelnemer;
import nl.dichtbij.toegang.Huishoudoverzicht;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Melding;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.TriageStap;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vindplaats;
import nl.dichtbij.toegang.Wachtrij;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A melding at work: registering it, with its household, triage, intake and onderzoek (the werkbak itself is in werkplek). */
@Controller
@RequestMapping("/werk")
class WerkController {

    private final Meldingen meldingen;
    private final Wachtrij wachtrij;
    private final Huishoudoverzicht huishoudens;
    private final Gemeenten gemeenten;
    private final SocialeKaart socialeKaart;
    private final Clock clock;

    WerkController(Meldingen meldingen, Wachtrij wachtrij, Huishoudoverzicht huishoudens, Gemeenten gemeenten, SocialeKaart socialeKaart,
                   Clock clock) {
        this.meldingen = meldingen;
        this.wachtrij = wachtrij;
        this.huishoudens = huishoudens;
        this.gemeenten = gemeenten;
        this.socialeKaart = socialeKaart;
        this.clock = clock;
    }

    /**
     * {@code bsn}: from the staff search, the resident the professional found. {@code schulden}: from a debt signal whose
     * household accepted help, so the question is about money and debts.
     */
    @GetMapping("/meldingen/nieuw")
    String nieuw(@AuthenticationPrincipal Gebruiker medewerker, @org.springframework.web.bind.annotation.RequestParam(required = false) String bsn,
                 @org.springframework.web.bind.annotation.RequestParam(required = false) String schulden, Model model) {
        MeldingFormulier formulier = new MeldingFormulier();
        if (schulden != null) {
            formulier.setSchulden(true);
            formulier.getLevensgebieden().add(nl.dichtbij.platform.Levensgebied.FINANCIEN);
        }
        if (nl.dichtbij.personen.Bsn.isGeldig(bsn)) {
            formulier.setPersoonBsn(bsn);
            meldingen.inwonerVoorMelding(medewerker, bsn).ifPresent(p -> {
                formulier.setGeboortedatum(p.geboortedatum());
                model.addAttribute("gevonden", p);
            });
        }
        formulier.setKanaal(Kanaal.TELEFOON);
        formulier.setUrgentie(Urgentie.NORMAAL);
        formulier.setContactvoorkeur(Contactvoorkeur.TELEFOON);
        model.addAttribute("formulier", formulier);
        return nieuwFormulier(model);
    }

    @PostMapping("/meldingen")
    String registreren(@AuthenticationPrincipal Gebruiker medewerker, @ModelAttribute("formulier") MeldingFormulier formulier,
                       BindingResult resultaat, Model model) {
        if (resultaat.hasErrors()) {
            return nieuwFormulier(model);
        }
        try {
            Melding melding = meldingen.indienen(medewerker, formulier.naarMelding());
            return "redirect:/werk/meldingen/" + melding.id() + "?geregistreerd";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return nieuwFormulier(model);
        }
    }

    @GetMapping("/meldingen/{id}")
    String melding(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        return detail(medewerker, id, model);
    }

    @PostMapping("/meldingen/{id}/oppakken")
    String oppakken(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id) {
        try {
            meldingen.oppakken(medewerker, id);
        } catch (OngeldigeInvoerException e) {
            if (e.fouten().containsKey("status")) { // the resident withdrew it (Melding#nietIngetrokken)
                return "redirect:/werk/meldingen/" + id + "?ingetrokken";
            }
            throw e;
        }
        return "redirect:/werk/meldingen/" + id + "?opgepakt";
    }

    @PostMapping("/meldingen/{id}/triage")
    String triage(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id,
                  @ModelAttribute("triage") TriageFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, id, resultaat, model, "triage",
                () -> meldingen.triage(medewerker, id, formulier.getStap(), formulier.getReden(), formulier.getOrganisatieId()));
    }

    @PostMapping("/meldingen/{id}/intake")
    String intake(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id,
                  @ModelAttribute("intake") IntakeFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, id, resultaat, model, "intake",
                () -> meldingen.planIntake(medewerker, id, formulier.getIntakeOp(), formulier.getIntakeLocatie()));
    }

    @GetMapping("/meldingen/{id}/onderzoek")
    String onderzoek(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id, Model model) {
        Melding melding = meldingen.bekijk(medewerker, id);
        model.addAttribute("formulier", OnderzoekFormulier.leeg(LocalDate.now(clock), melding.levensgebieden()));
        return onderzoekFormulier(medewerker, melding, model);
    }

    @PostMapping("/meldingen/{id}/onderzoek")
    String onderzoekVastleggen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long id,
                               @ModelAttribute("formulier") OnderzoekFormulier formulier, BindingResult resultaat, Model model) {
        Melding melding = meldingen.bekijk(medewerker, id);
        if (resultaat.hasErrors()) {
            return onderzoekFormulier(medewerker, melding, model);
        }
        try {
            meldingen.onderzoekVastleggen(medewerker, id, formulier.naarVerslag());
            return "redirect:/werk/meldingen/" + id + "?onderzoek";
        } catch (OngeldigeInvoerException e) {
            Formulieren.fouten(resultaat, e);
            return onderzoekFormulier(medewerker, melding, model);
        }
    }

    private String bewaar(Gebruiker medewerker, long id, BindingResult resultaat, Model model, String formulier, Supplier<Melding> actie) {
        if (!resultaat.hasErrors()) {
            try {
                actie.get();
                return "redirect:/werk/meldingen/" + id + "?" + formulier;
            } catch (OngeldigeInvoerException e) {
                Formulieren.fouten(resultaat, e);
            }
        }
        return detail(medewerker, id, model);
    }

    private String detail(Gebruiker medewerker, long id, Model model) {
        Melding melding = meldingen.bekijk(medewerker, id);
        model.addAttribute("m", new MeldingWeergave(melding, new Termijnbewaking(melding.ontvangenDatum(), melding.termijnEinde(), LocalDate.now(clock))));
        if (melding.urgentie() == nl.dichtbij.toegang.Urgentie.DRINGEND && melding.behandelaar() == null && !melding.ingetrokken()) {
            LocalDate uiterlijk = nl.dichtbij.toegang.Reactienorm.uiterlijk(melding.ontvangenDatum());
            model.addAttribute("reactienorm", nl.dichtbij.toegang.Reactienorm.overschreden(melding.ontvangenDatum(), LocalDate.now(clock))
                    ? "Niet opgepakt binnen de norm (uiterlijk " + nl.dichtbij.platform.Formaat.datum(uiterlijk) + ")"
                    : "Oppakken uiterlijk " + nl.dichtbij.platform.Formaat.datum(uiterlijk));
        }
        model.addAttribute("persoon", huishoudens.naamVan(medewerker, melding.persoonBsn()).orElse("Onbekend"));
        model.addAttribute("bsn", Bsn.gemaskeerd(melding.persoonBsn()));
        // the case team sees the whole household; the team of this melding only who lives there (docs/privacy.md)
        model.addAttribute("huishouden", huishoudens.voorMelding(medewerker, melding.huishoudenId()).orElse(null));
        model.addAttribute("team", gemeenten.team(melding.teamId()).orElseThrow());
        model.addAttribute("ikBehandel", medewerker.gebruikersnaam().equals(melding.behandelaar()));
        model.addAttribute("triageStappen", TriageStap.values());
        model.addAttribute("organisaties", socialeKaart.alle(medewerker.gemeenteCode()));
        if (melding.triageOrganisatieId() != null) {
            socialeKaart.organisatie(medewerker.gemeenteCode(), melding.triageOrganisatieId())
                    .ifPresent(o -> model.addAttribute("verwezenNaar", o.naam()));
        }
        if (!model.containsAttribute("triage")) {
            TriageFormulier triage = new TriageFormulier();
            triage.setStap(melding.triageStap());
            triage.setReden(melding.triageReden());
            triage.setOrganisatieId(melding.triageOrganisatieId());
            model.addAttribute("triage", triage);
        }
        if (!model.containsAttribute("intake")) {
            IntakeFormulier intake = new IntakeFormulier();
            intake.setIntakeOp(melding.intakeOp());
            intake.setIntakeLocatie(melding.intakeLocatie());
            model.addAttribute("intake", intake);
        }
        meldingen.onderzoek(medewerker, id).ifPresent(onderzoek -> {
            model.addAttribute("onderzoek", onderzoek);
            model.addAttribute("zrm", meldingen.zrm(onderzoek));
        });
        model.addAttribute("zrmDomeinen", ZrmDomein.values());
        return "werk/melding";
    }

    private String nieuwFormulier(Model model) {
        model.addAttribute("levensgebieden", Levensgebied.values());
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute("contactvoorkeuren", Contactvoorkeur.values());
        model.addAttribute("kanalen", new Kanaal[] {Kanaal.TELEFOON, Kanaal.LOCATIE, Kanaal.VINDPLAATS});
        model.addAttribute("vindplaatsen", Vindplaats.values());
        return "werk/nieuwe-melding";
    }

    private String onderzoekFormulier(Gebruiker medewerker, Melding melding, Model model) {
        model.addAttribute("melding", melding);
        model.addAttribute("persoon", huishoudens.naamVan(medewerker, melding.persoonBsn()).orElse("Onbekend"));
        model.addAttribute("deelnemers", Deelnemer.values());
        model.addAttribute("zrmDomeinen", ZrmDomein.values());
        model.addAttribute("scores", new int[] {1, 2, 3, 4, 5});
        model.addAttribute("geenScores", nl.dichtbij.zrm.ZrmMeting.GeenScore.values());
        return "werk/onderzoek";
    }
}
