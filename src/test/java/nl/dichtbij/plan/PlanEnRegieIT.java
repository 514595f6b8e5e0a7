package nl.dichtbij.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Caseload;
import nl.dichtbij.regie.Escalaties;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Sluitreden;
import nl.dichtbij.regie.Werklijst;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.ZrmDomein;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class PlanEnRegieIT {

    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired Plannen plannen;
    @Autowired Zaken zaken;
    @Autowired Werklijst werklijst;
    @Autowired Escalaties escalaties;
    @Autowired Caseload caseload;
    @Autowired Gemeenten gemeenten;
    @Autowired PersonenRegister register;
    @Autowired VerstelbareKlok klok;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void herstelKlok() {
        klok.herstel();
    }

    private Gebruiker jeugdconsulent() {
        return new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.JEUGD).id(), null);
    }

    private Gebruiker wmoconsulent() {
        return new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
    }

    private final Gebruiker teamleider = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);

    /** A new household of the test's own, with a case directed by the given professional. */
    private Zaak zaakVoorNieuwHuishouden(Gebruiker regisseur, Doelgroep team, nl.dichtbij.Testhuishouden huishouden) {
        Zaak zaak = zaken.voorHuishouden("0632", huishouden.inschrijven(inschrijvingen, klok).huishoudenId(), gemeenten.teamVoor("0632", team).id());
        return zaken.intakeGedaan(regisseur, zaak.id());
    }

    private Zaak zaakMetVolwassene(Gebruiker regisseur) {
        return zaakVoorNieuwHuishouden(regisseur, Doelgroep.WMO, nl.dichtbij.Testhuishouden.in("0632").volwassene(55));
    }

    private Persoon eenLid(Zaak zaak) {
        return register.huishouden("0632", zaak.huishoudenId()).orElseThrow().leden().getFirst();
    }

    @Test
    void aPlanHasGoalsWithActionsAndEveryChangeIsANewVersion() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        Persoon lid = eenLid(zaak);
        long doel = plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Mijn rekeningen op tijd betalen", lid.bsn(),
                Levensgebied.FINANCIEN, ZrmDomein.FINANCIEN, 4, Regeling.SCHULDHULP, 3));
        plannen.actieToevoegen(consulent, zaak.id(), doel, new NieuweActie("Samen de post openen", Uitvoerder.NETWERK, "dochter Karin",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)));
        plannen.actieToevoegen(consulent, zaak.id(), doel, new NieuweActie("Budgetcursus", Uitvoerder.ALGEMENE_VOORZIENING,
                "Humanitas Thuisadministratie", LocalDate.of(2026, 12, 1), null));

        Ondersteuningsplan plan = plannen.vanZaak(consulent, zaak.id());
        assertThat(plan.versienummer()).isEqualTo(4);
        assertThat(plan.doelen()).singleElement().satisfies(d -> {
            assertThat(d.acties()).hasSize(2);
            assertThat(d.formeelEnInformeel()).isTrue();
            assertThat(d.volgendeEvaluatie()).isEqualTo(LocalDate.of(2027, 2, 23));
        });
        assertThat(plannen.versies(plan)).extracting(Planversie::wijziging)
                .anyMatch(w -> w.startsWith("Doel toegevoegd: Mijn rekeningen"))
                .anyMatch(w -> w.contains("Netwerk of mantelzorger: dochter Karin"));
        assertThat(plannen.versies(plan)).allMatch(v -> v.doorNaam().equals("Willem Visser"));
    }

    /** docs/decisions/0006 applied to texts: a goal about a 16- or 17-year-old is his, and whom he authorised. */
    @Test
    void aGoalAboutASixteenYearOldIsShownOnlyToHimAndWhomHeAuthorised() {
        var gezin = nl.dichtbij.Testhuishouden.in("0632").volwassene(47).kind(16).inschrijven(inschrijvingen, klok);
        Persoon kind = gezin.kind();
        Persoon ouder = gezin.volwassene();
        Gebruiker consulent = jeugdconsulent();
        Zaak zaak = zaken.intakeGedaan(consulent, zaken.voorHuishouden("0632", kind.huishoudenId(),
                gemeenten.teamVoor("0632", Doelgroep.JEUGD).id()).id());
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Minder blowen en weer naar school", kind.bsn(),
                Levensgebied.SOCIAAL_FUNCTIONEREN, null, null, Regeling.GEEN, 3));
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Samen eten op zondag", null, Levensgebied.SOCIAAL_FUNCTIONEREN,
                null, null, Regeling.GEEN, 3));

        Gebruiker jongere = new Gebruiker("test-jongere", null, kind.naam(), Rol.INWONER, "0632", null, kind.bsn());
        Gebruiker moeder = new Gebruiker("test-ouder", null, ouder.naam(), Rol.INWONER, "0632", null, ouder.bsn());
        Gebruiker namensMoeder = new Gebruiker("test-buurvrouw", null, "Buurvrouw", Rol.INWONER, "0632", null, "999999990")
                .namens(ouder.bsn(), ouder.naam(), false, "Machtiging door de inwoner");

        assertThat(doelen(jongere)).containsExactlyInAnyOrder("Minder blowen en weer naar school", "Samen eten op zondag");
        assertThat(doelen(moeder)).containsExactly("Samen eten op zondag");
        assertThat(versies(moeder)).noneMatch(w -> w.contains("blowen")).anyMatch(w -> w.contains("ander gezinslid"));
        zaken.berichtAanHuishouden(zaak.id(), kind.bsn(), "Er is een aanvraag gedaan (Jeugdwet): behandeling bij de verslavingszorg.");
        zaken.berichtAanHuishouden(zaak.id(), null, "Er is een gezinsgesprek gepland.");
        assertThat(berichten(jongere)).anyMatch(t -> t.contains("verslavingszorg")).anyMatch(t -> t.contains("gezinsgesprek"));
        assertThat(berichten(moeder)).noneMatch(t -> t.contains("verslavingszorg")).anyMatch(t -> t.contains("gezinsgesprek"));

        jdbc.sql("""
                        insert into vertegenwoordiging (gemeente_code, vertegenwoordigde_bsn, vertegenwoordiger_bsn, grond, alleen_inzien,
                            vastgelegd_door, vastgelegd_op) values ('0632', ?, ?, 'MACHTIGING', true, 'test', current_timestamp)""")
                .params(kind.bsn(), ouder.bsn()).update();
        assertThat(doelen(moeder)).containsExactlyInAnyOrder("Minder blowen en weer naar school", "Samen eten op zondag");
        assertThat(doelen(namensMoeder)).as("the authorisation was to the mother, not to whom acts for her")
                .containsExactly("Samen eten op zondag");
        assertThat(versies(namensMoeder)).noneMatch(w -> w.contains("blowen"));
        assertThat(berichten(moeder)).anyMatch(t -> t.contains("verslavingszorg"));
        assertThat(berichten(namensMoeder)).noneMatch(t -> t.contains("verslavingszorg")).anyMatch(t -> t.contains("gezinsgesprek"));
    }

    private java.util.List<String> doelen(Gebruiker inwoner) {
        return plannen.vanInwoner(inwoner).orElseThrow().doelen().stream().map(Doel::omschrijving).toList();
    }

    private java.util.List<String> berichten(Gebruiker inwoner) {
        return plannen.berichtenVoorInwoner(inwoner, zaken.vanInwoner(inwoner).orElseThrow()).stream().map(Zaak.Bericht::tekst).toList();
    }

    private java.util.List<String> versies(Gebruiker inwoner) {
        return plannen.versiesVoorInwoner(inwoner, plannen.vanInwoner(inwoner).orElseThrow()).stream().map(Planversie::wijziging).toList();
    }

    @Test
    void theResidentAgreesToAVersionAndIsAskedAgainAfterAChange() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        Persoon lid = eenLid(zaak);
        Gebruiker inwoner = new Gebruiker("test-inwoner", null, lid.naam(), Rol.INWONER, "0632", null, lid.bsn());
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Weer contact met de buren", null,
                Levensgebied.SOCIAAL_FUNCTIONEREN, null, null, Regeling.GEEN, 6));

        Ondersteuningsplan plan = plannen.vanInwoner(inwoner).orElseThrow();
        plannen.akkoord(inwoner, plan.versienummer());
        assertThat(plannen.vanInwoner(inwoner).orElseThrow().akkoordMetHuidigeVersie()).isTrue();
        assertThatThrownBy(() -> plannen.akkoord(inwoner, plan.versienummer() - 1)).isInstanceOf(OngeldigeInvoerException.class);

        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Elke week naar de inloop", null,
                Levensgebied.DAGBESTEDING, null, null, Regeling.GEEN, 3));
        Ondersteuningsplan gewijzigd = plannen.vanInwoner(inwoner).orElseThrow();
        assertThat(gewijzigd.akkoordMetHuidigeVersie()).isFalse();
        assertThat(gewijzigd.akkoordVersie()).isEqualTo(plan.versienummer());

        plannen.reageren(inwoner, null, "Ik wil liever op dinsdag.");
        assertThat(plannen.reacties(gewijzigd)).singleElement().satisfies(r -> assertThat(r.vanInwoner()).isTrue());

        String andereBsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(61).inschrijven(inschrijvingen, klok).volwassene().bsn();
        Gebruiker buurman = new Gebruiker("buurman", null, "Buurman", Rol.INWONER, "0632", null, andereBsn);
        assertThat(plannen.vanInwoner(buurman)).isEmpty();
    }

    @Test
    void badInputIsRefusedInDutch() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        assertThatThrownBy(() -> plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Zonder gebied", null, null, null, null,
                Regeling.WMO, 3)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsEntry("levensgebied", "Kies het levensgebied waar dit doel over gaat."));
        long doel = plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Doel", null, Levensgebied.HUISVESTING, null, null, Regeling.WMO, 3));
        assertThatThrownBy(() -> plannen.actieToevoegen(consulent, zaak.id(), doel, new NieuweActie("Verhuizen", Uitvoerder.SOCIAAL_TEAM,
                "Willem", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 5))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("tot"));
        assertThatThrownBy(() -> zaken.overdragen(consulent, zaak.id(), "montfoort", "Graag overnemen"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("naar"))
                        .isEqualTo("Kies een medewerker van het sociaal team van uw gemeente."));
        Gebruiker montfoort = new Gebruiker("montfoort", null, "M", Rol.CONSULENT, "0335", gemeenten.teamVoor("0335", Doelgroep.WMO).id(), null);
        assertThatThrownBy(() -> plannen.vanZaak(montfoort, zaak.id())).isInstanceOf(NietGevondenException.class);
        assertThat(plannen.vanZaak(consulent, zaak.id()).doelen()).hasSize(1);
    }

    @Test
    void aWarmHandoverTellsTheHouseholdWhoTheNewContactIs() {
        Zaak zaak = zaakMetVolwassene(wmoconsulent());
        Zaak overgedragen = zaken.overdragen(wmoconsulent(), zaak.id(), "jeugdconsulent", "Gezin met jonge kinderen; Jasmijn kent de school.");

        assertThat(overgedragen.regisseur()).isEqualTo("jeugdconsulent");
        assertThat(overgedragen.overdrachten()).singleElement().satisfies(o -> {
            assertThat(o.vanNaam()).isEqualTo("Willem Visser");
            assertThat(o.notitie()).contains("Jasmijn kent de school");
        });
        assertThat(overgedragen.berichten()).last().satisfies(b -> assertThat(b.tekst()).isEqualTo("Uw nieuwe contactpersoon is Jasmijn Bakker."));
    }

    @Test
    void procesregieIsProposedForThreeRegelingenOrThreeDomainsWithTwoParties() {
        Gebruiker consulent = wmoconsulent();
        Zaak drieRegelingen = zaakMetVolwassene(consulent);
        for (Regeling regeling : new Regeling[] {Regeling.WMO, Regeling.PARTICIPATIEWET}) {
            plannen.doelToevoegen(consulent, drieRegelingen.id(), new NieuwDoel("Doel " + regeling, null, Levensgebied.FINANCIEN, null, null, regeling, 3));
        }
        assertThat(plannen.procesregieVoorstel(plannen.vanZaak(consulent, drieRegelingen.id()), Regievorm.CASUSREGIE)).isEmpty();
        plannen.doelToevoegen(consulent, drieRegelingen.id(), new NieuwDoel("Schulden", null, Levensgebied.FINANCIEN, null, null, Regeling.SCHULDHULP, 3));
        assertThat(plannen.procesregieVoorstel(plannen.vanZaak(consulent, drieRegelingen.id()), Regievorm.CASUSREGIE))
                .hasValueSatisfying(v -> assertThat(v).contains("3 regelingen"));
        assertThat(plannen.procesregieVoorstel(plannen.vanZaak(consulent, drieRegelingen.id()), Regievorm.PROCESREGIE)).isEmpty();

        Zaak drieGebieden = zaakMetVolwassene(consulent);
        long[] doelen = new long[3];
        Levensgebied[] gebieden = {Levensgebied.HUISVESTING, Levensgebied.PSYCHISCH_FUNCTIONEREN, Levensgebied.DAGBESTEDING};
        for (int i = 0; i < 3; i++) {
            doelen[i] = plannen.doelToevoegen(consulent, drieGebieden.id(), new NieuwDoel("Doel " + i, null, gebieden[i], null, null, Regeling.GEEN, 3));
        }
        plannen.actieToevoegen(consulent, drieGebieden.id(), doelen[0], new NieuweActie("Woning zoeken", Uitvoerder.AANBIEDER, "Woningcorporatie",
                LocalDate.of(2026, 12, 1), null));
        assertThat(plannen.procesregieVoorstel(plannen.vanZaak(consulent, drieGebieden.id()), Regievorm.CASUSREGIE)).isEmpty();
        plannen.actieToevoegen(consulent, drieGebieden.id(), doelen[1], new NieuweActie("Gesprekken", Uitvoerder.AANBIEDER, "GGZ-praktijk",
                LocalDate.of(2026, 12, 1), null));
        assertThat(plannen.procesregieVoorstel(plannen.vanZaak(consulent, drieGebieden.id()), Regievorm.CASUSREGIE))
                .hasValueSatisfying(v -> assertThat(v).contains("3 levensgebieden").contains("2 partijen"));
    }

    @Test
    void doorzettingsmachtBelongsToTheProcesregisseurAndReachesTheTeamleider() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        assertThatThrownBy(() -> escalaties.vastleggen(consulent, zaak.id(), "Woningcorporatie", "Urgentie", "Huisuitzetting dreigt",
                LocalDate.of(2026, 12, 1))).isInstanceOf(OngeldigeInvoerException.class);
        zaken.regievorm(consulent, zaak.id(), Regievorm.PROCESREGIE, "veel partijen");
        long id = escalaties.vastleggen(consulent, zaak.id(), "Woningcorporatie", "Urgentieverklaring", "Huisuitzetting dreigt",
                LocalDate.of(2026, 12, 1));
        assertThat(escalaties.open(teamleider)).extracting(nl.dichtbij.regie.Escalatie::id).contains(id);
        assertThat(caseload.procesregie(teamleider).procesregie()).isPositive();
        escalaties.afhandelen(teamleider, id, "Urgentie verleend");
        assertThat(escalaties.open(teamleider)).extracting(nl.dichtbij.regie.Escalatie::id).doesNotContain(id);
    }

    @Test
    void anEscalationMayNameTheProviderItIsAboutAndCountsForIt() throws Exception {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        zaken.regievorm(consulent, zaak.id(), Regievorm.PROCESREGIE, "veel partijen");
        int jaar = LocalDate.ofInstant(klok.instant(), nl.dichtbij.platform.ClockConfig.AMSTERDAM).getYear();
        long voor = escalaties.perAanbieder("0632", jaar).stream().filter(e -> e.aanbiederAgb().equals("42420002"))
                .mapToLong(Escalaties.PerAanbieder::escalaties).sum();
        assertThatThrownBy(() -> escalaties.vastleggen(consulent, zaak.id(), "Onbekende aanbieder", "12345678", "Zorg starten", "Wacht te lang",
                LocalDate.of(2026, 12, 1))).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsKey("aanbiederAgb"));
        long id = escalaties.vastleggen(consulent, zaak.id(), "Zorg Dichtbij Woerden", "42420002", "Zorg starten", "Wacht al drie maanden",
                LocalDate.of(2026, 12, 1));
        escalaties.vastleggen(consulent, zaak.id(), "Woningcorporatie", "Urgentie", "Huisuitzetting dreigt", LocalDate.of(2026, 12, 1));
        assertThat(escalaties.vanZaak(consulent, zaak.id())).filteredOn(e -> e.id() == id).singleElement()
                .satisfies(e -> assertThat(e.aanbiederAgb()).isEqualTo("42420002")).satisfies(e -> assertThat(e.partij()).isEqualTo("Zorg Dichtbij Woerden"));
        assertThat(escalaties.perAanbieder("0632", jaar)).filteredOn(e -> e.aanbiederAgb().equals("42420002")).singleElement()
                .satisfies(e -> assertThat(e.escalaties()).isEqualTo(voor + 1));
        // the case page offers the providers of the register beside the free-text party
        var pagina = nl.dichtbij.Inloggen.als(port, "wmoconsulent").send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/werk/zaken/" + zaak.id())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<select id=\"aanbiederAgb\" name=\"aanbiederAgb\">", "Zorg Dichtbij Woerden (AGB 42420002)",
                "Is de partij een zorgaanbieder?");
    }

    @Test
    void aCaseClosesWithAChosenReasonAndATextForAnders() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaak.id(), null, "Klaar", null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsEntry("sluitreden", "Kies waarom de zaak sluit."));
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaak.id(), Sluitreden.INGETROKKEN, null, null))
                .as("only the system closes a case as withdrawn").isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaak.id(), Sluitreden.ANDERS, "  ", null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsEntry("toelichting", "Schrijf op waarom de zaak sluit."));
        assertThat(zaken.voorMedewerker(consulent, zaak.id()).isOpen()).isTrue();
        Zaak gesloten = zaken.sluiten(consulent, zaak.id(), Sluitreden.ANDERS, "Gaat naar familie in Spanje", null);
        assertThat(gesloten.sluitredenCode()).isEqualTo(Sluitreden.ANDERS);
        assertThat(gesloten.sluitreden()).isEqualTo("Gaat naar familie in Spanje");
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaak.id(), Sluitreden.DOELEN_BEREIKT, null, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsEntry("sluitreden", "Deze zaak is al gesloten."));
    }

    @Test
    void aWaakvlamComesBackOnItsDate() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaak.id(), Sluitreden.STABIEL_AFGESCHAALD, null, LocalDate.of(2026, 11, 23)))
                .isInstanceOf(OngeldigeInvoerException.class);
        Zaak gesloten = zaken.sluiten(consulent, zaak.id(), Sluitreden.STABIEL_AFGESCHAALD, "Moeder redt het met het netwerk", LocalDate.of(2027, 3, 1));
        assertThat(gesloten.sluitredenCode()).isEqualTo(Sluitreden.STABIEL_AFGESCHAALD);
        assertThat(gesloten.sluitreden()).isEqualTo("Situatie stabiel, afgeschaald: Moeder redt het met het netwerk");

        klok.zet(Instant.parse("2027-02-28T10:00:00Z"));
        assertThat(werklijst.van(consulent)).noneMatch(t -> t.zaakId() == zaak.id());
        klok.zet(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(werklijst.van(consulent)).anyMatch(t -> t.zaakId() == zaak.id() && t.soort() == Werklijst.Soort.WAAKVLAM);
        zaken.waakvlamGehouden(consulent, zaak.id());
        assertThat(werklijst.van(consulent)).noneMatch(t -> t.zaakId() == zaak.id());
    }

    @Test
    void sixMonthsBeforeTheEighteenthBirthdayBothTeamsGetATransitionTask() {
        Gebruiker jeugd = jeugdconsulent();
        // a youth who turns 18 on 8 August 2027
        Zaak zaak = zaakVoorNieuwHuishouden(jeugd, Doelgroep.JEUGD,
                nl.dichtbij.Testhuishouden.in("0632").volwassene(50).kindGeboren(LocalDate.of(2009, 8, 8)));
        Persoon jongere = register.huishouden("0632", zaak.huishoudenId()).orElseThrow().leden().stream()
                .filter(p -> p.geboortedatum().equals(LocalDate.of(2009, 8, 8))).findFirst().orElseThrow();
        LocalDate start = jongere.geboortedatum().plusYears(18).minusMonths(6);

        klok.zet(start.minusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().plusSeconds(43200));
        assertThat(werklijst.van(jeugd)).noneMatch(t -> jongere.bsn().equals(t.persoonBsn()));

        klok.zet(start.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().plusSeconds(43200));
        assertThat(werklijst.van(jeugd)).anyMatch(t -> jongere.bsn().equals(t.persoonBsn()) && t.soort() == Werklijst.Soort.TRANSITIE_18);
        assertThat(werklijst.van(wmoconsulent())).anyMatch(t -> jongere.bsn().equals(t.persoonBsn()));

        werklijst.transitieAfgerond(jeugd, jongere.bsn());
        assertThat(werklijst.van(jeugd)).noneMatch(t -> jongere.bsn().equals(t.persoonBsn()));
        assertThat(werklijst.van(wmoconsulent())).anyMatch(t -> jongere.bsn().equals(t.persoonBsn()));
        // the Wmo team prepares the transition, so it may open the file (TransitieBetrokkenheid)
        assertThat(plannen.vanZaak(wmoconsulent(), zaak.id()).zaakId()).isEqualTo(zaak.id());
    }

    /** Walk finding: opening a case page made the plan, in the name of whoever opened it. */
    @Test
    void readingACaseMakesNoPlanTheFirstGoalDoes() throws Exception {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        String pagina = nl.dichtbij.Inloggen.als(port, "wmoconsulent").send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/werk/zaken/" + zaak.id())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pagina).contains("Er is nog geen plan.").doesNotContain("Plan aangemaakt");
        assertThat(plannen.bekijken(consulent, zaak.id()).id()).as("nothing stored").isZero();
        assertThat(jdbc.sql("select count(*) from plan where zaak_id = ?").param(zaak.id()).query(Long.class).single()).isZero();
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Zelf boodschappen doen", null, Levensgebied.PRAKTISCH_FUNCTIONEREN, null,
                null, Regeling.WMO, 3));
        assertThat(plannen.bekijken(consulent, zaak.id())).satisfies(p -> {
            assertThat(p.id()).isPositive();
            assertThat(p.gewijzigdDoorNaam()).isEqualTo(consulent.naam());
            assertThat(p.doelen()).hasSize(1);
        });
    }

    @Test
    void evaluationsRescoreTheZrmAndPlanTheNextOne() {
        Gebruiker consulent = wmoconsulent();
        Zaak zaak = zaakMetVolwassene(consulent);
        Persoon lid = eenLid(zaak);
        long doel = plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Zelf koken", lid.bsn(), Levensgebied.PRAKTISCH_FUNCTIONEREN,
                ZrmDomein.INSTRUMENTELE_ADL, 4, Regeling.WMO, 6));
        klok.zet(Instant.parse("2027-05-25T10:00:00Z"));
        assertThat(plannen.evaluatiesTeDoen(consulent, java.util.List.of(zaak.id()))).extracting(Plannen.EvaluatieTaak::doelId).contains(doel);
        assertThatThrownBy(() -> plannen.evalueren(consulent, zaak.id(), doel, LocalDate.of(2027, 5, 25), "Gaat goed", null, 4))
                .isInstanceOf(OngeldigeInvoerException.class);
        plannen.evalueren(consulent, zaak.id(), doel, LocalDate.of(2027, 5, 25), "Kookt drie keer per week zelf", 3, 4);

        Ondersteuningsplan plan = plannen.vanZaak(consulent, zaak.id());
        Doel na = plan.doelen().getFirst();
        assertThat(na.volgendeEvaluatie()).isEqualTo(LocalDate.of(2027, 11, 25));
        assertThat(plannen.voortgang(plan, na)).extracting(Plannen.ZrmPunt::score).containsExactly(3, 4);
        assertThat(plannen.evaluatiesTeDoen(consulent, java.util.List.of(zaak.id()))).extracting(Plannen.EvaluatieTaak::doelId).doesNotContain(doel);
    }

    @Test
    void theTeamleiderReassignsAllCasesOfSomeoneWhoLeaves() {
        Gebruiker vertrekker = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632",
                gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        Zaak een = zaakMetVolwassene(vertrekker);
        Zaak twee = zaakMetVolwassene(vertrekker);
        int aantal = zaken.allesOverdragen(teamleider, "wmoconsulent", "teamleider", "Willem vertrekt; Thea neemt tijdelijk over.");

        assertThat(aantal).isGreaterThanOrEqualTo(2);
        for (Zaak zaak : new Zaak[] {een, twee}) {
            Zaak na = zaken.voorMedewerker(teamleider, zaak.id());
            assertThat(na.regisseurNaam()).isEqualTo("Thea Mulder");
            assertThat(na.berichten()).last().satisfies(b -> assertThat(b.tekst()).contains("Thea Mulder"));
        }
        assertThat(caseload.perProfessional(teamleider)).filteredOn(r -> r.regisseur().equals("wmoconsulent")).isEmpty();
        assertThat(caseload.perProfessional(teamleider)).filteredOn(r -> r.regisseur().equals("teamleider"))
                .singleElement().satisfies(r -> assertThat(r.gewicht()).isGreaterThanOrEqualTo(2.0));
    }
}
