package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.sturing.NieuweVoorziening;
import nl.dichtbij.sturing.Voorzieningen;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20: the household's provisions at partners (work and income, debt help) show on its case page for the professional
 * who may see its decisions, and count in the procesregie proposal beside the plan's own regelingen.
 */
@IntegratieTest
class PartnervoorzieningenIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired Voorzieningen voorzieningen;
    @Autowired PersonenRegister register;

    @Test
    void theCasePageShowsWhatPartnersProvideAndTheProposalCountsIt() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(44).inschrijven(inschrijvingen, clock);
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        for (Regeling regeling : new Regeling[] {Regeling.WMO, Regeling.PARTICIPATIEWET}) {
            plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Doel " + regeling, null, Levensgebied.FINANCIEN, null, null, regeling, 3));
        }
        String pad = "/werk/zaken/" + zaak.id();
        assertThat(pagina(pad)).contains("Partners als FermWerk en de schuldhulpverlening melden voor dit huishouden nu geen voorziening.")
                .doesNotContain("Voorstel: procesregie");

        Gebruiker beleid = new Gebruiker("beleid", null, "Beleid", Rol.BELEID, "0632", null, null);
        Adres adres = register.adres("0632", gezin.huishoudenId()).orElseThrow();
        LocalDate vandaag = LocalDate.now(clock);
        voorzieningen.registreer(beleid, new NieuweVoorziening(gezin.volwassene().bsn(), adres.postcode(), adres.huisnummer(),
                nl.dichtbij.sturing.Regeling.SCHULDHULPVERLENING, "Schuldhulptraject", vandaag.minusMonths(3), null, "Schuldhulp Woerden"));
        voorzieningen.registreer(beleid, new NieuweVoorziening(gezin.volwassene().bsn(), adres.postcode(), adres.huisnummer(),
                nl.dichtbij.sturing.Regeling.WERK_EN_INKOMEN, "Re-integratietraject", vandaag.minusYears(2), vandaag.minusMonths(1), "FermWerk"));

        String zaakpagina = pagina(pad);
        assertThat(zaakpagina).as("the current one").contains("Schuldhulptraject bij Schuldhulp Woerden, sinds");
        assertThat(zaakpagina).as("not one that ended").doesNotContain("Re-integratietraject");
        assertThat(zaakpagina).as("the proposal counts the partner's regeling").contains("Voorstel: procesregie", "3 regelingen",
                "Schuldhulpverlening", "ook bij partners");
        assertThat(voorzieningen.lopendBijPartners(consulent, gezin.huishoudenId())).extracting(v -> v.product()).containsExactly("Schuldhulptraject");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> voorzieningen.lopendBijPartners(beleid, gezin.huishoudenId()))
                .as("not a list for steering staff").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private String pagina(String pad) throws Exception {
        HttpResponse<String> antwoord = Inloggen.als(port, "wmoconsulent").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }
}
