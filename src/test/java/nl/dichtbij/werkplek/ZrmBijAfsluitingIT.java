package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Sluitreden;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 18: a whole ZRM during the support or at closure, and no case closes before everyone scored in it has his closing ZRM. */
@IntegratieTest
class ZrmBijAfsluitingIT {

    @LocalServerPort int port;
    @Autowired Zaakovername overname;
    @Autowired Zaken zaken;
    @Autowired Zrm zrm;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    @Test
    void aCaseClosesOnlyAfterTheClosingZrmOfEveryoneScoredInIt() throws Exception {
        var h = Testhuishouden.in("0632").volwassene(44).kind(12).inschrijven(inschrijvingen, clock);
        long team = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        long zaak = overname.overnemen(new OvergenomenZaak("0632", h.huishoudenId(), team, Regievorm.CASUSREGIE, clock.instant().minusSeconds(86_400 * 60)))
                .orElseThrow();
        String kind = h.kind().bsn();
        Map<ZrmDomein, Integer> drie = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein d : ZrmDomein.values()) {
            drie.put(d, 3);
        }
        zrm.vastleggen("0632", kind, zaak, null, ZrmMeting.Door.PROFESSIONAL, ZrmMeting.Moment.INTAKE, LocalDate.now(clock).minusDays(50), "jeugdconsulent", drie);
        Gebruiker jeugdconsulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", team, null);
        assertThatThrownBy(() -> zaken.sluiten(jeugdconsulent, zaak, Sluitreden.DOELEN_BEREIKT, null, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("zrm"))
                        .isEqualTo("Leg eerst de ZRM bij afsluiting vast voor " + h.kind().naam() + ". Zo is te zien wat de hulp heeft veranderd sinds de intake."));

        HttpClient browser = Inloggen.als(port, "jeugdconsulent");
        String zaakpagina = get(browser, "/werk/zaken/" + zaak).body();
        assertThat(zaakpagina).contains("ZRM bij afsluiting voor " + h.kind().naam() + " (nog nodig)");
        // after a goal's evaluation the whole ZRM follows, the professional's last scores filled in to look over
        String naEvaluatie = get(browser, "/werk/zaken/" + zaak + "/zrm/" + kind + "?bij=evaluatie&datum=" + LocalDate.now(clock).minusDays(1)).body();
        assertThat(naEvaluatie).contains("De evaluatie is vastgelegd. Bij elke evaluatie hoort de hele ZRM")
                .containsPattern("id=\"zrmProfessional-FINANCIEN-3\"[^>]*checked").doesNotContainPattern("id=\"zrmInwoner-FINANCIEN-3\"[^>]*checked")
                .containsPattern("id=\"moment-TUSSENTIJDS\"[^>]*checked").contains("value=\"" + LocalDate.now(clock).minusDays(1) + "\"");
        String formulier = get(browser, "/werk/zaken/" + zaak + "/zrm/" + kind + "?bij=afsluiting").body();
        assertThat(formulier).contains("ZRM van " + h.kind().naam()).containsPattern("id=\"moment-AFSLUITING\"[^>]*checked");

        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("moment", "AFSLUITING");
        velden.put("datum", LocalDate.now(clock).toString());
        for (ZrmDomein d : ZrmDomein.values()) {
            if (d != ZrmDomein.JUSTITIE) {
                velden.put("zrmProfessional[" + d.name() + "]", "4");
            }
        }
        String pad = "/werk/zaken/" + zaak + "/zrm/" + kind;
        HttpResponse<String> onvolledig = post(browser, pad, velden, formulier);
        assertThat(onvolledig.body()).contains("Geef voor alle 13 domeinen van de ZRM uw score, of kies n.v.t. of onbekend.");
        assertThat(zrm.zonderAfsluiting("0632", zaak)).as("nothing saved").containsExactly(kind);

        velden.put("zrmProfessional[JUSTITIE]", "NIET_VAN_TOEPASSING");
        HttpResponse<String> klaar = post(browser, pad, velden, formulier);
        assertThat(klaar.uri().getPath()).isEqualTo("/werk/zaken/" + zaak);
        assertThat(klaar.body()).contains("De ZRM is vastgelegd.").doesNotContain("(nog nodig)");
        ZrmMeting slot = zrm.historie("0632", kind).getLast();
        assertThat(slot.moment()).isEqualTo(ZrmMeting.Moment.AFSLUITING);
        assertThat(slot.uitkomst(ZrmDomein.JUSTITIE)).isEqualTo("n.v.t.");
        assertThat(slot.uitkomst(ZrmDomein.FINANCIEN)).isEqualTo("4");

        assertThat(get(browser, "/werk/zaken/" + zaak + "/zrm/999999990").statusCode()).as("not a member of the household").isEqualTo(404);

        // the API: the parent scored during the support now needs his closing ZRM too
        String ouder = h.volwassene().bsn();
        StringBuilder domeinen = new StringBuilder();
        for (ZrmDomein d : ZrmDomein.values()) {
            domeinen.append(domeinen.isEmpty() ? "" : ",").append('"').append(d.name()).append("\":3");
        }
        HttpResponse<String> half = api("/api/v1/zaken/" + zaak + "/zrm", """
                {"bsn":"%s","moment":"TUSSENTIJDS","datum":"%s","zrmProfessional":{"FINANCIEN":3}}""".formatted(ouder, LocalDate.now(clock)));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("zrmProfessional").contains("Geef voor alle 13 domeinen");
        HttpResponse<String> tussentijds = api("/api/v1/zaken/" + zaak + "/zrm", """
                {"bsn":"%s","moment":"TUSSENTIJDS","datum":"%s","zrmProfessional":{%s}}""".formatted(ouder, LocalDate.now(clock), domeinen));
        assertThat(tussentijds.statusCode()).as(tussentijds.body()).isEqualTo(201);
        assertThat(tussentijds.body()).contains("\"nogZonderAfsluiting\":[\"" + ouder + "\"]");
        assertThatThrownBy(() -> zaken.sluiten(jeugdconsulent, zaak, Sluitreden.DOELEN_BEREIKT, null, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("zrm")).contains(h.volwassene().naam()));
        HttpResponse<String> slotOuder = api("/api/v1/zaken/" + zaak + "/zrm", """
                {"bsn":"%s","moment":"AFSLUITING","datum":"%s","zrmProfessional":{%s}}""".formatted(ouder, LocalDate.now(clock), domeinen));
        assertThat(slotOuder.body()).contains("\"nogZonderAfsluiting\":[]");

        assertThat(zaken.sluiten(jeugdconsulent, zaak, Sluitreden.DOELEN_BEREIKT, null, null).isOpen()).isFalse();
    }

    private HttpResponse<String> api(String pad, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("jeugdconsulent:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String pad, Map<String, String> velden, String pagina) throws Exception {
        String body = velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&_csrf=" + Inloggen.csrf(pagina);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
