package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.partners.Doorverwijzing;
import nl.dichtbij.partners.Doorverwijzingen;
import nl.dichtbij.partners.Partner;
import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.partners.Partnersoort;
import nl.dichtbij.partners.Toestemmingswijze;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaken;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The second circle of Woerden and Montfoort (issue 20): their partners, FermWerk with the organisation code of the demo's
 * {@code fermwerk} account; and in Woerden two referrals from Tom's case for his mother Sanne, one accepted by FermWerk (for
 * the tour to report back) and one to the debt help waiting for an answer. Through the partners module's API.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class PartnersVanDeGemeente implements Demodeel {

    static final String FERMWERK_AGB = "42420003";

    private final Partnerregister register;
    private final Doorverwijzingen doorverwijzingen;
    private final Zaken zaken;
    private final Gemeenten gemeenten;
    private final PersonenRegister personen;
    private final Clock clock;

    PartnersVanDeGemeente(Partnerregister register, Doorverwijzingen doorverwijzingen, Zaken zaken, Gemeenten gemeenten, PersonenRegister personen,
                          Clock clock) {
        this.register = register;
        this.doorverwijzingen = doorverwijzingen;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.personen = personen;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "partners";
    }

    @Override
    public void vullen() {
        if (!register.lijst("0632").isEmpty()) {
            return;
        }
        partners("0632", "Bea Smit");
        partners("0335", "Beheer Montfoort");
        verwijzingenVoorSanne();
    }

    private void partners(String gemeente, String beheerNaam) {
        Gebruiker beheer = new Gebruiker("beheer", null, beheerNaam, Rol.BEHEER, gemeente, null, null);
        List.of(
                new Partnerregister.Gegevens("FermWerk", Partnersoort.WERK_EN_INKOMEN,
                        "Uitkering (Participatiewet), werk zoeken, re-integratie en beschut werk. Verwijs bij geen of te weinig inkomen of als iemand wil werken.",
                        "0348 430 400", "klantcontact@fermwerk.nl", FERMWERK_AGB),
                new Partnerregister.Gegevens("Schuldhulpverlening Woerden", Partnersoort.SCHULDHULP,
                        "Hulp bij schulden en betalingsachterstanden: een eerste gesprek, budgetbeheer en een schuldregeling.",
                        "0348 428 911", "schuldhulp@woerden.nl", null),
                new Partnerregister.Gegevens("Huisartsen Woerden (HOW)", Partnersoort.HUISARTS,
                        "De huisartsen en hun praktijkondersteuners (POH-ggz). Overleg bij lichamelijke of psychische klachten.",
                        "0348 412 345", null, null),
                new Partnerregister.Gegevens("Veilig Thuis Utrecht", Partnersoort.VEILIG_THUIS,
                        "Advies en meldingen bij huiselijk geweld en kindermishandeling, dag en nacht bereikbaar.", "0800 2000", null, null),
                new Partnerregister.Gegevens("Samen Veilig Midden-Nederland", Partnersoort.GECERTIFICEERDE_INSTELLING,
                        "Gecertificeerde instelling: jeugdbescherming (ondertoezichtstelling, voogdij) en jeugdreclassering.", "030 274 7000", null, null),
                new Partnerregister.Gegevens("Regionaal Bureau Leerplicht West-Utrecht", Partnersoort.LEERPLICHT,
                        "Leerplicht en RMC: bij schoolverzuim en jongeren tot 23 zonder startkwalificatie.", "0348 428 600", null, null),
                new Partnerregister.Gegevens("GroenWest", Partnersoort.WONINGCORPORATIE,
                        "Woningcorporatie: huurachterstand, overlast en aanpassingen in de woning.", "0348 750 750", "info@groenwest.nl", null),
                new Partnerregister.Gegevens("Altrecht FACT-team Woerden", Partnersoort.GGZ,
                        "Ambulante ggz voor mensen met ernstige psychische aandoeningen, ook bij zorgmijding.", "030 230 8000", null, null))
                .forEach(g -> register.toevoegen(beheer, g));
    }

    private void verwijzingenVoorSanne() {
        var tom = personen.persoon("0632", Testpersonen.TOM_BSN).orElse(null);
        if (tom == null) {
            return;
        }
        long jeugdteam = gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        long zaakId = zaken.voorHuishouden("0632", tom.huishoudenId(), jeugdteam).id();
        Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", jeugdteam, null);
        LocalDate vandaag = LocalDate.now(clock);
        Partner fermwerk = partner("FermWerk");
        Partner schuldhulp = partner("Schuldhulpverlening Woerden");
        Doorverwijzing werk = doorverwijzingen.verwijzen(consulent, zaakId, new Doorverwijzingen.NieuweDoorverwijzing(fermwerk.id(),
                Testpersonen.OUDER_BSN, "Sanne werkt sinds haar scheiding niet meer en wil graag weer aan het werk, eerst een paar uur per week. "
                        + "Kunt u met haar kijken wat kan, ook naast de zorg voor Tom?",
                EnumSet.of(Dossierdeel.PLAN), "06 12 34 56 78, het liefst na 10 uur", true, Toestemmingswijze.MONDELING, vandaag, vandaag.plusWeeks(4)));
        doorverwijzingen.aannemen(new Gebruiker("fermwerk", null, "FermWerk", Rol.AANBIEDER, "0632", null, null, FERMWERK_AGB, null), werk.id());
        doorverwijzingen.verwijzen(consulent, zaakId, new Doorverwijzingen.NieuweDoorverwijzing(schuldhulp.id(), Testpersonen.OUDER_BSN,
                "Sanne heeft een achterstand bij de energie en de zorgverzekering. Wilt u een eerste gesprek met haar plannen?",
                EnumSet.noneOf(Dossierdeel.class), null, true, Toestemmingswijze.MONDELING, vandaag, vandaag.plusWeeks(2)));
    }

    private Partner partner(String naam) {
        return register.lijst("0632").stream().filter(p -> p.naam().equals(naam)).findFirst().orElseThrow();
    }
}
