package nl.dichtbij.socialekaart.internal;

import static nl.dichtbij.platform.Levensgebied.DAGBESTEDING;
import static nl.dichtbij.platform.Levensgebied.FINANCIEN;
import static nl.dichtbij.platform.Levensgebied.HUISVESTING;
import static nl.dichtbij.platform.Levensgebied.LICHAMELIJK_FUNCTIONEREN;
import static nl.dichtbij.platform.Levensgebied.PRAKTISCH_FUNCTIONEREN;
import static nl.dichtbij.platform.Levensgebied.PSYCHISCH_FUNCTIONEREN;
import static nl.dichtbij.platform.Levensgebied.SOCIAAL_FUNCTIONEREN;
import static nl.dichtbij.platform.Levensgebied.ZINGEVING;

import java.util.List;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.socialekaart.SocialeKaart;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Local organisations of Woerden and Montfoort; contact details are examples. */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class SocialeKaartDemoData implements Demodeel {

    private record Item(String gemeente, String naam, String omschrijving, String kern, String adres, Set<Levensgebied> gebieden) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("0632", "Huis van Woerden – De Plint", "Inloop en spreekuur van het Jeugdteam en het Wmo-team. Kom langs met al uw vragen.",
                    "Woerden", "Vossenburgkade 6, 3443 AV Woerden", Set.of(SOCIAAL_FUNCTIONEREN, PRAKTISCH_FUNCTIONEREN, ZINGEVING)),
            new Item("0632", "Huis van Woerden – Bibliotheek Meulmansweg", "Spreekuur van het sociaal team en het Digi-Taalhuis: hulp bij lezen, schrijven en de computer.",
                    "Woerden", "Meulmansweg 29, 3441 AT Woerden", Set.of(PRAKTISCH_FUNCTIONEREN, DAGBESTEDING)),
            new Item("0632", "Wijkcentrum Molenvliet", "Ontmoeting, activiteiten en het spreekuur van het sociaal team in de wijk.",
                    "Woerden", "Ravelijn 5, 3445 BS Woerden", Set.of(SOCIAAL_FUNCTIONEREN, DAGBESTEDING, ZINGEVING)),
            new Item("0632", "Dorpshuis Harmelen", "Huis van Woerden in Harmelen: koffie, activiteiten en het spreekuur van het sociaal team.",
                    "Harmelen", "Kerkweg 11, 3481 CH Harmelen", Set.of(SOCIAAL_FUNCTIONEREN, DAGBESTEDING)),
            new Item("0632", "Schulenburg Kamerik", "Huis van Woerden in Kamerik: ontmoeting en spreekuur.",
                    "Kamerik", "Mijzijde 2, 3471 EA Kamerik", Set.of(SOCIAAL_FUNCTIONEREN, ZINGEVING)),
            new Item("0632", "De Milandhof Zegveld", "Huis van Woerden in Zegveld: ontmoeting, maaltijden en spreekuur.",
                    "Zegveld", "Hoofdweg 60, 3474 KJ Zegveld", Set.of(SOCIAAL_FUNCTIONEREN, LICHAMELIJK_FUNCTIONEREN)),
            new Item("0632", "Welzijn Woerden – mantelzorgsteunpunt", "Steun voor mantelzorgers: een luisterend oor, respijtzorg en lotgenotencontact.",
                    "Woerden", null, Set.of(SOCIAAL_FUNCTIONEREN, PSYCHISCH_FUNCTIONEREN, PRAKTISCH_FUNCTIONEREN)),
            new Item("0632", "Voedselbank Woerden", "Voedselpakketten voor huishoudens die even niet rond kunnen komen.",
                    "Woerden", null, Set.of(FINANCIEN)),
            new Item("0632", "Humanitas Thuisadministratie", "Een vrijwilliger helpt u thuis om uw post en geldzaken op orde te krijgen.",
                    "Woerden", null, Set.of(FINANCIEN, PRAKTISCH_FUNCTIONEREN)),
            new Item("0632", "SchuldHulpMaatje Woerden", "Een getrainde maatje helpt u bij schulden, samen met de schuldhulpverlening van de gemeente.",
                    "Woerden", null, Set.of(FINANCIEN)),
            new Item("0632", "FermWerk", "Werk, inkomen en bijstand (Participatiewet) voor inwoners van Woerden.",
                    "Woerden", null, Set.of(FINANCIEN, DAGBESTEDING)),
            new Item("0632", "Onafhankelijke cliëntondersteuning", "Gratis hulp van iemand die naast u staat bij het gesprek met de gemeente.",
                    "Woerden", null, Set.of(SOCIAAL_FUNCTIONEREN, PRAKTISCH_FUNCTIONEREN, PSYCHISCH_FUNCTIONEREN)),
            new Item("0632", "Woningcorporatie – spreekuur huurzaken", "Vragen over huur, huurachterstand en aanpassingen in uw woning.",
                    "Woerden", null, Set.of(HUISVESTING, FINANCIEN)),
            new Item("0632", "Sport en bewegen in de wijk", "Beweegactiviteiten voor jong en oud, ook voor mensen met een beperking.",
                    "Harmelen", null, Set.of(LICHAMELIJK_FUNCTIONEREN, DAGBESTEDING)),
            new Item("0632", "Jongerenwerk Woerden", "Jongerenwerkers op straat en in het jongerencentrum, voor jongeren van 12 tot 23 jaar.",
                    "Woerden", null, Set.of(SOCIAAL_FUNCTIONEREN, DAGBESTEDING, PSYCHISCH_FUNCTIONEREN)),
            new Item("0335", "Sociaal team Montfoort – inloop", "Inloopspreekuur van het sociaal team van Montfoort.",
                    "Montfoort", null, Set.of(SOCIAAL_FUNCTIONEREN, PRAKTISCH_FUNCTIONEREN)),
            new Item("0335", "Voedselbank Montfoort", "Voedselpakketten voor huishoudens met een laag inkomen.",
                    "Montfoort", null, Set.of(FINANCIEN)));

    private final SocialeKaart kaart;
    private final JdbcClient jdbc;

    SocialeKaartDemoData(SocialeKaart kaart, JdbcClient jdbc) {
        this.kaart = kaart;
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "sociale-kaart";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from organisatie").query(Long.class).single() > 0) {
            return;
        }
        int nummer = 0;
        for (Item item : ITEMS) {
            nummer++;
            kaart.bewaar(item.gemeente(), null, new SocialeKaart.Gegevens(item.naam(), item.omschrijving(), item.kern(),
                    item.adres(), String.format("0348 200 %03d", nummer), null, null, item.gebieden(), true));
        }
    }
}
