package nl.dichtbij.toegang.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.api.PaginaResource;
import nl.dichtbij.toegang.Deelnemer;
import nl.dichtbij.toegang.Melding;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.MijnMeldingen;
import nl.dichtbij.toegang.Onderzoek;
import nl.dichtbij.toegang.TriageStap;
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

@RestController
@RequestMapping("/api/v1/meldingen")
@Tag(name = "Meldingen", description = "Vragen om hulp, van ontvangst tot en met het onderzoek")
class MeldingenApi {

    private final Meldingen meldingen;
    private final MijnMeldingen mijnMeldingen;
    private final Clock clock;

    MeldingenApi(Meldingen meldingen, MijnMeldingen mijnMeldingen, Clock clock) {
        this.meldingen = meldingen;
        this.mijnMeldingen = mijnMeldingen;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Mijn meldingen", description = "Voor een inwoner: zijn eigen meldingen en die over zijn kinderen.")
    PaginaResource<MeldingResource> mijn(@AuthenticationPrincipal Gebruiker gebruiker) {
        if (!gebruiker.is(Rol.INWONER)) {
            throw new OngeldigeInvoerException("rol", "Medewerkers vinden meldingen via de wachtrij van hun team: /teams/{teamId}/wachtrij.");
        }
        List<Melding> lijst = mijnMeldingen.van(gebruiker);
        return PaginaResource.van(Pagina.alles(lijst), this::resource);
    }

    @PostMapping
    @Operation(summary = "Melding indienen", description = "Een inwoner vraagt om hulp, of een medewerker registreert een melding.")
    ResponseEntity<MeldingResource> indienen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestBody MeldingVerzoek verzoek) {
        Melding melding = meldingen.indienen(gebruiker, verzoek.naarMelding());
        return ResponseEntity.created(URI.create("/api/v1/meldingen/" + melding.id())).body(resource(melding));
    }

    @GetMapping("/{meldingId}")
    @Operation(summary = "Eén melding", description = "Met status, tijdlijn en de wettelijke termijn.")
    MeldingResource melding(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId) {
        return resource(meldingen.bekijk(gebruiker, meldingId));
    }

    record BehandelaarVerzoek(String gebruikersnaam) {
    }

    @PutMapping("/{meldingId}/behandelaar")
    @Operation(summary = "Behandelaar toewijzen", description = "Zonder gebruikersnaam pakt u de melding zelf op.")
    MeldingResource behandelaar(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId,
                                @RequestBody BehandelaarVerzoek verzoek) {
        Melding melding = verzoek.gebruikersnaam() == null || verzoek.gebruikersnaam().equals(gebruiker.gebruikersnaam())
                ? meldingen.oppakken(gebruiker, meldingId)
                : meldingen.overdragen(gebruiker, meldingId, verzoek.gebruikersnaam());
        return resource(melding);
    }

    record TriageVerzoek(TriageStap stap, String reden, Long organisatieId) {
    }

    @PutMapping("/{meldingId}/triage")
    @Operation(summary = "Triage vastleggen", description = "De trede van de viertrapsraket met de reden.")
    MeldingResource triage(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId, @RequestBody TriageVerzoek verzoek) {
        return resource(meldingen.triage(gebruiker, meldingId, verzoek.stap(), verzoek.reden(), verzoek.organisatieId()));
    }

    record IntakeVerzoek(LocalDateTime moment, String locatie) {
    }

    @PutMapping("/{meldingId}/intake")
    @Operation(summary = "Keukentafelgesprek plannen", description = "Moment in lokale tijd (Europe/Amsterdam) en plaats.")
    MeldingResource intake(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId, @RequestBody IntakeVerzoek verzoek) {
        return resource(meldingen.planIntake(gebruiker, meldingId, verzoek.moment(), verzoek.locatie()));
    }

    record BevindingResource(String levensgebied, String situatie, String eigenKracht, String nodig) {
    }

    /**
     * Per side of the ZRM every domain once: a score (1-5) in {@code zrmProfessional}/{@code zrmInwoner}, or in
     * {@code geenScoreProfessional}/{@code geenScoreInwoner} why it has none (NIET_VAN_TOEPASSING, ONBEKEND).
     */
    record OnderzoekVerzoek(LocalDate gespreksdatum, List<BevindingResource> bevindingen, List<Deelnemer> deelnemers,
                            String overigeDeelnemers, Map<ZrmDomein, Integer> zrmProfessional, Map<ZrmDomein, Integer> zrmInwoner,
                            Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreProfessional, Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreInwoner) {
    }

    /** {@code geenScore}: the domains without a score and why. */
    record ZrmResource(ZrmMeting.Door door, LocalDate meetdatum, Map<ZrmDomein, Integer> scores, Map<ZrmDomein, ZrmMeting.GeenScore> geenScore) {
    }

    record OnderzoekResource(long id, long meldingId, LocalDate gespreksdatum, String professional, Set<Deelnemer> deelnemers,
                             String overigeDeelnemers, List<BevindingResource> bevindingen, List<ZrmResource> zrm) {
    }

    @PostMapping("/{meldingId}/onderzoeken")
    @Operation(summary = "Onderzoek vastleggen", description = "Het keukentafelgesprek met de ZRM van professional en inwoner.")
    ResponseEntity<OnderzoekResource> onderzoek(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId,
                                                @RequestBody OnderzoekVerzoek verzoek) {
        Set<Onderzoek.Bevinding> bevindingen = (verzoek.bevindingen() == null ? List.<BevindingResource>of() : verzoek.bevindingen())
                .stream().map(b -> new Onderzoek.Bevinding(Levensgebied.vanCode(b.levensgebied()).orElseThrow(() ->
                        new OngeldigeInvoerException("bevindingen", "Onbekend levensgebied '" + b.levensgebied() + "'.")),
                        b.situatie(), b.eigenKracht(), b.nodig())).collect(Collectors.toSet());
        Onderzoek onderzoek = meldingen.onderzoekVastleggen(gebruiker, meldingId, new Meldingen.OnderzoekVerslag(
                verzoek.gespreksdatum(), bevindingen, verzoek.deelnemers() == null ? Set.of() : Set.copyOf(verzoek.deelnemers()),
                verzoek.overigeDeelnemers(), kopie(verzoek.zrmProfessional()), kopie(verzoek.zrmInwoner()),
                kopie(verzoek.geenScoreProfessional()), kopie(verzoek.geenScoreInwoner())));
        return ResponseEntity.created(URI.create("/api/v1/meldingen/" + meldingId + "/onderzoek")).body(resource(onderzoek));
    }

    @GetMapping("/{meldingId}/onderzoek")
    @Operation(summary = "Het onderzoek bij een melding", description = "Het laatst vastgelegde onderzoek met de ZRM-scores.")
    OnderzoekResource laatsteOnderzoek(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long meldingId) {
        if (!gebruiker.isMedewerker()) {
            throw new NietGevondenException("Het onderzoek");
        }
        return meldingen.onderzoek(gebruiker, meldingId).map(this::resource)
                .orElseThrow(() -> new NietGevondenException("Het onderzoek"));
    }

    private static <T> Map<ZrmDomein, T> kopie(Map<ZrmDomein, T> scores) {
        return scores == null || scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
    }

    private OnderzoekResource resource(Onderzoek o) {
        return new OnderzoekResource(o.id(), o.meldingId(), o.gehoudenOp(), o.professionalNaam(), o.deelnemers(), o.overigeDeelnemers(),
                o.bevindingen().stream().map(b -> new BevindingResource(b.levensgebied().code(), b.situatie(), b.eigenKracht(), b.nodig()))
                        .toList(),
                meldingen.zrm(o).stream().map(z -> new ZrmResource(z.door(), z.datum(), z.scores(), z.geenScore())).toList());
    }

    private MeldingResource resource(Melding melding) {
        return MeldingResource.van(melding, LocalDate.now(clock));
    }
}
