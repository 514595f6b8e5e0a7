package nl.dichtbij.aanbod.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.aanbod.Inkoopcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The buyer's figures (issue 16) for beleid: what the inkoop page shows, as JSON. Only beleid, only the own municipality. */
@RestController
@RequestMapping("/api/v1/inkoop")
@Tag(name = "Inkoop", description = "Inkoopcijfers voor beleid: contracten, aanbieders, plafonds, afgewezen declaraties en tarieven")
class InkoopApi {

    private final Inkoopcijfers cijfers;
    private final Clock clock;

    InkoopApi(Inkoopcijfers cijfers, Clock clock) {
        this.cijfers = cijfers;
        this.clock = clock;
    }

    @GetMapping("/cijfers")
    @Operation(operationId = "inkoopcijfersOphalen", summary = "De inkoopcijfers van een jaar",
            description = "Voor de eigen gemeente en één jaar, over de contracten van de gemeente en de regionale contracten waar zij aan "
                    + "meedoet: contracten per inkoopmodel en wet; gecontracteerde aanbieders en producten per wet, met het jaar ervoor; per "
                    + "aanbieder en wet het plafond, het bestede bedrag (toegekend op declaraties, in centen), het percentage en een "
                    + "waarschuwing vanaf 90%; declaratieregels afgewezen op het tarief per maand en aanbieder (aantal en bedrag in centen); en "
                    + "per product de tarieven van de aanbieders naast elkaar op de peildatum, met het laagste en hoogste tarief gemarkeerd. "
                    + "Geen persoonsgegevens. Alleen voor beleid.")
    @ApiResponse(responseCode = "200", description = "De inkoopcijfers")
    @ApiResponse(responseCode = "400", description = "Een jaar buiten 2000–2100 of een peildatum die geen datum is")
    Inkoopcijfers.Overzicht cijfers(@AuthenticationPrincipal Gebruiker gebruiker,
                                    @Parameter(description = "Het jaar; standaard dit jaar", example = "2026")
                                    @RequestParam(required = false) Integer jaar,
                                    @Parameter(description = "De dag waarop de tarieven worden vergeleken (jjjj-mm-dd); standaard vandaag in dit "
                                            + "jaar, de laatste dag van een voorbij jaar en de eerste dag van een komend jaar", example = "2026-11-23")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        int gekozen = jaar == null ? LocalDate.now(clock).getYear() : jaar;
        if (gekozen < 2000 || gekozen > 2100) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar tussen 2000 en 2100.");
        }
        if (peildatum != null && (peildatum.getYear() < 2000 || peildatum.getYear() > 2100)) {
            throw new OngeldigeInvoerException("peildatum", "Kies een peildatum tussen 2000 en 2100.");
        }
        return cijfers.overzicht(gebruiker, gekozen, peildatum);
    }
}
