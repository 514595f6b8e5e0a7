package nl.dichtbij.aanbod.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.aanbod.Gespreksregels;
import nl.dichtbij.aanbod.Voortgangsgesprekken;
import nl.dichtbij.aanbod.Voortgangsgesprekken.Gesprek;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account management (issue 17): the municipality's progress talks with providers, their follow-ups and a provider's account
 * holder. Beleid en inkoop records and closes; bestuur reads the talks. Another municipality's talks do not exist (404).
 */
@RestController
@Tag(name = "Gesprekken met aanbieders", description = "Voortgangsgesprekken per aanbieder of per thema: datum, thema, deelnemers, afspraken en "
        + "vervolgafspraken met een eigenaar en een uiterste datum; de accounthouder per aanbieder")
class GesprekkenApi {

    private final Voortgangsgesprekken gesprekken;
    private final java.time.Clock clock;

    GesprekkenApi(Voortgangsgesprekken gesprekken, java.time.Clock clock) {
        this.gesprekken = gesprekken;
        this.clock = clock;
    }

    record AanbiederResource(long id, String agbCode, String naam) {
    }

    record GespreksregelResource(long id, LocalDate datum, String thema, List<AanbiederResource> aanbieders, String afspraken,
                                 int vervolgafspraken, int open, int teLaat) {

        static GespreksregelResource van(Voortgangsgesprekken.Gespreksregel r) {
            return new GespreksregelResource(r.id(), r.datum(), r.thema(), r.aanbieders().stream()
                    .map(a -> new AanbiederResource(a.id(), a.agbCode(), a.naam())).toList(), r.afspraken(), r.aantal(), r.open(), r.teLaat());
        }
    }

    record VervolgafspraakResource(long id, long gesprekId, String omschrijving, String eigenaar, String eigenaarNaam, LocalDate uiterlijk,
                                   boolean open, boolean teLaat, String afgerondDoor, Instant afgerondOp, String toelichting, int versie) {

        static VervolgafspraakResource van(Voortgangsgesprekken.Vervolgafspraak v, LocalDate vandaag) {
            return new VervolgafspraakResource(v.id(), v.gesprekId(), v.omschrijving(), v.eigenaar(), v.eigenaarNaam(), v.uiterlijk(), v.open(),
                    v.teLaat(vandaag), v.afgerondDoor(), v.afgerondOp(), v.afronding(), v.versie());
        }
    }

    record GesprekResource(long id, LocalDate datum, String thema, List<AanbiederResource> aanbieders, String deelnemers, String afspraken,
                           List<VervolgafspraakResource> vervolgafspraken, int versie, String vastgelegdDoor, Instant vastgelegdOp,
                           String gewijzigdDoor, Instant gewijzigdOp) {

        static GesprekResource van(Gesprek g, LocalDate vandaag) {
            return new GesprekResource(g.id(), g.datum(), g.thema(), g.aanbieders().stream().map(a -> new AanbiederResource(a.id(), a.agbCode(),
                    a.naam())).toList(), g.deelnemers(), g.afspraken(), g.vervolgafspraken().stream().map(v -> VervolgafspraakResource.van(v, vandaag))
                    .toList(), g.versie(), g.vastgelegdDoor(), g.vastgelegdOp(), g.gewijzigdDoor(), g.gewijzigdOp());
        }
    }

    record OpenAfspraakResource(long id, long gesprekId, String omschrijving, LocalDate uiterlijk, boolean teLaat, long dagenTeLaat, LocalDate gesprekDatum,
                                String thema, List<String> aanbieders, int versie) {

        static OpenAfspraakResource van(Voortgangsgesprekken.OpenAfspraak a) {
            return new OpenAfspraakResource(a.id(), a.gesprekId(), a.omschrijving(), a.uiterlijk(), a.teLaat(), a.dagenTeLaat(), a.gesprekDatum(), a.thema(),
                    a.aanbieders(), a.versie());
        }
    }

    record VervolgVerzoek(String omschrijving, String eigenaar, LocalDate uiterlijk) {

        Gespreksregels.Vervolggegevens gegevens() {
            return new Gespreksregels.Vervolggegevens(omschrijving, eigenaar, uiterlijk);
        }
    }

    /** A talk with the provider of the path; {@code andereAanbiederIds}: more providers at the same table (a theme). */
    record AanbiedergesprekVerzoek(LocalDate datum, String thema, List<Long> andereAanbiederIds, String deelnemers, String afspraken,
                                   List<VervolgVerzoek> vervolgafspraken) {
    }

    /** A talk about a theme, with the providers in {@code aanbiederIds} (none is allowed). */
    record GesprekVerzoek(LocalDate datum, String thema, List<Long> aanbiederIds, String deelnemers, String afspraken,
                          List<VervolgVerzoek> vervolgafspraken) {

        Gespreksregels.Gegevens gegevens() {
            return new Gespreksregels.Gegevens(datum, thema, aanbiederIds, deelnemers, afspraken, vervolg(vervolgafspraken));
        }
    }

    record WijzigingVerzoek(Integer versie, LocalDate datum, String thema, List<Long> aanbiederIds, String deelnemers, String afspraken) {
    }

    record NieuweVervolgafspraakVerzoek(Integer versie, String omschrijving, String eigenaar, LocalDate uiterlijk) {
    }

    record AfrondingVerzoek(Integer versie, String toelichting) {
    }

    record AccounthouderVerzoek(String gebruikersnaam) {
    }

    record AccounthouderResource(long aanbiederId, String gebruikersnaam, String naam, String gewijzigdDoor, Instant gewijzigdOp) {
    }

    @GetMapping("/api/v1/aanbieders/{aanbiederId}/gesprekken")
    @Operation(operationId = "aanbiederGesprekkenZoeken", summary = "Gesprekken met een aanbieder",
            description = "De voortgangsgesprekken van uw gemeente met deze aanbieder, ook die over een thema waar hij bij was; het nieuwste eerst, per pagina.")
    PaginaResource<GespreksregelResource> vanAanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId,
                                                       @RequestParam(defaultValue = "0") int pagina,
                                                       @RequestParam(defaultValue = "25") int paginaGrootte) {
        gesprekken.aanbieder(gebruiker, aanbiederId);
        return PaginaResource.van(gesprekken.lijst(gebruiker, aanbiederId, null, Math.max(0, pagina), paginaGrootte), GespreksregelResource::van);
    }

    @PostMapping("/api/v1/aanbieders/{aanbiederId}/gesprekken")
    @Operation(operationId = "aanbiederGesprekVastleggen", summary = "Gesprek met een aanbieder vastleggen",
            description = "Datum (vandaag of eerder), thema, deelnemers, afspraken en vervolgafspraken. Een vervolgafspraak zonder eigenaar is van wie "
                    + "het vastlegt; de uiterste datum ligt op of na de datum van het gesprek.")
    ResponseEntity<GesprekResource> vastleggenMetAanbieder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId,
                                                           @RequestBody AanbiedergesprekVerzoek v) {
        gesprekken.aanbieder(gebruiker, aanbiederId);
        List<Long> aanbieders = new ArrayList<>();
        aanbieders.add(aanbiederId);
        if (v.andereAanbiederIds() != null) {
            aanbieders.addAll(v.andereAanbiederIds());
        }
        Gesprek g = gesprekken.vastleggen(gebruiker, new Gespreksregels.Gegevens(v.datum(), v.thema(), aanbieders, v.deelnemers(), v.afspraken(),
                vervolg(v.vervolgafspraken())));
        return ResponseEntity.created(URI.create("/api/v1/gesprekken/" + g.id())).body(GesprekResource.van(g, vandaag(g)));
    }

    @GetMapping("/api/v1/gesprekken")
    @Operation(operationId = "gesprekkenZoeken", summary = "Gesprekken met aanbieders",
            description = "Alle voortgangsgesprekken van uw gemeente, het nieuwste eerst; filter op aanbiederId en op (een deel van) het thema.")
    PaginaResource<GespreksregelResource> lijst(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) Long aanbiederId,
                                                @RequestParam(required = false) String thema, @RequestParam(defaultValue = "0") int pagina,
                                                @RequestParam(defaultValue = "25") int paginaGrootte) {
        return PaginaResource.van(gesprekken.lijst(gebruiker, aanbiederId, thema, Math.max(0, pagina), paginaGrootte), GespreksregelResource::van);
    }

    @PostMapping("/api/v1/gesprekken")
    @Operation(operationId = "gesprekVastleggen", summary = "Gesprek over een thema vastleggen",
            description = "Met de aanbieders in aanbiederIds (meer dan één, of geen), verder als bij een gesprek met één aanbieder.")
    ResponseEntity<GesprekResource> vastleggen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestBody GesprekVerzoek v) {
        Gesprek g = gesprekken.vastleggen(gebruiker, v.gegevens());
        return ResponseEntity.created(URI.create("/api/v1/gesprekken/" + g.id())).body(GesprekResource.van(g, vandaag(g)));
    }

    @GetMapping("/api/v1/gesprekken/{gesprekId}")
    @Operation(operationId = "gesprekOphalen", summary = "Eén gesprek", description = "Met de aanbieders en de vervolgafspraken.")
    GesprekResource gesprek(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long gesprekId) {
        Gesprek g = gesprekken.gesprek(gebruiker, gesprekId);
        return GesprekResource.van(g, vandaag(g));
    }

    @PutMapping("/api/v1/gesprekken/{gesprekId}")
    @Operation(operationId = "gesprekWijzigen", summary = "Gesprek wijzigen", description = "Datum, thema, aanbieders, deelnemers en afspraken, met de "
            + "versie die u las (een oudere geeft 409). De vervolgafspraken blijven zoals ze zijn.")
    GesprekResource wijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long gesprekId, @RequestBody WijzigingVerzoek v) {
        Gesprek g = gesprekken.wijzigen(gebruiker, gesprekId, versie(v.versie()), new Gespreksregels.Gegevens(v.datum(), v.thema(), v.aanbiederIds(),
                v.deelnemers(), v.afspraken(), List.of()));
        return GesprekResource.van(g, vandaag(g));
    }

    @PostMapping("/api/v1/gesprekken/{gesprekId}/vervolgafspraken")
    @Operation(operationId = "gesprekVervolgafspraakToevoegen", summary = "Vervolgafspraak toevoegen",
            description = "Met de versie van het gesprek die u las (een oudere geeft 409).")
    ResponseEntity<GesprekResource> vervolgafspraak(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long gesprekId,
                                                    @RequestBody NieuweVervolgafspraakVerzoek v) {
        Gesprek g = gesprekken.vervolgafspraakToevoegen(gebruiker, gesprekId, versie(v.versie()),
                new Gespreksregels.Vervolggegevens(v.omschrijving(), v.eigenaar(), v.uiterlijk()));
        return ResponseEntity.created(URI.create("/api/v1/gesprekken/" + g.id())).body(GesprekResource.van(g, vandaag(g)));
    }

    @GetMapping("/api/v1/vervolgafspraken")
    @Operation(operationId = "vervolgafsprakenZoeken", summary = "Mijn open vervolgafspraken",
            description = "De open vervolgafspraken waarvan u de eigenaar bent, wat het eerst klaar moet zijn eerst; teLaat als de datum voorbij is.")
    PaginaResource<OpenAfspraakResource> mijnOpen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(defaultValue = "0") int pagina,
                                                  @RequestParam(defaultValue = "25") int paginaGrootte) {
        return PaginaResource.van(gesprekken.openVervolgafspraken(gebruiker, Math.max(0, pagina), paginaGrootte), OpenAfspraakResource::van);
    }

    @PostMapping("/api/v1/vervolgafspraken/{vervolgafspraakId}/afronding")
    @Operation(operationId = "vervolgafspraakAfronden", summary = "Vervolgafspraak afronden",
            description = "Met de versie die u las en eventueel een toelichting. Al afgerond of intussen gewijzigd: 409.")
    VervolgafspraakResource afronden(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long vervolgafspraakId, @RequestBody AfrondingVerzoek v) {
        Voortgangsgesprekken.Vervolgafspraak afgerond = gesprekken.afronden(gebruiker, vervolgafspraakId, versie(v.versie()), v.toelichting());
        return VervolgafspraakResource.van(afgerond, LocalDate.now(clock));
    }

    @GetMapping("/api/v1/aanbieders/{aanbiederId}/accounthouder")
    @Operation(operationId = "aanbiederAccounthouderOphalen", summary = "Accounthouder van een aanbieder",
            description = "De medewerker beleid en inkoop die namens uw gemeente contact houdt met de aanbieder; 404 als er geen is.")
    AccounthouderResource accounthouder(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId) {
        gesprekken.aanbieder(gebruiker, aanbiederId);
        return gesprekken.accounthouder(gebruiker, aanbiederId).map(GesprekkenApi::resource)
                .orElseThrow(() -> new NietGevondenException("Deze aanbieder heeft geen accounthouder"));
    }

    @PutMapping("/api/v1/aanbieders/{aanbiederId}/accounthouder")
    @Operation(operationId = "aanbiederAccounthouderVastleggen", summary = "Accounthouder vastleggen",
            description = "De gebruikersnaam van een medewerker beleid en inkoop van uw gemeente; leeg haalt de accounthouder weg (204).")
    ResponseEntity<AccounthouderResource> accounthouderVastleggen(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable long aanbiederId,
                                                                  @RequestBody AccounthouderVerzoek v) {
        return gesprekken.accounthouderVastleggen(gebruiker, aanbiederId, v.gebruikersnaam()).map(GesprekkenApi::resource).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @ExceptionHandler({Voortgangsgesprekken.IntussenGewijzigd.class, Voortgangsgesprekken.AlAfgerond.class})
    ResponseEntity<ProblemDetail> conflict(OngeldigeInvoerException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.problem(HttpStatus.CONFLICT, "Tegelijk gewijzigd",
                String.join(" ", e.fouten().values())));
    }

    private static AccounthouderResource resource(Voortgangsgesprekken.Accounthouder h) {
        return new AccounthouderResource(h.aanbiederId(), h.gebruikersnaam(), h.naam(), h.gewijzigdDoor(), h.gewijzigdOp());
    }

    private static List<Gespreksregels.Vervolggegevens> vervolg(List<VervolgVerzoek> verzoeken) {
        return verzoeken == null ? List.of() : verzoeken.stream().map(v -> v == null ? null : v.gegevens()).toList();
    }

    private static int versie(Integer versie) {
        if (versie == null) {
            throw new OngeldigeInvoerException("versie", "Geef de versie mee die u las (veld versie), zodat u geen wijziging van een ander overschrijft.");
        }
        return versie;
    }

    /** The day a follow-up is late against. */
    private LocalDate vandaag(Gesprek g) {
        return LocalDate.now(clock);
    }
}
