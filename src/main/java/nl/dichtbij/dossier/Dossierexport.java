package nl.dichtbij.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.Pdf;

import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * AVG art. 15 and 20: the whole file of the resident, from every module that holds a part, as
 * one structure; rendered as JSON for machines and as a tagged PDF for people.
 */
@Service
public class Dossierexport {

    private final List<Dossieronderdeel> onderdelen;
    private final PersonenRegister register;
    private final Toestemmingen toestemmingen;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final Correctieverzoeken correcties;
    private final Logboek logboek;
    private final Bewaartermijnen bewaartermijnen;
    private final DossierLog log;
    private final TemplateEngine templates;
    private final Clock clock;

    Dossierexport(List<Dossieronderdeel> onderdelen, PersonenRegister register, Toestemmingen toestemmingen,
                  Vertegenwoordigingen vertegenwoordigingen, Correctieverzoeken correcties, Logboek logboek, Bewaartermijnen bewaartermijnen,
                  DossierLog log, TemplateEngine templates, Clock clock) {
        this.onderdelen = onderdelen.stream().sorted(Comparator.comparingInt(Dossieronderdeel::volgorde)).toList();
        this.register = register;
        this.toestemmingen = toestemmingen;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.correcties = correcties;
        this.logboek = logboek;
        this.bewaartermijnen = bewaartermijnen;
        this.log = log;
        this.templates = templates;
        this.clock = clock;
    }

    public record Onderdeel(String naam, List<Map<String, Object>> items) {
    }

    public record Export(String gemaaktOp, String naam, String gemeente, List<Onderdeel> onderdelen) {
    }

    public Export export(Gebruiker inwoner) {
        Persoon persoon = register.persoon(inwoner.gemeenteCode(), inwoner.bsn()).orElseThrow(() -> new NietGevondenException("Uw inschrijving"));
        List<Onderdeel> delen = new ArrayList<>();
        Map<String, Object> personalia = new LinkedHashMap<>();
        personalia.put("Naam", persoon.naam());
        personalia.put("BSN", persoon.bsn());
        personalia.put("Geboortedatum", persoon.geboortedatum().toString());
        register.adres(inwoner.gemeenteCode(), persoon.huishoudenId()).ifPresent(a -> personalia.put("Adres", a.regel()));
        delen.add(new Onderdeel("Persoonsgegevens", List.of(personalia)));
        for (Dossieronderdeel onderdeel : onderdelen) {
            delen.add(new Onderdeel(onderdeel.naam(), onderdeel.export(inwoner.gemeenteCode(), persoon.bsn(), persoon.huishoudenId())));
        }
        delen.add(new Onderdeel("Toestemmingen", toestemmingen.vanInwoner(inwoner).stream().map(t -> item(
                "Gedeeld met", t.partijNaam(), "Delen", t.delen().stream().map(Dossierdeel::label).toList(),
                "Geldig tot", t.geldigTot() == null ? "tot intrekking" : t.geldigTot().toString(),
                "Gegeven op", t.verleendOp().toString(), "Ingetrokken op", t.ingetrokkenOp() == null ? "" : t.ingetrokkenOp().toString())).toList()));
        delen.add(new Onderdeel("Machtigingen en vertegenwoordiging", vertegenwoordigingen.gegeven(inwoner).stream().map(v -> item(
                "Vertegenwoordiger", v.onbevestigd() ? v.vertegenwoordigerAfgeschermd() + " (nog niet bevestigd)"
                        : register.persoon(inwoner.gemeenteCode(), v.vertegenwoordigerBsn()).map(Persoon::naam).orElse("onbekend"),
                "Soort", v.grond().label(), "Alleen inzien", v.alleenInzien() ? "ja" : "nee",
                "Vastgelegd op", v.vastgelegdOp().toString(), "Ingetrokken op", v.ingetrokkenOp() == null ? "" : v.ingetrokkenOp().toString())).toList()));
        delen.add(new Onderdeel("Correctieverzoeken", correcties.vanInwoner(inwoner).stream().map(c -> item(
                "Onderdeel", c.onderdeel().label(), "Wat klopt niet", c.watKloptNiet(), "Ingediend op", c.ingediendOp().toString(),
                "Uitkomst", c.uitkomst() == null ? "in behandeling" : c.uitkomst(), "Antwoord", c.antwoord() == null ? "" : c.antwoord())).toList()));
        delen.add(new Onderdeel("Logboek: wie heeft uw gegevens verwerkt", logboek.alleVan(inwoner.gemeenteCode(), persoon.bsn()).stream()
                // the safety records' lines stay with the privacy officer (docs/privacy.md), as on the "who saw my file" page
                .filter(r -> r.categorie() != Dossierdeel.VEILIGHEID).map(r -> item(
                "Tijdstip", r.tijdstip().toString(), "Wie", r.actorNaam(), "Wat", r.handeling().label(), "Gegevens", r.categorie().label(),
                "Grondslag", r.grondslag(), "Waar", r.bron())).toList()));
        delen.add(new Onderdeel("Bewaartermijnen", bewaartermijnen.uitleg().stream().map(t -> item("Wet", t.wet(), "Termijn", t.jaren() + " jaar na sluiten van de zaak",
                "Bron", t.bron())).toList()));
        log.inwoner(inwoner, List.of(persoon.bsn()), Dossierdeel.PERSONALIA, Handeling.EXPORTEREN);
        return new Export(clock.instant().toString(), persoon.naam(), inwoner.gemeenteCode(), delen);
    }

    public byte[] pdf(Gebruiker inwoner) {
        Export export = export(inwoner);
        Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"),
                Map.of("export", export, "datum", Formaat.lang(LocalDate.now(clock))));
        return Pdf.van(templates.process(new TemplateSpec("dossier/export", TemplateMode.XML), context));
    }

    /** Builds an item from label/value pairs, keeping their order. */
    public static Map<String, Object> item(Object... paren) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i + 1 < paren.length; i += 2) {
            item.put((String) paren[i], paren[i + 1] == null ? "" : paren[i + 1]);
        }
        return item;
    }
}
