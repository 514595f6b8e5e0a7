package nl.dichtbij.toegang.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.api.PaginaResource;
import nl.dichtbij.toegang.Huishoudoverzicht;
import nl.dichtbij.toegang.MeldingStatus;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Teams en huishoudens", description = "Wachtrijen van de sociale teams en het overzicht van een huishouden")
class TeamsApi {

    private final Wachtrij wachtrij;
    private final Huishoudoverzicht huishoudens;

    TeamsApi(Wachtrij wachtrij, Huishoudoverzicht huishoudens) {
        this.wachtrij = wachtrij;
        this.huishoudens = huishoudens;
    }

    record TeamstandResource(long teamId, String naam, String doelgroep, long open, long nietOpgepakt, long inGevaar,
                             long verlopen, LocalDate oudsteMeldingsdatum, long langsteWachttijdDagen) {
    }

    record WachtrijRegel(long meldingId, String naam, int leeftijd, MeldingStatus status, Urgentie urgentie, String behandelaar,
                         Instant ontvangenOp, long wachtdagen, LocalDate termijnEinddatum, long dagenOver, boolean inGevaar,
                         boolean verlopen) {
    }

    @GetMapping("/teams")
    @Operation(summary = "Stand van de teams", description = "Per team van uw gemeente: open meldingen, in gevaar en verlopen.")
    List<TeamstandResource> teams(@AuthenticationPrincipal Gebruiker gebruiker) {
        return wachtrij.standVanGemeente(gebruiker).stream().map(s -> new TeamstandResource(s.team().id(), s.team().naam(),
                s.team().doelgroep().name(), s.open(), s.nietOpgepakt(), s.inGevaar(), s.verlopen(), s.oudsteMelding(),
                s.langsteWachttijd())).toList();
    }

    @GetMapping("/teams/{teamId}/wachtrij")
    @Operation(summary = "Wachtrij van een team", description = "Open meldingen, de kortste termijn eerst.")
    PaginaResource<WachtrijRegel> wachtrij(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long teamId,
                                           @RequestParam(defaultValue = "false") boolean alleenNietOpgepakt,
                                           @RequestParam(defaultValue = "0") int pagina,
                                           @RequestParam(defaultValue = "25") int paginaGrootte) {
        return PaginaResource.van(wachtrij.vanTeam(gebruiker, teamId, alleenNietOpgepakt, Math.max(0, pagina), Pagina.begrens(paginaGrootte)),
                r -> new WachtrijRegel(r.meldingId(), r.naam(), r.leeftijd(), r.status(), r.urgentie(), r.behandelaarNaam(),
                        r.ontvangenOp(), r.wachtdagen(), r.termijnEinde(), r.dagenOver(), r.inGevaar(), r.verlopen()));
    }

    @GetMapping("/huishoudens/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "Wie er wonen, de zaak en alle meldingen.")
    Huishoudoverzicht.Overzicht huishouden(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long huishoudenId) {
        return huishoudens.van(gebruiker, huishoudenId);
    }
}
