package nl.dichtbij.werkplek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.Doel;
import nl.dichtbij.plan.Ondersteuningsplan;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Escalaties;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case page: regie (regisseur, handover, procesregie, closing) and the household's plan. */
@Controller
@RequestMapping("/werk/zaken/{zaakId}")
class ZaakpaginaController {

    private final Zaken zaken;
    private final Plannen plannen;
    private final Escalaties escalaties;
    private final nl.dichtbij.besluit.Besluiten besluiten;
    private final nl.dichtbij.besluit.Bezwaren bezwaren;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Clock clock;
    private final nl.dichtbij.dossier.Dossiertoegang dossiertoegang;
    private final nl.dichtbij.dossier.Toestemmingen toestemmingen;
    private final nl.dichtbij.toegang.Huishoudoverzicht huishoudoverzicht;
    private final nl.dichtbij.plan.Voortgangsnotities voortgangsnotities;
    private final nl.dichtbij.berichten.Verwijzingen verwijzingen;

    private final nl.dichtbij.zrm.Zrm zrm;

    private final nl.dichtbij.interventies.Interventies interventies;

    private final nl.dichtbij.sturing.Voorzieningen voorzieningen;

    private final nl.dichtbij.participatie.Participatieladder participatieladder;
    private final nl.dichtbij.partners.Doorverwijzingen doorverwijzingen;

    private final nl.dichtbij.veiligheid.Veiligheid veiligheid;

    // issue 20: a signal of debts or a melding about money makes the plan ask for the levensgebied Financiën
    private final nl.dichtbij.vroegsignalering.Vroegsignalen vroegsignalen;
    private final nl.dichtbij.toegang.Meldingen meldingenvanzaak;

    ZaakpaginaController(nl.dichtbij.dossier.Dossiertoegang dossiertoegang, nl.dichtbij.dossier.Toestemmingen toestemmingen, Zaken zaken, Plannen plannen, Escalaties escalaties, nl.dichtbij.besluit.Besluiten besluiten,
                   nl.dichtbij.besluit.Bezwaren bezwaren, Gemeenten gemeenten, PersonenRegister register, Clock clock,
                   nl.dichtbij.toegang.Huishoudoverzicht huishoudoverzicht, nl.dichtbij.plan.Voortgangsnotities voortgangsnotities,
                   nl.dichtbij.berichten.Verwijzingen verwijzingen, nl.dichtbij.zrm.Zrm zrm,
                   nl.dichtbij.interventies.Interventies interventies, nl.dichtbij.sturing.Voorzieningen voorzieningen,
                   nl.dichtbij.participatie.Participatieladder participatieladder, nl.dichtbij.partners.Doorverwijzingen doorverwijzingen,
                   nl.dichtbij.veiligheid.Veiligheid veiligheid, nl.dichtbij.vroegsignalering.Vroegsignalen vroegsignalen,
                   nl.dichtbij.toegang.Meldingen meldingenvanzaak) {
        this.participatieladder = participatieladder;
        this.doorverwijzingen = doorverwijzingen;
        this.veiligheid = veiligheid;
        this.vroegsignalen = vroegsignalen;
        this.meldingenvanzaak = meldingenvanzaak;
        this.interventies = interventies;
        this.voorzieningen = voorzieningen;
        this.zrm = zrm;
        this.voortgangsnotities = voortgangsnotities;
        this.verwijzingen = verwijzingen;
        this.huishoudoverzicht = huishoudoverzicht;
        this.dossiertoegang = dossiertoegang;
        this.toestemmingen = toestemmingen;
        this.besluiten = besluiten;
        this.bezwaren = bezwaren;
        this.zaken = zaken;
        this.plannen = plannen;
        this.escalaties = escalaties;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    String zaak(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, Model model) {
        return pagina(medewerker, zaakId, model);
    }

    @PostMapping("/doelen")
    String doel(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                @ModelAttribute("doel") Formulieren.DoelFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "doel-toegevoegd",
                () -> plannen.doelToevoegen(medewerker, zaakId, formulier.naarDoel()));
    }

    @PostMapping("/acties")
    String actie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                 @ModelAttribute("actie") Formulieren.ActieFormulier formulier, BindingResult resultaat, Model model) {
        model.addAttribute("actieVoorDoel", formulier.getDoelId());
        return bewaar(medewerker, zaakId, resultaat, model, "actie-toegevoegd",
                () -> plannen.actieToevoegen(medewerker, zaakId, formulier.getDoelId() == null ? -1 : formulier.getDoelId(), formulier.naarActie()));
    }

    @PostMapping("/acties/{actieId}/verwijderen")
    String actieVerwijderen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable long actieId) {
        plannen.actieVerwijderen(medewerker, zaakId, actieId);
        return "redirect:/werk/zaken/" + zaakId + "?actie-verwijderd#plan";
    }

    @PostMapping("/doelen/{doelId}/beeindigen")
    String doelBeeindigen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable long doelId,
                          @RequestParam(required = false) String uitkomst, @RequestParam(required = false) String reden, Model model) {
        nl.dichtbij.plan.Doeluitkomst gekozen = java.util.Arrays.stream(nl.dichtbij.plan.Doeluitkomst.values())
                .filter(u -> u.name().equals(uitkomst)).findFirst().orElse(null);
        try {
            plannen.doelBeeindigen(medewerker, zaakId, doelId, gekozen, reden);
            return "redirect:/werk/zaken/" + zaakId + "?doel-beeindigd";
        } catch (OngeldigeInvoerException e) {
            // the form opens again at its goal, with the message beside the choice and the explanation as typed
            model.addAttribute("beeindigVoorDoel", doelId);
            model.addAttribute("beeindigFout", String.join(" ", e.fouten().values()));
            model.addAttribute("beeindigReden", reden);
            return pagina(medewerker, zaakId, model);
        }
    }

    @PostMapping("/evaluaties")
    String evaluatie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                     @ModelAttribute("evaluatie") Formulieren.EvaluatieFormulier formulier, BindingResult resultaat, Model model) {
        model.addAttribute("evaluatieVoorDoel", formulier.getDoelId());
        String antwoord = bewaar(medewerker, zaakId, resultaat, model, "evaluatie",
                () -> plannen.evalueren(medewerker, zaakId, formulier.getDoelId() == null ? -1 : formulier.getDoelId(), formulier.getDatum(),
                        formulier.getVoortgang(), formulier.getZrmProfessional(), formulier.getZrmInwoner()));
        // every evaluation moment scores all 13 domains (issue 18): on to the person's whole ZRM, the last scores filled in
        String bsn = antwoord.startsWith("redirect:") ? plannen.bekijken(medewerker, zaakId).doelen().stream()
                .filter(d -> formulier.getDoelId() != null && d.id() == formulier.getDoelId()).map(d -> d.persoonBsn()).filter(b -> b != null)
                .findFirst().orElse(null) : null;
        return bsn == null ? antwoord : "redirect:/werk/zaken/" + zaakId + "/zrm/" + bsn + "?bij=evaluatie&datum=" + formulier.getDatum();
    }

    /** The form's address opened again (a reload after an error): the case page at the ladder. */
    @GetMapping("/participatie")
    String naarParticipatie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId) {
        zaken.voorMedewerker(medewerker, zaakId);
        return "redirect:/werk/zaken/" + zaakId + "#participatie";
    }

    /** Where an adult of the household stands on the participatieladder (issue 20); earlier steps stay. */
    @PostMapping("/participatie")
    String participatie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @RequestParam(required = false) String bsn,
                        @RequestParam(required = false) Integer trede, @RequestParam(required = false) String datum,
                        @RequestParam(required = false) String toelichting, Model model) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        if (!dossiertoegang.vanMedewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId()).mag(nl.dichtbij.dossier.Dossierdeel.PLAN)
                || register.huishouden(zaak.gemeenteCode(), zaak.huishoudenId()).stream().flatMap(h -> h.leden().stream())
                        .noneMatch(p -> p.bsn().equals(bsn) && p.leeftijdOp(LocalDate.now(clock)) >= 18)) {
            throw new nl.dichtbij.platform.NietGevondenException("De inwoner");
        }
        LocalDate dag = null;
        try {
            dag = datum == null || datum.isBlank() ? null : LocalDate.parse(datum.strip());
        } catch (java.time.format.DateTimeParseException e) {
            dag = null;
        }
        try {
            if (datum != null && !datum.isBlank() && dag == null) {
                throw new OngeldigeInvoerException("datum", "Vul een datum in zoals 4-12-2026.");
            }
            participatieladder.vastleggen(medewerker, bsn, trede, dag, toelichting);
            return "redirect:/werk/zaken/" + zaakId + "?ladder#participatie";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("ladderVoor", bsn);
            model.addAttribute("ladderFouten", e.fouten());
            model.addAttribute("ladderIngevuld", java.util.Map.of("trede", trede == null ? "" : String.valueOf(trede), "datum", datum == null ? "" : datum,
                    "toelichting", toelichting == null ? "" : toelichting));
            return pagina(medewerker, zaakId, model);
        }
    }

    @PostMapping("/reacties")
    String reactie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                   @ModelAttribute("reactie") Formulieren.ReactieFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "reactie", () -> plannen.reageren(medewerker, zaakId, formulier.getTekst()));
    }

    @PostMapping("/berichten")
    String bericht(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                   @ModelAttribute("berichtFormulier") Formulieren.BerichtFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "verstuurd#berichten",
                () -> alsVeld("bericht", () -> zaken.berichtVanMedewerker(medewerker, zaakId, formulier.getBericht(), formulier.getBetreft())));
    }

    /** The case's service names its field "tekst"; on this page the message field is "bericht" (a wrong member stays "betreft"). */
    private static void alsVeld(String veld, Runnable actie) {
        try {
            actie.run();
        } catch (OngeldigeInvoerException e) {
            if (e.fouten().containsKey("betreft")) {
                throw e;
            }
            throw new OngeldigeInvoerException(veld, String.join(" ", e.fouten().values()));
        }
    }

    @PostMapping("/overdracht")
    String overdracht(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                      @ModelAttribute("overdracht") Formulieren.OverdrachtFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "overgedragen",
                () -> zaken.overdragen(medewerker, zaakId, formulier.getNaar(), formulier.getNotitie()));
    }

    @PostMapping("/regievorm")
    String regievorm(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                     @ModelAttribute("regievormFormulier") Formulieren.RegievormFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "regievorm-aangepast",
                () -> zaken.regievorm(medewerker, zaakId, formulier.getRegievorm(), formulier.getReden()));
    }

    @PostMapping("/sluiten")
    String sluiten(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                   @ModelAttribute("sluiten") Formulieren.SluitFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "gesloten",
                () -> zaken.sluiten(medewerker, zaakId, formulier.getSluitreden(), formulier.getToelichting(), formulier.getWaakvlamDatum()));
    }

    @PostMapping("/waakvlam")
    String waakvlam(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId) {
        zaken.waakvlamGehouden(medewerker, zaakId);
        return "redirect:/werk?waakvlam";
    }

    @PostMapping("/escalaties")
    String escalatie(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId,
                     @ModelAttribute("escalatie") Formulieren.EscalatieFormulier formulier, BindingResult resultaat, Model model) {
        return bewaar(medewerker, zaakId, resultaat, model, "geescaleerd", () -> escalaties.vastleggen(medewerker, zaakId,
                formulier.getPartij(), formulier.getAanbiederAgb(), formulier.getBesluit(), formulier.getWaarom(), formulier.getUiterlijk()));
    }

    @PostMapping("/escalaties/{escalatieId}/afhandelen")
    String afhandelen(@AuthenticationPrincipal Gebruiker medewerker, @PathVariable long zaakId, @PathVariable long escalatieId,
                      @RequestParam(required = false) String afhandeling, Model model) {
        BindingResult resultaat = new BeanPropertyBindingResult(new Object(), "afhandelen");
        return bewaar(medewerker, zaakId, resultaat, model, "afgehandeld", () -> escalaties.afhandelen(medewerker, escalatieId, afhandeling));
    }

    private String bewaar(Gebruiker medewerker, long zaakId, BindingResult resultaat, Model model, String gelukt, Runnable actie) {
        if (!resultaat.hasErrors()) {
            try {
                actie.run();
                return "redirect:/werk/zaken/" + zaakId + "?" + gelukt;
            } catch (OngeldigeInvoerException e) {
                nl.dichtbij.platform.web.Formulieren.fouten(resultaat, e);
                if (resultaat.getTarget() == null || resultaat.getTarget().getClass() == Object.class) {
                    model.addAttribute("algemeneFout", String.join(" ", e.fouten().values()));
                }
            }
        }
        return pagina(medewerker, zaakId, model);
    }

    /** Whether one of the case's meldingen (at most the latest 20) is about debts or names the levensgebied Financiën. */
    private boolean meldingOverGeld(Gebruiker medewerker, List<nl.dichtbij.toegang.Huishoudoverzicht.EerdereMelding> meldingen) {
        for (var eerder : meldingen.stream().limit(20).toList()) {
            try {
                var melding = meldingenvanzaak.bekijk(medewerker, eerder.id());
                if (melding.schulden() || melding.levensgebieden().contains(Levensgebied.FINANCIEN)) {
                    return true;
                }
            } catch (org.springframework.security.access.AccessDeniedException | nl.dichtbij.platform.NietGevondenException
                     | nl.dichtbij.platform.GeenToegangException e) {
                // a melding this professional may not open says nothing here
            }
        }
        return false;
    }

    private String pagina(Gebruiker medewerker, long zaakId, Model model) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        Ondersteuningsplan plan = plannen.bekijken(medewerker, zaakId);
        model.addAttribute("zaak", zaak);
        model.addAttribute("plan", plan);
        var toegang = dossiertoegang.vanMedewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId());
        model.addAttribute("toegang", toegang);
        model.addAttribute("toestemmingen", toestemmingen.actiefVoorHuishouden(zaak.gemeenteCode(), zaak.huishoudenId()));
        model.addAttribute("adres", register.adres(zaak.gemeenteCode(), zaak.huishoudenId()).map(a -> a.regel()).orElse(""));
        model.addAttribute("leden", plannen.leden(plan));
        // the participatieladder of the adults (issue 20), when the professional may see the plan
        List<nl.dichtbij.personen.Persoon> volwassenen = plannen.leden(plan).stream().filter(p -> p.leeftijdOp(LocalDate.now(clock)) >= 18).toList();
        model.addAttribute("volwassenen", volwassenen);
        model.addAttribute("ladder", toegang.mag(nl.dichtbij.dossier.Dossierdeel.PLAN)
                ? participatieladder.van(medewerker, volwassenen.stream().map(nl.dichtbij.personen.Persoon::bsn).toList()) : java.util.Map.of());
        model.addAttribute("treden", nl.dichtbij.participatie.Trede.values());
        if (!model.containsAttribute("ladderVoor")) {
            model.addAttribute("ladderVoor", "");
            model.addAttribute("ladderFouten", java.util.Map.of());
            model.addAttribute("ladderIngevuld", java.util.Map.of("trede", "", "datum", LocalDate.now(clock).toString(), "toelichting", ""));
        }
        // the safety records (issue 20): only for whoever may see them (regisseur, teamleider, emergency access); logged
        model.addAttribute("veiligheid", toegang.mag(nl.dichtbij.dossier.Dossierdeel.VEILIGHEID) ? veiligheid.samenvatting(medewerker, zaakId) : null);
        // the register's interventions an action may name (issue 18), and the names of those the plan's actions name
        var interventieregister = interventies.lijst(medewerker);
        model.addAttribute("interventieKeuzes", interventieregister.stream().filter(nl.dichtbij.interventies.Interventie::actief).toList());
        model.addAttribute("interventieNamen", interventieregister.stream().collect(java.util.stream.Collectors.toMap(
                nl.dichtbij.interventies.Interventie::id, nl.dichtbij.interventies.Interventie::naam)));
        model.addAttribute("zrmZonderAfsluiting", zrm.zonderAfsluiting(zaak.gemeenteCode(), zaakId));
        var meldingenVanZaak = huishoudoverzicht.vanZaak(medewerker, zaak.huishoudenId(), zaakId);
        model.addAttribute("meldingen", meldingenVanZaak);
        boolean financienGevraagd = toegang.mag(nl.dichtbij.dossier.Dossierdeel.PLAN)
                && plan.doelen().stream().noneMatch(d -> d.levensgebied() == Levensgebied.FINANCIEN)
                && (vroegsignalen.heeftSchuldsignaal(medewerker, zaak.huishoudenId()) || meldingOverGeld(medewerker, meldingenVanZaak));
        model.addAttribute("financienGevraagd", financienGevraagd);
        model.addAttribute("leadTeam", gemeenten.team(zaak.leadTeamId()).map(t -> t.naam()).orElse(""));
        model.addAttribute("versies", plannen.versies(plan));
        model.addAttribute("reacties", plannen.reacties(plan));
        model.addAttribute("nietAkkoord", plannen.nietAkkoordMetHuidigeVersie(plan).orElse(null));
        List<nl.dichtbij.sturing.Voorziening> bijPartners = toegang.mag(nl.dichtbij.dossier.Dossierdeel.BESLUITEN)
                ? voorzieningen.lopendBijPartners(medewerker, zaak.huishoudenId()) : List.of();
        model.addAttribute("bijPartners", bijPartners);
        // the referrals to partners (issue 20), in numbers with a link to their page
        model.addAttribute("doorverwijzingen", toegang.mag(nl.dichtbij.dossier.Dossierdeel.PLAN) ? doorverwijzingen.telling(zaak.gemeenteCode(), zaakId) : null);
        model.addAttribute("voorstel", plannen.procesregieVoorstel(plan, zaak.regievorm(), bijPartners.stream()
                .map(v -> v.regeling() == nl.dichtbij.sturing.Regeling.SCHULDHULPVERLENING ? nl.dichtbij.plan.Regeling.SCHULDHULP
                        : v.regeling() == nl.dichtbij.sturing.Regeling.WERK_EN_INKOMEN ? nl.dichtbij.plan.Regeling.PARTICIPATIEWET : nl.dichtbij.plan.Regeling.GEEN)
                .collect(java.util.stream.Collectors.toSet())).orElse(null));
        model.addAttribute("escalaties", escalaties.vanZaak(medewerker, zaakId));
        model.addAttribute("aanbieders", escalaties.kiesbareAanbieders());
        model.addAttribute("aanvragen", besluiten.aanvragenVanZaak(medewerker, zaakId));
        model.addAttribute("bezwaren", bezwaren.vanZaak(medewerker, zaakId));
        model.addAttribute("verwijzingen", toegang.mag(nl.dichtbij.dossier.Dossierdeel.BESLUITEN) ? verwijzingen.vanZaak(medewerker, zaakId) : List.of());
        model.addAttribute("wetten", nl.dichtbij.platform.Wet.values());
        // the law of the professional's own team comes first: a Wmo consulent mostly asks under the Wmo
        model.addAttribute("eigenWet", medewerker.teamId() == null ? null : gemeenten.team(medewerker.teamId())
                .map(t -> t.doelgroep() == nl.dichtbij.gemeente.Doelgroep.JEUGD ? nl.dichtbij.platform.Wet.JEUGDWET : nl.dichtbij.platform.Wet.WMO)
                .orElse(null));
        model.addAttribute("collegas", gemeenten.medewerkers(zaak.gemeenteCode()).stream()
                .filter(m -> !m.gebruikersnaam().equals(zaak.regisseur())).toList());
        Map<Long, ZrmGrafiek> grafieken = new LinkedHashMap<>();
        Map<Long, List<nl.dichtbij.plan.Evaluatie>> evaluaties = new LinkedHashMap<>();
        Map<Long, List<Plannen.ZrmPunt>> voortgang = plannen.voortgang(plan);
        Map<Long, List<nl.dichtbij.plan.Evaluatie>> perDoel = plannen.evaluaties(plan);
        for (Doel doel : plan.doelen()) {
            grafieken.put(doel.id(), ZrmGrafiek.van(voortgang.getOrDefault(doel.id(), List.of()), doel.doelscore()));
            evaluaties.put(doel.id(), perDoel.getOrDefault(doel.id(), List.of()));
        }
        model.addAttribute("grafieken", grafieken);
        model.addAttribute("aanbiedersvoortgang", voortgangsnotities.vanPlan(plan));
        model.addAttribute("evaluaties", evaluaties);
        model.addAttribute("levensgebieden", Levensgebied.values());
        model.addAttribute("zrmDomeinen", ZrmDomein.values());
        model.addAttribute("regelingen", Regeling.values());
        model.addAttribute("uitvoerders", Uitvoerder.values());
        model.addAttribute("regievormen", Regievorm.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute("doel")) {
            model.addAttribute("doel", new Formulieren.DoelFormulier());
        }
        if (!model.containsAttribute("actie")) {
            Formulieren.ActieFormulier actie = new Formulieren.ActieFormulier();
            actie.setVanaf(LocalDate.now(clock));
            model.addAttribute("actie", actie);
        }
        if (!model.containsAttribute("evaluatie")) {
            Formulieren.EvaluatieFormulier evaluatie = new Formulieren.EvaluatieFormulier();
            evaluatie.setDatum(LocalDate.now(clock));
            model.addAttribute("evaluatie", evaluatie);
        }
        model.addAttribute("reactie", model.containsAttribute("reactie") ? model.getAttribute("reactie") : new Formulieren.ReactieFormulier());
        if (!model.containsAttribute("berichtFormulier")) {
            Formulieren.BerichtFormulier bericht = new Formulieren.BerichtFormulier();
            bericht.setBetreft(zaken.laatsteAfzenderBsn(zaak));
            model.addAttribute("berichtFormulier", bericht);
        }
        model.addAttribute("overdracht", model.containsAttribute("overdracht") ? model.getAttribute("overdracht") : new Formulieren.OverdrachtFormulier());
        model.addAttribute("sluiten", model.containsAttribute("sluiten") ? model.getAttribute("sluiten") : new Formulieren.SluitFormulier());
        model.addAttribute("sluitredenen", nl.dichtbij.regie.Sluitreden.keuzes());
        model.addAttribute("escalatie", model.containsAttribute("escalatie") ? model.getAttribute("escalatie") : new Formulieren.EscalatieFormulier());
        if (!model.containsAttribute("regievormFormulier")) {
            Formulieren.RegievormFormulier regie = new Formulieren.RegievormFormulier();
            regie.setRegievorm(zaak.regievorm());
            model.addAttribute("regievormFormulier", regie);
        }
        return "plan/zaak";
    }
}
