package nl.dichtbij.berichten.web;

import java.io.IOException;

import nl.dichtbij.berichten.AndereAfzenderException;
import nl.dichtbij.berichten.Berichtenverkeer;
import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.Verwerking;
import nl.dichtbij.berichten.internal.Inkomend;
import nl.dichtbij.berichten.xml.OngeldigBerichtException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The provider portal for messages: collect toewijzingen, upload a message and read its retour. */
@Controller
@RequestMapping("/aanbieder/berichten")
class PortaalController {

    private final Postvak postvak;
    private final Berichtenverkeer verkeer;

    PortaalController(Postvak postvak, Berichtenverkeer verkeer) {
        this.postvak = postvak;
        this.verkeer = verkeer;
    }

    @GetMapping
    String berichten(@AuthenticationPrincipal Gebruiker aanbieder, Model model) {
        model.addAttribute("uitgaand", postvak.voorAanbieder(agb(aanbieder), aanbieder.gemeenteCode(), false, 0, 50));
        model.addAttribute("ontvangen", verkeer.ontvangen(agb(aanbieder), aanbieder.gemeenteCode(), 50));
        return "berichten/portaal";
    }

    @PostMapping
    String uploaden(@AuthenticationPrincipal Gebruiker aanbieder, @RequestParam(required = false) MultipartFile bestand, Model model)
            throws IOException {
        try {
            if (bestand == null || bestand.isEmpty()) {
                throw new OngeldigBerichtException("Kies een bestand met een bericht (XML).");
            }
            Verwerking verwerking = verkeer.ontvang(agb(aanbieder), bestand.getBytes());
            model.addAttribute("verwerking", verwerking);
            model.addAttribute("redenen", nl.dichtbij.berichten.internal.Retouruitleg.redenen(verwerking.retourXml()));
        } catch (OngeldigBerichtException e) {
            model.addAttribute("fout", e.getMessage());
            model.addAttribute("fouten", e.fouten());
        } catch (AndereAfzenderException | Inkomend.BerichtBezetException | Inkomend.BerichtGeparkeerdException e) {
            model.addAttribute("fout", e.getMessage());
        }
        return berichten(aanbieder, model);
    }

    @GetMapping("/{id}.xml")
    ResponseEntity<String> uitgaand(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long id) {
        String xml = postvak.ophalen(agb(aanbieder), aanbieder.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("Het bericht"));
        return xml("bericht-" + id + ".xml", xml);
    }

    @GetMapping("/retour/{id}.xml")
    ResponseEntity<String> retour(@AuthenticationPrincipal Gebruiker aanbieder, @PathVariable long id) {
        String xml = verkeer.retour(agb(aanbieder), aanbieder.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("Het retourbericht"));
        return xml("retour-" + id + ".xml", xml);
    }

    private static ResponseEntity<String> xml(String naam, String xml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString()).body(xml);
    }

    private static String agb(Gebruiker aanbieder) {
        if (aanbieder.organisatie() == null) {
            throw new NietGevondenException("Uw organisatie");
        }
        return aanbieder.organisatie();
    }
}
