package nl.dichtbij.plan.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.plan.Actie;
import nl.dichtbij.plan.Doel;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.NieuweActie;
import nl.dichtbij.plan.Ondersteuningsplan;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plannen", description = "Het ondersteuningsplan van een huishouden: doelen, acties, evaluaties en akkoord")
class PlanApi {

    private final Zaken zaken;
    private final Plannen plannen;

    PlanApi(Zaken zaken, Plannen plannen) {
        this.zaken = zaken;
        this.plannen = plannen;
    }

    record ActieResource(long id, String omschrijving, Uitvoerder uitvoerder, boolean informeel, String uitvoerderNaam, LocalDate vanaf,
                         LocalDate tot) {
    }

    record DoelResource(long id, String omschrijving, String voorWie, String levensgebied, ZrmDomein zrmDomein, Integer doelscore,
                        Regeling regeling, int evaluatieMaanden, LocalDate volgendeEvaluatie, List<ActieResource> acties) {
    }

    record PlanResource(long id, long zaakId, int versienummer, String gewijzigdDoor, Instant gewijzigdOp, Integer akkoordVersie,
                        Instant akkoordOp, boolean informeelEnFormeel, String procesregieVoorstel, List<DoelResource> doelen) {
    }

    @GetMapping("/zaken/{zaakId}/plan")
    @Operation(summary = "Het ondersteuningsplan", description = "Doelen en acties, versie, akkoord en het voorstel voor procesregie.")
    PlanResource plan(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId) {
        Zaak zaak = zaken.voorMedewerker(gebruiker, zaakId);
        return resource(plannen.bekijken(gebruiker, zaakId), zaak.regievorm());
    }

    record DoelVerzoek(String omschrijving, String persoonBsn, String levensgebied, ZrmDomein zrmDomein, Integer doelscore,
                       Regeling regeling, Integer evaluatieMaanden) {
    }

    @PostMapping("/zaken/{zaakId}/plan/doelen")
    @Operation(summary = "Doel toevoegen", description = "Een nieuwe versie van het plan met een doel erbij.")
    ResponseEntity<PlanResource> doel(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody DoelVerzoek verzoek) {
        Levensgebied gebied = verzoek.levensgebied() == null ? null : Levensgebied.vanCode(verzoek.levensgebied())
                .orElseThrow(() -> new OngeldigeInvoerException("levensgebied", "Onbekend levensgebied '" + verzoek.levensgebied() + "'."));
        plannen.doelToevoegen(gebruiker, zaakId, new NieuwDoel(verzoek.omschrijving(), verzoek.persoonBsn(), gebied, verzoek.zrmDomein(),
                verzoek.doelscore(), verzoek.regeling() == null ? Regeling.GEEN : verzoek.regeling(),
                verzoek.evaluatieMaanden() == null ? 3 : verzoek.evaluatieMaanden()));
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + zaakId + "/plan")).body(plan(gebruiker, zaakId));
    }

    @PostMapping("/zaken/{zaakId}/plan/doelen/{doelId}/acties")
    @Operation(summary = "Actie toevoegen", description = "Wie doet wat, van wanneer tot wanneer.")
    ResponseEntity<PlanResource> actie(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @PathVariable long doelId,
                                       @RequestBody NieuweActie verzoek) {
        plannen.actieToevoegen(gebruiker, zaakId, doelId, verzoek);
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + zaakId + "/plan")).body(plan(gebruiker, zaakId));
    }

    record EvaluatieVerzoek(LocalDate evaluatiedatum, String voortgang, Integer zrmProfessional, Integer zrmInwoner) {
    }

    @PostMapping("/zaken/{zaakId}/plan/doelen/{doelId}/evaluaties")
    @Operation(summary = "Evaluatie vastleggen", description = "Voortgang en ZRM-herscores van professional en inwoner.")
    ResponseEntity<PlanResource> evaluatie(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @PathVariable long doelId,
                                           @RequestBody EvaluatieVerzoek verzoek) {
        plannen.evalueren(gebruiker, zaakId, doelId, verzoek.evaluatiedatum(), verzoek.voortgang(), verzoek.zrmProfessional(), verzoek.zrmInwoner());
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + zaakId + "/plan")).body(plan(gebruiker, zaakId));
    }

    @GetMapping("/mijn/plan")
    @Operation(summary = "Mijn plan", description = "Het plan van het eigen huishouden, voor de inwoner.")
    PlanResource mijnPlan(@AuthenticationPrincipal Gebruiker inwoner) {
        Ondersteuningsplan plan = plannen.vanInwoner(inwoner).orElseThrow(() -> new NietGevondenException("Het plan"));
        return resource(plan, null);
    }

    record AkkoordVerzoek(Integer versienummer) {
    }

    @PutMapping("/mijn/plan/akkoord")
    @Operation(summary = "Akkoord geven", description = "De inwoner gaat akkoord met de versie die hij las.")
    PlanResource akkoord(@AuthenticationPrincipal Gebruiker inwoner, @RequestBody AkkoordVerzoek verzoek) {
        plannen.akkoord(inwoner, verzoek.versienummer() == null ? -1 : verzoek.versienummer());
        return mijnPlan(inwoner);
    }

    private PlanResource resource(Ondersteuningsplan plan, Regievorm regievorm) {
        return new PlanResource(plan.id(), plan.zaakId(), plan.versienummer(), plan.gewijzigdDoorNaam(), plan.gewijzigdOp(),
                plan.akkoordVersie(), plan.akkoordOp(), plan.informeelEnFormeel(),
                regievorm == null ? null : plannen.procesregieVoorstel(plan, regievorm).orElse(null),
                plan.doelen().stream().map(PlanApi::resource).toList());
    }

    private static DoelResource resource(Doel d) {
        return new DoelResource(d.id(), d.omschrijving(), d.persoonNaam(), d.levensgebied().code(), d.zrmDomein(), d.doelscore(), d.regeling(),
                d.evaluatieMaanden(), d.volgendeEvaluatie(), d.acties().stream().map(PlanApi::resource).toList());
    }

    private static ActieResource resource(Actie a) {
        return new ActieResource(a.id(), a.omschrijving(), a.uitvoerder(), a.uitvoerder().informeel(), a.uitvoerderNaam(), a.vanaf(), a.tot());
    }
}
