package nl.dichtbij.regie.api;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Escalaties;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Sluitreden;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case of a household: regisseur, handover, regievorm, closing and escalations (the plan is in plan's API). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Zaken", description = "De zaak per huishouden en de regie")
class ZaakApi {

    private final Zaken zaken;
    private final Escalaties escalaties;

    ZaakApi(Zaken zaken, Escalaties escalaties) {
        this.zaken = zaken;
        this.escalaties = escalaties;
    }

    record OverdrachtResource(Instant tijdstip, String van, String naar, String notitie) {
    }

    record BerichtResource(Instant tijdstip, String tekst) {
    }

    /** {@code sluitredenCode}: why the case closed as a choice (null while open, and for cases closed before the choice existed). */
    record ZaakResource(long id, long huishoudenId, boolean open, Regievorm regievorm, String regisseur, String regisseurNaam,
                        LocalDate waakvlamDatum, String sluitreden, Sluitreden sluitredenCode, List<OverdrachtResource> overdrachten,
                        List<BerichtResource> berichten) {

        static ZaakResource van(Zaak z) {
            return new ZaakResource(z.id(), z.huishoudenId(), z.isOpen(), z.regievorm(), z.regisseur(), z.regisseurNaam(), z.waakvlamDatum(),
                    z.sluitreden(), z.sluitredenCode(), z.overdrachten().stream().map(o -> new OverdrachtResource(o.tijdstip(), o.vanNaam(), o.naarNaam(), o.notitie())).toList(),
                    z.berichten().stream().map(b -> new BerichtResource(b.tijdstip(), b.tekst())).toList());
        }
    }

    @GetMapping("/zaken/{zaakId}")
    @Operation(summary = "Eén zaak", description = "Regisseur, regievorm, overdrachten en berichten aan het huishouden.")
    ZaakResource zaak(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId) {
        return ZaakResource.van(zaken.voorMedewerker(gebruiker, zaakId));
    }

    record OverdrachtVerzoek(String naar, String notitie) {
    }

    @PutMapping("/zaken/{zaakId}/regisseur")
    @Operation(summary = "Warme overdracht", description = "Een nieuwe regisseur met een overdrachtsnotitie.")
    ZaakResource overdragen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody OverdrachtVerzoek verzoek) {
        return ZaakResource.van(zaken.overdragen(gebruiker, zaakId, verzoek.naar(), verzoek.notitie()));
    }

    record RegievormVerzoek(Regievorm regievorm, String reden) {
    }

    @PutMapping("/zaken/{zaakId}/regievorm")
    @Operation(summary = "Regievorm wijzigen", description = "Casusregie, procesregie of ambulante begeleiding.")
    ZaakResource regievorm(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody RegievormVerzoek verzoek) {
        return ZaakResource.van(zaken.regievorm(gebruiker, zaakId, verzoek.regievorm(), verzoek.reden()));
    }

    /** {@code sluitreden}: the choice (not INGETROKKEN, which only the system sets); {@code toelichting} required for ANDERS. */
    record AfsluitVerzoek(Sluitreden sluitreden, String toelichting, LocalDate waakvlamDatum) {
    }

    @PostMapping("/zaken/{zaakId}/afsluiting")
    @Operation(summary = "Zaak afsluiten", description = "Met de sluitreden (een keuze; bij ANDERS een toelichting), eventueel een toelichting "
            + "en een waakvlamdatum.")
    ZaakResource afsluiten(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody AfsluitVerzoek verzoek) {
        return ZaakResource.van(zaken.sluiten(gebruiker, zaakId, verzoek.sluitreden(), verzoek.toelichting(), verzoek.waakvlamDatum()));
    }

    /**
     * A whole ZRM of one member of the household (issue 18). {@code moment}: TUSSENTIJDS or AFSLUITING; per side every domain
     * once, a score (1-5) in {@code zrmProfessional}/{@code zrmInwoner} or why not in {@code geenScoreProfessional}/{@code geenScoreInwoner}.
     */
    record ZrmVerzoek(String bsn, ZrmMeting.Moment moment, LocalDate datum, Map<ZrmDomein, Integer> zrmProfessional,
                      Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreProfessional, Map<ZrmDomein, Integer> zrmInwoner,
                      Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreInwoner) {
    }

    /** {@code nogZonderAfsluiting}: the residents of the case who still need a closing ZRM before it can close. */
    record ZrmVastgelegd(String bsn, ZrmMeting.Moment moment, LocalDate datum, List<String> nogZonderAfsluiting) {
    }

    @PostMapping("/zaken/{zaakId}/zrm")
    @Operation(summary = "ZRM vastleggen", description = "Alle 13 domeinen van een gezinslid, tussentijds of bij afsluiting; de zaak sluit pas "
            + "als iedereen die erin gescoord is een ZRM bij afsluiting heeft.")
    ResponseEntity<ZrmVastgelegd> zrm(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId, @RequestBody ZrmVerzoek verzoek) {
        zaken.zrmVastleggen(gebruiker, zaakId, verzoek.bsn(), verzoek.moment(), verzoek.datum(),
                new Zaken.Zrmzijde(verzoek.zrmProfessional(), verzoek.geenScoreProfessional()),
                new Zaken.Zrmzijde(verzoek.zrmInwoner(), verzoek.geenScoreInwoner()));
        return ResponseEntity.status(201).body(new ZrmVastgelegd(verzoek.bsn(), verzoek.moment(), verzoek.datum(), zaken.zonderAfsluitendeZrm(gebruiker, zaakId)));
    }

    /** {@code aanbiederAgb}: the AGB code of the care provider the party is, from the provider register; leave it out for another party. */
    record EscalatieVerzoek(String partij, String aanbiederAgb, String besluit, String waarom, LocalDate uiterlijk) {
    }

    record EscalatieResource(long id) {
    }

    @PostMapping("/zaken/{zaakId}/escalaties")
    @Operation(summary = "Doorzettingsmacht", description = "De procesregisseur legt vast welke partij welk besluit moet nemen. Is die partij een zorgaanbieder, "
            + "geef dan ook zijn AGB-code uit het aanbiedersregister (aanbiederAgb); zo zijn escalaties per aanbieder te tellen.")
    ResponseEntity<EscalatieResource> escaleren(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long zaakId,
                                                @RequestBody EscalatieVerzoek verzoek) {
        long id = escalaties.vastleggen(gebruiker, zaakId, verzoek.partij(), verzoek.aanbiederAgb(), verzoek.besluit(), verzoek.waarom(), verzoek.uiterlijk());
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + zaakId)).body(new EscalatieResource(id));
    }
}
