package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resident withdraws his question: it leaves the team's queue (its count too, kept by a trigger on PostgreSQL), its
 * term stops, nobody can take it up any more, a case that held only that question closes, and the professional who had
 * taken it sees why it left his list.
 */
@IntegratieTest
class VraagIntrekkenIT {

    @Autowired Meldingen meldingen;
    @Autowired Wachtrij wachtrij;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    private final Gebruiker teamleider = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);

    private Gebruiker jeugdconsulent() {
        return new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", jeugdteam(), null);
    }

    private long jeugdteam() {
        return gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
    }

    private record Ouder(Gebruiker inwoner, Testhuishouden.Ingeschreven huishouden) {
    }

    private Ouder ouderMetKind() {
        Testhuishouden.Ingeschreven huishouden = Testhuishouden.in("0632").volwassene(41).kind(12).inschrijven(inschrijvingen, clock);
        var ouder = huishouden.volwassene();
        return new Ouder(new Gebruiker("ouder-" + ouder.bsn(), null, ouder.naam(), Rol.INWONER, "0632", null, ouder.bsn()), huishouden);
    }

    private Melding vraag(Ouder ouder, Urgentie urgentie) {
        return meldingen.indienen(ouder.inwoner(), new NieuweMelding(ouder.huishouden().kind().bsn(), null, null, null,
                "Hij slaapt slecht en gaat niet meer naar school.", Set.of(Levensgebied.DAGBESTEDING), urgentie, false, false,
                Contactvoorkeur.TELEFOON, "0612345678", null, Kanaal.ONLINE, null));
    }

    private long inDeWachtrij() {
        return wachtrij.vanTeam(teamleider, jeugdteam(), false, null, 25).totaal();
    }

    @Test
    void aQuestionNobodyTookUpLeavesTheQueueAndItsEmptyCaseCloses() {
        Ouder ouder = ouderMetKind();
        long voor = inDeWachtrij();
        Melding melding = vraag(ouder, Urgentie.DRINGEND);
        assertThat(inDeWachtrij()).isEqualTo(voor + 1);
        assertThat(wachtrij.dringend(teamleider, jeugdteam())).extracting(Wachtrij.Regel::meldingId).contains(melding.id());

        assertThatThrownBy(() -> meldingen.intrekken(ouder.inwoner(), melding.id(), null, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("reden"));
        assertThat(inDeWachtrij()).as("a refused withdrawal keeps the question in the queue").isEqualTo(voor + 1);

        Melding ingetrokken = meldingen.intrekken(ouder.inwoner(), melding.id(), Intrekreden.OPGELOST, "Het gaat weer.");
        assertThat(ingetrokken.status()).isEqualTo(MeldingStatus.INGETROKKEN);
        assertThat(inDeWachtrij()).as("the team's count").isEqualTo(voor);
        assertThat(wachtrij.vanTeam(teamleider, jeugdteam(), true, null, 200).inhoud()).extracting(Wachtrij.Regel::meldingId)
                .doesNotContain(melding.id());
        assertThat(wachtrij.dringend(teamleider, jeugdteam())).extracting(Wachtrij.Regel::meldingId).doesNotContain(melding.id());
        assertThat(wachtrij.standVanGemeente(teamleider)).filteredOn(s -> s.team().id() == jeugdteam())
                .singleElement().satisfies(s -> assertThat(s.open()).isEqualTo(voor));

        Zaak zaak = zaken.vanHuishouden("0632", ouder.huishouden().huishoudenId()).getFirst();
        assertThat(zaak.isOpen()).as("the case held nothing else and nobody had taken it up").isFalse();
        assertThat(zaak.sluitreden()).isEqualTo(Zaken.SLUITREDEN_INGETROKKEN);

        assertThat(meldingen.bekijk(ouder.inwoner(), melding.id()).termijnLoopt()).isFalse();
        assertThatThrownBy(() -> meldingen.oppakken(jeugdconsulent(), melding.id())).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void whoHadTakenItUpSeesItWasWithdrawnAndKeepsTheCase() {
        Ouder ouder = ouderMetKind();
        Melding melding = vraag(ouder, Urgentie.NORMAAL);
        meldingen.oppakken(jeugdconsulent(), melding.id());
        assertThat(wachtrij.vanBehandelaar(jeugdconsulent())).extracting(Wachtrij.Regel::meldingId).contains(melding.id());

        meldingen.intrekken(ouder.inwoner(), melding.id(), Intrekreden.ANDERE_HULP, null);

        assertThat(wachtrij.vanBehandelaar(jeugdconsulent())).extracting(Wachtrij.Regel::meldingId).doesNotContain(melding.id());
        assertThat(wachtrij.ingetrokkenBij(jeugdconsulent(), 25)).first().satisfies(i -> {
            assertThat(i.meldingId()).isEqualTo(melding.id());
            assertThat(i.naam()).isEqualTo(ouder.huishouden().kind().naam());
            assertThat(i.reden()).isEqualTo(Intrekreden.ANDERE_HULP);
        });
        assertThat(zaken.vanHuishouden("0632", ouder.huishouden().huishoudenId()).getFirst().isOpen())
                .as("the case has a contact person now: closing it is hers, with the household").isTrue();
    }

    @Test
    void onlyWhoMayActForTheResidentWithdrawsHisQuestion() {
        Ouder ouder = ouderMetKind();
        Melding melding = vraag(ouder, Urgentie.NORMAAL);
        Ouder ander = ouderMetKind();
        assertThatThrownBy(() -> meldingen.intrekken(ander.inwoner(), melding.id(), Intrekreden.OPGELOST, null))
                .as("another resident's question does not exist for him").isInstanceOf(NietGevondenException.class);
        Gebruiker meekijker = ander.inwoner().namens(ouder.inwoner().bsn(), ouder.inwoner().naam(), true, "Machtiging");
        assertThatThrownBy(() -> meldingen.intrekken(meekijker, melding.id(), Intrekreden.OPGELOST, null))
                .as("an authorisation to look only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meldingen.intrekken(jeugdconsulent(), melding.id(), Intrekreden.OPGELOST, null))
                .as("the team does not withdraw a resident's question").isInstanceOf(AccessDeniedException.class);
        assertThat(meldingen.bekijk(ouder.inwoner(), melding.id()).status()).isEqualTo(MeldingStatus.ONTVANGEN);
    }
}
