package nl.dichtbij.berichten.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.ToewijzingVerzonden;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.XmlSchrijver;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sends the 301 after a toewijzing was made or changed: all current and changed toewijzingen of the client at that provider (OP087). */
@Component
public class Toewijzingberichten {

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Schemas schemas;
    private final Postvak postvak;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    Toewijzingberichten(JdbcClient jdbc, PersonenRegister register, Schemas schemas, Postvak postvak, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.register = register;
        this.schemas = schemas;
        this.postvak = postvak;
        this.clock = clock;
    }

    public long verstuur(Toewijzing gewijzigd) {
        return verstuur(gewijzigd, List.of(gewijzigd.id()));
    }

    /** One 301 for several changes at once, e.g. a honoured verzoek om wijziging: the changed ones go along even when they ended. */
    public long verstuur(Toewijzing gewijzigd, Collection<Long> gewijzigdeIds) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Toewijzing> mee = jdbc.sql("select " + Toewijzing.KOLOMMEN + " from toewijzing where gemeente_code = :g and persoon_bsn = :bsn "
                        + "and aanbieder_agb = :agb and standaard = :s and (id in (:ids) or ((einddatum is null or einddatum >= :vandaag) and "
                        + "(reden_wijziging is null or reden_wijziging <> '13'))) order by toewijzing_nummer")
                .param("g", gewijzigd.gemeenteCode()).param("bsn", gewijzigd.persoonBsn()).param("agb", gewijzigd.aanbiederAgb())
                .param("s", gewijzigd.standaard().name()).param("ids", gewijzigdeIds).param("vandaag", vandaag)
                .query(Toewijzing.RIJ).list();
        Persoon client = register.persoon(gewijzigd.gemeenteCode(), gewijzigd.persoonBsn())
                .orElseThrow(() -> new IllegalStateException("Cliënt van toewijzing " + gewijzigd.toewijzingNummer() + " niet in de BRP"));
        var adres = register.adres(gewijzigd.gemeenteCode(), client.huishoudenId()).orElse(null);
        List<Persoon> ouders = client.leeftijdOp(vandaag) >= 18 ? List.of()
                : register.leden(gewijzigd.gemeenteCode(), client.huishoudenId()).stream()
                        .filter(p -> p.leeftijdOp(vandaag) >= 18).limit(2).toList();
        Berichtsoort soort = Berichtsoort.van(gewijzigd.standaard(), "301");
        String identificatie = postvak.nieuweIdentificatie();
        XmlSchrijver xml = ToewijzingBericht.schrijf(soort, schemas.versie(soort), gewijzigd.gemeenteCode(), gewijzigd.aanbiederAgb(),
                identificatie, vandaag, client, adres, ouders, mee);
        long bericht = postvak.aanbieden(gewijzigd.gemeenteCode(), gewijzigd.aanbiederAgb(), xml, identificatie, client.bsn());
        mee.stream().filter(t -> gewijzigdeIds.contains(t.id())).forEach(t -> events.publishEvent(ToewijzingVerzonden.van(t)));
        return bericht;
    }
}
