package nl.dichtbij.regie.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Caseload;
import nl.dichtbij.regie.Escalatie;
import nl.dichtbij.regie.Escalaties;
import nl.dichtbij.regie.Werklijst;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Regie", description = "Werklijst, caseload en escalaties")
class RegieApi {

    private final Werklijst werklijst;
    private final Caseload caseload;
    private final Escalaties escalaties;

    RegieApi(Werklijst werklijst, Caseload caseload, Escalaties escalaties) {
        this.werklijst = werklijst;
        this.caseload = caseload;
        this.escalaties = escalaties;
    }

    @GetMapping("/werklijst")
    @Operation(summary = "Mijn taken", description = "Waakvlam-contacten en 18-/18+-overgangen die nu aan de beurt zijn.")
    List<Werklijst.Taak> taken(@AuthenticationPrincipal Gebruiker medewerker) {
        return werklijst.van(medewerker);
    }

    record CaseloadResource(List<Caseload.Regel> professionals, long procesregie, long totaal, double aandeelProcesregie,
                            boolean binnenRichtlijn) {
    }

    @GetMapping("/caseload")
    @Operation(summary = "Caseload", description = "Open zaken per professional per regievorm, en het aandeel procesregie.")
    CaseloadResource caseload(@AuthenticationPrincipal Gebruiker teamleider) {
        Caseload.Procesregieaandeel aandeel = caseload.procesregie(teamleider);
        return new CaseloadResource(caseload.perProfessional(teamleider), aandeel.procesregie(), aandeel.totaal(), aandeel.aandeel(),
                aandeel.binnenRichtlijn());
    }

    @GetMapping("/escalaties")
    @Operation(summary = "Open escalaties", description = "Doorzettingsmacht die nog op een besluit wacht, de vroegste termijn eerst.")
    List<Escalatie> escalaties(@AuthenticationPrincipal Gebruiker teamleider) {
        return escalaties.open(teamleider);
    }
}
