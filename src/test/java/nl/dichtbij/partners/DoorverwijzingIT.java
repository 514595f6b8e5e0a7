package nl.dichtbij.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.participatie.Participatieladder;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 20: the warm referral to a partner, with consent, the partner's answer and report back, and the late report as a task. */
@IntegratieTest
class DoorverwijzingIT {

    private static final String FERMWERK_AGB = "42420003";

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired Partnerregister register;
    @Autowired Doorverwijzingen doorverwijzingen;
    @Autowired Participatieladder ladder;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder wachtwoorden;
    @Autowired nl.dichtbij.personen.PersonenRegister personen;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private Partner partner(String naam, Partnersoort soort, String agb) {
        Gebruiker beheer = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
        return register.toevoegen(beheer, new Partnerregister.Gegevens(naam + " " + System.nanoTime(), soort, "Wat zij doen", "0348 123456", null, agb));
    }

    @Test
    void aReferralWithoutConsentIsRefusedOnThePageAndNothingIsSaved() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(41).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Partner fermwerk = partner("FermWerk", Partnersoort.WERK_EN_INKOMEN, FERMWERK_AGB);
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        String pad = "/werk/zaken/" + zaak.id() + "/doorverwijzingen";
        assertThat(pagina(consulent, "/werk/zaken/" + zaak.id())).contains("Verwijzingen naar partners", "Dit huishouden is nog niet naar een partner verwezen.");

        String zonder = post(consulent, pad, "partnerId=" + fermwerk.id() + "&persoonBsn=" + gezin.volwassene().bsn() + "&vraag="
                + enc("Wil weer aan het werk") + "&toestemmingOp=" + LocalDate.now(klok) + "&terugmeldenUiterlijk=" + LocalDate.now(klok).plusWeeks(3));
        assertThat(zonder).contains("U kunt alleen verwijzen als de inwoner toestemming geeft.", "Wil weer aan het werk")
                .as("what was typed stays").doesNotContain("De verwijzing is verstuurd.");
        assertThat(post(consulent, pad, "partnerId=" + fermwerk.id() + "&persoonBsn=" + gezin.volwassene().bsn() + "&vraag=x&toestemming=ja"
                + "&wijze=MONDELING&toestemmingOp=morgen&terugmeldenUiterlijk=" + LocalDate.now(klok).plusWeeks(3)))
                .contains("Vul een datum in zoals 4-12-2026.");
        assertThat(post(consulent, pad, "partnerId=" + fermwerk.id() + "&persoonBsn=" + gezin.volwassene().bsn() + "&vraag=x&toestemming=ja"
                + "&wijze=MONDELING&delen=NOTITIES&toestemmingOp=" + LocalDate.now(klok) + "&terugmeldenUiterlijk=" + LocalDate.now(klok).plusWeeks(3)))
                .contains("Met een partner kunt u alleen het plan en de zelfredzaamheid (ZRM) delen.");
        assertThat(jdbc.sql("select count(*) from doorverwijzing where zaak_id = ?").param(zaak.id()).query(Long.class).single()).isZero();

        String verstuurd = post(consulent, pad, "partnerId=" + fermwerk.id() + "&persoonBsn=" + gezin.volwassene().bsn() + "&vraag="
                + enc("Wil weer aan het werk") + "&toestemming=ja&wijze=MONDELING&delen=PLAN&toestemmingOp=" + LocalDate.now(klok)
                + "&terugmeldenUiterlijk=" + LocalDate.now(klok).plusWeeks(3) + "&toestemmingDoor=INWONER");
        assertThat(verstuurd).contains("De verwijzing is verstuurd.", "Wacht op antwoord van de partner", "De partner ziet ook: Ondersteuningsplan.");
        assertThat(pagina(consulent, "/werk/zaken/" + zaak.id())).contains("1 verwijzing: 1 lopend, 0 teruggemeld.");
        HttpResponse<String> vreemd = verstuurGet(Inloggen.als(port, "montfoort"), pad);
        assertThat(vreemd.statusCode()).as("another municipality").isIn(403, 404);
    }

    @Test
    void thePartnerSeesOnlyWhatWasConsentedAcceptsAndReportsBackAndAnotherProviderSeesNothing() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(35).kind(7).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Een vaste baan van twintig uur", gezin.volwassene().bsn(), Levensgebied.DAGBESTEDING,
                null, null, Regeling.PARTICIPATIEWET, 3));
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Zwemdiploma voor de dochter", gezin.kind().bsn(), Levensgebied.DAGBESTEDING,
                null, null, Regeling.GEEN, 3));
        Partner fermwerk = partner("FermWerk", Partnersoort.WERK_EN_INKOMEN, FERMWERK_AGB);
        Partner schuldhulp = partner("Schuldhulp", Partnersoort.SCHULDHULP, null);
        LocalDate vandaag = LocalDate.now(klok);
        Doorverwijzing metPlan = doorverwijzingen.verwijzen(consulent, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                gezin.volwassene().bsn(), "Werk zoeken", EnumSet.of(Dossierdeel.PLAN), "06 11111111", true, Toestemmingswijze.MONDELING, vandaag,
                vandaag.plusWeeks(4)));
        Doorverwijzing zonderPlan = doorverwijzingen.verwijzen(consulent, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                gezin.volwassene().bsn(), "Alleen een gesprek", EnumSet.noneOf(Dossierdeel.class), null, true, Toestemmingswijze.SCHRIFTELIJK, vandaag,
                vandaag.plusWeeks(4)));
        Doorverwijzing andere = doorverwijzingen.verwijzen(consulent, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(schuldhulp.id(),
                gezin.volwassene().bsn(), "Schulden", EnumSet.of(Dossierdeel.PLAN), null, true, Toestemmingswijze.MONDELING, vandaag, vandaag.plusWeeks(2)));

        HttpClient fw = Inloggen.als(port, "fermwerk");
        assertThat(pagina(fw, "/partner/verwijzingen")).contains(gezin.volwassene().naam(), "Wacht op uw antwoord")
                .doesNotContain("Schulden");
        assertThat(pagina(fw, "/partner/verwijzingen/" + metPlan.id())).contains("Werk zoeken", "06 11111111", "Een vaste baan van twintig uur")
                .as("only the referred person's goals").doesNotContain("Zwemdiploma voor de dochter");
        assertThat(pagina(fw, "/partner/verwijzingen/" + zonderPlan.id())).contains("Alleen een gesprek", "De inwoner deelt geen andere delen")
                .doesNotContain("Een vaste baan van twintig uur");
        assertThat(verstuurGet(fw, "/partner/verwijzingen/" + andere.id()).statusCode()).as("a referral to another partner").isEqualTo(404);
        HttpClient ander = Inloggen.als(port, "aanbieder");
        assertThat(pagina(ander, "/partner/verwijzingen")).contains("Er zijn geen verwijzingen aan uw organisatie.")
                .doesNotContain(gezin.volwassene().naam());
        assertThat(verstuurGet(ander, "/partner/verwijzingen/" + metPlan.id()).statusCode()).isEqualTo(404);
        assertThat(verstuur(ander, "/partner/verwijzingen/" + metPlan.id() + "/aannemen", "", "/partner/verwijzingen").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from verwerking where actor = 'fermwerk' and betrokkene_bsn = ? and categorie = 'PLAN' and handeling = 'INZIEN'")
                .param(gezin.volwassene().bsn()).query(Long.class).single()).as("the partner's look at the plan is logged").isPositive();

        String vroeg = post(fw, "/partner/verwijzingen/" + metPlan.id() + "/terugmelden", "resultaat=Klaar", "/partner/verwijzingen/" + metPlan.id());
        assertThat(vroeg).contains("Neem de verwijzing eerst aan; daarna meldt u terug.");
        assertThat(post(fw, "/partner/verwijzingen/" + zonderPlan.id() + "/afwijzen", "reden=", "/partner/verwijzingen/" + zonderPlan.id()))
                .contains("Schrijf waarom u de verwijzing afwijst");
        assertThat(post(fw, "/partner/verwijzingen/" + zonderPlan.id() + "/afwijzen", "reden=" + enc("Geen werkvraag"), "/partner/verwijzingen/" + zonderPlan.id()))
                .contains("U heeft de verwijzing afgewezen.");
        assertThat(post(fw, "/partner/verwijzingen/" + metPlan.id() + "/aannemen", "", "/partner/verwijzingen/" + metPlan.id()))
                .contains("U heeft de verwijzing aangenomen.", "Waar staat de inwoner nu op de participatieladder?");
        assertThat(post(fw, "/partner/verwijzingen/" + metPlan.id() + "/aannemen", "", "/partner/verwijzingen/" + metPlan.id()))
                .doesNotContain("U heeft de verwijzing aangenomen.");
        assertThat(post(fw, "/partner/verwijzingen/" + metPlan.id() + "/terugmelden", "resultaat=" + enc("Werkt nu 8 uur bij de kringloop") + "&trede=4",
                "/partner/verwijzingen/" + metPlan.id())).contains("Dank u. De regisseur ziet uw terugmelding.");
        assertThat(ladder.van(consulent, java.util.List.of(gezin.volwassene().bsn())).get(gezin.volwassene().bsn()))
                .as("FermWerk recorded the step").anySatisfy(s -> {
                    assertThat(s.trede().nummer()).isEqualTo(4);
                    assertThat(s.doorNaam()).isEqualTo("FermWerk");
                });
        assertThatThrownBy(() -> doorverwijzingen.terugmelden(new Gebruiker("fermwerk", null, "FermWerk", Rol.AANBIEDER, "0632", null, null,
                FERMWERK_AGB, null), metPlan.id(), "Nog eens", null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsEntry("status", "U heeft deze verwijzing al teruggemeld."));

        HttpClient wmo = Inloggen.als(port, "wmoconsulent");
        assertThat(pagina(wmo, "/werk")).as("the regisseur hears of the answers in his werkbak")
                .contains("Terugmelding van " + fermwerk.naam() + " over " + gezin.volwassene().naam(),
                        fermwerk.naam() + " wees de verwijzing van " + gezin.volwassene().naam() + " af.");
        assertThat(pagina(wmo, "/werk/zaken/" + zaak.id() + "/doorverwijzingen")).contains("Werkt nu 8 uur bij de kringloop", "Geen werkvraag",
                "beantwoord door FermWerk", "Teruggemeld");
        assertThat(pagina(wmo, "/werk")).as("read once the team opened the referrals").doesNotContain("Terugmelding van " + fermwerk.naam());
    }

    @Test
    void aReferralPastItsReportBackDateIsATaskInTheRegisseursWerkbakUntilThePartnerReportsBack() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(52).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Partner schuldhulp = partner("Schuldhulp", Partnersoort.SCHULDHULP, FERMWERK_AGB);
        LocalDate vandaag = LocalDate.now(klok);
        Doorverwijzing v = doorverwijzingen.verwijzen(consulent, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(schuldhulp.id(),
                gezin.volwassene().bsn(), "Eerste gesprek over schulden", EnumSet.noneOf(Dossierdeel.class), null, true, Toestemmingswijze.DIGITAAL,
                vandaag, vandaag.plusDays(7)));
        HttpClient wmo = Inloggen.als(port, "wmoconsulent");
        String taak = "Terugmelding te laat: " + schuldhulp.naam() + " over " + gezin.volwassene().naam();
        assertThat(pagina(wmo, "/werk")).doesNotContain(taak);

        klok.verzet(Duration.ofDays(8));
        assertThat(pagina(wmo, "/werk")).contains(taak);
        assertThat(pagina(wmo, "/werk/zaken/" + zaak.id())).contains("de terugmelding te laat");
        Gebruiker partner = new Gebruiker("fermwerk", null, "FermWerk", Rol.AANBIEDER, "0632", null, null, FERMWERK_AGB, null);
        doorverwijzingen.aannemen(partner, v.id());
        assertThat(pagina(wmo, "/werk")).as("accepted but not reported back: still late").contains(taak);
        doorverwijzingen.terugmelden(partner, v.id(), "Gesprek gehad, budgetbeheer gestart", null);
        assertThat(pagina(wmo, "/werk")).doesNotContain(taak);
    }

    @Test
    void theRegisterIsKeptByBeheerWithClearMessagesAndOnlyActivePartnersCanBeChosen() throws Exception {
        HttpClient beheer = Inloggen.als(port, "beheer");
        String naam = "Wijkteam Oost " + System.nanoTime();
        String fout = post(beheer, "/beheer/partners", "naam=" + enc(naam) + "&soort=&watZijDoen=&telefoon=abc&email=geen&organisatie=123",
                "/beheer/partners");
        assertThat(fout).contains("Kies wat voor partner het is.", "Schrijf kort wat de partner doet", "Vul een telefoonnummer in",
                "Vul een e-mailadres in", "De AGB-code heeft 8 cijfers.", naam);
        assertThat(post(beheer, "/beheer/partners", "naam=" + enc(naam) + "&soort=GGZ&watZijDoen=" + enc("Ggz in de wijk") + "&telefoon=" + enc("0348 111222"),
                "/beheer/partners")).contains("De partner is toegevoegd.", naam);
        assertThat(post(beheer, "/beheer/partners", "naam=" + enc(naam) + "&soort=GGZ&watZijDoen=x", "/beheer/partners"))
                .contains("Er is al een partner met deze naam.");
        Partner p = register.lijst("0632").stream().filter(x -> x.naam().equals(naam)).findFirst().orElseThrow();
        assertThat(post(beheer, "/beheer/partners/" + p.id(), "version=" + p.version() + "&naam=" + enc(naam) + "&soort=GGZ&watZijDoen=x",
                "/beheer/partners/" + p.id())).contains("De partner is gewijzigd.");
        assertThat(register.actief("0632")).extracting(Partner::naam).doesNotContain(naam);
        var gezin = Testhuishouden.in("0632").volwassene(44).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        LocalDate vandaag = LocalDate.now(klok);
        assertThatThrownBy(() -> doorverwijzingen.verwijzen(Testzaken.consulent(gemeenten, Doelgroep.WMO), zaak.id(),
                new Doorverwijzingen.NieuweDoorverwijzing(p.id(), gezin.volwassene().bsn(), "Vraag", EnumSet.noneOf(Dossierdeel.class), null, true,
                        Toestemmingswijze.MONDELING, vandaag, vandaag.plusWeeks(1))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("partnerId"));
        assertThatThrownBy(() -> doorverwijzingen.verwijzen(Testzaken.consulent(gemeenten, Doelgroep.JEUGD), zaak.id(),
                new Doorverwijzingen.NieuweDoorverwijzing(p.id(), gezin.volwassene().bsn(), "Vraag", EnumSet.noneOf(Dossierdeel.class), null, true,
                        Toestemmingswijze.MONDELING, vandaag, vandaag.plusWeeks(1))))
                .as("a team without the case").isInstanceOfAny(NietGevondenException.class, nl.dichtbij.platform.GeenToegangException.class,
                        org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theResidentSeesHisReferralsAndWithdrawsHisConsentAfterWhichThePartnerSeesNothing() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(33).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Partner fermwerk = partner("FermWerk", Partnersoort.WERK_EN_INKOMEN, FERMWERK_AGB);
        LocalDate vandaag = LocalDate.now(klok);
        Doorverwijzing v = doorverwijzingen.verwijzen(consulent, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                gezin.volwassene().bsn(), "Hulp bij solliciteren", EnumSet.of(Dossierdeel.PLAN, Dossierdeel.ZRM), null, true, Toestemmingswijze.MONDELING,
                vandaag, vandaag.plusWeeks(4)));
        var inwoner = Testzaken.inwonerMetAccount(jdbc, wachtwoorden, personen.persoon("0632", gezin.volwassene().bsn()).orElseThrow());
        HttpClient zelf = Inloggen.als(port, inwoner.gebruikersnaam());
        assertThat(pagina(zelf, "/mijn/toestemmingen")).contains("Verwijzingen naar partners");
        assertThat(pagina(zelf, "/mijn/verwijzingen")).contains(fermwerk.naam(), "Hulp bij solliciteren",
                "uw naam, uw adres, de vraag, uw plan en uw zelfredzaamheid (ZRM).",
                "Toestemming gegeven door: " + gezin.volwassene().naam() + " (de inwoner zelf).");
        HttpClient fw = Inloggen.als(port, "fermwerk");
        assertThat(verstuurGet(fw, "/partner/verwijzingen/" + v.id()).statusCode()).isEqualTo(200);

        var ander = Testzaken.inwonerMetAccount(jdbc, wachtwoorden, personen.persoon("0632",
                Testhuishouden.in("0632").volwassene(60).inschrijven(inschrijvingen, klok).volwassene().bsn()).orElseThrow());
        HttpClient buur = Inloggen.als(port, ander.gebruikersnaam());
        assertThat(pagina(buur, "/mijn/verwijzingen")).doesNotContain("Hulp bij solliciteren");
        assertThat(verstuur(buur, "/mijn/verwijzingen/" + v.id() + "/intrekken", "", "/mijn/verwijzingen").statusCode()).isEqualTo(404);

        assertThat(post(zelf, "/mijn/verwijzingen/" + v.id() + "/intrekken", "", "/mijn/verwijzingen"))
                .contains("Uw toestemming is ingetrokken. " + fermwerk.naam() + " ziet de verwijzing niet meer.", "U heeft uw toestemming ingetrokken",
                        "niets meer. U heeft uw toestemming ingetrokken op");
        assertThat(verstuurGet(fw, "/partner/verwijzingen/" + v.id()).statusCode()).as("the partner sees it no more").isEqualTo(404);
        assertThat(pagina(fw, "/partner/verwijzingen")).doesNotContain("Hulp bij solliciteren");
        HttpClient wmo = Inloggen.als(port, "wmoconsulent");
        assertThat(pagina(wmo, "/werk")).contains(gezin.volwassene().naam() + " trok de toestemming voor " + fermwerk.naam() + " in.");
        assertThat(pagina(wmo, "/werk/zaken/" + zaak.id() + "/doorverwijzingen")).contains("Toestemming ingetrokken door de inwoner");
        klok.verzet(Duration.ofDays(40));
        assertThat(pagina(Inloggen.als(port, "wmoconsulent"), "/werk")).as("no late task for a withdrawn referral")
                .doesNotContain("Terugmelding te laat: " + fermwerk.naam());
    }

    @Test
    void forAChildTheTeamRecordsWhichParentConsentedAndTheChildsOwnYesAndTheTeamAndThePartnerReadIt() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(42).kind(13).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Partner fermwerk = partner("FermWerk", Partnersoort.WERK_EN_INKOMEN, FERMWERK_AGB);
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        String pad = "/werk/zaken/" + zaak.id() + "/doorverwijzingen";
        String basis = "partnerId=" + fermwerk.id() + "&persoonBsn=" + gezin.kind().bsn() + "&vraag=" + enc("Stage zoeken voor de zomer")
                + "&toestemming=ja&wijze=SCHRIFTELIJK&toestemmingOp=" + LocalDate.now(klok) + "&terugmeldenUiterlijk=" + LocalDate.now(klok).plusWeeks(3);

        assertThat(post(consulent, pad, basis + "&toestemmingDoor=INWONER")).as("a child of 13 does not consent alone")
                .contains("Een kind onder de 16 geeft niet zelf toestemming.").doesNotContain("De verwijzing is verstuurd.");
        assertThat(post(consulent, pad, basis)).contains("Kies wie toestemming gaf: de inwoner zelf, een ouder of gezaghebbende, of een gemachtigde.");
        assertThat(post(consulent, pad, basis + "&toestemmingDoor=GEZAGHEBBENDE&gezaghebbendeBsn=" + gezin.kind().bsn()))
                .as("the child himself is no parent, and at 13 he agrees too")
                .contains("Kies de ouder of gezaghebbende uit het huishouden die toestemming gaf.",
                        "Een kind van 12 tot 16 jaar stemt ook zelf in. Vraag het kind en zet het vinkje.");
        assertThat(post(consulent, pad, basis + "&toestemmingDoor=GEMACHTIGDE&kindStemtIn=ja"))
                .contains("Vul de naam in van de gemachtigde of wettelijk vertegenwoordiger die toestemming gaf.");
        assertThat(jdbc.sql("select count(*) from doorverwijzing where zaak_id = ?").param(zaak.id()).query(Long.class).single()).isZero();

        String ouder = gezin.volwassene().naam();
        String kind = gezin.kind().naam();
        String verstuurd = post(consulent, pad, basis + "&toestemmingDoor=GEZAGHEBBENDE&gezaghebbendeBsn=" + gezin.volwassene().bsn() + "&kindStemtIn=ja");
        assertThat(verstuurd).contains("De verwijzing is verstuurd.", "door " + ouder + " (ouder of gezaghebbende); " + kind + " stemt ook zelf in.");
        assertThat(jdbc.sql("select toestemming_door, toestemming_door_bsn, kind_stemt_in from doorverwijzing where zaak_id = ?").param(zaak.id())
                .query((rs, i) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getBoolean(3)).single())
                .isEqualTo("GEZAGHEBBENDE/" + gezin.volwassene().bsn() + "/true");

        long id = jdbc.sql("select id from doorverwijzing where zaak_id = ?").param(zaak.id()).query(Long.class).single();
        assertThat(pagina(Inloggen.als(port, "fermwerk"), "/partner/verwijzingen/" + id)).as("the partner reads who consented")
                .contains("Toestemming gegeven door", ouder + " (ouder of gezaghebbende); " + kind + " stemt ook zelf in");

        // an adult under curatele: his curator consents, named on the referral
        Gebruiker wmo = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Doorverwijzing curator = doorverwijzingen.verwijzen(wmo, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                gezin.volwassene().bsn(), "Werk zoeken", EnumSet.noneOf(Dossierdeel.class), null, true, Toestemmingswijze.SCHRIFTELIJK,
                LocalDate.now(klok), LocalDate.now(klok).plusWeeks(2), Toestemminggever.GEMACHTIGDE, null, "Mr. A. de Wit, curator", false));
        assertThat(curator.toestemmingGegevenDoor()).isEqualTo("Mr. A. de Wit, curator (gemachtigde of wettelijk vertegenwoordiger)");
        assertThatThrownBy(() -> doorverwijzingen.verwijzen(wmo, zaak.id(), new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                gezin.volwassene().bsn(), "Werk zoeken", EnumSet.noneOf(Dossierdeel.class), null, true, Toestemmingswijze.SCHRIFTELIJK,
                LocalDate.now(klok), LocalDate.now(klok).plusWeeks(2), Toestemminggever.GEZAGHEBBENDE, gezin.kind().bsn(), null, false)))
                .as("an adult has no parent consenting for him").isInstanceOf(OngeldigeInvoerException.class);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = verstuurGet(wie, pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuurGet(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String post(HttpClient wie, String pad, String velden) throws Exception {
        return post(wie, pad, velden, pad);
    }

    private String post(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        HttpResponse<String> antwoord = verstuur(wie, naar, velden, formulierPagina);
        assertThat(antwoord.statusCode()).as(naar).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuur(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        String csrf = Inloggen.csrf(pagina(wie, formulierPagina));
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + naar)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
