package nl.dichtbij.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.dichtbij.dossier.Dossierdeel;

import org.junit.jupiter.api.Test;

class VerwijsregelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 4);

    private static Verwijsregels.Invoer goed() {
        return new Verwijsregels.Invoer(true, "Kunt u helpen met werk?", EnumSet.of(Dossierdeel.PLAN), "06 12345678", true,
                Toestemmingswijze.MONDELING, VANDAAG, VANDAAG.plusWeeks(4));
    }

    @Test
    void aCompleteReferralWithConsentMayGo() {
        assertThat(Verwijsregels.nieuw(goed(), VANDAAG)).isEmpty();
    }

    @Test
    void withoutTheResidentsConsentThereIsNoReferral() {
        var zonder = new Verwijsregels.Invoer(true, "Vraag", Set.of(), null, false, null, null, VANDAAG.plusWeeks(4));
        assertThat(Verwijsregels.nieuw(zonder, VANDAAG)).as("every missing field at once").containsOnlyKeys("toestemming", "wijze", "toestemmingOp")
                .containsEntry("toestemming", "U kunt alleen verwijzen als de inwoner toestemming geeft. Vraag de inwoner eerst of dat goed is.");
        var zonderVinkje = new Verwijsregels.Invoer(true, "Vraag", Set.of(), null, false, Toestemmingswijze.MONDELING, VANDAAG, VANDAAG.plusWeeks(4));
        assertThat(Verwijsregels.nieuw(zonderVinkje, VANDAAG)).containsOnlyKeys("toestemming");
    }

    @Test
    void consentNeedsHowAndWhenAndIsNotOlderThanThirtyDaysNorInTheFuture() {
        var g = goed();
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, null, null, g.terugmeldenUiterlijk()), VANDAAG))
                .containsOnlyKeys("wijze", "toestemmingOp");
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, g.wijze(), VANDAAG.minusDays(31),
                g.terugmeldenUiterlijk()), VANDAAG)).containsOnlyKeys("toestemmingOp");
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, g.wijze(), VANDAAG.minusDays(30),
                g.terugmeldenUiterlijk()), VANDAAG)).isEmpty();
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, g.wijze(), VANDAAG.plusDays(1),
                g.terugmeldenUiterlijk()), VANDAAG)).containsOnlyKeys("toestemmingOp");
    }

    @Test
    void onlyThePlanAndTheZrmCanBeSharedWithAPartner() {
        var g = goed();
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), EnumSet.of(Dossierdeel.NOTITIES), null, true, g.wijze(),
                g.toestemmingOp(), g.terugmeldenUiterlijk()), VANDAAG)).containsOnlyKeys("delen");
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), EnumSet.of(Dossierdeel.PLAN, Dossierdeel.ZRM), null, true, g.wijze(),
                g.toestemmingOp(), g.terugmeldenUiterlijk()), VANDAAG)).isEmpty();
    }

    @Test
    void theReportBackDateLiesAfterTodayAndWithinSixMonths() {
        var g = goed();
        for (LocalDate fout : new LocalDate[] {null, VANDAAG, VANDAAG.plusMonths(6).plusDays(1)}) {
            assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, g.wijze(), g.toestemmingOp(), fout), VANDAAG))
                    .as("%s", fout).containsOnlyKeys("terugmeldenUiterlijk");
        }
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(true, g.vraag(), g.delen(), null, true, g.wijze(), g.toestemmingOp(),
                VANDAAG.plusMonths(6)), VANDAAG)).isEmpty();
    }

    @Test
    void aPartnerAndAQuestionAreNeededAndAnInactivePartnerIsRefused() {
        var g = goed();
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(null, " ", g.delen(), null, true, g.wijze(), g.toestemmingOp(),
                g.terugmeldenUiterlijk()), VANDAAG)).containsOnlyKeys("partnerId", "vraag");
        assertThat(Verwijsregels.nieuw(new Verwijsregels.Invoer(false, "x".repeat(2001), g.delen(), "y".repeat(201), true, g.wijze(),
                g.toestemmingOp(), g.terugmeldenUiterlijk()), VANDAAG)).containsOnlyKeys("partnerId", "vraag", "bereikbaar");
    }

    @Test
    void thePartnerAnswersOnceThenReportsBackOnlyWhatItAccepted() {
        assertThat(Verwijsregels.magBeantwoorden(Verwijzingsstatus.VERSTUURD)).isNull();
        assertThat(Verwijsregels.magBeantwoorden(Verwijzingsstatus.AANGENOMEN)).isEqualTo("Deze verwijzing is al aangenomen.");
        assertThat(Verwijsregels.afwijzen(Verwijzingsstatus.VERSTUURD, " ")).containsOnlyKeys("reden");
        assertThat(Verwijsregels.afwijzen(Verwijzingsstatus.VERSTUURD, "Geen plek")).isEmpty();
        assertThat(Verwijsregels.afwijzen(Verwijzingsstatus.AFGEWEZEN, "Geen plek")).containsOnlyKeys("status");
        assertThat(Verwijsregels.terugmelden(Verwijzingsstatus.VERSTUURD, "Klaar")).containsEntry("status", "Neem de verwijzing eerst aan; daarna meldt u terug.");
        assertThat(Verwijsregels.terugmelden(Verwijzingsstatus.AANGENOMEN, "")).containsOnlyKeys("resultaat");
        assertThat(Verwijsregels.terugmelden(Verwijzingsstatus.AANGENOMEN, "Werkt nu 8 uur per week")).isEmpty();
        assertThat(Verwijsregels.terugmelden(Verwijzingsstatus.TERUGGEMELD, "Nog eens")).containsEntry("status", "U heeft deze verwijzing al teruggemeld.");
    }

    @Test
    void aReportBackIsLateFromTheDayAfterItsDateWhileTheReferralRuns() {
        LocalDate uiterlijk = VANDAAG;
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.VERSTUURD, uiterlijk, VANDAAG)).isFalse();
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.VERSTUURD, uiterlijk, VANDAAG.plusDays(1))).isTrue();
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.AANGENOMEN, uiterlijk, VANDAAG.plusDays(1))).isTrue();
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.TERUGGEMELD, uiterlijk, VANDAAG.plusDays(1))).isFalse();
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.AFGEWEZEN, uiterlijk, VANDAAG.plusDays(1))).isFalse();
    }

    @Test
    void theResidentWithdrawsHisConsentOnceAndAWithdrawnReferralTakesNoAnswer() {
        assertThat(Verwijsregels.magIntrekken(Verwijzingsstatus.TERUGGEMELD)).isNull();
        assertThat(Verwijsregels.magIntrekken(Verwijzingsstatus.INGETROKKEN)).isEqualTo("U heeft uw toestemming voor deze verwijzing al ingetrokken.");
        assertThat(Verwijsregels.magBeantwoorden(Verwijzingsstatus.INGETROKKEN)).isEqualTo("De inwoner heeft de toestemming ingetrokken.");
        assertThat(Verwijsregels.terugmelden(Verwijzingsstatus.INGETROKKEN, "Klaar")).containsEntry("status", "De inwoner heeft de toestemming ingetrokken.");
        assertThat(Verwijsregels.terugmeldingTeLaat(Verwijzingsstatus.INGETROKKEN, VANDAAG, VANDAAG.plusDays(9))).isFalse();
    }

    @Test
    void fromSixteenTheResidentConsentsHimselfAndAChildUnderSixteenCannot() {
        assertThat(Verwijsregels.toestemmingDoor(40, Toestemminggever.INWONER, null, null, false)).isEmpty();
        assertThat(Verwijsregels.toestemmingDoor(16, Toestemminggever.INWONER, null, null, false)).isEmpty();
        assertThat(Verwijsregels.toestemmingDoor(15, Toestemminggever.INWONER, null, null, true)).containsOnlyKeys("toestemmingDoor")
                .extractingByKey("toestemmingDoor").asString().startsWith("Een kind onder de 16 geeft niet zelf toestemming.");
        assertThat(Verwijsregels.toestemmingDoor(30, null, null, null, false))
                .containsEntry("toestemmingDoor", "Kies wie toestemming gaf: de inwoner zelf, een ouder of gezaghebbende, of een gemachtigde.");
    }

    @Test
    void aParentFromTheHouseholdConsentsForAChildUnderSixteenOnly() {
        assertThat(Verwijsregels.toestemmingDoor(8, Toestemminggever.GEZAGHEBBENDE, 38, null, false)).isEmpty();
        assertThat(Verwijsregels.toestemmingDoor(8, Toestemminggever.GEZAGHEBBENDE, null, null, false))
                .containsEntry("gezaghebbendeBsn", "Kies de ouder of gezaghebbende uit het huishouden die toestemming gaf.");
        assertThat(Verwijsregels.toestemmingDoor(8, Toestemminggever.GEZAGHEBBENDE, 17, null, false))
                .containsEntry("gezaghebbendeBsn", "Een ouder of gezaghebbende is 18 jaar of ouder. Kies een volwassene uit het huishouden.");
        assertThat(Verwijsregels.toestemmingDoor(16, Toestemminggever.GEZAGHEBBENDE, 45, null, false)).containsOnlyKeys("toestemmingDoor")
                .extractingByKey("toestemmingDoor").asString().startsWith("Vanaf 16 jaar geeft iemand zelf toestemming, niet een ouder.");
        assertThat(Verwijsregels.toestemmingDoor(40, Toestemminggever.GEZAGHEBBENDE, 70, null, false)).containsOnlyKeys("toestemmingDoor");
    }

    @Test
    void aChildOfTwelveUpToSixteenAgreesAsWell() {
        assertThat(Verwijsregels.toestemmingDoor(12, Toestemminggever.GEZAGHEBBENDE, 40, null, false))
                .containsEntry("kindStemtIn", "Een kind van 12 tot 16 jaar stemt ook zelf in. Vraag het kind en zet het vinkje.");
        assertThat(Verwijsregels.toestemmingDoor(15, Toestemminggever.GEMACHTIGDE, null, "Jeugdbescherming, voogd J. Peters", false))
                .containsOnlyKeys("kindStemtIn");
        assertThat(Verwijsregels.toestemmingDoor(12, Toestemminggever.GEZAGHEBBENDE, 40, null, true)).isEmpty();
        assertThat(Verwijsregels.toestemmingDoor(11, Toestemminggever.GEZAGHEBBENDE, 40, null, false)).as("under 12 the parent alone").isEmpty();
    }

    @Test
    void aGemachtigdeIsNamedAtAnyAge() {
        assertThat(Verwijsregels.toestemmingDoor(80, Toestemminggever.GEMACHTIGDE, null, "Mr. A. de Wit, curator", false)).isEmpty();
        assertThat(Verwijsregels.toestemmingDoor(80, Toestemminggever.GEMACHTIGDE, null, " ", false))
                .containsEntry("gemachtigdeNaam", "Vul de naam in van de gemachtigde of wettelijk vertegenwoordiger die toestemming gaf.");
        assertThat(Verwijsregels.toestemmingDoor(80, Toestemminggever.GEMACHTIGDE, null, "x".repeat(201), false))
                .containsEntry("gemachtigdeNaam", "Schrijf de naam in hoogstens 200 tekens.");
    }
}
