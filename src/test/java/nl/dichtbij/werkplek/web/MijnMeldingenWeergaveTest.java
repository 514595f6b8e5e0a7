package nl.dichtbij.werkplek.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.MeldingStatus;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Wachtrij;
import nl.dichtbij.werkplek.web.MijnMeldingenWeergave.Filter;
import nl.dichtbij.werkplek.web.MijnMeldingenWeergave.Volgorde;

import org.junit.jupiter.api.Test;

class MijnMeldingenWeergaveTest {

    private static final Wachtrij.Regel BRAM = regel(1, "Bram Visser", Urgentie.NORMAAL, "2026-11-01T09:00:00Z", "2026-12-20", false, false);
    private static final Wachtrij.Regel anna = regel(2, "anna de Wit", Urgentie.DRINGEND, "2026-11-20T09:00:00Z", "2026-12-04", true, false);
    private static final Wachtrij.Regel CAS = regel(3, "Cas Jansen", Urgentie.SNEL, "2026-10-01T09:00:00Z", "2026-11-30", true, true);
    private static final List<Wachtrij.Regel> REGELS = List.of(BRAM, anna, CAS);

    @Test
    void theOrderIsTheProfessionalsChoice() {
        assertThat(MijnMeldingenWeergave.toon(REGELS, Volgorde.TERMIJN, Filter.ALLE)).containsExactly(CAS, anna, BRAM);
        assertThat(MijnMeldingenWeergave.toon(REGELS, Volgorde.WACHT, Filter.ALLE)).as("received first on top").containsExactly(CAS, BRAM, anna);
        assertThat(MijnMeldingenWeergave.toon(REGELS, Volgorde.NAAM, Filter.ALLE)).as("by surname (de Wit under W), regardless of case").containsExactly(CAS, BRAM, anna);
    }

    @Test
    void aFilterKeepsOnlyWhatNeedsAttention() {
        assertThat(MijnMeldingenWeergave.toon(REGELS, Volgorde.TERMIJN, Filter.IN_GEVAAR)).containsExactly(CAS, anna);
        assertThat(MijnMeldingenWeergave.toon(REGELS, Volgorde.NAAM, Filter.SNEL)).containsExactly(CAS, anna);
    }

    private static Wachtrij.Regel regel(long id, String naam, Urgentie urgentie, String ontvangen, String termijn, boolean inGevaar, boolean verlopen) {
        return new Wachtrij.Regel(id, naam, 40, MeldingStatus.IN_BEHANDELING, urgentie, Kanaal.TELEFOON, "Willem Visser", Instant.parse(ontvangen),
                10, LocalDate.parse(termijn), 5, inGevaar, verlopen, naam.substring(naam.lastIndexOf(" ") + 1), null, false);
    }
}
