package nl.dichtbij.toegang;

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

    public enum Door { PROFESSIONAL, INWONER }

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

    static ZrmMeting van(Onderzoek onderzoek, String gemeenteCode, String persoonBsn, Door door, LocalDate datum,
                         String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        ZrmMeting meting = new ZrmMeting();
        meting.gemeenteCode = gemeenteCode;
        meting.persoonBsn = persoonBsn;
        meting.zaakId = onderzoek.zaakId();
        meting.onderzoekId = onderzoek.id();
        meting.door = door;
        meting.moment = Moment.INTAKE;
        meting.datum = datum;
        meting.vastgelegdDoor = vastgelegdDoor;
        scores.forEach((domein, score) -> meting.scores.add(new Score(domein, score)));
        return meting;
    }

    public Long id() { return id; }
    public Door door() { return door; }
    public Moment moment() { return moment; }
    public LocalDate datum() { return datum; }
    public Map<ZrmDomein, Integer> scores() {
        Map<ZrmDomein, Integer> result = new EnumMap<>(ZrmDomein.class);
        scores.forEach(s -> result.put(s.domein(), s.score()));
        return result;
    }
}
