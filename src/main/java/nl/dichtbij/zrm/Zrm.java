package nl.dichtbij.zrm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records ZRM scorings and gives a person's history. Callers check who may see the person. */
@Service
public class Zrm {

    private final ZrmMetingRepository metingen;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Zrm(ZrmMetingRepository metingen, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.metingen = metingen;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public ZrmMeting vastleggen(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, ZrmMeting.Door door,
                                ZrmMeting.Moment moment, LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        return vastleggen(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor, scores, Map.of());
    }

    /** A scoring in which some domains have no score, with why ({@code geen}: not applicable or unknown). */
    @Transactional
    public ZrmMeting vastleggen(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, ZrmMeting.Door door,
                                ZrmMeting.Moment moment, LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores,
                                Map<ZrmDomein, ZrmMeting.GeenScore> geen) {
        ZrmMeting meting = metingen.save(ZrmMeting.van(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor,
                scores, geen));
        events.publishEvent(new ZrmVastgelegd(meting.id(), gemeenteCode, zaakId, persoonBsn, door, moment, datum, meting.scores()));
        return meting;
    }

    /** One side of a posted matrix: per domain name "1" to "5" or a {@link ZrmMeting.GeenScore} name, read into scores and reasons. */
    public record Ingevuld(Map<ZrmDomein, Integer> scores, Map<ZrmDomein, ZrmMeting.GeenScore> geen) {

        /** An unknown domain or a value that is neither a number nor a reason is left out, so completeness catches it. */
        public static Ingevuld uit(Map<String, String> invoer) {
            Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
            Map<ZrmDomein, ZrmMeting.GeenScore> geen = new EnumMap<>(ZrmDomein.class);
            for (ZrmDomein d : ZrmDomein.values()) {
                String waarde = invoer == null ? null : invoer.get(d.name());
                if (waarde == null) {
                    continue;
                }
                if (waarde.strip().matches("-?[0-9]{1,3}")) {
                    scores.put(d, Integer.valueOf(waarde.strip()));
                }
                for (ZrmMeting.GeenScore g : ZrmMeting.GeenScore.values()) {
                    if (g.name().equals(waarde)) {
                        geen.put(d, g);
                    }
                }
            }
            return new Ingevuld(scores, geen);
        }
    }

    /** True when every domain has either a score or a reason why not, never both and never neither. */
    public static boolean volledig(Map<ZrmDomein, Integer> scores, Map<ZrmDomein, ?> geen) {
        for (ZrmDomein d : ZrmDomein.values()) {
            if (scores.containsKey(d) == geen.containsKey(d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The residents of this case who were scored on the ZRM in it but have no closing scoring by a professional yet: closing
     * the case asks for one per resident (issue 18), so the change from intake to closure can be measured.
     */
    @Transactional(readOnly = true)
    public List<String> zonderAfsluiting(String gemeenteCode, long zaakId) {
        return jdbc.sql("""
                        select distinct persoon_bsn from zrm_meting m
                        where gemeente_code = ? and zaak_id = ?
                          and not exists (select 1 from zrm_meting a where a.gemeente_code = m.gemeente_code and a.zaak_id = m.zaak_id
                                          and a.persoon_bsn = m.persoon_bsn and a.moment = 'AFSLUITING' and a.door = 'PROFESSIONAL')
                        order by persoon_bsn""")
                .params(gemeenteCode, zaakId).query(String.class).list();
    }

    /** Whether anything was recorded under this name in the municipality: a conversion (or the demo) checks it did its part. */
    @Transactional(readOnly = true)
    public boolean vastgelegdDoor(String gemeenteCode, String vastgelegdDoor) {
        return jdbc.sql("select id from zrm_meting where gemeente_code = ? and vastgelegd_door = ? fetch first 1 rows only")
                .params(gemeenteCode, vastgelegdDoor).query(Long.class).optional().isPresent();
    }

    @Transactional(readOnly = true)
    public List<ZrmMeting> vanOnderzoek(long onderzoekId) {
        return metingen.findByOnderzoekId(onderzoekId);
    }

    /** All scorings of a person, oldest first. */
    @Transactional(readOnly = true)
    public List<ZrmMeting> historie(String gemeenteCode, String persoonBsn) {
        return metingen.findByGemeenteCodeAndPersoonBsnOrderByDatumAscIdAsc(gemeenteCode, persoonBsn);
    }

    /** The histories of several persons at once, oldest first: two queries however many persons and scorings. */
    @Transactional(readOnly = true)
    public Map<String, List<ZrmMeting>> historie(String gemeenteCode, Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return Map.of();
        }
        List<String> personen = List.copyOf(new java.util.LinkedHashSet<>(bsns));
        Map<Long, Map<ZrmDomein, Integer>> scores = new HashMap<>();
        Map<Long, Map<ZrmDomein, ZrmMeting.GeenScore>> geen = new HashMap<>();
        jdbc.sql("""
                        select s.zrm_meting_id, s.domein, s.score, s.geen_score from score s join zrm_meting m on m.id = s.zrm_meting_id
                        where m.gemeente_code = :gemeente and m.persoon_bsn in (:bsns)""")
                .param("gemeente", gemeenteCode).param("bsns", personen)
                .query(rs -> {
                    ZrmDomein domein = ZrmDomein.valueOf(rs.getString(2));
                    Integer score = rs.getObject(3, Integer.class);
                    if (score != null) {
                        scores.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ZrmDomein.class)).put(domein, score);
                    } else if (rs.getString(4) != null) {
                        geen.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ZrmDomein.class)).put(domein, ZrmMeting.GeenScore.valueOf(rs.getString(4)));
                    }
                });
        Map<String, List<ZrmMeting>> historie = new HashMap<>();
        jdbc.sql("""
                        select id, gemeente_code, persoon_bsn, zaak_id, onderzoek_id, door, moment, datum, vastgelegd_door from zrm_meting
                        where gemeente_code = :gemeente and persoon_bsn in (:bsns) order by datum, id""")
                .param("gemeente", gemeenteCode).param("bsns", personen)
                .query((rs, i) -> ZrmMeting.gelezen(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("persoon_bsn"),
                        rs.getLong("zaak_id"), rs.getObject("onderzoek_id", Long.class), ZrmMeting.Door.valueOf(rs.getString("door")),
                        ZrmMeting.Moment.valueOf(rs.getString("moment")), rs.getObject("datum", LocalDate.class), rs.getString("vastgelegd_door"),
                        scores.getOrDefault(rs.getLong("id"), Map.of()), geen.getOrDefault(rs.getLong("id"), Map.of())))
                .list().forEach(m -> historie.computeIfAbsent(m.persoonBsn(), k -> new ArrayList<>()).add(m));
        return historie;
    }
}
