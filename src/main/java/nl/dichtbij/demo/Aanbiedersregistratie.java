package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.aanbod.Aanbiedersregister.Registratie;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo providers in the provider register (issue 16), entered as Woerden's functioneel beheer would through
 * {@link Aanbiedersregister}: a KvK number, a location in Woerden, a contact for Woerden and a quality mark; Zorg Dichtbij's
 * HKZ certificate expires within a month, so the register flags it. Jeugdpraktijk De Brug is the second youth care provider.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Aanbiedersregistratie implements Demodeel {

    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final LocalDate DECENTRALISATIE = LocalDate.of(2015, 1, 1);

    record Gegevens(String agb, String naam, String kvk, String locatie, String straat, String huisnummer, String postcode, String contact,
                    String telefoon, String email, String keurmerk, int geldigJaren) {
    }

    private static final List<Gegevens> AANBIEDERS = List.of(
            new Gegevens("42420001", "Jeugdhulp Voorbeeld B.V.", "30254891", "Vestiging Woerden", "Rijnstraat", "40", "3441 BW", "Petra de Boer", "0348 410 200",
                    "p.deboer@jeugdhulp-voorbeeld.nl", "Kwaliteitskader Jeugd", 3),
            new Gegevens("42420002", "Zorg Dichtbij Woerden", "30198765", "Wijkpost Molenvliet", "Steinhagenseweg", "2", "3446 BA", "Karim Ouali", "0348 420 300",
                    "k.ouali@zorgdichtbij.nl", "HKZ", 0),
            new Gegevens("42420003", "FermWerk", "30212345", "FermWerk Woerden", "Middellandbaan", "10", "3448 BC", "Linda Verkerk", "0348 430 400",
                    "l.verkerk@fermwerk.nl", "ISO 9001", 2),
            // a second youth care provider, so Woerden's Jeugdwet contract with Jeugdhulp Voorbeeld has a successor to transfer to
            new Gegevens(Inkoopcontracten.DE_BRUG, "Jeugdpraktijk De Brug", "30276543", "Praktijk Woerden", "Oostdam", "12", "3441 EM", "Sarah van Dijk",
                    "0348 440 500", "s.vandijk@jeugdpraktijkdebrug.nl", "Kwaliteitskader Jeugd", 2));

    private final Aanbiedersregister register;
    private final Clock clock;

    Aanbiedersregistratie(Aanbiedersregister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "aanbiedersregister";
    }

    @Override
    @Transactional
    public void vullen() {
        LocalDate vandaag = LocalDate.now(clock);
        for (Gegevens g : AANBIEDERS) {
            Registratie r = register.zoek(BEHEER, g.agb(), Aanbiedersregister.Stand.ALLE, 0, 1).inhoud().stream()
                    .filter(a -> a.agbCode().equals(g.agb())).findFirst().orElse(null);
            if (r != null && r.kvkNummer() != null) {
                continue;
            }
            if (r == null) {
                r = register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(g.agb(), g.kvk(), g.naam(), DECENTRALISATIE));
            } else {
                // a demo database from before the register: the provider is there without its KvK number
                r = register.wijzigen(BEHEER, r.id(), r.versie(), new Aanbiedersregister.Gegevens(null, g.kvk(), r.naam(), DECENTRALISATIE));
            }
            register.locatieToevoegen(BEHEER, r.id(), new Aanbiedersregister.Locatiegegevens(g.locatie(), g.straat(), g.huisnummer(),
                    g.postcode(), "Woerden", DECENTRALISATIE));
            register.contactVastleggen(BEHEER, r.id(), g.contact(), g.telefoon(), g.email());
            // valid for some years from a past start; the HKZ certificate (0 years) expires in three weeks
            LocalDate tot = g.geldigJaren() == 0 ? vandaag.plusWeeks(3) : vandaag.withDayOfYear(1).plusYears(g.geldigJaren()).minusDays(1);
            register.keurmerkToevoegen(BEHEER, r.id(), g.keurmerk(), vandaag.withDayOfYear(1).minusYears(2), tot);
        }
    }
}
