package nl.dichtbij.dossier;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that holds part of a resident's file: it lists what it holds for
 * the AVG export and destroys it when the retention term of a closed case has passed.
 */
public interface Dossieronderdeel {

    /** Heading in the export, e.g. "Hulpvragen". */
    String naam();

    /** Export order, and destruction order: lower first, so rows that point at a case go before the case. */
    int volgorde();

    /** One map per item, with Dutch labels as keys and plain values (text, numbers, dates). */
    List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId);

    /** Destroys (or with {@code proef} only counts) what this module holds for a closed case. */
    int vernietig(String gemeenteCode, long zaakId, boolean proef);
}
