package nl.dichtbij.sturing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.veiligheid.Maatregelsoort;

/**
 * The rules that turn what the platform holds into the fields of the CBS Beleidsinformatie Jeugd (informatieprotocol versie 7):
 * the half-year periods (7.3), the hulpvorm of an iJw product category (3.3), started with a crisis (3.4), the reason of ending
 * of a 307 (JZ588) as the protocol's reason (3.7), the type of a measure (5.1.1) and the merging of records of one hulpvorm that
 * overlap in time (3.3, 7.5). Pure: no database, no clock.
 */
public final class CbsJeugdregels {

    private CbsJeugdregels() {
    }

    /** Period JH/JB-1 is January to June, JH/JB-2 July to December (7.3). */
    public record Periode(int jaar, int halfjaar) {
        public Periode {
            if (halfjaar != 1 && halfjaar != 2) {
                throw new IllegalArgumentException("Een halfjaar is 1 of 2");
            }
        }

        public LocalDate begin() {
            return LocalDate.of(jaar, halfjaar == 1 ? 1 : 7, 1);
        }

        public LocalDate eind() {
            return halfjaar == 1 ? LocalDate.of(jaar, 6, 30) : LocalDate.of(jaar, 12, 31);
        }

        public String naam() {
            return "JH/JB-" + halfjaar + " " + jaar + " (" + (halfjaar == 1 ? "januari tot en met juni" : "juli tot en met december") + ")";
        }
    }

    /** iJw product categories (JZ020) that are no jeugdhulp of their own: transport, and the GI's measures (reported as JB records). */
    static final Set<String> GEEN_JEUGDHULP = Set.of("42", "47", "48", "49");

    /**
     * The hulpvorm a product category means without doubt: the 2015 categories are the protocol's own, dagbehandeling is
     * daghulp at the provider, verblijf without a named form is "verblijf anders dan bovenstaand". Ambulant, crisis and the
     * broad categories (ggz, maatwerk) can be more than one hulpvorm: empty, beleid chooses per record.
     */
    public static Optional<String> hulpvorm(String productcategorie) {
        return Optional.ofNullable(switch (productcategorie == null ? "" : productcategorie) {
            case "31" -> "01";
            case "32" -> "02";
            case "33", "41" -> "03";
            case "34" -> "04";
            case "35" -> "11";
            case "36" -> "12";
            case "37" -> "13";
            case "38", "43", "44" -> "14";
            default -> null;
        });
    }

    public static boolean isJeugdhulp(String productcategorie) {
        return !GEEN_JEUGDHULP.contains(productcategorie);
    }

    /** 3.4: care under the crisis category (46) started with a crisis; any other did not. */
    public static String gestartMetCrisis(String productcategorie) {
        return "46".equals(productcategorie) ? "01" : "02";
    }

    /**
     * The protocol's reason of ending (3.7) for the reason of a 307 (JZ588). 39 (outflow to another domain) is "volgens plan" as
     * 3.7 says for care that goes on under another law; 38 (to another provider) is the client's own choice (03); 37 (a request
     * for change) is ended in agreement (02); 02 (death) is an external circumstance. 36 (started by the municipality) says
     * nothing about how it ended: empty, beleid chooses.
     */
    public static Optional<String> redenBeeindiging(String jz588) {
        return Optional.ofNullable(switch (jz588 == null ? "" : jz588) {
            case "31", "39" -> "01";
            case "34", "37" -> "02";
            case "32", "38" -> "03";
            case "33" -> "04";
            case "35", "02" -> "05";
            default -> null;
        });
    }

    /** 5.1.1: an OTS and a voogdij as recorded (not provisional); jeugdreclassering has seven types, beleid chooses. */
    public static Optional<String> typeMaatregel(Maatregelsoort soort) {
        return switch (soort) {
            case OTS -> Optional.of("11");
            case VOOGDIJ -> Optional.of("21");
            case JEUGDRECLASSERING -> Optional.empty();
        };
    }

    /** A complete jeugdhulp record before merging: the toewijzingen it comes from, its key and its fields. */
    public record Jeugdhulp(List<Long> toewijzingen, String agb, String bsn, String hulpvorm, LocalDate aanvang, LocalDate einde,
                            Map<String, String> velden) {
    }

    /**
     * 3.3 and 7.5: records of one provider, client and hulpvorm that overlap in time (or touch: the next starts the day after)
     * become one, from the first start to the last end; it has an end only when all ended, with the reason of the last to end;
     * whether it started with a crisis is the first one's. Records that follow each other with a gap stay apart.
     */
    public static List<Jeugdhulp> samenvoegen(List<Jeugdhulp> records) {
        Map<String, List<Jeugdhulp>> perSleutel = new LinkedHashMap<>();
        for (Jeugdhulp r : records) {
            perSleutel.computeIfAbsent(r.agb() + "|" + r.bsn() + "|" + r.hulpvorm(), k -> new ArrayList<>()).add(r);
        }
        List<Jeugdhulp> uit = new ArrayList<>();
        for (List<Jeugdhulp> groep : perSleutel.values()) {
            groep.sort(Comparator.comparing(Jeugdhulp::aanvang));
            Jeugdhulp huidig = null;
            for (Jeugdhulp r : groep) {
                if (huidig != null && (huidig.einde() == null || !r.aanvang().isAfter(huidig.einde().plusDays(1)))) {
                    huidig = samen(huidig, r);
                } else {
                    if (huidig != null) {
                        uit.add(huidig);
                    }
                    huidig = r;
                }
            }
            uit.add(huidig);
        }
        uit.sort(Comparator.comparing(Jeugdhulp::bsn).thenComparing(Jeugdhulp::aanvang).thenComparing(Jeugdhulp::hulpvorm));
        return uit;
    }

    private static Jeugdhulp samen(Jeugdhulp a, Jeugdhulp b) {
        List<Long> ids = new ArrayList<>(a.toewijzingen());
        ids.addAll(b.toewijzingen());
        Map<String, String> velden = new LinkedHashMap<>(a.velden());
        LocalDate einde;
        if (a.einde() == null || b.einde() == null) {
            einde = null;
            velden.put("DATUM_EINDE", "");
            velden.put("REDEN_BEEINDIGING", "");
        } else {
            Jeugdhulp laatste = b.einde().isAfter(a.einde()) ? b : a;
            einde = laatste.einde();
            velden.put("DATUM_EINDE", laatste.velden().get("DATUM_EINDE"));
            velden.put("REDEN_BEEINDIGING", laatste.velden().get("REDEN_BEEINDIGING"));
        }
        return new Jeugdhulp(List.copyOf(ids), a.agb(), a.bsn(), a.hulpvorm(), a.aanvang(), einde, velden);
    }
}
