package nl.dichtbij.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Messages between the household and its contact person live on the case, and only while it is open. */
class ZaakBerichtTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aMessageKeepsWhoWroteItAndAboutWhom() {
        Zaak zaak = Zaak.openen("0632", 7, 2, NU);
        zaak.bericht("Kunt u donderdag komen?", "999900006", "Tom de Vries", true, NU);
        zaak.bericht("Dat kan.", null, "Willem Visser", false, NU.plusSeconds(60));
        assertThat(zaak.berichten()).extracting(Zaak.Bericht::vanNaam, Zaak.Bericht::vanInwoner, Zaak.Bericht::betreftBsn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom de Vries", true, "999900006"),
                        org.assertj.core.groups.Tuple.tuple("Willem Visser", false, null));
    }
}
