package nl.dichtbij.sturing.api;

import java.time.LocalDate;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.sturing.Regiovergelijking;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regio", description = "De gemeenten van de regio naast elkaar, zonder personen, voor de regio")
class RegioApi {

    private final Regiovergelijking regio;
    private final Clock clock;

    RegioApi(Regiovergelijking regio, Clock clock) {
        this.regio = regio;
        this.clock = clock;
    }

    @GetMapping("/api/v1/regio")
    @Operation(summary = "De gemeenten van de regio naast elkaar",
            description = "Voor het account van een regio (rol REGIO): per gemeente van de regio de stapeling per 1.000 huishoudens, "
                    + "cliënten en kosten per cliënt per wet, uitstroom per 100 cliënten, doorlooptijden per stap en wachttijd per aanbieder. "
                    + "Elke cel heeft een waarde; een aantal onder de 5, en wat daaruit volgt, is null met onderdrukt = true.")
    @ApiResponse(responseCode = "200", description = "De vergelijking")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet in de lijst van jaren staat")
    Regiovergelijking.Vergelijking vergelijking(@AuthenticationPrincipal Gebruiker gebruiker,
                                                @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                                        schema = @Schema(type = "integer", format = "int32"))
                                                @RequestParam(required = false) String jaar) {
        int gekozen = Keuze.jaar(jaar, LocalDate.now(clock).getYear());
        if (!regio.jaren().contains(gekozen)) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar van " + regio.jaren().getLast() + " tot en met " + regio.jaren().getFirst() + ".");
        }
        return regio.vergelijking(gebruiker, gekozen);
    }
}
