package nl.dichtbij.platform.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sessies")
@Tag(name = "Sessies", description = "Eén keer inloggen voor een API-client: daarna een token in plaats van het wachtwoord")
class SessiesApi {

    private final ApiSessies sessies;

    SessiesApi(ApiSessies sessies) {
        this.sessies = sessies;
    }

    record SessieResource(String token, Instant verlooptOp) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sessie starten", description = """
            Log in zoals de API dat kent (in de demo: HTTP Basic) en krijg een token. Stuur dat daarna mee als \
            'Authorization: Bearer <token>', tot verlooptOp (standaard 8 uur). Het token is geheim, zoals een wachtwoord.""")
    SessieResource starten(Authentication ingelogd) {
        if (ingelogd instanceof ApiSessies.SessieAuthenticatie || !(ingelogd.getPrincipal() instanceof Gebruiker gebruiker)) {
            // a session does not lengthen itself: after verlooptOp the client signs in again
            throw new AccessDeniedException("Start een sessie met uw inloggegevens, niet met een token.");
        }
        ApiSessies.Sessie sessie = sessies.nieuw(gebruiker);
        return new SessieResource(sessie.token(), sessie.verlooptOp());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sessie beëindigen", description = "Het token van dit verzoek werkt daarna niet meer.")
    void beeindigen(HttpServletRequest request) {
        sessies.intrekken(ApiSessies.token(request).orElseThrow(() -> new OngeldigeInvoerException("Authorization",
                "Stuur het token van de sessie mee als 'Authorization: Bearer <token>'.")));
    }
}
