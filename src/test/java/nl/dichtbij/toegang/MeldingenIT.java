package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.demo.Testpersonen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.termijnen.WettelijkeTermijn;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegratieTest
class MeldingenIT {

    @Autowired Meldingen meldingen;
    @Autowired Wachtrij wachtrij;
    @Autowired Gemeenten gemeenten;
    @Autowired PersonenRegister register;
    @Autowired VerstelbareKlok klok;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;

    private final Gebruiker inwoner = new Gebruiker("inwoner", null, Testpersonen.OUDER_NAAM, Rol.INWONER, "0632", null, Testpersonen.OUDER_BSN);

    @AfterEach
    void herstelKlok() {
        klok.herstel();
    }

    private Gebruiker consulent(String naam, Doelgroep doelgroep) {
        return new Gebruiker(naam, null, "Test " + naam, Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", doelgroep).id(), null);
    }

    private static NieuweMelding vraag(String bsn, Set<Levensgebied> gebieden, boolean schulden, boolean dreiging) {
        return new NieuweMelding(bsn, null, null, null, "Het lukt thuis niet meer.", gebieden, Urgentie.NORMAAL, schulden, dreiging,
                Contactvoorkeur.TELEFOON, "06 12345678", null, Kanaal.ONLINE, null);
    }

    @Test
    void aYouthsMeldingGoesToTheJeugdteamWithTheJeugdwetTerm() {
        Melding melding = meldingen.indienen(inwoner, vraag(Testpersonen.TOM_BSN, Set.of(Levensgebied.DAGBESTEDING), false, false));

        assertThat(melding.teamId()).isEqualTo(gemeenten.teamVoor("0632", Doelgroep.JEUGD).id());
        assertThat(melding.termijn()).isEqualTo(WettelijkeTermijn.JEUGD_BESLISSING);
        assertThat(melding.ontvangenDatum()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(melding.termijnEinde()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(melding.kanaal()).isEqualTo(Kanaal.ONLINE);
        assertThat(melding.status()).isEqualTo(MeldingStatus.ONTVANGEN);
    }

    @Test
    void anAdultGoesToTheWmoTeamAndTheHouseholdKeepsOneCase() {
        Melding tom = meldingen.indienen(inwoner, vraag(Testpersonen.TOM_BSN, Set.of(Levensgebied.DAGBESTEDING), false, false));
        Melding moeder = meldingen.indienen(inwoner, vraag(Testpersonen.OUDER_BSN, Set.of(Levensgebied.PSYCHISCH_FUNCTIONEREN), false, false));

        assertThat(moeder.teamId()).isEqualTo(gemeenten.teamVoor("0632", Doelgroep.WMO).id());
        assertThat(moeder.termijn()).isEqualTo(WettelijkeTermijn.WMO_ONDERZOEK);
        assertThat(moeder.termijnEinde()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(moeder.zaakId()).isEqualTo(tom.zaakId());
    }

    @Test
    void debtsWithThreatenedEvictionGetThreeWorkingDays() {
        klok.zet(java.time.Instant.parse("2026-12-24T10:00:00Z"));
        Melding melding = meldingen.indienen(inwoner, vraag(Testpersonen.OUDER_BSN, Set.of(Levensgebied.FINANCIEN), true, true));

        assertThat(melding.termijn()).isEqualTo(WettelijkeTermijn.SCHULDHULP_DREIGING);
        // Thursday 24 December: Christmas, Boxing Day and the weekend do not count.
        assertThat(melding.termijnEinde()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void badInputIsRefusedPerFieldInDutch() {
        NieuweMelding leeg = new NieuweMelding(Testpersonen.TOM_BSN, null, null, null, " ", Set.of(), null, false, true,
                Contactvoorkeur.EMAIL, null, "geen-adres", Kanaal.ONLINE, null);
        assertThatThrownBy(() -> meldingen.indienen(inwoner, leeg))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsKeys("omschrijving", "levensgebieden", "urgentie", "schulden", "email")
                        .containsEntry("omschrijving", "Vertel in een paar zinnen wat er aan de hand is."));

        NieuweMelding fouteBsn = new NieuweMelding("123456789", LocalDate.of(2030, 1, 1), null, null, "Signaal van school",
                Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null,
                Kanaal.VINDPLAATS, null);
        assertThatThrownBy(() -> meldingen.indienen(consulent("jeugdconsulent", Doelgroep.JEUGD), fouteBsn))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsKeys("persoonBsn", "geboortedatum", "vindplaats"));
    }

    @Test
    void aProfessionalChecksBsnAgainstBirthDate() {
        NieuweMelding verkeerdeDatum = new NieuweMelding(Testpersonen.TOM_BSN, LocalDate.of(2010, 2, 15), null, null, "Signaal",
                Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null,
                Kanaal.TELEFOON, null);
        assertThatThrownBy(() -> meldingen.indienen(consulent("jeugdconsulent", Doelgroep.JEUGD), verkeerdeDatum))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsOnly(java.util.Map.entry("persoonBsn", nl.dichtbij.dossier.Identiteitscontrole.NIET_BRUIKBAAR)));

        NieuweMelding goed = new NieuweMelding(Testpersonen.TOM_BSN, Testpersonen.TOM_GEBOORTEDATUM, null, null, "Signaal van school",
                Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null,
                Kanaal.VINDPLAATS, Vindplaats.SCHOOL);
        Melding melding = meldingen.indienen(consulent("jeugdconsulent", Doelgroep.JEUGD), goed);
        assertThat(melding.kanaal()).isEqualTo(Kanaal.VINDPLAATS);
        assertThat(melding.vindplaats()).isEqualTo(Vindplaats.SCHOOL);
    }

    @Test
    void anotherResidentAndAnotherMunicipalitySeeNothing() {
        Melding melding = meldingen.indienen(inwoner, vraag(Testpersonen.TOM_BSN, Set.of(Levensgebied.DAGBESTEDING), false, false));
        String andereBsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(33).inschrijven(inschrijvingen, klok).volwassene().bsn();
        Gebruiker andereInwoner = new Gebruiker("buurman", null, "Buurman", Rol.INWONER, "0632", null, andereBsn);
        Gebruiker montfoort = new Gebruiker("montfoort", null, "Consulent Montfoort", Rol.CONSULENT, "0335",
                gemeenten.teamVoor("0335", Doelgroep.WMO).id(), null);

        assertThatThrownBy(() -> meldingen.bekijk(andereInwoner, melding.id())).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> meldingen.bekijk(montfoort, melding.id())).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> meldingen.triage(montfoort, melding.id(), TriageStap.MAATWERK, "x", null))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> meldingen.oppakken(inwoner, melding.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> wachtrij.vanTeam(montfoort, melding.teamId(), false, 0, 10)).isInstanceOf(NietGevondenException.class);
    }

    @Test
    void theIntakeProfessionalBecomesTheContactPersonAndBothZrmScoringsAreKept() {
        Gebruiker consulent = consulent("jeugdconsulent", Doelgroep.JEUGD);
        nl.dichtbij.personen.Persoon kind = nl.dichtbij.Testhuishouden.in("0632").volwassene(42).kind(13).inschrijven(inschrijvingen, klok).kind();
        Melding melding = meldingen.indienen(consulent, new NieuweMelding(kind.bsn(), kind.geboortedatum(), null, null,
                "School meldt verzuim.", Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON,
                "0612345678", null, Kanaal.TELEFOON, null));
        meldingen.triage(consulent, melding.id(), TriageStap.MAATWERK, "Schoolverzuim; netwerk kan dit niet opvangen.", null);
        meldingen.planIntake(consulent, melding.id(), LocalDateTime.of(2026, 11, 25, 10, 0), "Bij de inwoner thuis");

        Map<ZrmDomein, Integer> professional = new EnumMap<>(ZrmDomein.class);
        Map<ZrmDomein, Integer> zelf = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            professional.put(domein, 3);
            zelf.put(domein, 4);
        }
        Onderzoek onderzoek = meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(
                LocalDate.of(2026, 11, 23), Set.of(new Onderzoek.Bevinding(Levensgebied.DAGBESTEDING, "Gaat niet naar school", "Moeder motiveert", "Begeleiding")),
                Set.of(Deelnemer.INWONER, Deelnemer.WETTELIJK_VERTEGENWOORDIGER), null, professional, zelf));

        Melding na = meldingen.bekijk(consulent, melding.id());
        assertThat(na.status()).isEqualTo(MeldingStatus.ONDERZOEK_AFGEROND);
        assertThat(na.behandelaarNaam()).isEqualTo("Test jeugdconsulent");
        assertThat(na.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst)
                .anyMatch(t -> t.contains("contactpersoon")).anyMatch(t -> t.contains("gesprek"));
        assertThat(meldingen.zaak(consulent, na).regisseurNaam()).isEqualTo("Test jeugdconsulent");
        assertThat(meldingen.zrm(onderzoek)).extracting(ZrmMeting::door)
                .containsExactlyInAnyOrder(ZrmMeting.Door.PROFESSIONAL, ZrmMeting.Door.INWONER);
        assertThat(meldingen.zrm(onderzoek)).allSatisfy(z -> assertThat(z.scores()).hasSize(13));
    }

    @Test
    void aDomainMayBeNotApplicableOrUnknownButNeverSilentlyEmpty() {
        Gebruiker consulent = consulent("jeugdconsulent", Doelgroep.JEUGD);
        nl.dichtbij.personen.Persoon kind = nl.dichtbij.Testhuishouden.in("0632").volwassene(40).kind(11).inschrijven(inschrijvingen, klok).kind();
        Melding melding = meldingen.indienen(consulent, new NieuweMelding(kind.bsn(), kind.geboortedatum(), null, null,
                "Veel ruzie thuis.", Set.of(Levensgebied.SOCIAAL_FUNCTIONEREN), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON,
                "0612345678", null, Kanaal.TELEFOON, null));
        Map<ZrmDomein, Integer> professional = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            professional.put(domein, 3);
        }
        professional.remove(ZrmDomein.JUSTITIE);
        professional.remove(ZrmDomein.WERK_OPLEIDING);
        var bevinding = Set.of(new Onderzoek.Bevinding(Levensgebied.SOCIAAL_FUNCTIONEREN, "Ruzie", "Oma helpt", "Gezinsbegeleiding"));
        LocalDate dag = LocalDate.now(klok);
        // one domain left empty: refused, nothing saved
        assertThatThrownBy(() -> meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(dag, bevinding,
                Set.of(Deelnemer.INWONER), null, professional, Map.of(), Map.of(ZrmDomein.JUSTITIE, ZrmMeting.GeenScore.NIET_VAN_TOEPASSING), Map.of())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsEntry("zrmProfessional", "Geef voor alle 13 domeinen van de ZRM uw score, of kies n.v.t. of onbekend."));
        // the resident scored one domain only: all or none
        Map<ZrmDomein, ZrmMeting.GeenScore> geen = Map.of(ZrmDomein.JUSTITIE, ZrmMeting.GeenScore.NIET_VAN_TOEPASSING,
                ZrmDomein.WERK_OPLEIDING, ZrmMeting.GeenScore.ONBEKEND);
        assertThatThrownBy(() -> meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(dag, bevinding,
                Set.of(Deelnemer.INWONER), null, professional, Map.of(ZrmDomein.FINANCIEN, 4), geen, Map.of())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("zrmInwoner"));
        // a score and a reason for the same domain is not one choice
        Map<ZrmDomein, ZrmMeting.GeenScore> dubbel = new EnumMap<>(geen);
        dubbel.put(ZrmDomein.FINANCIEN, ZrmMeting.GeenScore.ONBEKEND);
        assertThatThrownBy(() -> meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(dag, bevinding,
                Set.of(Deelnemer.INWONER), null, professional, Map.of(), dubbel, Map.of()))).isInstanceOf(OngeldigeInvoerException.class);

        Onderzoek onderzoek = meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(dag, bevinding,
                Set.of(Deelnemer.INWONER), null, professional, Map.of(), geen, Map.of()));
        ZrmMeting meting = meldingen.zrm(onderzoek).getFirst();
        assertThat(meting.scores()).hasSize(11).doesNotContainKeys(ZrmDomein.JUSTITIE, ZrmDomein.WERK_OPLEIDING);
        assertThat(meting.geenScore()).isEqualTo(geen);
        assertThat(meting.uitkomst(ZrmDomein.JUSTITIE)).isEqualTo("n.v.t.");
        assertThat(meting.uitkomst(ZrmDomein.WERK_OPLEIDING)).isEqualTo("onbekend");
        assertThat(meting.uitkomst(ZrmDomein.FINANCIEN)).isEqualTo("3");
        assertThat(meldingen.zrm(onderzoek)).as("the resident did not score").hasSize(1);
    }

    @Test
    void anOnderzoekNeedsAllThirteenProfessionalScores() {
        Gebruiker consulent = consulent("jeugdconsulent", Doelgroep.JEUGD);
        Melding melding = meldingen.indienen(inwoner, vraag(Testpersonen.TOM_BSN, Set.of(Levensgebied.DAGBESTEDING), false, false));
        assertThatThrownBy(() -> meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(
                LocalDate.of(2027, 1, 1), Set.of(), Set.of(), null, Map.of(ZrmDomein.FINANCIEN, 7), Map.of())))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .containsKeys("gehoudenOp", "bevindingen", "deelnemers", "zrmProfessional", "zrm"));
        assertThat(meldingen.bekijk(inwoner, melding.id()).status()).isEqualTo(MeldingStatus.ONTVANGEN);
    }

    @Test
    void aMeldingPastEightyPercentOfItsTermStandsOutInTheQueue() {
        Gebruiker teamleider = new Gebruiker("teamleider", null, "Teamleider", Rol.TEAMLEIDER, "0632", null, null);
        Melding melding = meldingen.indienen(inwoner, vraag(Testpersonen.OUDER_BSN, Set.of(Levensgebied.HUISVESTING), false, false));
        long teamId = melding.teamId();

        klok.verzet(Duration.ofDays(33));
        assertThat(regel(teamleider, teamId, melding.id()).inGevaar()).isFalse();

        klok.verzet(Duration.ofDays(2));
        Wachtrij.Regel regel = regel(teamleider, teamId, melding.id());
        assertThat(regel.inGevaar()).isTrue();
        assertThat(regel.verlopen()).isFalse();
        assertThat(regel.wachtdagen()).isEqualTo(35);
        assertThat(wachtrij.standVanGemeente(teamleider)).filteredOn(s -> s.team().id() == teamId)
                .singleElement().satisfies(s -> assertThat(s.inGevaar()).isPositive());
    }

    private Wachtrij.Regel regel(Gebruiker teamleider, long teamId, long meldingId) {
        for (int pagina = 0; ; pagina++) {
            var lijst = wachtrij.vanTeam(teamleider, teamId, false, pagina, 100);
            var gevonden = lijst.inhoud().stream().filter(r -> r.meldingId() == meldingId).findFirst();
            if (gevonden.isPresent()) {
                return gevonden.get();
            }
            assertThat(lijst.heeftVolgende()).as("melding staat in de wachtrij").isTrue();
        }
    }
}
