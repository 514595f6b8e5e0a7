package nl.dichtbij.sturing.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.sturing.Stapeling;
import nl.dichtbij.sturing.Stapelingsanalyse;

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
    private final Clock clock;

    SturingApi(Stapelingsanalyse analyse, Clock clock) {
        this.analyse = analyse;
        this.clock = clock;
    }

    @GetMapping("/stapeling")
    @Operation(summary = "Stapeling van voorzieningen per adres",
            description = "Voor één gemeente en één jaar: per regeling het aantal adressen met die regeling en met alleen die regeling, "
                    + "per combinatie van regelingen het aantal adressen, het aantal huishoudens met 3 of meer voorzieningen per 1.000 "
                    + "huishoudens, en hetzelfde per wijk en per kern. Een voorziening telt mee als zij op minstens één dag van het jaar liep. "
                    + "Alleen voor beleid en functioneel beheer, alleen voor de eigen gemeente.")
    @ApiResponse(responseCode = "200", description = "De stapeling")
    @ApiResponse(responseCode = "404", description = "Een andere gemeente dan de eigen")
    Stapeling stapeling(@AuthenticationPrincipal Gebruiker gebruiker,
                        @Parameter(description = "CBS-gemeentecode, 4 cijfers; standaard de eigen gemeente", example = "0632")
                        @RequestParam(required = false) String gemeente,
                        @Parameter(description = "Het jaar; standaard het vorige kalenderjaar", example = "2017")
                        @RequestParam(required = false) Integer jaar) {
        Keuze.gemeente(gebruiker, gemeente);
        int gekozen = Keuze.jaar(jaar, LocalDate.now(clock).getYear() - 1);
        return analyse.analyse(gebruiker, gekozen);
    }
}
