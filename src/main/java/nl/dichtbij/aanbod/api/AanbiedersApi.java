package nl.dichtbij.aanbod.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbiedersregister.Aanbiederdossier;
import nl.dichtbij.aanbod.Aanbiedersregister.Registratie;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.api.PaginaResource;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider register: beheer adds, changes and ends; beleid reads. Nothing is deleted. */
@RestController
@RequestMapping("/api/v1/aanbieders")
@Tag(name = "Aanbiedersregister", description = "Zorgaanbieders met AGB-code, KvK-nummer, locaties, contactpersoon en keurmerken; beheer wijzigt, beleid leest")
class AanbiedersApi {

    private final Aanbiedersregister register;
    private final java.time.Clock clock;

    AanbiedersApi(Aanbiedersregister register, java.time.Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    record AanbiederResource(long id, String agbCode, String kvkNummer, String naam, LocalDate ingeschrevenVanaf, LocalDate beeindigdPer,
                             String beeindigingsreden, boolean actief, int versie, String gewijzigdDoor, Instant gewijzigdOp) {

        static AanbiederResource van(Registratie r, LocalDate vandaag) {
            return new AanbiederResource(r.id(), r.agbCode(), r.kvkNummer(), r.naam(), r.ingeschrevenVanaf(), r.beeindigdPer(),
                    r.beeindigingsreden(), r.actiefOp(vandaag), r.versie(), r.gewijzigdDoor(), r.gewijzigdOp());
        }
    }

    record LocatieResource(long id, String naam, String straat, String huisnummer, String postcode, String plaats, LocalDate vanaf,
                           LocalDate beeindigdPer) {

        static LocatieResource van(Aanbiedersregister.Locatie l) {
            return new LocatieResource(l.id(), l.naam(), l.straat(), l.huisnummer(), l.postcode(), l.plaats(), l.vanaf(), l.beeindigdPer());
        }
    }

    record ContactResource(String gemeente, String naam, String telefoon, String email) {

        static ContactResource van(Aanbiedersregister.Contact c) {
            return new ContactResource(c.gemeenteCode(), c.naam(), c.telefoon(), c.email());
        }
    }

    record KeurmerkResource(long id, String soort, LocalDate geldigVanaf, LocalDate geldigTot, LocalDate beeindigdPer, String stand,
                            boolean letOp) {

        static KeurmerkResource van(Aanbiedersregister.Keurmerk k) {
            return new KeurmerkResource(k.id(), k.soort(), k.geldigVanaf(), k.geldigTot(), k.beeindigdPer(), k.stand().name(), k.stand().letOp());
        }
    }

    record HistorieResource(Instant tijdstip, String door, String wat) {
    }

    record AanbiederdossierResource(AanbiederResource aanbieder, List<LocatieResource> locaties, ContactResource contact,
                                    List<KeurmerkResource> keurmerken, List<HistorieResource> historie) {
    }

    @GetMapping
    @Operation(operationId = "aanbiedersZoeken", summary = "Aanbieders zoeken", description = "Op naam, AGB-code of KvK-nummer (tekst) en stand (ACTIEF, BEEINDIGD, ALLE), per pagina.")
    PaginaResource<AanbiederResource> zoek(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String tekst,
                                           @RequestParam(defaultValue = "ALLE") String stand, @RequestParam(defaultValue = "0") int pagina,
                                           @RequestParam(defaultValue = "25") int paginaGrootte) {
        Aanbiedersregister.Stand gekozen = Aanbiedersregister.Stand.van(stand)
                .orElseThrow(() -> new OngeldigeInvoerException("stand", "Kies voor stand ACTIEF, BEEINDIGD of ALLE."));
        LocalDate vandaag = LocalDate.now(clock);
        return PaginaResource.van(register.zoek(gebruiker, tekst, gekozen, Math.max(0, pagina), paginaGrootte), r -> AanbiederResource.van(r, vandaag));
    }

    @GetMapping("/{aanbiederId}")
    @Operation(operationId = "aanbiederOphalen", summary = "Eén aanbieder", description = "Met locaties, de contactpersoon voor uw gemeente, keurmerken en de historie.")
    AanbiederdossierResource aanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId) {
        return dossier(register.dossier(gebruiker, aanbiederId));
    }

    record AanbiederVerzoek(String agbCode, String kvkNummer, String naam, LocalDate ingeschrevenVanaf) {
    }

    @PostMapping
    @Operation(operationId = "aanbiederInschrijven", summary = "Aanbieder inschrijven", description = "AGB-code (8 cijfers, uniek), KvK-nummer (8 cijfers), naam en datum van inschrijving.")
    ResponseEntity<AanbiederResource> inschrijven(@AuthenticationPrincipal Gebruiker gebruiker, @RequestBody AanbiederVerzoek verzoek) {
        Registratie r = register.toevoegen(gebruiker, new Aanbiedersregister.Gegevens(verzoek.agbCode(), verzoek.kvkNummer(), verzoek.naam(),
                verzoek.ingeschrevenVanaf()));
        return ResponseEntity.created(URI.create("/api/v1/aanbieders/" + r.id())).body(AanbiederResource.van(r, LocalDate.now(clock)));
    }

    record WijzigingVerzoek(Integer versie, String kvkNummer, String naam, LocalDate ingeschrevenVanaf) {
    }

    @PutMapping("/{aanbiederId}")
    @Operation(operationId = "aanbiederWijzigen", summary = "Aanbieder wijzigen", description = "KvK-nummer, naam en datum van inschrijving; met de versie die u las. "
            + "Een oudere versie geeft 409. De AGB-code verandert niet.")
    AanbiederResource wijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody WijzigingVerzoek verzoek) {
        Registratie r = register.wijzigen(gebruiker, aanbiederId, versie(verzoek.versie()),
                new Aanbiedersregister.Gegevens(null, verzoek.kvkNummer(), verzoek.naam(), verzoek.ingeschrevenVanaf()));
        return AanbiederResource.van(r, LocalDate.now(clock));
    }

    record BeeindigingVerzoek(Integer versie, LocalDate per, String reden) {
    }

    @PostMapping("/{aanbiederId}/beeindiging")
    @Operation(operationId = "aanbiederBeeindigen", summary = "Aanbieder beëindigen", description = "Per datum en met een reden. De aanbieder blijft in het register staan.")
    AanbiederResource beeindigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody BeeindigingVerzoek verzoek) {
        return AanbiederResource.van(register.beeindigen(gebruiker, aanbiederId, versie(verzoek.versie()), verzoek.per(), verzoek.reden()), LocalDate.now(clock));
    }

    record HerinschrijvingVerzoek(Integer versie, LocalDate vanaf) {
    }

    @PostMapping("/{aanbiederId}/herinschrijving")
    @Operation(operationId = "aanbiederOpnieuwInschrijven", summary = "Aanbieder opnieuw inschrijven", description = "Een beëindigde aanbieder komt terug, "
            + "vanaf een datum op of na de einddatum; de eerdere inschrijving blijft in de historie. Een beëindigde aanbieder verandert verder niet meer.")
    AanbiederResource opnieuwInschrijven(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody HerinschrijvingVerzoek v) {
        return AanbiederResource.van(register.opnieuwInschrijven(gebruiker, aanbiederId, versie(v.versie()), v.vanaf()), LocalDate.now(clock));
    }

    record LocatieVerzoek(String naam, String straat, String huisnummer, String postcode, String plaats, LocalDate vanaf) {
    }

    @PostMapping("/{aanbiederId}/locaties")
    @Operation(operationId = "aanbiederLocatieToevoegen", summary = "Locatie toevoegen", description = "Naam en adres (postcode als 3441 BW) en vanaf wanneer.")
    ResponseEntity<LocatieResource> locatie(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody LocatieVerzoek v) {
        var l = register.locatieToevoegen(gebruiker, aanbiederId, new Aanbiedersregister.Locatiegegevens(v.naam(), v.straat(), v.huisnummer(),
                v.postcode(), v.plaats(), v.vanaf()));
        return ResponseEntity.created(URI.create("/api/v1/aanbieders/" + aanbiederId)).body(LocatieResource.van(l));
    }

    record EindeVerzoek(LocalDate per) {
    }

    @PostMapping("/{aanbiederId}/locaties/{locatieId}/beeindiging")
    @Operation(operationId = "aanbiederLocatieBeeindigen", summary = "Locatie beëindigen", description = "Per datum; de locatie blijft zichtbaar als beëindigd.")
    ResponseEntity<Void> locatieBeeindigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @PathVariable long locatieId,
                                           @RequestBody EindeVerzoek verzoek) {
        register.locatieBeeindigen(gebruiker, aanbiederId, locatieId, verzoek.per());
        return ResponseEntity.noContent().build();
    }

    record ContactVerzoek(String naam, String telefoon, String email) {
    }

    @PutMapping("/{aanbiederId}/contact")
    @Operation(operationId = "aanbiederContactVastleggen", summary = "Contactpersoon vastleggen", description = "De contactpersoon van de aanbieder voor uw eigen gemeente.")
    ContactResource contact(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody ContactVerzoek verzoek) {
        return ContactResource.van(register.contactVastleggen(gebruiker, aanbiederId, verzoek.naam(), verzoek.telefoon(), verzoek.email()));
    }

    record KeurmerkVerzoek(String soort, LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    @PostMapping("/{aanbiederId}/keurmerken")
    @Operation(operationId = "aanbiederKeurmerkToevoegen", summary = "Keurmerk toevoegen", description = "Bijvoorbeeld HKZ, ISO 9001, Kwaliteitskader Jeugd of Keurmerk Zorg, met geldigheid.")
    ResponseEntity<KeurmerkResource> keurmerk(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @RequestBody KeurmerkVerzoek v) {
        var k = register.keurmerkToevoegen(gebruiker, aanbiederId, v.soort(), v.geldigVanaf(), v.geldigTot());
        return ResponseEntity.created(URI.create("/api/v1/aanbieders/" + aanbiederId)).body(KeurmerkResource.van(k));
    }

    @PostMapping("/{aanbiederId}/keurmerken/{keurmerkId}/beeindiging")
    @Operation(operationId = "aanbiederKeurmerkBeeindigen", summary = "Keurmerk beëindigen", description = "Per datum, bijvoorbeeld als het certificaat is ingetrokken.")
    ResponseEntity<Void> keurmerkBeeindigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId, @PathVariable long keurmerkId,
                                            @RequestBody EindeVerzoek verzoek) {
        register.keurmerkBeeindigen(gebruiker, aanbiederId, keurmerkId, verzoek.per());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(Aanbiedersregister.IntussenGewijzigd.class)
    ResponseEntity<ProblemDetail> intussenGewijzigd(Aanbiedersregister.IntussenGewijzigd e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.problem(HttpStatus.CONFLICT, "Tegelijk gewijzigd", e.fouten().get("versie")));
    }

    private static int versie(Integer versie) {
        if (versie == null) {
            throw new OngeldigeInvoerException("versie", "Geef de versie mee die u las (veld versie), zodat u geen wijziging van een ander overschrijft.");
        }
        return versie;
    }

    private AanbiederdossierResource dossier(Aanbiederdossier d) {
        return new AanbiederdossierResource(AanbiederResource.van(d.aanbieder(), LocalDate.now(clock)),
                d.locaties().stream().map(LocatieResource::van).toList(), d.contact().map(ContactResource::van).orElse(null),
                d.keurmerken().stream().map(KeurmerkResource::van).toList(),
                d.historie().stream().map(h -> new HistorieResource(h.tijdstip(), h.door(), h.wat())).toList());
    }
}
