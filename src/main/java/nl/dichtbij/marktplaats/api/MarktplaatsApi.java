package nl.dichtbij.marktplaats.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.marktplaats.BiedingenVerzegeld;
import nl.dichtbij.marktplaats.Bod;
import nl.dichtbij.marktplaats.Marktplaats;
import nl.dichtbij.marktplaats.Marktverzoek;
import nl.dichtbij.marktplaats.Marktvraag;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.web.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The marketplace through the API. A provider's account reads the anonymised requests open to it; the case team and beleid
 * read a request's bids, and only after the deadline: before it the answer is 403 with the reason, and the attempt is logged.
 */
@RestController
@RequestMapping("/api/v1/marktplaats")
@Tag(name = "Marktplaats", description = "Geanonimiseerde verzoeken voor complexe situaties, vragen en verzegelde biedingen")
class MarktplaatsApi {

    /** A request as providers see it: no name, BSN, address or birth date. */
    record Verzoek(long id, String gemeenteCode, String wet, String productcode, String soort, String leeftijdsband, String huishouden,
                   String levensgebieden, String zrmProfiel, String doelen, String situatie, LocalDate gewensteStart, Instant sluitOp, String fase,
                   List<Vraag> vragen) {
    }

    record Vraag(String vraag, String antwoord) {
    }

    record Bieding(long id, String aanbiederAgb, String aanbiederNaam, String plan, long prijsCenten, int urenPerWeek, Instant ingediendOp) {
    }

    private final Marktplaats marktplaats;

    MarktplaatsApi(Marktplaats marktplaats) {
        this.marktplaats = marktplaats;
    }

    @GetMapping("/verzoeken")
    @Operation(summary = "De open verzoeken waarop de organisatie van deze aanbieder mag bieden (een contract voor het product)")
    List<Verzoek> verzoeken(@AuthenticationPrincipal Gebruiker aanbieder) {
        alleenAanbieder(aanbieder);
        return marktplaats.voorAanbieder(aanbieder).stream().map(o -> verzoek(o.verzoek(), o.fase().name(), List.of())).toList();
    }

    @GetMapping("/verzoeken/{id}")
    @Operation(summary = "Eén verzoek: voor een aanbieder geanonimiseerd, met alle vragen en antwoorden zonder wie vroeg")
    Verzoek verzoek(@AuthenticationPrincipal Gebruiker wie, @PathVariable long id) {
        if (wie.is(Rol.AANBIEDER)) {
            var inzage = marktplaats.inzage(wie, id);
            return verzoek(inzage.verzoek(), inzage.fase().name(), inzage.vragen());
        }
        Marktverzoek v = wie.is(Rol.BELEID) ? marktplaats.voorBeleid(wie, id) : marktplaats.voorTeam(wie, id);
        return verzoek(v, marktplaats.overzicht(v).fase().name(), marktplaats.vragen(id));
    }

    @GetMapping("/verzoeken/{id}/biedingen")
    @Operation(summary = "De biedingen op een verzoek, pas na de sluiting (daarvoor 403); voor het zaakteam en beleid")
    List<Bieding> biedingen(@AuthenticationPrincipal Gebruiker wie, @PathVariable long id) {
        if (wie.is(Rol.AANBIEDER)) {
            throw new org.springframework.security.access.AccessDeniedException("Aanbieders zien alleen hun eigen bod");
        }
        return marktplaats.biedingen(wie, id).stream().map(MarktplaatsApi::bieding).toList();
    }

    @ExceptionHandler(BiedingenVerzegeld.class)
    ProblemDetail verzegeld(BiedingenVerzegeld e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "Biedingen verzegeld", e.getMessage());
    }

    private static void alleenAanbieder(Gebruiker g) {
        if (!g.is(Rol.AANBIEDER)) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen aanbieders");
        }
    }

    private static Verzoek verzoek(Marktverzoek v, String fase, List<Marktvraag> vragen) {
        return new Verzoek(v.id(), v.gemeenteCode(), v.wet().name(), v.productcode(), v.soort(), v.leeftijdsband(), v.huishouden(), v.levensgebieden(),
                v.zrmProfiel(), v.doelen(), v.situatie(), v.gewensteStart(), v.sluitOp(), fase,
                vragen.stream().map(q -> new Vraag(q.vraag(), q.antwoord())).toList());
    }

    private static Bieding bieding(Bod b) {
        return new Bieding(b.id(), b.aanbiederAgb(), b.aanbiederNaam(), b.plan(), b.prijsCenten(), b.urenPerWeek(), b.ingediendOp());
    }
}
