package nl.dichtbij.sturing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.platform.Overname;
import nl.dichtbij.sturing.internal.Opslag;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over the provisions of past years from the municipality's previous systems (docs/decisions/0021), per household and
 * area as the stacking figures need them, marked {@link Bron#OVERGENOMEN}: the years before Dichtbij, so the figures of
 * those years can be read beside the new ones. One municipality's provisions are taken over in one transaction: when any
 * is there, they are there.
 */
@Service
public class Voorzieningovername {

    /** One provision of a household; {@code partner} is who delivered it for work and income or debt help, else null. */
    public record OvergenomenVoorziening(long huishoudenId, String wijk, String kern, Regeling regeling, String product, LocalDate startdatum,
                                         LocalDate einddatum, String partner) {
    }

    private final Opslag opslag;
    private final Clock clock;

    Voorzieningovername(Opslag opslag, Clock clock) {
        this.opslag = opslag;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean overgenomen(String gemeenteCode) {
        return opslag.heeftBron(gemeenteCode, Bron.OVERGENOMEN);
    }

    @Transactional
    public void overnemen(String gemeenteCode, List<OvergenomenVoorziening> voorzieningen, String door) {
        Overname check = new Overname().verplicht(gemeenteCode, "gemeente", "De gemeente").verplicht(door, "door", "Wie overneemt");
        for (int i = 0; i < voorzieningen.size(); i++) {
            OvergenomenVoorziening v = voorzieningen.get(i);
            String fout = Voorzieningen.controleer(v.regeling(), v.product(), v.startdatum(), v.einddatum());
            check.als(fout != null, "rij" + (i + 1), "Rij " + (i + 1) + ": " + fout)
                    .als(fout == null && v.startdatum().isAfter(LocalDate.now(clock)), "rij" + (i + 1), "Rij " + (i + 1) + ": de startdatum ligt in de toekomst.");
        }
        check.weigerBijFouten();
        opslag.opslaan(voorzieningen.stream().map(v -> new Opslag.Rij(gemeenteCode, v.huishoudenId(), v.wijk(), v.kern(), v.regeling(), v.product().trim(),
                v.startdatum(), v.einddatum(), Bron.OVERGENOMEN, v.partner(), null, door)).toList(), clock.instant());
    }
}
