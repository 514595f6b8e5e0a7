package nl.dichtbij.programma.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.programma.Aspect;
import nl.dichtbij.programma.Enquete;
import nl.dichtbij.programma.Enquetes;
import nl.dichtbij.programma.Maandrapportage;
import nl.dichtbij.programma.Programma;
import nl.dichtbij.programma.Projectstand;
import nl.dichtbij.programma.Stoplicht;
import nl.dichtbij.programma.Uitslag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The programme dashboard and the survey results for beleid and bestuur, own municipality only. */
@RestController
@RequestMapping("/api/v1/programma")
@Tag(name = "Programma", description = "Voortgang van het programma Begeleiding Dichtbij en het cliëntervaringsonderzoek")
class ProgrammaApi {

    private final Programma programma;
    private final Enquetes enquetes;

    ProgrammaApi(Programma programma, Enquetes enquetes) {
        this.programma = programma;
        this.enquetes = enquetes;
    }

    record Stoplichten(Stoplicht resultaten, Stoplicht planning, Stoplicht financien, Stoplicht personeel) {
        static Stoplichten van(Maandrapportage r) {
            return new Stoplichten(r.licht(Aspect.RESULTATEN), r.licht(Aspect.PLANNING), r.licht(Aspect.FINANCIEN), r.licht(Aspect.PERSONEEL));
        }
    }

    record ProjectResource(long id, String code, String naam, YearMonth maand, Stoplichten stoplichten, String knelpunten, String maatregelen) {
    }

    record DashboardResource(String gemeenteCode, List<ProjectResource> projecten, Map<Stoplicht, String> betekenis) {
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Dashboard van het programma",
            description = "Per project de stoplichten (resultaten, planning, financiën, personeel) van de laatste maandrapportage. Voor beleid en bestuur.")
    DashboardResource dashboard(@AuthenticationPrincipal Gebruiker gebruiker) {
        List<ProjectResource> projecten = programma.dashboard(gebruiker.gemeenteCode()).stream().map(ProgrammaApi::project).toList();
        Map<Stoplicht, String> betekenis = java.util.Arrays.stream(Stoplicht.values())
                .collect(Collectors.toMap(s -> s, Stoplicht::betekenis, (a, b) -> a, () -> new java.util.EnumMap<>(Stoplicht.class)));
        return new DashboardResource(gebruiker.gemeenteCode(), projecten, betekenis);
    }

    private static ProjectResource project(Projectstand s) {
        Maandrapportage r = s.laatste();
        return new ProjectResource(s.project().id(), s.project().code(), s.project().naam(), r == null ? null : r.maand(),
                r == null ? null : Stoplichten.van(r), r == null ? null : r.knelpunten(), r == null ? null : r.maatregelen());
    }

    record VraagResource(String code, String indicator, String stelling, Integer respondenten, BigDecimal percentageEens,
                         int doel, Integer ambitie, Integer basis2017, Boolean doelGehaald, boolean onderdrukt) {
    }

    record EnqueteResource(int jaar, Enquete.Status status, Integer respondenten, boolean onderdrukt, int minimumRespondenten,
                           List<VraagResource> vragen) {
    }

    @GetMapping("/enquete")
    @Operation(summary = "Uitkomst van het cliëntervaringsonderzoek",
            description = "Per vraag het aandeel inwoners dat het eens is, tegen het doel en de nulmeting van 2017. "
                    + "Minder dan 5 respondenten: geen aantal en geen percentage (onderdrukt). Zonder jaar: het laatste jaar.")
    EnqueteResource enquete(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Integer jaar) {
        int gekozen = jaar != null ? jaar : enquetes.enquetes(gebruiker.gemeenteCode()).stream().findFirst().map(Enquete::jaar)
                .orElseThrow(() -> new nl.dichtbij.platform.NietGevondenException("Een enquête"));
        Uitslag u = enquetes.uitslag(gebruiker.gemeenteCode(), gekozen);
        return new EnqueteResource(u.enquete().jaar(), u.enquete().status(), u.respondenten(), u.onderdrukt(), Enquetes.MINIMUM,
                u.resultaten().stream().map(r -> new VraagResource(r.vraag().name(), r.vraag().indicator(), r.vraag().stelling(),
                        r.respondenten(), r.percentageEens(), r.vraag().doel(), r.vraag().ambitie(), r.vraag().basis2017(),
                        r.doelGehaald(), r.onderdrukt())).toList());
    }
}
