package nl.dichtbij.toegang.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Vervolgpagina;
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
                             long verlopen, LocalDate oudsteMeldingsdatum, long langsteWachttijdDagen, long dringendOverDeNorm) {
    }

    record WachtrijRegel(long meldingId, String naam, int leeftijd, MeldingStatus status, Urgentie urgentie, String behandelaar,
                         Instant ontvangenOp, long wachtdagen, LocalDate termijnEinddatum, long dagenOver, boolean inGevaar,
                         boolean verlopen, LocalDate oppakkenUiterlijk, boolean overDeReactienorm) {
    }

    @GetMapping("/teams")
    @Operation(summary = "Stand van de teams", description = "Per team van uw gemeente: open meldingen, in gevaar en verlopen.")
    List<TeamstandResource> teams(@AuthenticationPrincipal Gebruiker gebruiker) {
        return wachtrij.standVanGemeente(gebruiker).stream().map(s -> new TeamstandResource(s.team().id(), s.team().naam(),
                s.team().doelgroep().name(), s.open(), s.nietOpgepakt(), s.inGevaar(), s.verlopen(), s.oudsteMelding(),
                s.langsteWachttijd(), s.dringendOverNorm())).toList();
    }

    /** One page of the queue; {@code volgende} asks for the next (parameter na), empty on the last page. */
    record Wachtrijpagina(List<WachtrijRegel> inhoud, long vanaf, int paginaGrootte, long totaal, String volgende, int pagina,
                          int aantalPaginas) {
    }

    @GetMapping("/teams/{teamId}/wachtrij")
    @Operation(summary = "Wachtrij van een team", description = """
            Open meldingen, de kortste termijn eerst. Blader met de verwijzing 'volgende' uit het antwoord (parameter na):             elke pagina is even snel en geen melding komt twee keer. De parameter pagina werkt nog, maar diepe pagina's zijn trager.""")
    Wachtrijpagina wachtrij(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long teamId,
                            @RequestParam(defaultValue = "false") boolean alleenNietOpgepakt,
                            @Parameter(description = "De waarde 'volgende' van de vorige pagina") @RequestParam(required = false) String na,
                            @Parameter(description = "Verouderd: gebruik na") @RequestParam(required = false) Integer pagina,
                            @RequestParam(defaultValue = "25") int paginaGrootte) {
        int grootte = Pagina.begrens(paginaGrootte);
        Vervolgpagina<Wachtrij.Regel> regels = na == null && pagina != null
                ? wachtrij.vanTeam(gebruiker, teamId, alleenNietOpgepakt, Math.max(0, pagina), grootte)
                : wachtrij.vanTeam(gebruiker, teamId, alleenNietOpgepakt, na, grootte);
        return new Wachtrijpagina(regels.inhoud().stream().map(r -> new WachtrijRegel(r.meldingId(), r.naam(), r.leeftijd(), r.status(),
                r.urgentie(), r.behandelaarNaam(), r.ontvangenOp(), r.wachtdagen(), r.termijnEinde(), r.dagenOver(), r.inGevaar(),
                r.verlopen(), r.reactieUiterlijk(), r.overReactienorm())).toList(), regels.vanaf(), regels.grootte(), regels.totaal(), regels.volgende(), regels.pagina(),
                regels.aantalPaginas());
    }

    @GetMapping("/huishoudens/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "Wie er wonen, de zaak en alle meldingen.")
    Huishoudoverzicht.Overzicht huishouden(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long huishoudenId) {
        return huishoudens.van(gebruiker, huishoudenId);
    }
}
