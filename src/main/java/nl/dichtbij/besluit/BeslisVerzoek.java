package nl.dichtbij.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a professional fills in to decide on an aanvraag. */
public record BeslisVerzoek(Uitkomst uitkomst, String resultaat, String motivering, String productcode, Integer volume, String eenheid,
                            String frequentie, BigDecimal budget, LocalDate ingangsdatum, LocalDate einddatum, Leveringsvorm vorm,
                            Long aanbiederId, BigDecimal pgbBedrag) {
}
