package nl.dichtbij.berichten;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Overname;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaakovername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over toewijzingen from the municipality's previous system (docs/decisions/0021), with the delivery as the provider
 * reported it there: not started, started on a day, or stopped on a day with its JZ588 reason. A toewijzing without a case is
 * one after a referral by a GP or another referrer. History is not news: nothing is sent to the provider, no event is
 * published. A conversion takes over one source in one transaction; the provider's references of a source share a prefix,
 * so when any toewijzing with that prefix is there, the source is there.
 */
@Service
public class Toewijzingovername {

    public record OvergenomenToewijzing(String gemeenteCode, Wet wet, Long zaakId, String persoonBsn, String aanbiederAgb, String aanbiederNaam,
                                        String productcategorie, String productcode, String productOmschrijving, LocalDate ingangsdatum,
                                        LocalDate einddatum, int volume, String eenheid, String frequentie, String referentieAanbieder,
                                        Instant toegewezenOp, LocalDate gestartOp, LocalDate gestoptOp, String redenBeeindiging,
                                        Verwijzer verwijzer) {

        /** Without a referrer: the previous system did not keep one, so it stays unknown. */
        public OvergenomenToewijzing(String gemeenteCode, Wet wet, Long zaakId, String persoonBsn, String aanbiederAgb, String aanbiederNaam,
                                     String productcategorie, String productcode, String productOmschrijving, LocalDate ingangsdatum,
                                     LocalDate einddatum, int volume, String eenheid, String frequentie, String referentieAanbieder,
                                     Instant toegewezenOp, LocalDate gestartOp, LocalDate gestoptOp, String redenBeeindiging) {
            this(gemeenteCode, wet, zaakId, persoonBsn, aanbiederAgb, aanbiederNaam, productcategorie, productcode, productOmschrijving,
                    ingangsdatum, einddatum, volume, eenheid, frequentie, referentieAanbieder, toegewezenOp, gestartOp, gestoptOp, redenBeeindiging, null);
        }

        /** With the referrer the previous system kept (the municipality for a toewijzing after its own decision). */
        public OvergenomenToewijzing metVerwijzer(Verwijzer v) {
            return new OvergenomenToewijzing(gemeenteCode, wet, zaakId, persoonBsn, aanbiederAgb, aanbiederNaam, productcategorie, productcode,
                    productOmschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, referentieAanbieder, toegewezenOp, gestartOp, gestoptOp,
                    redenBeeindiging, v);
        }

        Levering levering() {
            return gestartOp == null ? Levering.NIET_GESTART : gestoptOp != null ? Levering.GESTOPT : Levering.GESTART;
        }
    }

    private final JdbcClient jdbc;
    private final Aanbod aanbod;
    private final PersonenRegister register;
    private final Zaakovername zaken;
    private final Clock clock;

    Toewijzingovername(JdbcClient jdbc, Aanbod aanbod, PersonenRegister register, Zaakovername zaken, Clock clock) {
        this.jdbc = jdbc;
        this.aanbod = aanbod;
        this.register = register;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean overgenomenMetReferentie(String gemeenteCode, String voorvoegsel) {
        return jdbc.sql("select count(*) from toewijzing where gemeente_code = ? and referentie_aanbieder like ? escape '!'")
                .params(gemeenteCode, Overname.voorvoegsel(voorvoegsel)).query(Long.class).single() > 0;
    }

    /** @return the toewijzing's id; its number is drawn from the sequence as for a new one */
    @Transactional
    public long overnemen(OvergenomenToewijzing t) {
        controleer(t);
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, zaak_id, persoon_bsn, aanbieder_agb, aanbieder_naam,
                            productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie,
                            referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum, reden_beeindiging,
                            verwijzer_type, verwijzer_code, verwijzer_naam, wachtdagen)
                        values (?, ?, nextval('toewijzing_nummer_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.gemeenteCode(), Standaard.voor(t.wet()).name(), t.zaakId(), t.persoonBsn(), t.aanbiederAgb(), t.aanbiederNaam(),
                        t.productcategorie(), t.productcode(), t.productOmschrijving(), t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(),
                        t.frequentie(), t.referentieAanbieder(), Timestamp.from(t.toegewezenOp()), t.levering().name(), t.gestartOp(), t.gestoptOp(),
                        t.redenBeeindiging(), t.verwijzer() == null ? null : t.verwijzer().typeCode(),
                        t.verwijzer() == null ? null : t.verwijzer().zorgverlenerCode(), t.verwijzer() == null ? null : t.verwijzer().naam(),
                        t.gestartOp() == null ? null : Wachtdagen.tussen(t.ingangsdatum(), t.toegewezenOp(), t.gestartOp()))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private void controleer(OvergenomenToewijzing t) {
        LocalDate vandaag = LocalDate.now(clock);
        new Overname().verplicht(t.gemeenteCode(), "gemeente", "De gemeente")
                .verplicht(t.persoonBsn(), "persoonBsn", "Het BSN")
                .als(t.wet() != Wet.JEUGDWET && t.wet() != Wet.WMO, "wet", "Een toewijzing is er onder de Jeugdwet of de Wmo.")
                .als(t.aanbiederAgb() == null || !t.aanbiederAgb().matches("\\d{8}"), "aanbiederAgb", "De AGB-code van de aanbieder heeft 8 cijfers.")
                .verplicht(t.aanbiederNaam(), "aanbiederNaam", "De naam van de aanbieder")
                .verplicht(t.productcategorie(), "productcategorie", "De productcategorie")
                .verplicht(t.ingangsdatum(), "ingangsdatum", "De ingangsdatum")
                .verplicht(t.einddatum(), "einddatum", "De einddatum")
                .nietVoor(t.einddatum(), t.ingangsdatum(), "einddatum", "De einddatum")
                .als(t.volume() < 1, "volume", "Het volume is minstens 1.")
                .verplicht(t.referentieAanbieder(), "referentieAanbieder", "De referentie")
                .verplicht(t.toegewezenOp(), "toegewezenOp", "Het moment van toewijzen")
                .nietNa(t.toegewezenOp(), clock.instant(), "toegewezenOp", "Het moment van toewijzen")
                .nietNa(t.gestartOp(), vandaag, "gestartOp", "De start van de levering")
                .nietNa(t.gestoptOp(), vandaag, "gestoptOp", "Het einde van de levering")
                .nietVoor(t.gestoptOp(), t.gestartOp(), "gestoptOp", "Het einde van de levering")
                .als(t.gestoptOp() != null && t.gestartOp() == null, "gestoptOp", "Een levering die stopte, is eerst gestart.")
                .als(t.gestoptOp() != null && (t.redenBeeindiging() == null || aanbod.code("JZ588", t.redenBeeindiging()).isEmpty()),
                        "redenBeeindiging", "Een gestopte levering heeft een reden uit codelijst JZ588.")
                .als(t.gestoptOp() == null && t.redenBeeindiging() != null, "redenBeeindiging", "Alleen een gestopte levering heeft een reden van beëindiging.")
                .als(t.verwijzer() != null && t.verwijzer().zorgverlenerCode() != null && !t.verwijzer().zorgverlenerCode().matches("\\d{8}"),
                        "verwijzer", "De AGB-code van de verwijzer heeft 8 cijfers.")
                .als(t.verwijzer() != null && t.verwijzer().naam() != null && t.verwijzer().naam().length() > 64,
                        "verwijzer", "De naam van de verwijzer is hoogstens 64 tekens.")
                .weigerBijFouten();
        var persoon = register.persoon(t.gemeenteCode(), t.persoonBsn());
        new Overname().als(persoon.isEmpty(), "persoonBsn", "Deze inwoner woont niet in deze gemeente.")
                .als(persoon.isPresent() && t.zaakId() != null && !zaken.hoortBij(t.gemeenteCode(), t.zaakId(), persoon.get().huishoudenId()), "zaakId",
                        "Deze zaak is niet van het huishouden van deze inwoner in deze gemeente.")
                .weigerBijFouten();
    }
}
