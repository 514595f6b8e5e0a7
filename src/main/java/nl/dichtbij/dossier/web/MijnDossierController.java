package nl.dichtbij.dossier.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dichtbij.dossier.Bewaartermijnen;
import nl.dichtbij.dossier.Correctieverzoeken;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Logboek;
import nl.dichtbij.dossier.Noodtoegang;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.dossier.Vertegenwoordigingsregel;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Mijn gegevens: consent, authorisations, acting for someone, who saw my data, export, correction, retention. */
@Controller
@RequestMapping("/mijn")
class MijnDossierController {

    private final Toestemmingen toestemmingen;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final Logboek logboek;
    private final Noodtoegang noodtoegang;
    private final Correctieverzoeken correcties;
    private final Dossierexport export;
    private final Bewaartermijnen bewaartermijnen;
    private final PersonenRegister register;
    private final HttpSessionSecurityContextRepository sessies = new HttpSessionSecurityContextRepository();

    MijnDossierController(Toestemmingen toestemmingen, Vertegenwoordigingen vertegenwoordigingen, Logboek logboek, Noodtoegang noodtoegang,
                          Correctieverzoeken correcties, Dossierexport export, Bewaartermijnen bewaartermijnen, PersonenRegister register) {
        this.toestemmingen = toestemmingen;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.logboek = logboek;
        this.noodtoegang = noodtoegang;
        this.correcties = correcties;
        this.export = export;
        this.bewaartermijnen = bewaartermijnen;
        this.register = register;
    }

    @GetMapping("/gegevens")
    String gegevens(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        model.addAttribute("termijnen", bewaartermijnen.uitleg());
        model.addAttribute("verzoeken", correcties.vanInwoner(inwoner));
        // the safety records are not shown in Mijn Dichtbij (docs/privacy.md): not offered here either
        model.addAttribute("onderdelen", java.util.Arrays.stream(Dossierdeel.values()).filter(d -> d != Dossierdeel.VEILIGHEID).toList());
        return "dossier/mijn-gegevens";
    }

    @GetMapping("/toestemmingen")
    String toestemmingen(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        model.addAttribute("toestemmingen", toestemmingen.vanInwoner(inwoner));
        model.addAttribute("keuzes", toestemmingen.keuzes(inwoner.gemeenteCode()));
        model.addAttribute("delen", Dossierdeel.deelbare());
        return "dossier/toestemmingen";
    }

    @PostMapping("/toestemmingen")
    String verlenen(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) String partij,
                    @RequestParam(required = false) String huisarts, @RequestParam(required = false) List<String> delen,
                    @RequestParam(required = false) String tot, Model model) {
        try {
            toestemmingen.verlenen(inwoner, partij, huisarts, Invoer.delen(delen), Invoer.datum(tot, "tot"));
            return "redirect:/mijn/toestemmingen?gegeven";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Invoer.ingevuld("partij", partij, "huisarts", huisarts, "tot", tot));
            model.addAttribute("gekozen", delen == null ? List.of() : delen);
            return toestemmingen(inwoner, model);
        }
    }

    @PostMapping("/toestemmingen/{id}/intrekken")
    String intrekken(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id) {
        toestemmingen.intrekken(inwoner, id);
        return "redirect:/mijn/toestemmingen?ingetrokken";
    }

    @GetMapping("/machtigingen")
    String machtigingen(@AuthenticationPrincipal Gebruiker inwoner, Model model) {
        model.addAttribute("gegeven", vertegenwoordigingen.gegeven(inwoner).stream()
                .map(v -> new Weergave.Machtiging(v, v.onbevestigd() ? v.vertegenwoordigerAfgeschermd() : naam(inwoner, v.vertegenwoordigerBsn())))
                .toList());
        model.addAttribute("namensWie", vertegenwoordigingen.namensWie(inwoner));
        model.addAttribute("uitnodigingen", vertegenwoordigingen.uitnodigingen(inwoner));
        return "dossier/machtigingen";
    }

    @PostMapping("/machtigingen")
    String machtigen(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) String bsn,
                     @RequestParam(required = false) String geboortedatum, @RequestParam(defaultValue = "INZIEN") String soort,
                     @RequestParam(required = false) String tot, Model model) {
        try {
            vertegenwoordigingen.machtigen(inwoner, bsn, Invoer.datum(geboortedatum, "geboortedatum"), !"HANDELEN".equals(soort), Invoer.datum(tot, "tot"));
            return "redirect:/mijn/machtigingen?gemachtigd";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Invoer.ingevuld("bsn", bsn, "geboortedatum", geboortedatum, "soort", soort, "tot", tot));
            return machtigingen(inwoner, model);
        }
    }

    /** The invited person answers; the invitation is named in the form, and only the person invited finds it. */
    @PostMapping("/uitnodigingen/bevestigen")
    String machtigingBevestigen(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) Long uitnodiging) {
        if (uitnodiging == null) {
            return "redirect:/mijn/machtigingen";
        }
        vertegenwoordigingen.bevestigen(inwoner, uitnodiging);
        return "redirect:/mijn/machtigingen?bevestigd";
    }

    @PostMapping("/uitnodigingen/weigeren")
    String machtigingWeigeren(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) Long uitnodiging) {
        if (uitnodiging == null) {
            return "redirect:/mijn/machtigingen";
        }
        vertegenwoordigingen.weigeren(inwoner, uitnodiging);
        return "redirect:/mijn/machtigingen?geweigerd";
    }

    @PostMapping("/machtigingen/{id}/intrekken")
    String machtigingIntrekken(@AuthenticationPrincipal Gebruiker inwoner, @PathVariable long id) {
        vertegenwoordigingen.intrekken(inwoner, id);
        return "redirect:/mijn/machtigingen?ingetrokken";
    }

    /** From now on the pages of Mijn Dichtbij are about the person acted for, until the resident stops. */
    @PostMapping("/namens")
    String namens(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam String bsn, HttpServletRequest request, HttpServletResponse response) {
        Vertegenwoordigingsregel.Namens namens = vertegenwoordigingen.namensWie(inwoner.zelf()).stream().filter(n -> n.bsn().equals(bsn))
                .findFirst().orElseThrow(() -> new NietGevondenException("Deze persoon"));
        wissel(inwoner.zelf().namens(namens.bsn(), namens.naam(), namens.alleenInzien(), namens.grond()), request, response);
        return "redirect:/mijn";
    }

    @PostMapping("/namens/stoppen")
    String zelf(@AuthenticationPrincipal Gebruiker inwoner, HttpServletRequest request, HttpServletResponse response) {
        wissel(inwoner.zelf(), request, response);
        return "redirect:/mijn";
    }

    private void wissel(Gebruiker wie, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(wie, null, wie.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessies.saveContext(context, request, response);
    }

    @GetMapping("/logboek")
    String logboek(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(defaultValue = "0") int pagina, Model model) {
        Persoon persoon = register.persoon(inwoner.gemeenteCode(), inwoner.bsn()).orElseThrow(() -> new NietGevondenException("Uw inschrijving"));
        model.addAttribute("regels", logboek.doorAnderen(inwoner.gemeenteCode(), inwoner.bsn(), inwoner.gebruikersnaam(), Math.max(0, pagina)));
        model.addAttribute("noodtoegang", noodtoegang.vanHuishouden(inwoner.gemeenteCode(), persoon.huishoudenId()));
        return "dossier/logboek";
    }

    @PostMapping("/correcties")
    String correctie(@AuthenticationPrincipal Gebruiker inwoner, @RequestParam(required = false) Dossierdeel onderdeel,
                     @RequestParam(required = false) String watKloptNiet, @RequestParam(required = false) String voorstel, Model model) {
        try {
            correcties.indienen(inwoner, onderdeel, watKloptNiet, voorstel);
            return "redirect:/mijn/gegevens?verzoek#correctie";
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", Invoer.ingevuld("watKloptNiet", watKloptNiet, "voorstel", voorstel, "onderdeel", onderdeel == null ? null : onderdeel.name()));
            return gegevens(inwoner, model);
        }
    }

    @GetMapping(value = "/gegevens/dossier.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Dossierexport.Export> json(@AuthenticationPrincipal Gebruiker inwoner) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mijn-dossier.json").build().toString())
                .body(export.export(inwoner));
    }

    @GetMapping(value = "/gegevens/dossier.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Gebruiker inwoner) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mijn-dossier.pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(export.pdf(inwoner));
    }

    private String naam(Gebruiker inwoner, String bsn) {
        return register.persoon(inwoner.gemeenteCode(), bsn).map(Persoon::naam).orElse("Onbekend");
    }
}
