package nl.dichtbij.plan.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.plan.NieuweVoortgang;
import nl.dichtbij.plan.Voortgangsnotitie;
import nl.dichtbij.plan.Voortgangsnotities;
import nl.dichtbij.plan.VoortgangAlDoorgegevenException;
import nl.dichtbij.plan.VoortgangGeweigerdException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's progress notes through the provider API: authenticated as the organisation with its key or client-credentials
 * token (like {@code /api/v1/berichten}; the principal is its AGB code). A provider serves several municipalities, so each call
 * names the municipality ({@code gemeente}); the client is named by the decision its toewijzing rests on ({@code beschikkingId},
 * listed by {@code GET /voortgangsnotities/doelen} with the client's BSN, product and period to match the 301). The access
 * rule is {@link Voortgangsnotities}'s, the same as in the portal.
 */
@RestController
@RequestMapping("/api/v1/voortgangsnotities")
@Tag(name = "Voortgang van aanbieders", description = "De aanbieder geeft per cliënt en per evaluatieperiode de voortgang op een doel van het plan door")
class VoortgangApi {

    private static final Pattern GEMEENTE = Pattern.compile("\\d{4}");

    private final Voortgangsnotities voortgangsnotities;
    private final Besluiten besluiten;
    private final Dossiertoegang dossiertoegang;

    VoortgangApi(Voortgangsnotities voortgangsnotities, Besluiten besluiten, Dossiertoegang dossiertoegang) {
        this.voortgangsnotities = voortgangsnotities;
        this.besluiten = besluiten;
        this.dossiertoegang = dossiertoegang;
    }

    record OpenDoelResource(long beschikkingId, String bsn, String productcode, LocalDate toewijzingVan, LocalDate toewijzingTot, long doelId,
                            String omschrijving, String voorWie, int periodeNummer, LocalDate periodeVan, LocalDate periodeTot,
                            boolean alDoorgegeven) {
    }

    record VoortgangsnotitieResource(long id, long beschikkingId, long doelId, int periodeNummer, LocalDate periodeVan, LocalDate periodeTot,
                                     String tekst, String goedGegaan, String aandacht, String doorNaam, Instant geschrevenOp, boolean gelezen,
                                     Instant gelezenOp) {
    }

    record VoortgangVerzoek(String gemeente, Long beschikkingId, Long doelId, String tekst, String goedGegaan, String aandacht) {
    }

    @GetMapping("/doelen")
    @Operation(summary = "Doelen waarop u voortgang kunt doorgeven",
            description = "Per lopende toewijzing in de gemeente waarvoor de inwoner het plan met u deelt: de doelen over uw cliënt of het hele "
                    + "huishouden, met de lopende evaluatieperiode en of u daarin al voortgang doorgaf.")
    List<OpenDoelResource> doelen(@AuthenticationPrincipal String aanbiederAgb,
                                  @Parameter(description = "CBS-code van de gemeente, bijvoorbeeld 0632") @RequestParam(required = false) String gemeente,
                                  @Parameter(description = "Alleen deze toewijzing (het nummer van het besluit)") @RequestParam(required = false) Long beschikkingId) {
        Gebruiker aanbieder = aanbieder(aanbiederAgb, gemeente);
        List<Beschikking> toewijzingen = beschikkingId == null ? besluiten.vanAanbieder(aanbieder) : List.of();
        List<Long> ids = beschikkingId != null ? List.of(beschikkingId) : toewijzingen.stream().map(Beschikking::id).toList();
        List<OpenDoelResource> doelen = new ArrayList<>();
        for (long id : ids) {
            Voortgangsnotities.Schrijfruimte ruimte;
            try {
                ruimte = voortgangsnotities.schrijfruimte(aanbieder, id);
            } catch (VoortgangGeweigerdException e) {
                if (beschikkingId != null) {
                    throw e; // asked for this one: say why not
                }
                continue; // in the list: only where the rule lets the provider write
            }
            dossiertoegang.aanbiederZag(aanbieder, ruimte.plan().gemeenteCode(), List.of(ruimte.client().bsn()), Dossierdeel.PLAN,
                    "Toestemming van de inwoner (AVG art. 6 lid 1a)");
            Beschikking t = ruimte.toewijzing();
            ruimte.doelen().forEach(o -> doelen.add(new OpenDoelResource(t.id(), t.persoonBsn(), t.productcode(), t.ingangsdatum(), t.einddatum(),
                    o.doel().id(), o.doel().omschrijving(), o.doel().persoonNaam(), o.periode().nummer(), o.periode().van(), o.periode().tot(),
                    o.alDoorgegeven())));
        }
        return doelen;
    }

    @PostMapping
    @Operation(summary = "Voortgang doorgeven",
            description = "Eén keer per doel per evaluatieperiode, alleen bij een lopende toewijzing en als de inwoner het plan met u deelt. "
                    + "De regisseur leest de voortgang bij de evaluatie van het doel.")
    @ApiResponse(responseCode = "201", description = "Doorgegeven")
    @ApiResponse(responseCode = "409", description = "U gaf in deze periode al voortgang door op dit doel")
    ResponseEntity<VoortgangsnotitieResource> schrijven(@AuthenticationPrincipal String aanbiederAgb, @RequestBody VoortgangVerzoek verzoek) {
        Gebruiker aanbieder = aanbieder(aanbiederAgb, verzoek.gemeente());
        if (verzoek.beschikkingId() == null || verzoek.doelId() == null) {
            var fouten = new java.util.LinkedHashMap<String, String>();
            if (verzoek.beschikkingId() == null) {
                fouten.put("beschikkingId", "Noem de toewijzing: het nummer van het besluit (beschikkingId).");
            }
            if (verzoek.doelId() == null) {
                fouten.put("doelId", "Noem het doel (doelId) uit GET /voortgangsnotities/doelen.");
            }
            throw new OngeldigeInvoerException(fouten);
        }
        Voortgangsnotitie notitie = voortgangsnotities.schrijven(aanbieder, verzoek.beschikkingId(), verzoek.doelId(),
                new NieuweVoortgang(verzoek.tekst(), verzoek.goedGegaan(), verzoek.aandacht()));
        return ResponseEntity.created(URI.create("/api/v1/voortgangsnotities/" + notitie.id() + "?gemeente=" + notitie.gemeenteCode()))
                .body(resource(notitie));
    }

    @GetMapping
    @Operation(summary = "Uw voortgangsnotities", description = "Wat uw organisatie in de gemeente doorgaf, nieuwste eerst, en of de regisseur het al las.")
    List<VoortgangsnotitieResource> lijst(@AuthenticationPrincipal String aanbiederAgb,
                                          @Parameter(description = "CBS-code van de gemeente, bijvoorbeeld 0632") @RequestParam(required = false) String gemeente,
                                          @Parameter(description = "Alleen deze toewijzing (het nummer van het besluit)") @RequestParam(required = false) Long beschikkingId) {
        return voortgangsnotities.vanAanbieder(aanbieder(aanbiederAgb, gemeente), beschikkingId).stream().map(VoortgangApi::resource).toList();
    }

    @GetMapping("/{notitieId}")
    @Operation(summary = "Eén voortgangsnotitie van uw organisatie")
    VoortgangsnotitieResource notitie(@AuthenticationPrincipal String aanbiederAgb, @PathVariable long notitieId,
                                      @Parameter(description = "CBS-code van de gemeente, bijvoorbeeld 0632") @RequestParam(required = false) String gemeente) {
        return resource(voortgangsnotities.vanAanbieder(aanbieder(aanbiederAgb, gemeente), notitieId));
    }

    @ExceptionHandler(VoortgangGeweigerdException.class)
    ResponseEntity<ProblemDetail> geweigerd(VoortgangGeweigerdException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage()));
    }

    @ExceptionHandler(VoortgangAlDoorgegevenException.class)
    ResponseEntity<ProblemDetail> alDoorgegeven(VoortgangAlDoorgegevenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.CONFLICT, "Al doorgegeven", e.getMessage()));
    }

    /** The provider as the services know it: its AGB code, in the municipality the call names. */
    private static Gebruiker aanbieder(String agb, String gemeente) {
        if (gemeente == null || !GEMEENTE.matcher(gemeente).matches()) {
            throw new OngeldigeInvoerException("gemeente", "Noem de gemeente met haar CBS-code van vier cijfers, bijvoorbeeld 0632.");
        }
        return new Gebruiker("api:" + agb, null, "Koppeling van AGB " + agb, Rol.AANBIEDER, gemeente, null, null, agb, null);
    }

    private static VoortgangsnotitieResource resource(Voortgangsnotitie n) {
        return new VoortgangsnotitieResource(n.id(), n.beschikkingId(), n.doelId(), n.periodeNummer(), n.periodeVan(), n.periodeTot(), n.tekst(),
                n.goedGegaan(), n.aandacht(), n.doorNaam(), n.geschrevenOp(), n.gelezen(), n.gelezenOp());
    }
}
