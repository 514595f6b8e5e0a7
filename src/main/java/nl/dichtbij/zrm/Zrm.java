package nl.dichtbij.zrm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records ZRM scorings and gives a person's history. Callers check who may see the person. */
@Service
public class Zrm {

    private final ZrmMetingRepository metingen;

    Zrm(ZrmMetingRepository metingen) {
        this.metingen = metingen;
    }

    @Transactional
    public ZrmMeting vastleggen(String gemeenteCode, String persoonBsn, long zaakId, Long onderzoekId, ZrmMeting.Door door,
                                ZrmMeting.Moment moment, LocalDate datum, String vastgelegdDoor, Map<ZrmDomein, Integer> scores) {
        return metingen.save(ZrmMeting.van(gemeenteCode, persoonBsn, zaakId, onderzoekId, door, moment, datum, vastgelegdDoor, scores));
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
}
