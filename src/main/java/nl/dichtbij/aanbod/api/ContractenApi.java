package nl.dichtbij.aanbod.api;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contracten.Contract;
import nl.dichtbij.aanbod.Contractregels;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.platform.api.PaginaResource;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contracts of beleid en inkoop: the municipality's and the region's agreements with providers, with tariffs and ceilings. */
@RestController
@RequestMapping("/api/v1/contracten")
@Tag(name = "Contracten", description = "Contracten met aanbieders: inkoopmodel, producten met bekostigingsvorm, tarieven met geldigheid, plafond, wachttijdnorm")
class ContractenApi {

    private final Contracten contracten;

    ContractenApi(Contracten contracten) {
        this.contracten = contracten;
    }

    record ContractregelResource(long id, String kenmerk, String regio, String beheerdDoor, String aanbiederAgb, String aanbiederNaam, String wet,
                                 String inkoopmodel, LocalDate ingangsdatum, LocalDate einddatum) {

        static ContractregelResource van(Contracten.Contractregel c) {
            return new ContractregelResource(c.id(), c.kenmerk(), c.regio(), c.gemeenteCode(), c.aanbiederAgb(), c.aanbiederNaam(), c.wet().name(),
                    c.model().name(), c.ingangsdatum(), c.einddatum());
        }
    }

    record ProductResource(String productcode, String bekostigingsvorm) {
    }

    record TariefResource(long id, String productcode, LocalDate geldigVanaf, LocalDate geldigTot, BigDecimal tarief, String eenheid) {
    }

    record PlafondResource(String gemeente, int jaar, BigDecimal bedrag) {
    }

    record ContractResource(long id, String kenmerk, String regio, String beheerdDoor, List<String> gemeenten, long aanbiederId, String aanbiederAgb,
                            String aanbiederNaam, String wet, String inkoopmodel, LocalDate ingangsdatum, LocalDate einddatum,
                            String toelatingsvoorwaarden, boolean tussentijdsToetreden, Integer wachttijdnormDagen, int versie, String gewijzigdDoor,
                            Instant gewijzigdOp, List<ProductResource> producten, List<TariefResource> tarieven, List<PlafondResource> plafonds) {

        static ContractResource van(Contract c) {
            return new ContractResource(c.id(), c.kenmerk(), c.regio(), c.gemeenteCode(), c.gemeenten(), c.aanbiederId(), c.aanbiederAgb(),
                    c.aanbiederNaam(), c.wet().name(), c.model().name(), c.ingangsdatum(), c.einddatum(), c.toelatingsvoorwaarden(),
                    c.tussentijdsToetreden(), c.wachttijdnormDagen(), c.versie(), c.gewijzigdDoor(), c.gewijzigdOp(),
                    c.producten().stream().map(p -> new ProductResource(p.productcode(), p.bekostigingsvorm().name())).toList(),
                    c.tarieven().stream().map(t -> new TariefResource(t.id(), t.productcode(), t.geldigVanaf(), t.geldigTot(),
                            BigDecimal.valueOf(t.tariefCenten(), 2), t.eenheid())).toList(),
                    c.plafonds().stream().map(p -> new PlafondResource(p.gemeenteCode(), p.jaar(), BigDecimal.valueOf(p.bedragCenten(), 2))).toList());
        }
    }

    record VersieResource(int versie, Instant tijdstip, String door, String wat) {
    }

    @GetMapping
    @Operation(operationId = "contractenZoeken", summary = "Contracten", description = "De contracten die voor uw gemeente gelden; stand LOPEND, AFGELOPEN of ALLE, per pagina.")
    PaginaResource<ContractregelResource> lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(defaultValue = "LOPEND") String stand,
                                                @RequestParam(defaultValue = "0") int pagina, @RequestParam(defaultValue = "25") int paginaGrootte) {
        Contracten.Stand gekozen = Contracten.Stand.van(stand)
                .orElseThrow(() -> new OngeldigeInvoerException("stand", "Kies voor stand LOPEND, AFGELOPEN of ALLE."));
        return PaginaResource.van(contracten.lijst(gebruiker, gekozen, Math.max(0, pagina), paginaGrootte), ContractregelResource::van);
    }

    @GetMapping("/{contractId}")
    @Operation(operationId = "contractOphalen", summary = "Eén contract", description = "Met producten, tarieven en plafonds.")
    ContractResource contract(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId) {
        return ContractResource.van(contracten.contract(gebruiker, contractId));
    }

    @GetMapping("/{contractId}/versies")
    @Operation(operationId = "contractVersies", summary = "Versies van een contract", description = "Elke wijziging met wie en wanneer, nieuwste eerst.")
    List<VersieResource> versies(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId) {
        return contracten.historie(gebruiker, contractId).stream().map(v -> new VersieResource(v.versie(), v.tijdstip(), v.door(), v.wat())).toList();
    }

    record ContractVerzoek(String kenmerk, String regio, List<String> gemeenten, Long aanbiederId, String wet, String inkoopmodel,
                           LocalDate ingangsdatum, LocalDate einddatum, String toelatingsvoorwaarden, Boolean tussentijdsToetreden,
                           Integer wachttijdnormDagen) {

        Contractregels.Gegevens gegevens() {
            Wet gekozen = wet == null ? null : java.util.Arrays.stream(Wet.values()).filter(w -> w.name().equalsIgnoreCase(wet.strip())).findFirst()
                    .orElseThrow(() -> new OngeldigeInvoerException("wet", "Onbekende wet " + wet + "."));
            return new Contractregels.Gegevens(kenmerk, regio, aanbiederId, gekozen, Inkoopmodel.van(inkoopmodel), ingangsdatum, einddatum,
                    toelatingsvoorwaarden, Boolean.TRUE.equals(tussentijdsToetreden), wachttijdnormDagen, gemeenten == null ? List.of() : gemeenten);
        }
    }

    @PostMapping
    @Operation(operationId = "contractVastleggen", summary = "Contract vastleggen", description = "Inkoopmodel OPEN_HOUSE, AANBESTEDING, HOOFDAANNEMER, PER_WIJK, "
            + "POPULATIEBEKOSTIGING of MARKTPLAATS; voor een regionaal contract de regio en de gemeenten (uw gemeente en minstens één andere).")
    ResponseEntity<ContractResource> vastleggen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestBody ContractVerzoek verzoek) {
        Contract c = contracten.vastleggen(gebruiker, verzoek.gegevens());
        return ResponseEntity.created(URI.create("/api/v1/contracten/" + c.id())).body(ContractResource.van(c));
    }

    record WijzigingVerzoek(Integer versie, String kenmerk, String inkoopmodel, LocalDate ingangsdatum, LocalDate einddatum,
                            String toelatingsvoorwaarden, Boolean tussentijdsToetreden, Integer wachttijdnormDagen) {
    }

    @PutMapping("/{contractId}")
    @Operation(operationId = "contractWijzigen", summary = "Contract wijzigen", description = "De voorwaarden, met de versie die u las (een oudere geeft 409). "
            + "Aanbieder, wet en gemeenten veranderen niet.")
    ContractResource wijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody WijzigingVerzoek v) {
        return ContractResource.van(contracten.wijzigen(gebruiker, contractId, versie(v.versie()), new Contractregels.Gegevens(v.kenmerk(), null, null, null,
                Inkoopmodel.van(v.inkoopmodel()), v.ingangsdatum(), v.einddatum(), v.toelatingsvoorwaarden(), Boolean.TRUE.equals(v.tussentijdsToetreden()),
                v.wachttijdnormDagen(), List.of())));
    }

    record ProductVerzoek(Integer versie, String productcode, String bekostigingsvorm) {
    }

    @PostMapping("/{contractId}/producten")
    @Operation(operationId = "contractProductToevoegen", summary = "Product toevoegen", description = "Met bekostigingsvorm INSPANNING, OUTPUT of TAAK.")
    ContractResource product(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody ProductVerzoek v) {
        return ContractResource.van(contracten.productToevoegen(gebruiker, contractId, versie(v.versie()), v.productcode(),
                Bekostigingsvorm.van(v.bekostigingsvorm())));
    }

    record TariefVerzoek(Integer versie, String productcode, LocalDate geldigVanaf, LocalDate geldigTot, BigDecimal tarief, String eenheid) {
    }

    @PostMapping("/{contractId}/tarieven")
    @Operation(operationId = "contractTariefToevoegen", summary = "Tarief toevoegen", description = "Tarief in euro's per eenheid (WJ756) met geldigheid; "
            + "periodes van één product overlappen niet.")
    ContractResource tarief(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody TariefVerzoek v) {
        return ContractResource.van(contracten.tariefToevoegen(gebruiker, contractId, versie(v.versie()),
                new Contractregels.Tariefgegevens(v.productcode(), v.geldigVanaf(), v.geldigTot(), centen(v.tarief(), "tarief"), v.eenheid())));
    }

    record TariefwijzigingVerzoek(Integer versie, BigDecimal tarief, LocalDate per) {
    }

    @PostMapping("/{contractId}/tarieven/{tariefId}/wijziging")
    @Operation(operationId = "contractTariefWijzigen", summary = "Tarief wijzigen per datum", description = "Het lopende tarief stopt de dag vóór 'per'; "
            + "leveringen daarvoor houden het oude tarief.")
    ContractResource tariefWijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @PathVariable long tariefId,
                                    @RequestBody TariefwijzigingVerzoek v) {
        return ContractResource.van(contracten.tariefWijzigen(gebruiker, contractId, versie(v.versie()), tariefId, centen(v.tarief(), "tarief"), v.per()));
    }

    record IndexatieVerzoek(Integer versie, BigDecimal procent, LocalDate per) {
    }

    @PostMapping("/{contractId}/indexatie")
    @Operation(operationId = "contractIndexeren", summary = "Tarieven indexeren", description = "Elk tarief dat op 'per' geldt, wordt 'procent' hoger vanaf die dag.")
    ContractResource indexeren(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody IndexatieVerzoek v) {
        return ContractResource.van(contracten.indexeren(gebruiker, contractId, versie(v.versie()), v.procent(), v.per()));
    }

    record PlafondVerzoek(Integer versie, Integer jaar, BigDecimal bedrag) {
    }

    @PutMapping("/{contractId}/plafond")
    @Operation(operationId = "contractPlafondVastleggen", summary = "Plafond vastleggen", description = "Het plafond van een jaar voor uw gemeente; "
            + "nooit lager dan wat dat jaar al is uitgegeven. Een waarschuwing, geen stop.")
    ContractResource plafond(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody PlafondVerzoek v) {
        return ContractResource.van(contracten.plafondVastleggen(gebruiker, contractId, versie(v.versie()), v.jaar() == null ? 0 : v.jaar(),
                centen(v.bedrag(), "plafond")));
    }

    record BeeindigingVerzoek(Integer versie, LocalDate einddatum, String reden) {
    }

    @PostMapping("/{contractId}/beeindiging")
    @Operation(operationId = "contractBeeindigen", summary = "Contract beëindigen", description = "De laatste dag en de reden; het contract blijft bewaard.")
    ContractResource beeindigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long contractId, @RequestBody BeeindigingVerzoek v) {
        return ContractResource.van(contracten.beeindigen(gebruiker, contractId, versie(v.versie()), v.einddatum(), v.reden()));
    }

    record ImportResource(int opgeslagen, List<String> fouten) {
    }

    @PostMapping(path = "/tarieven", consumes = "text/csv")
    @Operation(operationId = "contractTarievenInlezen", summary = "Tarieven inlezen (CSV)", description = "Kolommen kenmerk;productcode;geldig_vanaf;geldig_tot;"
            + "tarief;eenheid. Alles of niets: bij een fout wordt niets bewaard en staan de fouten per regel in het antwoord (422).")
    ResponseEntity<ImportResource> importeren(@AuthenticationPrincipal Gebruiker gebruiker, @RequestBody String csv) {
        Contracten.Tariefimport uitkomst = contracten.tarievenImporteren(gebruiker, new StringReader(csv));
        return ResponseEntity.status(uitkomst.fouten().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportResource(uitkomst.opgeslagen(), uitkomst.fouten()));
    }

    @ExceptionHandler(Contracten.IntussenGewijzigd.class)
    ResponseEntity<ProblemDetail> intussenGewijzigd(Contracten.IntussenGewijzigd e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.problem(HttpStatus.CONFLICT, "Tegelijk gewijzigd", e.fouten().get("versie")));
    }

    private static int versie(Integer versie) {
        if (versie == null) {
            throw new OngeldigeInvoerException("versie", "Geef de versie mee die u las (veld versie), zodat u geen wijziging van een ander overschrijft.");
        }
        return versie;
    }

    private static Long centen(BigDecimal euro, String veld) {
        if (euro == null) {
            return null;
        }
        if (euro.scale() > 2) {
            throw new OngeldigeInvoerException(veld, "Een bedrag heeft hoogstens twee cijfers achter de komma.");
        }
        return euro.movePointRight(2).longValueExact();
    }
}
