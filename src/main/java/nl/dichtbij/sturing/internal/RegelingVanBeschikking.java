package nl.dichtbij.sturing.internal;

import java.util.Optional;
import java.util.Set;

import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.sturing.Regeling;

/**
 * The one place that says under which regeling a decision counts (docs/sturing.md explains it):
 * <ul>
 * <li>Jeugdwet → Jeugd;</li>
 * <li>Wmo with a product category (WMO020) for guidance and care — 02 Begeleiding, 03 Persoonlijke
 * verzorging, 04 Kortdurend verblijf, 06 Overige ondersteuning individu/huishouden, 07 Dagbesteding,
 * 09 Overige groepsgerichte ondersteuning, 10 Overige maatwerk arrangementen, 15–18 Beschermd wonen en opvang → WMO Begeleiding;</li>
 * <li>every other Wmo decision — 01 Hulp bij het huishouden, 05 Woondiensten, 08 Vervoerdiensten, 11 Rolstoelen,
 * 12 Vervoervoorzieningen, 13 Woonvoorzieningen, 14 Overige hulpmiddelen, or no category → WMO Voorzieningen;</li>
 * <li>Participatiewet → Werk en inkomen; schuldhulp → Schuldhulpverlening.</li>
 * </ul>
 * A rejected decision is no provision.
 */
public final class RegelingVanBeschikking {

    static final Set<String> WMO_BEGELEIDING = Set.of("02", "03", "04", "06", "07", "09", "10", "15", "16", "17", "18");

    private RegelingVanBeschikking() {
    }

    public static Optional<Regeling> van(Beschikking b) {
        if (b.uitkomst() == Uitkomst.AFWIJZING || b.wet() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (b.wet()) {
            case JEUGDWET -> Regeling.JEUGD;
            case WMO -> wmo(b.productcategorie());
            case PARTICIPATIEWET -> Regeling.WERK_EN_INKOMEN;
            case SCHULDHULP -> Regeling.SCHULDHULPVERLENING;
        });
    }

    static Regeling wmo(String productcategorie) {
        return productcategorie != null && WMO_BEGELEIDING.contains(productcategorie.trim())
                ? Regeling.WMO_BEGELEIDING : Regeling.WMO_VOORZIENINGEN;
    }
}
