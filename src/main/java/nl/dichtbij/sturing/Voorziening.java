package nl.dichtbij.sturing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One provision of one household under one regeling, active from {@code startdatum} up to and
 * including {@code einddatum} (open when null). Wijk and kern are the snapshot taken when it was registered.
 */
public record Voorziening(long id, String gemeenteCode, long huishoudenId, String wijk, String kern, Regeling regeling, String product,
                          LocalDate startdatum, LocalDate einddatum, Bron bron, String partner, Long beschikkingId,
                          Instant geregistreerdOp, String geregistreerdDoor) {

    static final String KOLOMMEN = "id, gemeente_code, huishouden_id, wijk, kern, regeling, product, startdatum, einddatum, bron, partner, "
            + "beschikking_id, geregistreerd_op, geregistreerd_door";
}
