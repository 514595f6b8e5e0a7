package nl.dichtbij.vroegsignalering.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.vroegsignalering.Inleesverslag;
import nl.dichtbij.vroegsignalering.Signaalbron;
import nl.dichtbij.vroegsignalering.Signaalinvoer;
import nl.dichtbij.vroegsignalering.Vroegsignalen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** Senders post signals of payment arrears with their key; each signal gets its own line in the answer. */
@RestController
@RequestMapping("/api/v1/vroegsignalen")
@Tag(name = "Vroegsignalen", description = "Woningcorporaties, energie- en waterbedrijven en zorgverzekeraars melden een betalingsachterstand (Wgs art. 3 en 5)")
class VroegsignalenApi {

    private final Vroegsignalen signalen;

    VroegsignalenApi(Vroegsignalen signalen) {
        this.signalen = signalen;
    }

    @Schema(description = "Eén signaal. Noem het huishouden met bsn, of met postcode en huisnummer (en toevoeging).")
    record SignaalResource(
            @Schema(description = "BSN van de huurder of klant", example = "999900006") String bsn,
            @Schema(description = "Postcode, als er geen BSN is", example = "3441 BW") String postcode,
            @Schema(description = "Huisnummer, als er geen BSN is", example = "12") String huisnummer,
            @Schema(description = "Letter of toevoeging bij het huisnummer", example = "a") String toevoeging,
            @Schema(description = "Uw eigen nummer van deze achterstand; hetzelfde kenmerk met dezelfde datum komt niet dubbel binnen", example = "GW-2026-0412")
            String kenmerk,
            @Schema(description = "Datum van de achterstand (jjjj-mm-dd)", example = "2026-11-20", format = "date") String datum,
            @Schema(description = "1-maand, 2-maanden of 3-maanden-of-meer", example = "2-maanden") String achterstand,
            @Schema(description = "Dreigt huisuitzetting, afsluiting of opzegging?", example = "false") Boolean dreiging) {
    }

    record RegelResource(@Schema(description = "Plaats van het signaal in het verzoek, vanaf 1") long positie,
                         @Schema(description = "BEWAARD, AL_ONTVANGEN of GEWEIGERD") String uitslag,
                         @Schema(description = "Toelichting, bij GEWEIGERD de reden") String toelichting,
                         @Schema(description = "Nummer van het signaal bij de gemeente, als het bewaard is") Long id) {
    }

    record UitslagResource(int ontvangen, long bewaard, long alOntvangen, long geweigerd, List<RegelResource> signalen) {
    }

    @PostMapping
    @Operation(summary = "Signalen van betalingsachterstanden sturen", description = """
            Eén signaal (een object) of een lijst van hoogstens 1000. Log in met de sleutel van uw organisatie: \
            'Authorization: Bearer <sleutel>'. Per signaal staat in het antwoord of het bewaard is, al eerder ontvangen was \
            (dan voegt het niets toe) of geweigerd is, met de reden. Goede signalen worden bewaard, ook als andere fout zijn.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = SignaalResource.class)))))
    @ApiResponse(responseCode = "200", description = "Per signaal de uitslag")
    UitslagResource sturen(@AuthenticationPrincipal Signaalbron bron, @RequestBody JsonNode body) {
        List<Signaalinvoer> invoer = new ArrayList<>();
        if (body == null || !(body.isArray() || body.isObject())) {
            throw new OngeldigeInvoerException("signalen", "Stuur één signaal als object, of een lijst van signalen.");
        }
        if (body.isArray()) {
            body.forEach(n -> invoer.add(lees(n)));
        } else {
            invoer.add(lees(body));
        }
        Inleesverslag verslag = signalen.ontvangen(bron, invoer);
        return new UitslagResource(verslag.gelezen(), verslag.bewaard(), verslag.alOntvangen(), verslag.geweigerd(), verslag.regels().stream()
                .map(r -> new RegelResource(r.regel(), r.soort().name(), r.reden(), r.signaalId())).toList());
    }

    private static Signaalinvoer lees(JsonNode n) {
        if (n == null || !n.isObject()) {
            return new Signaalinvoer(null, null, null, null, null, null, null, null);
        }
        return new Signaalinvoer(tekst(n, "bsn"), tekst(n, "postcode"), tekst(n, "huisnummer"), tekst(n, "toevoeging"), tekst(n, "kenmerk"),
                tekst(n, "datum"), tekst(n, "achterstand"), tekst(n, "dreiging"));
    }

    private static String tekst(JsonNode n, String veld) {
        JsonNode waarde = n.get(veld);
        return waarde == null || waarde.isNull() || waarde.isArray() || waarde.isObject() ? null : waarde.asString();
    }
}
