package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Overname;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.termijnen.Bezwaartermijnen;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over an aanvraag and the decision on it from the municipality's previous system (docs/decisions/0021): received,
 * decided and sent on the days they were, the legal term and the objection term from the law. The decision was sent the day
 * it was taken, signed as it was there. History is not news: no event is published, so no toewijzing follows (take it over
 * in berichten) and no provision is counted twice. A conversion takes over one source ({@code ingediendDoor}) in one
 * transaction: when any aanvraag of that source is there, the source is there.
 */
@Service
public class Besluitovername {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** An aanvraag; {@code beschikking} is null while it was not decided. */
    public record OvergenomenAanvraag(String gemeenteCode, long zaakId, long teamId, String persoonBsn, Wet wet, String omschrijving,
                                      String ingediendDoor, LocalDate ontvangen, OvergenomenBeschikking beschikking) {
    }

    /** The decision; product, period and form only when granted, {@code aanbiederNaam} only in kind, {@code pgbBedrag} only as a budget. */
    public record OvergenomenBeschikking(Uitkomst uitkomst, String motivering, Product product, LocalDate ingangsdatum, LocalDate einddatum,
                                         Leveringsvorm vorm, String aanbiederNaam, BigDecimal pgbBedrag, String genomenDoor, String genomenDoorNaam,
                                         Instant genomenOp) {
    }

    public record Product(String code, String omschrijving, String categorie, int volume, String eenheid, String frequentie) {
    }

    private final AanvraagRepository aanvragen;
    private final BeschikkingRepository beschikkingen;
    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Zaakovername zaken;
    private final Clock clock;

    Besluitovername(AanvraagRepository aanvragen, BeschikkingRepository beschikkingen, JdbcClient jdbc, Gemeenten gemeenten, PersonenRegister register,
                    Zaakovername zaken, Clock clock) {
        this.aanvragen = aanvragen;
        this.beschikkingen = beschikkingen;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.register = register;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean overgenomenUit(String gemeenteCode, String bron) {
        return jdbc.sql("select count(*) from aanvraag where gemeente_code = ? and ingediend_door = ?").params(gemeenteCode, bron)
                .query(Long.class).single() > 0;
    }

    /** @return the aanvraag's id */
    @Transactional
    public long overnemen(OvergenomenAanvraag a) {
        controleer(a);
        OvergenomenBeschikking b = a.beschikking();
        Aanvraag aanvraag = aanvragen.save(new Aanvraag(0, a.gemeenteCode(), a.zaakId(), a.teamId(), a.persoonBsn(), a.wet(), a.omschrijving().trim(),
                a.ingediendDoor(), a.ontvangen(), Aanvraag.termijn(a.wet()).einde(a.ontvangen()), null, null, b != null, null));
        if (b != null) {
            LocalDate verzonden = LocalDate.ofInstant(b.genomenOp(), NEDERLAND);
            Product p = b.product();
            boolean toegekend = b.uitkomst() != Uitkomst.AFWIJZING;
            beschikkingen.save(new Beschikking(0, a.gemeenteCode(), aanvraag.id(), a.zaakId(), a.persoonBsn(), a.wet(), b.uitkomst(), null,
                    b.motivering().trim(), toegekend ? p.code() : null, toegekend ? p.omschrijving() : null, toegekend ? p.categorie() : null,
                    toegekend ? p.volume() : null, toegekend ? p.eenheid() : null, toegekend ? p.frequentie() : null, null,
                    toegekend ? b.ingangsdatum() : null, toegekend ? b.einddatum() : null, toegekend ? b.vorm() : null, null,
                    toegekend && b.vorm() == Leveringsvorm.ZIN ? b.aanbiederNaam() : null, toegekend && b.vorm() == Leveringsvorm.PGB ? b.pgbBedrag() : null,
                    BeschikkingStatus.VASTGESTELD, b.genomenDoor(), b.genomenDoorNaam(), b.genomenOp(), null, null, verzonden,
                    Bezwaartermijnen.indienenUiterlijk(verzonden), toegekend ? b.einddatum() : null, null));
        }
        return aanvraag.id();
    }

    private void controleer(OvergenomenAanvraag a) {
        LocalDate vandaag = LocalDate.now(clock);
        Overname check = new Overname().verplicht(a.gemeenteCode(), "gemeente", "De gemeente")
                .verplicht(a.persoonBsn(), "persoonBsn", "Het BSN")
                .verplicht(a.wet(), "wet", "De wet")
                .verplicht(a.omschrijving(), "omschrijving", "De omschrijving")
                .verplicht(a.ingediendDoor(), "ingediendDoor", "De bron")
                .verplicht(a.ontvangen(), "ontvangen", "De datum van ontvangst")
                .nietNa(a.ontvangen(), vandaag, "ontvangen", "De datum van ontvangst");
        if (a.gemeenteCode() != null && a.persoonBsn() != null) {
            var persoon = register.persoon(a.gemeenteCode(), a.persoonBsn());
            check.als(persoon.isEmpty() || !zaken.hoortBij(a.gemeenteCode(), a.zaakId(), persoon.get().huishoudenId()), "zaakId",
                            "Deze zaak is niet van een huishouden van deze inwoner in deze gemeente.")
                    .als(gemeenten.team(a.teamId()).filter(t -> t.gemeenteCode().equals(a.gemeenteCode())).isEmpty(), "teamId",
                            "Dit team hoort niet bij deze gemeente.");
        }
        OvergenomenBeschikking b = a.beschikking();
        if (b != null) {
            check.verplicht(b.uitkomst(), "uitkomst", "De uitkomst")
                    .verplicht(b.motivering(), "motivering", "De motivering")
                    .verplicht(b.genomenDoor(), "genomenDoor", "Wie het besluit nam")
                    .verplicht(b.genomenOp(), "genomenOp", "Het moment van het besluit")
                    .nietNa(b.genomenOp(), clock.instant(), "genomenOp", "Het moment van het besluit")
                    .nietVoor(b.genomenOp() == null ? null : LocalDate.ofInstant(b.genomenOp(), NEDERLAND), a.ontvangen(), "genomenOp",
                            "Het moment van het besluit");
            if (b.uitkomst() != null && b.uitkomst() != Uitkomst.AFWIJZING) {
                check.verplicht(b.product(), "product", "Het product")
                        .verplicht(b.vorm(), "vorm", "De leveringsvorm")
                        .verplicht(b.ingangsdatum(), "ingangsdatum", "De ingangsdatum")
                        .verplicht(b.einddatum(), "einddatum", "De einddatum")
                        .nietVoor(b.einddatum(), b.ingangsdatum(), "einddatum", "De einddatum")
                        .als(b.vorm() == Leveringsvorm.ZIN && (b.aanbiederNaam() == null || b.aanbiederNaam().isBlank()), "aanbiederNaam",
                                "Zorg in natura heeft een aanbieder.")
                        .als(b.vorm() == Leveringsvorm.PGB && (b.pgbBedrag() == null || b.pgbBedrag().signum() <= 0), "pgbBedrag",
                                "Een persoonsgebonden budget heeft een bedrag.")
                        .als(b.product() != null && (b.product().volume() < 1 || b.product().code() == null), "product",
                                "Het product heeft een code en een volume van minstens 1.");
            }
        }
        check.weigerBijFouten();
    }
}
