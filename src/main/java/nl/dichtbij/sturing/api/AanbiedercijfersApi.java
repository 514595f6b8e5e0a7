package nl.dichtbij.sturing.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Aanbiedersoverzicht;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers in figures (issue 17): the 80/20 list and one provider, as on the pages /sturing/aanbieders. */
@RestController
@RequestMapping("/api/v1/sturing/aanbieders")
@Tag(name = "Sturing", description = "Sturingsinformatie voor beleid en beheer")
class AanbiedercijfersApi {

    private static final String UITLEG = "Bedragen in centen. Uitgaven zijn de goedgekeurde declaraties voor zorg in het jaar; een cliënt is een "
            + "inwoner met een toewijzing die in het jaar liep (een cliënt met twee aanbieders telt in het totaal één keer). De 80%-groep "
            + "(in8020) is het kleinste aantal aanbieders met de hoogste uitgaven dat samen minstens 80% van de uitgaven heeft. Wachttijd: de "
            + "mediaan in dagen van toewijzing tot start per wet, met de norm van het contract. Uitstroom per reden uit JZ588, in groepen "
            + "VOLGENS_PLAN (31), VOORTIJDIG (32–35), OVERSTAP (38, 39) en ANDERS; een tijdelijke stop (20) telt niet. Verzoeken om toewijzing "
            + "en om wijziging met hun uitkomst, en escalaties (doorzettingsmacht) die de aanbieder noemen. Geen persoonsgegevens. Voor bestuur "
            + "en raad zijn aantallen van 1 tot 5 weggelaten (null), met wat daaruit volgt; onderdrukt noemt die velden.";

    private final Aanbiedersoverzicht aanbieders;
    private final Clock clock;

    AanbiedercijfersApi(Aanbiedersoverzicht aanbieders, Clock clock) {
        this.aanbieders = aanbieders;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "De 80/20-lijst van aanbieders",
            description = "Voor één gemeente, één jaar en één wet (of beide): alle aanbieders op volgorde van uitgaven, met plaats, aandeel, "
                    + "cumulatief aandeel, of zij bij de 80%-groep horen, en per aanbieder alle cijfers. " + UITLEG)
    @ApiResponse(responseCode = "200", description = "De lijst")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt, of een onbekende wet")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Aanbiedercijfers.Lijst lijst(@AuthenticationPrincipal Gebruiker gebruiker,
                                 @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                 @RequestParam(required = false) String gemeente,
                                 @Parameter(description = "Het jaar; standaard dit jaar", example = "2026", schema = @Schema(type = "integer", format = "int32"))
                                 @RequestParam(required = false) String jaar,
                                 @Parameter(description = "jeugdwet of wmo; leeg voor allebei", example = "jeugdwet")
                                 @RequestParam(required = false) String wet) {
        Keuze.gemeente(gebruiker, gemeente);
        return aanbieders.lijst(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()), Aanbiedersoverzicht.wet(wet));
    }

    @GetMapping("/{aanbieder}")
    @Operation(summary = "Eén aanbieder in cijfers",
            description = "De cijfers van één aanbieder (AGB-code) in de lijst van het jaar en de wet, met zijn plaats. " + UITLEG)
    @ApiResponse(responseCode = "200", description = "De aanbieder")
    @ApiResponse(responseCode = "400", description = "Geen AGB-code van 8 cijfers, een jaar dat geen getal is of niet tussen 2000 en 2100 ligt, of een onbekende wet")
    @ApiResponse(responseCode = "404", description = "Een aanbieder zonder cijfers in dat jaar, of een andere gemeente dan de eigen")
    Aanbiedercijfers.Aanbiedercijfer aanbieder(@AuthenticationPrincipal Gebruiker gebruiker,
                                               @Parameter(description = "AGB-code van de aanbieder, 8 cijfers, bijvoorbeeld 42420001")
                                               @PathVariable String aanbieder,
                                               @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                               @RequestParam(required = false) String gemeente,
                                               @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                                       schema = @Schema(type = "integer", format = "int32"))
                                               @RequestParam(required = false) String jaar,
                                               @Parameter(description = "jeugdwet of wmo; leeg voor allebei", example = "jeugdwet")
                                               @RequestParam(required = false) String wet) {
        Keuze.gemeente(gebruiker, gemeente);
        return aanbieders.aanbieder(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()), Aanbiedersoverzicht.wet(wet), aanbieder);
    }
}
