package nl.dichtbij.zrm;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One dated ZRM scoring, by the professional or by the resident himself. Both are kept side by
 * side: residents often rate themselves higher, and that difference is information.
 */
@Table("zrm_meting")
public class ZrmMeting {

    public enum Door {
        PROFESSIONAL("Professional"), INWONER("Inwoner");

        private final String label;

        Door(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Moment { INTAKE, TUSSENTIJDS, AFSLUITING }

    /** Why a domain has no score: it does not apply to this person, or it is not known (yet). Never left silently empty. */
    public enum GeenScore {
        NIET_VAN_TOEPASSING("Niet van toepassing", "n.v.t."), ONBEKEND("Onbekend", "onbekend");

        private final String label;
        private final String kort;

        GeenScore(String label, String kort) {
            this.label = label;
            this.kort = kort;
        }

        public String label() {
            return label;
        }

        public String kort() {
            return kort;
        }
    }

    @Id
    private Long id;
    private String gemeenteCode;
    private String persoonBsn;
    private long zaakId;
    private Long onderzoekId;
    private Door door;
    private Moment moment;
    private LocalDate datum;
    private String vastgelegdDoor;
    @MappedCollection(idColumn = "zrm_meting_id")
    private Set<Score> scores = new HashSet<>();

    /** A domain's score, or why there is none (exactly one of the two). */
    record Score(ZrmDomein domein, Integer score, GeenScore geenScore) {
    }

    ZrmMeting() {
    }

    static ZrmMeting van(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, Door door, Moment moment,
                         LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        return van(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor, scores, Map.of());
    }

    static ZrmMeting van(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, Door door, Moment moment,
                         LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores, Map<ZrmDomein, GeenScore> geen) {
        ZrmMeting meting = new ZrmMeting();
        meting.gemeenteCode = gemeenteCode;
        meting.persoonBsn = persoonBsn;
        meting.zaakId = zaakId;
        meting.onderzoekId = onderzoekId;
        meting.door = door;
        meting.moment = moment;
        meting.datum = datum;
        meting.vastgelegdDoor = vastgelegdDoor;
        scores.forEach((domein, score) -> meting.scores.add(new Score(domein, score, null)));
        geen.forEach((domein, reden) -> {
            if (!scores.containsKey(domein)) {
                meting.scores.add(new Score(domein, null, reden));
            }
        });
        return meting;
    }

    /** A scoring as read from the tables, for a list that reads many at once. */
    static ZrmMeting gelezen(long id, String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, Door door, Moment moment,
                             LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores, Map<ZrmDomein, GeenScore> geen) {
        ZrmMeting meting = van(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor, scores, geen);
        meting.id = id;
        return meting;
    }

    public Long id() { return id; }
    public String persoonBsn() { return persoonBsn; }
    public Door door() { return door; }
    public Moment moment() { return moment; }
    public LocalDate datum() { return datum; }
    /** The domains with a score (1-5). */
    public Map<ZrmDomein, Integer> scores() {
        Map<ZrmDomein, Integer> result = new EnumMap<>(ZrmDomein.class);
        scores.stream().filter(s -> s.score() != null).forEach(s -> result.put(s.domein(), s.score()));
        return result;
    }

    /** The domains without a score and why: not applicable or unknown. */
    public Map<ZrmDomein, GeenScore> geenScore() {
        Map<ZrmDomein, GeenScore> result = new EnumMap<>(ZrmDomein.class);
        scores.stream().filter(s -> s.score() == null && s.geenScore() != null).forEach(s -> result.put(s.domein(), s.geenScore()));
        return result;
    }

    /** Every domain this scoring covers, in the matrix's order: "Financiën: 3, …, Justitie: n.v.t.". */
    public String samenvatting() {
        return String.join(", ", java.util.Arrays.stream(ZrmDomein.values()).filter(d -> !"—".equals(uitkomst(d)))
                .map(d -> d.label() + ": " + uitkomst(d)).toList());
    }

    /** A domain as a reader sees it: its score, "n.v.t." or "onbekend", or "—" when this scoring did not cover it. */
    public String uitkomst(ZrmDomein domein) {
        return scores.stream().filter(s -> s.domein() == domein).findFirst()
                .map(s -> s.score() != null ? String.valueOf(s.score()) : s.geenScore().kort()).orElse("—");
    }
}
