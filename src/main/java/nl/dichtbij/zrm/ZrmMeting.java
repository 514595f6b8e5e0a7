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

    record Score(ZrmDomein domein, int score) {
    }

    ZrmMeting() {
    }

    static ZrmMeting van(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, Door door, Moment moment,
                         LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        ZrmMeting meting = new ZrmMeting();
        meting.gemeenteCode = gemeenteCode;
        meting.persoonBsn = persoonBsn;
        meting.zaakId = zaakId;
        meting.onderzoekId = onderzoekId;
        meting.door = door;
        meting.moment = moment;
        meting.datum = datum;
        meting.vastgelegdDoor = vastgelegdDoor;
        scores.forEach((domein, score) -> meting.scores.add(new Score(domein, score)));
        return meting;
    }

    /** A scoring as read from the tables, for a list that reads many at once. */
    static ZrmMeting gelezen(long id, String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, Door door, Moment moment,
                             LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        ZrmMeting meting = van(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor, scores);
        meting.id = id;
        return meting;
    }

    public Long id() { return id; }
    public String persoonBsn() { return persoonBsn; }
    public Door door() { return door; }
    public Moment moment() { return moment; }
    public LocalDate datum() { return datum; }
    public Map<ZrmDomein, Integer> scores() {
        Map<ZrmDomein, Integer> result = new EnumMap<>(ZrmDomein.class);
        scores.forEach(s -> result.put(s.domein(), s.score()));
        return result;
    }
}
