package nl.dichtbij.berichten;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.dichtbij.berichten.internal.Declaratiesommen;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Overname;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over declarations of a past period from the municipality's previous system (docs/decisions/0021), as booked there:
 * the amount the provider declared, and per prestatie the toewijzing it belongs to and the amount paid. There is no message
 * to keep: the incoming message is recorded as processed and approved without its XML, so the provider portal says there is
 * no file. A conversion takes over one source in one transaction; the declaration numbers of a source share a prefix.
 */
@Service
public class Declaratieovername {

    public record OvergenomenDeclaratie(String gemeenteCode, Wet wet, String aanbiederAgb, String declaratieNummer, LocalDate periodeBegin,
                                        LocalDate periodeEinde, Instant ontvangenOp, long ingediendCenten, List<Prestatie> prestaties) {
    }

    public record Prestatie(long toewijzingId, String persoonBsn, String productcategorie, String productcode, LocalDate begindatum,
                            LocalDate einddatum, long volume, String eenheid, long bedragCenten, String productReferentie) {
    }

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final String ZONDER_BERICHT = "<!-- overgenomen uit het vorige systeem: er is geen bericht bewaard -->";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Clock clock;
    private final Declaratiesommen sommen;

    Declaratieovername(JdbcTemplate jdbc, JdbcClient client, Clock clock, Declaratiesommen sommen) {
        this.jdbc = jdbc;
        this.client = client;
        this.clock = clock;
        this.sommen = sommen;
    }

    @Transactional(readOnly = true)
    public boolean overgenomenMetNummer(String gemeenteCode, String voorvoegsel) {
        return client.sql("select count(*) from declaratie where gemeente_code = ? and declaratie_nummer like ? escape '!'")
                .params(gemeenteCode, Overname.voorvoegsel(voorvoegsel)).query(Long.class).single() > 0;
    }

    /** @return the declaration's incoming message id */
    @Transactional
    public long overnemen(OvergenomenDeclaratie d) {
        controleer(d);
        Standaard standaard = Standaard.voor(d.wet());
        String soort = standaard == Standaard.IJW ? "JW323" : "WMO323";
        Timestamp ontvangen = Timestamp.from(d.ontvangenOp());
        var sleutel = new GeneratedKeyHolder();
        client.sql("""
                        insert into inkomend_bericht (afzender_agb, gemeente_code, berichtsoort, identificatie, dagtekening, xml, ontvangen_op, status,
                            pogingen, goedgekeurd, retoursoort, verwerkt_op)
                        values (?, ?, ?, ?, ?, ?, ?, 'VERWERKT', 1, true, ?, ?)""")
                .params(d.aanbiederAgb(), d.gemeenteCode(), soort, d.declaratieNummer(), LocalDate.ofInstant(d.ontvangenOp(), NEDERLAND), ZONDER_BERICHT, ontvangen,
                        soort.replace("323", "325"), ontvangen)
                .update(sleutel, "id");
        long bericht = sleutel.getKeyAs(Number.class).longValue();
        jdbc.batchUpdate("""
                insert into declaratie_regel (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer, product_referentie,
                    debet_credit, toewijzing_id, persoon_bsn, productcategorie, productcode, begindatum, einddatum, volume, eenheid, bedrag_centen,
                    geboekt_op) values (?, ?, ?, ?, ?, ?, 'D', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.prestaties().stream().map(p -> new Object[] {d.gemeenteCode(), standaard.name(), d.aanbiederAgb(), bericht, d.declaratieNummer(),
                        p.productReferentie(), p.toewijzingId(), p.persoonBsn(), p.productcategorie(), p.productcode(), p.begindatum(), p.einddatum(),
                        p.volume(), p.eenheid(), p.bedragCenten(), ontvangen}).toList());
        sommen.boek(d.prestaties().stream().map(p -> new Declaratiesommen.Geboekt(d.gemeenteCode(), standaard.name(), d.aanbiederAgb(),
                p.toewijzingId(), p.persoonBsn(), p.productcategorie(), p.begindatum(), p.bedragCenten())).toList());
        long toegekend = d.prestaties().stream().mapToLong(Prestatie::bedragCenten).sum();
        jdbc.update("""
                        insert into declaratie (gemeente_code, standaard, aanbieder_agb, declaratie_nummer, inkomend_bericht_id, periode_begin, periode_einde,
                            ingediend_centen, toegekend_centen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.gemeenteCode(), standaard.name(), d.aanbiederAgb(), d.declaratieNummer(), bericht, d.periodeBegin(), d.periodeEinde(),
                d.ingediendCenten(), toegekend);
        return bericht;
    }

    private void controleer(OvergenomenDeclaratie d) {
        Overname check = new Overname().verplicht(d.gemeenteCode(), "gemeente", "De gemeente")
                .als(d.wet() != Wet.JEUGDWET && d.wet() != Wet.WMO, "wet", "Een declaratie is er onder de Jeugdwet of de Wmo.")
                .als(d.aanbiederAgb() == null || !d.aanbiederAgb().matches("\\d{8}"), "aanbiederAgb", "De AGB-code van de aanbieder heeft 8 cijfers.")
                .als(d.declaratieNummer() == null || d.declaratieNummer().isBlank() || d.declaratieNummer().length() > 12, "declaratieNummer",
                        "Het declaratienummer heeft 1 tot 12 tekens.")
                .verplicht(d.periodeBegin(), "periodeBegin", "Het begin van de periode")
                .verplicht(d.periodeEinde(), "periodeEinde", "Het einde van de periode")
                .nietVoor(d.periodeEinde(), d.periodeBegin(), "periodeEinde", "Het einde van de periode")
                .verplicht(d.ontvangenOp(), "ontvangenOp", "Het moment van ontvangst")
                .nietNa(d.ontvangenOp(), clock.instant(), "ontvangenOp", "Het moment van ontvangst")
                .als(d.prestaties() == null || d.prestaties().isEmpty(), "prestaties", "Een declaratie heeft minstens één prestatie.");
        if (d.prestaties() != null && d.periodeBegin() != null && d.periodeEinde() != null) {
            check.als(d.prestaties().stream().anyMatch(p -> p.begindatum().isBefore(d.periodeBegin()) || p.einddatum().isAfter(d.periodeEinde())
                            || p.einddatum().isBefore(p.begindatum())), "prestaties", "Een prestatie valt binnen de periode van de declaratie.")
                    .als(d.prestaties().stream().anyMatch(p -> p.volume() < 1 || p.bedragCenten() < 0), "prestaties",
                            "Een prestatie heeft een volume van minstens 1 en geen negatief bedrag.")
                    .als(d.ingediendCenten() < d.prestaties().stream().mapToLong(Prestatie::bedragCenten).sum(), "ingediendCenten",
                            "Toegekend kan niet meer zijn dan gedeclareerd.")
                    .als(d.prestaties().stream().map(Prestatie::toewijzingId).distinct().anyMatch(id -> client.sql(
                                    "select count(*) from toewijzing where id = ? and gemeente_code = ? and aanbieder_agb = ?")
                                    .params(id, d.gemeenteCode(), d.aanbiederAgb()).query(Long.class).single() == 0), "prestaties",
                            "Een prestatie hoort bij een toewijzing van deze gemeente aan deze aanbieder.");
        }
        check.weigerBijFouten();
    }
}
