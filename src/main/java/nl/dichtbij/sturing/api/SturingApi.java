package nl.dichtbij.sturing.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.sturing.Doorloop;
import nl.dichtbij.sturing.Geldoverzicht;
import nl.dichtbij.sturing.Kostenoverzicht;
import nl.dichtbij.sturing.Kostenranglijst;
import nl.dichtbij.sturing.Raadsoverzicht;
import nl.dichtbij.sturing.Stapeling;
import nl.dichtbij.sturing.Stapelingsanalyse;
import nl.dichtbij.sturing.Verwijzeroverzicht;
import nl.dichtbij.sturing.Wijkanalyse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sturing")
@Tag(name = "Sturing", description = "Sturingsinformatie voor beleid en beheer")
class SturingApi {

    private final Stapelingsanalyse analyse;
    private final Geldoverzicht geld;
    private final Raadsoverzicht raadsoverzicht;
    private final Doorloop doorloop;
    private final Wijkanalyse wijkanalyse;
    private final Verwijzeroverzicht verwijzers;
    private final Kostenoverzicht kosten;
    private final Kostenranglijst ranglijst;
    private final Clock clock;

    SturingApi(Stapelingsanalyse analyse, Geldoverzicht geld, Raadsoverzicht raadsoverzicht, Doorloop doorloop, Wijkanalyse wijkanalyse,
               Verwijzeroverzicht verwijzers, Kostenoverzicht kosten, Kostenranglijst ranglijst, Clock clock) {
        this.verwijzers = verwijzers;
        this.kosten = kosten;
        this.ranglijst = ranglijst;
        this.analyse = analyse;
        this.geld = geld;
        this.raadsoverzicht = raadsoverzicht;
        this.doorloop = doorloop;
        this.wijkanalyse = wijkanalyse;
        this.clock = clock;
    }

    @GetMapping("/stapeling")
    @Operation(summary = "Stapeling van voorzieningen per adres",
            description = "Voor één gemeente en één jaar: per regeling het aantal adressen met die regeling en met alleen die regeling, "
                    + "per combinatie van regelingen het aantal adressen, het aantal huishoudens met 3 of meer voorzieningen per 1.000 "
                    + "huishoudens, en hetzelfde per wijk en per kern. Een voorziening telt mee als zij op minstens één dag van het jaar liep. "
                    + "Alleen voor beleid en functioneel beheer, alleen voor de eigen gemeente.")
    @ApiResponse(responseCode = "200", description = "De stapeling")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Stapeling stapeling(@AuthenticationPrincipal Gebruiker gebruiker,
                        @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                        @RequestParam(required = false) String gemeente,
                        @Parameter(description = "Het jaar; standaard het vorige kalenderjaar", example = "2017",
                                schema = @Schema(type = "integer", format = "int32"))
                        @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        int gekozen = Keuze.jaar(jaar, LocalDate.now(clock).getYear() - 1);
        return analyse.analyse(gebruiker, gekozen);
    }

    @GetMapping("/doorloop")
    @Operation(summary = "De doorloop van een jaar",
            description = "Voor de meldingen van het jaar: mediaan en 80e percentiel van de dagen per stap (melding, gesprek, plan, besluit, "
                    + "start van de hulp), het aandeel binnen de wettelijke termijn, zorg in natura en pgb, plannen met informele én formele "
                    + "hulp en zaken met procesregie, besluiten per wet (binnen de termijn, zorg in natura en pgb), de wachttijd per aanbieder "
                    + "en de uitstroom per maand met reden. Met een team alleen de zaken van dat team (de uitstroom: die onder de wet van het "
                    + "team); de keuzes staan in teams. Geen persoonsgegevens.")
    @ApiResponse(responseCode = "200", description = "De doorloop")
    @ApiResponse(responseCode = "400", description = "Een team dat niet bij de gemeente hoort, of een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Doorloop.Overzicht doorloop(@AuthenticationPrincipal Gebruiker gebruiker,
                                @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                @RequestParam(required = false) String gemeente,
                                @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                        schema = @Schema(type = "integer", format = "int32"))
                                @RequestParam(required = false) String jaar,
                                @Parameter(description = "Het id van een team van de gemeente; standaard de hele gemeente")
                                @RequestParam(required = false) Long team) {
        Keuze.gemeente(gebruiker, gemeente);
        return doorloop.overzicht(gebruiker.gemeenteCode(), Keuze.jaar(jaar, LocalDate.now(clock).getYear()), team);
    }

    @GetMapping("/raadsoverzicht")
    @Operation(summary = "Het overzicht voor de raad",
            description = "Weinig getallen en geen persoonsgegevens: huishoudens met 3 of meer voorzieningen per 1.000 (per kern; aantallen "
                    + "onder de 5 weggelaten), per thema het budget en de prognose van dit jaar, en de uitkomst van de laatste gesloten "
                    + "cliëntervaringsenquête tegen de doelen. Voor bestuur en raad, beleid en beheer, alleen de eigen gemeente.")
    @ApiResponse(responseCode = "200", description = "Het overzicht")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Raadsoverzicht.Overzicht raadsoverzicht(@AuthenticationPrincipal Gebruiker gebruiker,
                                            @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                            @RequestParam(required = false) String gemeente,
                                            @Parameter(description = "Het jaar van de stapeling; standaard het laatste volledige jaar met gegevens",
                                                    example = "2017", schema = @Schema(type = "integer", format = "int32"))
                                            @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        return raadsoverzicht.overzicht(gebruiker, jaar == null || jaar.isBlank() ? null : Keuze.jaar(jaar, LocalDate.now(clock).getYear()));
    }

    @GetMapping("/geld")
    @Operation(summary = "Volumes en geld per maand, wet, thema en productcategorie",
            description = "Voor één gemeente en één jaar: besluiten, toewijzingen, cliënten, gedeclareerde en toegekende bedragen (in centen) per "
                    + "maand; per thema van de programmabegroting het budget, de prognose voor het jaar uit de afgesloten maanden en een "
                    + "waarschuwing als de prognose meer dan het ingestelde percentage boven het budget komt. Geen persoonsgegevens.")
    @ApiResponse(responseCode = "200", description = "Het overzicht")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Geldoverzicht.Overzicht geld(@AuthenticationPrincipal Gebruiker gebruiker,
                                 @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                 @RequestParam(required = false) String gemeente,
                                 @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                         schema = @Schema(type = "integer", format = "int32"))
                                 @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        int gekozen = Keuze.jaar(jaar, LocalDate.now(clock).getYear());
        return geld.overzicht(gebruiker.gemeenteCode(), gekozen);
    }

    @GetMapping("/wijken")
    @Operation(summary = "De wijkanalyse: alle wijken en kernen naast elkaar",
            description = "Voor één gemeente en één jaar, per wijk, per kern en voor de hele gemeente: inwoners en huishoudens (van nu), "
                    + "huishoudens met een voorziening en met 3 of meer (ook per 1.000 huishoudens), meldingen (ook per 1.000 inwoners), "
                    + "gesprekken en het percentage binnen de wettelijke termijn, de mediaan van de dagen van melding tot start van de hulp, "
                    + "cliënten met zorg en het toegekende bedrag in euro's (ook per inwoner). Geen persoonsgegevens. Voor bestuur en raad "
                    + "zijn aantallen van 1 tot 5 weggelaten (null), met wat daaruit volgt; onderdrukt noemt die velden.")
    @ApiResponse(responseCode = "200", description = "De wijkanalyse")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Wijkanalyse.Overzicht wijken(@AuthenticationPrincipal Gebruiker gebruiker,
                                 @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                 @RequestParam(required = false) String gemeente,
                                 @Parameter(description = "Het jaar; standaard dit jaar", example = "2017",
                                         schema = @Schema(type = "integer", format = "int32"))
                                 @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        return wijkanalyse.overzicht(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()));
    }

    @GetMapping("/verwijzers")
    @Operation(summary = "Verwijzers: wie de zorg instuurt",
            description = "Voor één gemeente en één jaar, per wet: de nieuwe toewijzingen, hun cliënten en het toegekende bedrag in euro's "
                    + "per soort verwijzer (verwijzertype is de code uit COD327, null is onbekend; 01 gemeente is een toewijzing na een besluit "
                    + "van de gemeente) met hun aandeel in procenten, het totaal per wet, per huisartsenpraktijk (AGB-code en naam) de "
                    + "toewijzingen en cliënten, en per wet het aandeel van de gemeente in de laatste vijf jaar. Geen persoonsgegevens. Voor "
                    + "bestuur en raad zijn aantallen van 1 tot 5 weggelaten (null), met wat daaruit volgt; onderdrukt noemt die velden.")
    @ApiResponse(responseCode = "200", description = "De verwijzers")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Verwijzeroverzicht.Overzicht verwijzers(@AuthenticationPrincipal Gebruiker gebruiker,
                                            @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                            @RequestParam(required = false) String gemeente,
                                            @Parameter(description = "Het jaar, 2000 tot en met 2100; standaard dit jaar", example = "2026",
                                                    schema = @Schema(type = "integer", format = "int32"))
                                            @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        return verwijzers.overzicht(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()));
    }

    @GetMapping("/kosten")
    @Operation(summary = "Kosten per cliënt en hoe het geld over de huishoudens is verdeeld",
            description = "Voor één gemeente en één jaar: per wet en productcategorie de cliënten, de kosten van zorg in natura (toegekend op "
                    + "declaraties voor zorg die in het jaar is geleverd) en pgb in euro's en de kosten per cliënt; de duur van de trajecten "
                    + "(toewijzingen) die in het jaar eindigden, in klassen en als mediaan in dagen; per wet de cliënten op 1 januari, de nieuwe "
                    + "cliënten en trajecten en de uitgaven tot nu toe met de verwachting voor het hele jaar (tempo van de afgesloten maanden); "
                    + "en de verdeling van de uitgaven over de huishoudens in tienden, met het aandeel van het duurste tiende en het aantal "
                    + "huishoudens dat samen 70% krijgt. Geen persoonsgegevens. Voor bestuur en raad zijn aantallen van 1 tot 5 weggelaten "
                    + "(null) met wat daaruit volgt; onderdrukt noemt die velden, en de verdeling ontbreekt als een tiende minder dan 5 "
                    + "huishoudens telt.")
    @ApiResponse(responseCode = "200", description = "De kosten per cliënt")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Kostenoverzicht.Overzicht kosten(@AuthenticationPrincipal Gebruiker gebruiker,
                                     @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                                     @RequestParam(required = false) String gemeente,
                                     @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                             schema = @Schema(type = "integer", format = "int32"))
                                     @RequestParam(required = false) String jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        return kosten.overzicht(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()));
    }

    @GetMapping("/kosten/huishoudens")
    @Operation(summary = "De huishoudens met de hoogste kosten, met namen (alleen teamleider)",
            description = "De huishoudens van de eigen gemeente van duur naar goedkoop in één jaar: plaats, adres, de namen van de cliënten, "
                    + "de wetten, de kosten in euro's, het aandeel in de uitgaven en opgeteld, en de open zaak met regisseur. Per pagina van 25. "
                    + "Elke getoonde naam wordt vastgelegd in het logboek van de bewoner.")
    @ApiResponse(responseCode = "200", description = "Eén pagina van de ranglijst")
    @ApiResponse(responseCode = "400", description = "Een jaar dat geen getal is of niet tussen 2000 en 2100 ligt")
    @ApiResponse(responseCode = "403", description = "Geen teamleider")
    Pagina<Kostenranglijst.Huishouden> kostenHuishoudens(@AuthenticationPrincipal Gebruiker gebruiker,
                                                         @Parameter(description = "Het jaar; standaard dit jaar", example = "2026",
                                                                 schema = @Schema(type = "integer", format = "int32"))
                                                         @RequestParam(required = false) String jaar,
                                                         @Parameter(description = "De pagina, vanaf 0", example = "0")
                                                         @RequestParam(defaultValue = "0") int pagina) {
        return ranglijst.lijst(gebruiker, Keuze.jaar(jaar, LocalDate.now(clock).getYear()), Math.max(0, pagina));
    }
}
