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
import nl.dichtbij.regie.Escalaties;
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
@Tag(name = "Zaken en plannen", description = "De zaak per huishouden, de regie en het ondersteuningsplan")
class PlanApi {

    private final Zaken zaken;
    private final Plannen plannen;
    private final Escalaties escalaties;

    PlanApi(Zaken zaken, Plannen plannen, Escalaties escalaties) {
        this.zaken = zaken;
        this.plannen = plannen;
        this.escalaties = escalaties;
    }

    record OverdrachtResource(Instant tijdstip, String van, String naar, String notitie) {
    }

    record BerichtResource(Instant tijdstip, String tekst) {
    }

    record ZaakResource(long id, long huishoudenId, boolean open, Regievorm regievorm, String regisseur, String regisseurNaam,
                        LocalDate waakvlamDatum, String sluitreden, List<OverdrachtResource> overdrachten, List<BerichtResource> berichten) {

        static ZaakResource van(Zaak z) {
            return new ZaakResource(z.id(), z.huishoudenId(), z.isOpen(), z.regievorm(), z.regisseur(), z.regisseurNaam(), z.waakvlamDatum(),
                    z.sluitreden(), z.overdrachten().stream().map(o -> new OverdrachtResource(o.tijdstip(), o.vanNaam(), o.naarNaam(), o.notitie())).toList(),
                    z.berichten().stream().map(b -> new BerichtResource(b.tijdstip(), b.tekst())).toList());
        }
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

    @GetMapping("/zaken/{zaakId}")
    @Operation(summary = "Eén zaak", description = "Regisseur, regievorm, overdrachten en berichten aan het huishouden.")
    ZaakResource zaak(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId) {
        return ZaakResource.van(zaken.voorMedewerker(gebruiker, zaakId));
    }

    record OverdrachtVerzoek(String naar, String notitie) {
    }

    @PutMapping("/zaken/{zaakId}/regisseur")
    @Operation(summary = "Warme overdracht", description = "Een nieuwe regisseur met een overdrachtsnotitie.")
    ZaakResource overdragen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody OverdrachtVerzoek verzoek) {
        return ZaakResource.van(zaken.overdragen(gebruiker, zaakId, verzoek.naar(), verzoek.notitie()));
    }

    record RegievormVerzoek(Regievorm regievorm, String reden) {
    }

    @PutMapping("/zaken/{zaakId}/regievorm")
    @Operation(summary = "Regievorm wijzigen", description = "Casusregie, procesregie of ambulante begeleiding.")
    ZaakResource regievorm(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody RegievormVerzoek verzoek) {
        return ZaakResource.van(zaken.regievorm(gebruiker, zaakId, verzoek.regievorm(), verzoek.reden()));
    }

    record AfsluitVerzoek(String reden, LocalDate waakvlamDatum) {
    }

    @PostMapping("/zaken/{zaakId}/afsluiting")
    @Operation(summary = "Zaak afsluiten", description = "Met reden en eventueel een waakvlamdatum.")
    ZaakResource afsluiten(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody AfsluitVerzoek verzoek) {
        return ZaakResource.van(zaken.sluiten(gebruiker, zaakId, verzoek.reden(), verzoek.waakvlamDatum()));
    }

    record EscalatieVerzoek(String partij, String besluit, String waarom, LocalDate uiterlijk) {
    }

    record EscalatieResource(long id) {
    }

    @PostMapping("/zaken/{zaakId}/escalaties")
    @Operation(summary = "Doorzettingsmacht", description = "De procesregisseur legt vast welke partij welk besluit moet nemen.")
    ResponseEntity<EscalatieResource> escaleren(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId,
                                                @RequestBody EscalatieVerzoek verzoek) {
        long id = escalaties.vastleggen(gebruiker, zaakId, verzoek.partij(), verzoek.besluit(), verzoek.waarom(), verzoek.uiterlijk());
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + zaakId)).body(new EscalatieResource(id));
    }

    @GetMapping("/zaken/{zaakId}/plan")
    @Operation(summary = "Het ondersteuningsplan", description = "Doelen en acties, versie, akkoord en het voorstel voor procesregie.")
    PlanResource plan(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId) {
        Zaak zaak = zaken.voorMedewerker(gebruiker, zaakId);
        return resource(plannen.vanZaak(gebruiker, zaakId), zaak.regievorm());
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
