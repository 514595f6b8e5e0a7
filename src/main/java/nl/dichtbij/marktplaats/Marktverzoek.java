package nl.dichtbij.marktplaats;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/** The anonymised request as it is stored and as providers see it: nothing in it names, addresses or dates the resident. */
public record Marktverzoek(long id, String gemeenteCode, Wet wet, String productcode, String soort, String leeftijdsband, String huishouden,
                           String levensgebieden, String zrmProfiel, String doelen, String situatie, LocalDate gewensteStart, Instant sluitOp,
                           Toestemmingswijze toestemmingWijze, LocalDate toestemmingOp, Verzoekstatus status, String gepubliceerdDoor,
                           Instant gepubliceerdOp, Long voorgesteldBodId, String voorstelMotivering, Oordeel inwonerOordeel, String inwonerToelichting,
                           Instant inwonerOordeelOp, Long gegundBodId, Terugval terugval, Long terugvalAanbiederId, String motivering, Long beschikkingId,
                           Instant afgerondOp, long version) {
}
