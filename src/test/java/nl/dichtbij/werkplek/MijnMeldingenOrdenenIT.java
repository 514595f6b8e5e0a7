package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingovername;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The professional orders and filters his own meldingen on the werkbak, with a form that works without JavaScript. */
@IntegratieTest
class MijnMeldingenOrdenenIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaakovername zaken;
    @Autowired Meldingovername meldingen;
    @Autowired Gemeenten gemeenten;
    @Autowired Clock clock;

    @Test
    void theWerkbakShowsHisOwnMeldingenInTheOrderAndSelectionHeChose() throws Exception {
        long team = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        List<Persoon> inwoners = new ArrayList<>();
        Urgentie[] urgenties = {Urgentie.NORMAAL, Urgentie.DRINGEND, Urgentie.NORMAAL};
        for (int i = 0; i < 3; i++) {
            var huishouden = Testhuishouden.in("0632").volwassene(40 + i).inschrijven(inschrijvingen, clock);
            Persoon inwoner = huishouden.volwassene();
            inwoners.add(inwoner);
            Instant ontvangen = clock.instant().minus(Duration.ofDays(3 + i));
            long zaak = zaken.overnemen(new Zaakovername.OvergenomenZaak("0632", huishouden.huishoudenId(), team, Regievorm.CASUSREGIE, ontvangen))
                    .orElseThrow();
            meldingen.overnemen(new Meldingovername.OvergenomenMelding(new NieuweMelding(inwoner.bsn(), inwoner.geboortedatum(), "test-ordenen", null,
                    "Hulp bij het huishouden.", Set.of(Levensgebied.PRAKTISCH_FUNCTIONEREN), urgenties[i], false, false, Contactvoorkeur.TELEFOON,
                    "06 12345678", null, Kanaal.TELEFOON, null), "0632", huishouden.huishoudenId(), team, zaak, ontvangen,
                    new Meldingovername.Opgepakt("wmoconsulent", "Willem Visser", ontvangen.plus(Duration.ofHours(1))), null, List.of()));
        }
        HttpClient wmo = Inloggen.als(port, "wmoconsulent");

        String opNaam = werkbak(wmo, "?volgorde=naam");
        List<String> namen = inwoners.stream().sorted(java.util.Comparator.comparing(Persoon::achternaam, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Persoon::naam, String.CASE_INSENSITIVE_ORDER)).map(Persoon::naam).toList();
        assertThat(opNaam).contains("<option value=\"naam\" selected=\"selected\">");
        assertThat(opNaam.indexOf(namen.get(0))).isLessThan(opNaam.indexOf(namen.get(1)));
        assertThat(opNaam.indexOf(namen.get(1))).isLessThan(opNaam.indexOf(namen.get(2)));

        String oudsteEerst = werkbak(wmo, "?volgorde=wacht");
        List<Persoon> opOntvangst = inwoners.reversed();
        assertThat(oudsteEerst.indexOf(opOntvangst.get(0).naam())).as("the one received 5 days ago first")
                .isLessThan(oudsteEerst.indexOf(opOntvangst.get(2).naam()));

        String snel = werkbak(wmo, "?toon=snel#mijn-meldingen");
        String mijnDeel = snel.substring(snel.indexOf("id=\"mijn-meldingen\""), snel.indexOf("Nieuw in de wachtrij van het team"));
        assertThat(mijnDeel).contains(inwoners.get(1).naam()).doesNotContain(inwoners.get(0).naam()).doesNotContain(inwoners.get(2).naam());

        assertThat(werkbak(wmo, "?volgorde=%3Cscript%3E&toon=x")).as("an unknown choice is the default, not an error")
                .contains("<option value=\"termijn\" selected=\"selected\">").contains("<option value=\"alle\" selected=\"selected\">");
    }

    private String werkbak(HttpClient wie, String vraag) throws Exception {
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk" + vraag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }
}
