package nl.dichtbij.socialekaart.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.api.PaginaResource;
import nl.dichtbij.socialekaart.Organisatie;
import nl.dichtbij.socialekaart.SocialeKaart;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sociale-kaart")
@Tag(name = "Sociale kaart", description = "Organisaties en algemene voorzieningen; openbaar")
class SocialeKaartApi {

    private final SocialeKaart kaart;

    SocialeKaartApi(SocialeKaart kaart) {
        this.kaart = kaart;
    }

    record OrganisatieResource(long id, String gemeente, String naam, String omschrijving, String kern, String adres,
                               String telefoon, String email, String website, List<String> levensgebieden) {
    }

    @GetMapping("/organisaties")
    @Operation(summary = "Organisaties zoeken", description = "Op gemeente (CBS-code), levensgebied, kern en zoekwoord.")
    PaginaResource<OrganisatieResource> zoek(@RequestParam(defaultValue = "0632") String gemeente,
                                             @RequestParam(required = false) String levensgebied,
                                             @RequestParam(required = false) String kern,
                                             @RequestParam(required = false) String tekst,
                                             @RequestParam(defaultValue = "0") int pagina,
                                             @RequestParam(defaultValue = "20") int paginaGrootte) {
        if (!gemeente.matches("\\d{4}")) {
            throw new OngeldigeInvoerException("gemeente", "Een gemeentecode heeft 4 cijfers, bijvoorbeeld 0632 voor Woerden.");
        }
        Levensgebied gebied = levensgebied == null || levensgebied.isBlank() ? null : Levensgebied.vanCode(levensgebied)
                .orElseThrow(() -> new OngeldigeInvoerException("levensgebied", "Onbekend levensgebied '" + levensgebied + "'."));
        Pagina<Organisatie> resultaat = kaart.zoek(new SocialeKaart.Zoekvraag(gemeente, gebied, kern, tekst),
                Math.max(0, pagina), Pagina.begrens(paginaGrootte));
        return PaginaResource.van(resultaat, o -> new OrganisatieResource(o.id(), o.gemeenteCode(), o.naam(), o.omschrijving(),
                o.kern(), o.adres(), o.telefoon(), o.email(), o.website(), o.levensgebieden().stream().map(Levensgebied::code).toList()));
    }
}
