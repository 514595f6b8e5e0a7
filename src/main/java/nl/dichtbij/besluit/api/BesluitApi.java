package nl.dichtbij.besluit.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Bezwaar;
import nl.dichtbij.besluit.Bezwaren;
import nl.dichtbij.besluit.Termijnbord;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Wet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Besluiten", description = "Aanvragen, beschikkingen, besluitbrieven, bezwaren en termijnen")
class BesluitApi {

    private final Besluiten besluiten;
    private final Bezwaren bezwaren;
    private final Termijnbord termijnbord;

    BesluitApi(Besluiten besluiten, Bezwaren bezwaren, Termijnbord termijnbord) {
        this.besluiten = besluiten;
        this.bezwaren = bezwaren;
        this.termijnbord = termijnbord;
    }

    record AanvraagVerzoek(String persoonBsn, Wet wet, String omschrijving) {
    }

    @PostMapping("/zaken/{zaakId}/aanvragen")
    @Operation(summary = "Aanvraag maken", description = "De wettelijke beslistermijn begint vandaag.")
    ResponseEntity<Aanvraag> aanvragen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody AanvraagVerzoek verzoek) {
        Aanvraag aanvraag = besluiten.aanvragen(gebruiker, zaakId, verzoek.persoonBsn(), verzoek.wet(), verzoek.omschrijving());
        return ResponseEntity.created(URI.create("/api/v1/aanvragen/" + aanvraag.id())).body(aanvraag);
    }

    @GetMapping("/aanvragen/{aanvraagId}")
    @Operation(summary = "Eén aanvraag", description = "Met de termijn en eventuele verdaging.")
    Aanvraag aanvraag(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanvraagId) {
        return besluiten.aanvraag(gebruiker, aanvraagId);
    }

    record VerdagingVerzoek(Integer weken, String reden) {
    }

    @PostMapping("/aanvragen/{aanvraagId}/verdaging")
    @Operation(summary = "Beslistermijn verdagen", description = "Eenmalig, met reden; het huishouden krijgt bericht.")
    Aanvraag verdagen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanvraagId, @RequestBody VerdagingVerzoek verzoek) {
        return besluiten.verdagen(gebruiker, aanvraagId, verzoek.weken() == null ? 0 : verzoek.weken(), verzoek.reden());
    }

    @PostMapping("/aanvragen/{aanvraagId}/beschikking")
    @Operation(summary = "Besluiten", description = "Alleen met mandaat voor de wet; boven het vier-ogenbedrag wacht het besluit op een tweede handtekening.")
    ResponseEntity<Beschikking> beslissen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanvraagId,
                                          @RequestBody BeslisVerzoek verzoek) {
        Beschikking beschikking = besluiten.beslissen(gebruiker, aanvraagId, verzoek);
        return ResponseEntity.created(URI.create("/api/v1/beschikkingen/" + beschikking.id())).body(beschikking);
    }

    @GetMapping("/beschikkingen/{beschikkingId}")
    @Operation(summary = "Eén beschikking", description = "Product, omvang, periode, vorm en status.")
    Beschikking beschikking(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long beschikkingId) {
        return besluiten.beschikking(gebruiker, beschikkingId);
    }

    @PostMapping("/beschikkingen/{beschikkingId}/tweede-handtekening")
    @Operation(summary = "Tweede handtekening", description = "Door een andere professional met mandaat.")
    Beschikking goedkeuren(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long beschikkingId) {
        return besluiten.goedkeuren(gebruiker, beschikkingId);
    }

    @GetMapping("/termijnen")
    @Operation(summary = "Termijnbord", description = "Aanvragen en bezwaren die deze week aflopen of verlopen zijn, optioneel per team; "
            + "de vroegste eerst, per pagina (paginaGrootte 1 tot 200).")
    nl.dichtbij.platform.api.PaginaResource<Termijnbord.Regel> termijnen(@AuthenticationPrincipal Gebruiker gebruiker,
                                                                        @RequestParam(required = false) Long teamId,
                                                                        @RequestParam(defaultValue = "0") int pagina,
                                                                        @RequestParam(defaultValue = "25") int paginaGrootte) {
        if (paginaGrootte < 1 || paginaGrootte > Termijnbord.MAXIMUM) {
            throw new nl.dichtbij.platform.OngeldigeInvoerException("paginaGrootte", "Kies een paginaGrootte van 1 tot " + Termijnbord.MAXIMUM + ".");
        }
        return nl.dichtbij.platform.api.PaginaResource.van(termijnbord.pagina(gebruiker, teamId, Math.max(0, pagina), paginaGrootte), r -> r);
    }

    @GetMapping("/mijn/besluiten")
    @Operation(summary = "Mijn besluiten", description = "De verzonden besluiten over het eigen huishouden.")
    List<Beschikking> mijnBesluiten(@AuthenticationPrincipal Gebruiker inwoner) {
        return besluiten.vanInwoner(inwoner);
    }

    @GetMapping(value = "/mijn/besluiten/{beschikkingId}/brief", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Besluitbrief", description = "De brief als PDF.")
    ResponseEntity<byte[]> brief(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long beschikkingId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("besluit-" + beschikkingId + ".pdf").build().toString())
                .body(besluiten.briefVan(besluiten.vanInwoner(inwoner, beschikkingId)));
    }

    record BezwaarVerzoek(String gronden) {
    }

    @PostMapping("/mijn/besluiten/{beschikkingId}/bezwaren")
    @Operation(summary = "Bezwaar maken", description = "Met de gronden; bijlagen gaan via Mijn Dichtbij.")
    ResponseEntity<Bezwaar> bezwaar(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long beschikkingId, @RequestBody BezwaarVerzoek verzoek) {
        Bezwaar bezwaar = bezwaren.indienen(inwoner, beschikkingId, verzoek.gronden(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/mijn/besluiten/" + beschikkingId)).body(bezwaar);
    }
}
