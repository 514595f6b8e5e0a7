package nl.dichtbij.berichten.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.XmlSchrijver;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;

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

    Toewijzingberichten(JdbcClient jdbc, PersonenRegister register, Schemas schemas, Postvak postvak, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.schemas = schemas;
        this.postvak = postvak;
        this.clock = clock;
    }

    public long verstuur(Toewijzing gewijzigd) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Toewijzing> mee = jdbc.sql("select " + Toewijzing.KOLOMMEN + " from toewijzing where gemeente_code = ? and persoon_bsn = ? "
                        + "and aanbieder_agb = ? and standaard = ? and (id = ? or ((einddatum is null or einddatum >= ?) and "
                        + "(reden_wijziging is null or reden_wijziging <> '13'))) order by toewijzing_nummer")
                .params(gewijzigd.gemeenteCode(), gewijzigd.persoonBsn(), gewijzigd.aanbiederAgb(), gewijzigd.standaard().name(), gewijzigd.id(),
                        vandaag)
                .query(Toewijzing.class).list();
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
        return postvak.aanbieden(gewijzigd.gemeenteCode(), gewijzigd.aanbiederAgb(), xml, identificatie, client.bsn());
    }
}
