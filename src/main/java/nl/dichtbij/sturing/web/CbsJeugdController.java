package nl.dichtbij.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.sturing.CbsJeugdbestand;
import nl.dichtbij.sturing.CbsJeugdlevering;
import nl.dichtbij.sturing.CbsJeugdregels.Periode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The CBS Beleidsinformatie Jeugd per half year (issue 21): what the delivery holds, its completeness report with a form per
 * field beleid can fill, and the file. Beleid only: the file holds BSNs.
 */
@Controller
class CbsJeugdController {

    /** The Jeugdwet and the CBS delivery began in 2015. */
    private static final int EERSTE_JAAR = 2015;

    private final CbsJeugdlevering levering;
    private final Clock clock;

    CbsJeugdController(CbsJeugdlevering levering, Clock clock) {
        this.levering = levering;
        this.clock = clock;
    }

    @GetMapping("/sturing/cbs-jeugd")
    String pagina(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                  @RequestParam(required = false) String halfjaar, Model model) {
        Periode standaard = vorigePeriode();
        Periode p = periode(jaar, halfjaar, standaard);
        if (p == null) {
            model.addAttribute("fout", "Kies een jaar tussen 2015 en " + LocalDate.now(clock).getYear() + " en halfjaar 1 of 2. U ziet nu "
                    + standaard.naam() + ".");
            p = standaard;
        }
        CbsJeugdlevering.Levering l = levering.levering(gebruiker, p);
        model.addAttribute("l", l);
        // the choice for a whole product once, at its first missing record, not at each of its records
        java.util.Set<String> producten = new java.util.HashSet<>();
        model.addAttribute("productkeuzeBij", l.ontbreekt().stream()
                .filter(o -> o.product() != null && producten.add(o.product().categorie() + "/" + o.product().code()))
                .map(o -> o.anker()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("jaar", p.jaar());
        model.addAttribute("halfjaar", p.halfjaar());
        int ditJaar = LocalDate.now(clock).getYear();
        model.addAttribute("jaren", IntStream.rangeClosed(EERSTE_JAAR, ditJaar).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("jeugdhulpvelden", CbsJeugdbestand.JEUGDHULP);
        model.addAttribute("maatregelvelden", CbsJeugdbestand.MAATREGEL);
        model.addAttribute("lengteJeugdhulp", CbsJeugdbestand.regellengte(CbsJeugdbestand.JEUGDHULP));
        model.addAttribute("lengteMaatregel", CbsJeugdbestand.regellengte(CbsJeugdbestand.MAATREGEL));
        return "sturing/cbs-jeugd";
    }

    @GetMapping("/sturing/cbs-jeugd/bestand")
    ResponseEntity<byte[]> bestand(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String jaar,
                                   @RequestParam(required = false) String halfjaar) {
        Periode p = periode(jaar, halfjaar, null);
        if (p == null) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body("Kies een jaar en halfjaar 1 of 2.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CbsJeugdlevering.Levering l = levering.download(gebruiker, p);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(l.bestandsnaam()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.US_ASCII))
                .body(l.bestand());
    }

    @PostMapping("/sturing/cbs-jeugd/aanvullen")
    String aanvullen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam String jaar, @RequestParam String halfjaar,
                     @RequestParam String bron, @RequestParam long bronId, @RequestParam String veld,
                     @RequestParam(required = false) String waarde, RedirectAttributes doorgeven) {
        Periode p = periode(jaar, halfjaar, null);
        String anker = "aanvullen-" + bron + "-" + bronId + "-" + veld;
        if (p == null) {
            return "redirect:/sturing/cbs-jeugd";
        }
        try {
            levering.aanvullen(gebruiker, p, bron, bronId, veld, waarde);
            doorgeven.addFlashAttribute("opgeslagen", "Het gegeven is aangevuld.");
            anker = "volledigheid";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            fouten.put(anker, e.fouten().values().iterator().next());
            doorgeven.addFlashAttribute("fouten", fouten);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/sturing/cbs-jeugd").queryParam("jaar", p.jaar()).queryParam("halfjaar", p.halfjaar())
                .fragment(anker).build().toUriString();
    }

    @PostMapping("/sturing/cbs-jeugd/hulpvorm")
    String hulpvorm(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam String jaar, @RequestParam String halfjaar,
                    @RequestParam String categorie, @RequestParam(required = false) String code, @RequestParam long bronId,
                    @RequestParam(required = false) String waarde, RedirectAttributes doorgeven) {
        Periode p = periode(jaar, halfjaar, null);
        if (p == null) {
            return "redirect:/sturing/cbs-jeugd";
        }
        String anker = "aanvullen-T-" + bronId + "-HULPVORM";
        try {
            levering.hulpvormVoorProduct(gebruiker, p, categorie, code, waarde);
            doorgeven.addFlashAttribute("opgeslagen", "De hulpvorm is gekozen voor alle toewijzingen van dit product.");
            anker = "volledigheid";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            fouten.put(anker, e.fouten().values().iterator().next());
            doorgeven.addFlashAttribute("fouten", fouten);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/sturing/cbs-jeugd").queryParam("jaar", p.jaar()).queryParam("halfjaar", p.halfjaar())
                .fragment(anker).build().toUriString();
    }

    @PostMapping("/sturing/cbs-jeugd/wijzigen")
    String wijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam String jaar, @RequestParam String halfjaar,
                    @RequestParam String bron, @RequestParam long bronId, @RequestParam String veld, @RequestParam(required = false) String was,
                    @RequestParam(required = false) String waarde, RedirectAttributes doorgeven) {
        Periode p = periode(jaar, halfjaar, null);
        if (p == null) {
            return "redirect:/sturing/cbs-jeugd";
        }
        String anker = "wijzigen-" + bron + "-" + bronId + "-" + veld;
        try {
            levering.wijzigen(gebruiker, p, bron, bronId, veld, was, waarde);
            doorgeven.addFlashAttribute("opgeslagen", "De waarde is gewijzigd.");
        } catch (OngeldigeInvoerException e) {
            doorgeven.addFlashAttribute("fouten", Map.of(anker, e.fouten().values().iterator().next()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/sturing/cbs-jeugd").queryParam("jaar", p.jaar()).queryParam("halfjaar", p.halfjaar())
                .fragment(anker).build().toUriString();
    }

    @PostMapping("/sturing/cbs-jeugd/hulpvorm/wijzigen")
    String hulpvormWijzigen(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam String jaar, @RequestParam String halfjaar,
                            @RequestParam String categorie, @RequestParam(required = false) String code, @RequestParam(required = false) String was,
                            @RequestParam(required = false) String waarde, RedirectAttributes doorgeven) {
        Periode p = periode(jaar, halfjaar, null);
        if (p == null) {
            return "redirect:/sturing/cbs-jeugd";
        }
        String anker = "product-" + categorie + "-" + (code == null || code.isBlank() ? "x" : code.strip());
        try {
            levering.hulpvormVoorProductWijzigen(gebruiker, p, categorie, code, was, waarde);
            doorgeven.addFlashAttribute("opgeslagen", "De hulpvorm is gewijzigd voor alle toewijzingen van dit product.");
        } catch (OngeldigeInvoerException e) {
            doorgeven.addFlashAttribute("fouten", Map.of(anker, e.fouten().values().iterator().next()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/sturing/cbs-jeugd").queryParam("jaar", p.jaar()).queryParam("halfjaar", p.halfjaar())
                .fragment(anker).build().toUriString();
    }

    /** The last half year that is over: the one to send now (the CBS asks for it within three weeks, 7.4). */
    private Periode vorigePeriode() {
        LocalDate vandaag = LocalDate.now(clock);
        return vandaag.getMonthValue() >= 7 ? new Periode(vandaag.getYear(), 1) : new Periode(vandaag.getYear() - 1, 2);
    }

    private Periode periode(String jaar, String halfjaar, Periode standaard) {
        if ((jaar == null || jaar.isBlank()) && (halfjaar == null || halfjaar.isBlank())) {
            return standaard;
        }
        Integer j = Tabel.jaar(jaar);
        if (j == null || j < EERSTE_JAAR || j > LocalDate.now(clock).getYear() || !List.of("1", "2").contains(halfjaar == null ? "" : halfjaar.strip())) {
            return null;
        }
        return new Periode(j, Integer.parseInt(halfjaar.strip()));
    }
}
