package nl.dichtbij.werkplek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff search: a resident of the municipality by name, BSN or address, with his address and whether the sociaal
 * team already has an open case for his household (and who directs it), so nobody opens a second one. Every resident
 * a result page shows is written to the Logboek as a look at his personalia; the case itself still asks its own access.
 */
@Controller
class ZoekController {

    static final int GROOTTE = 20;
    /** The register counts a name search up to one past this; beyond it the professional types more of the name. */
    static final int MAX = 500;
    static final String GRONDSLAG = "Inwoner zoeken: is er al een zaak voor dit huishouden (Wmo 2015 art. 2.3.2, Jeugdwet art. 7.3.1)";

    private final PersonenRegister register;
    private final Zaken zaken;
    private final Gemeenten gemeenten;
    private final DossierLog dossierLog;
    private final Clock clock;

    ZoekController(PersonenRegister register, Zaken zaken, Gemeenten gemeenten, DossierLog dossierLog, Clock clock) {
        this.register = register;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.dossierLog = dossierLog;
        this.clock = clock;
    }

    /** One resident found: who, his age, where he lives, and his household's open case if there is one. */
    record Treffer(Persoon persoon, int leeftijd, Adres adres, Zaken.Lopend zaak, String teamnaam) {
    }

    @GetMapping("/werk/zoeken")
    String zoeken(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q == null) {
            return "werk/zoeken";
        }
        Zoekterm term = Zoekterm.lees(q);
        if (term instanceof Zoekterm.Onbruikbaar onbruikbaar) {
            model.addAttribute("fout", onbruikbaar.uitleg());
            return "werk/zoeken";
        }
        Pagina<Persoon> gevonden = zoek(medewerker.gemeenteCode(), term, Math.max(0, pagina));
        boolean meer = gevonden.totaal() > MAX;
        if (meer) {
            gevonden = new Pagina<>(gevonden.inhoud(), gevonden.pagina(), gevonden.grootte(), MAX);
        }
        model.addAttribute("meer", meer);
        List<Persoon> personen = gevonden.inhoud();
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), personen.stream().map(Persoon::bsn).toList(), GRONDSLAG);
        List<Long> huishoudens = personen.stream().map(Persoon::huishoudenId).distinct().toList();
        Map<Long, Adres> adressen = register.adressen(medewerker.gemeenteCode(), huishoudens);
        Map<Long, Zaken.Lopend> lopend = zaken.lopendVanHuishoudens(medewerker.gemeenteCode(), huishoudens);
        Map<Long, String> teams = gemeenten.teams(medewerker.gemeenteCode()).stream().collect(Collectors.toMap(Team::id, Team::naam));
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("treffers", gevonden.map(p -> {
            Zaken.Lopend zaak = lopend.get(p.huishoudenId());
            return new Treffer(p, p.leeftijdOp(vandaag), adressen.get(p.huishoudenId()), zaak, zaak == null ? null : teams.get(zaak.leadTeamId()));
        }));
        model.addAttribute("basis", UriComponentsBuilder.fromPath("/werk/zoeken").queryParam("q", q.strip()).encode().toUriString());
        return "werk/zoeken";
    }

    private Pagina<Persoon> zoek(String gemeente, Zoekterm term, int pagina) {
        return switch (term) {
            case Zoekterm.Bsn bsn -> Pagina.alles(register.persoon(gemeente, bsn.bsn()).stream().toList());
            case Zoekterm.Adres adres -> Pagina.alles(register.huishoudensOpAdres(gemeente, adres.postcode(), adres.huisnummer()).stream()
                    .flatMap(h -> register.leden(gemeente, h).stream()).toList());
            case Zoekterm.Naam naam -> register.zoekOpNaam(gemeente, naam.voornaam(), naam.achternaam(), pagina, GROOTTE);
            case Zoekterm.Onbruikbaar o -> Pagina.alles(List.<Persoon>of());
        };
    }

}
