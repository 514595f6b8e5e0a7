package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The stacking of provisions per address for one municipality and year (domain.md §5): table 1
 * per regeling, table 2 per combination, households with 3 or more provisions per 1,000 households,
 * and the same per wijk and per kern. An address is a household; a provision counts when it is
 * active on any day of the year.
 */
public record Stapeling(String gemeenteCode, int jaar, List<PerRegeling> perRegeling, Totaal totaal, List<Combinatie> perCombinatie,
                        long adressenMetVoorziening, long huishoudens, long huishoudensDrieOfMeer, BigDecimal drieOfMeerPerDuizend,
                        List<Gebied> perWijk, List<Gebied> perKern) {

    /** Table 1: addresses with this regeling, with only this one, and that share in percent (one decimal). */
    public record PerRegeling(Regeling regeling, String naam, long adressen, long alleenDeze, BigDecimal percentageAlleenDeze) {
    }

    /** The total row of table 1: sums of the columns (an address with two regelingen counts twice). */
    public record Totaal(long adressen, long alleenDeze) {
    }

    /** Table 2: addresses with exactly this set of regelingen. */
    public record Combinatie(List<Regeling> regelingen, String naam, long adressen) {
    }

    /** One wijk (or, with wijk null, one kern): households, addresses with provisions per regeling, 3 or more provisions. */
    public record Gebied(String kern, String wijk, long huishoudens, long adressenMetVoorziening, long jeugd, long schuldhulpverlening,
                         long werkEnInkomen, long wmoBegeleiding, long wmoVoorzieningen, long drieOfMeer, BigDecimal drieOfMeerPerDuizend) {

        public long aantal(Regeling regeling) {
            return switch (regeling) {
                case JEUGD -> jeugd;
                case SCHULDHULPVERLENING -> schuldhulpverlening;
                case WERK_EN_INKOMEN -> werkEnInkomen;
                case WMO_BEGELEIDING -> wmoBegeleiding;
                case WMO_VOORZIENINGEN -> wmoVoorzieningen;
            };
        }
    }
}
