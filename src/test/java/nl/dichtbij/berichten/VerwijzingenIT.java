package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regisseur sees on the case page the care that a GP or another referrer than the municipality started in the household. */
@IntegratieTest
class VerwijzingenIT {

    private static final Verwijzer HUISARTS = new Verwijzer(Verwijzertype.HUISARTS, "01099977", "Huisartsenpraktijk Het Kerkplein");

    @LocalServerPort int port;
    @Autowired Verwijzingen verwijzingen;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Zaakovername zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock clock;

    @Test
    void theRegisseurSeesTheCareOthersReferredAndNothingElse() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        var h = Testhuishouden.in("0632").volwassene(42).kind(11).inschrijven(inschrijvingen, clock);
        long team = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        long zaak = zaken.overnemen(new OvergenomenZaak("0632", h.huishoudenId(), team, Regievorm.CASUSREGIE, clock.instant().minusSeconds(86_400 * 30)))
                .orElseThrow();
        String kind = h.kind().bsn();
        String referentie = "VWZG" + h.huishoudenId();
        toewijzingen.overnemen(toewijzing(kind, referentie + "1", vandaag.minusMonths(2), null).metVerwijzer(HUISARTS));
        toewijzingen.overnemen(toewijzing(kind, referentie + "2", vandaag.minusMonths(1), null).metVerwijzer(Verwijzer.GEMEENTE));
        toewijzingen.overnemen(toewijzing(kind, referentie + "3", vandaag.minusYears(4), vandaag.minusYears(3))
                .metVerwijzer(new Verwijzer(Verwijzertype.JEUGDARTS, null, null)));
        toewijzingen.overnemen(toewijzing(kind, referentie + "4", vandaag.minusYears(1), vandaag.minusMonths(6))
                .metVerwijzer(new Verwijzer(Verwijzertype.JEUGDARTS, null, null)));

        Gebruiker jeugdconsulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", team, null);
        List<Verwijzingen.Verwijzing> gezien = verwijzingen.vanZaak(jeugdconsulent, zaak);
        assertThat(gezien).as("the municipality's own and what ended more than two years ago are not referrals to show")
                .extracting(v -> v.verwijzer().type() + " " + v.ingangsdatum() + " " + v.loopt(vandaag))
                .containsExactly("HUISARTS " + vandaag.minusMonths(2) + " true", "JEUGDARTS " + vandaag.minusYears(1) + " false");
        assertThat(gezien.getFirst().naam()).isEqualTo(h.kind().naam());

        Gebruiker montfoort = new Gebruiker("montfoort", null, "Mohamed El Amrani", Rol.CONSULENT, "0335",
                gemeenten.teamVoor("0335", Doelgroep.WMO).id(), null);
        assertThatThrownBy(() -> verwijzingen.vanZaak(montfoort, zaak)).isInstanceOf(NietGevondenException.class);

        HttpClient browser = ingelogd("jeugdconsulent");
        HttpResponse<String> pagina = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk/zaken/" + zaak)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Zorg na een verwijzing van anderen", "Verwezen door huisarts Huisartsenpraktijk Het Kerkplein (AGB 01099977).",
                "(afgelopen)");
    }

    private static OvergenomenToewijzing toewijzing(String bsn, String referentie, LocalDate ingang, LocalDate einde) {
        return new OvergenomenToewijzing("0632", Wet.JEUGDWET, null, bsn, "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A01",
                "Ambulante jeugdhulp individueel", ingang, einde == null ? ingang.plusYears(1) : einde, 4, "04", "2", referentie,
                ingang.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(Instant.now()) ? Instant.now() : ingang.atStartOfDay(ZoneOffset.UTC).toInstant(),
                null, null, null, null);
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        return nl.dichtbij.Inloggen.als(port, gebruiker);
    }
}
