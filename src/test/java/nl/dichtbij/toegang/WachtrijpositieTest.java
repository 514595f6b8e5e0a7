package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import nl.dichtbij.platform.OngeldigeInvoerException;

import org.junit.jupiter.api.Test;

class WachtrijpositieTest {

    private final Wachtrijpositie positie = new Wachtrijpositie(7, 50, LocalDate.of(2026, 12, 31),
            Instant.parse("2026-11-23T08:30:00.123456Z"), 1_234_567);

    @Test
    void theTextComesBackAsTheSamePositionToTheMicrosecond() {
        String tekst = positie.tekst();
        assertThat(tekst).matches("[A-Za-z0-9_-]+");
        assertThat(Wachtrijpositie.van(tekst, 7)).isEqualTo(positie);
    }

    @Test
    void aPositionOfAnotherTeamIsRefused() {
        assertThatThrownBy(() -> Wachtrijpositie.van(positie.tekst(), 8)).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void whatIsNotAPositionIsRefusedAsInvalidInput() {
        for (String tekst : new String[] {"", "!!!", "abc", tekst("w1|7|50|2026-12-31|gisteren|1"), tekst("w2|7|50|2026-12-31|2026-11-23T08:30:00Z|1"),
                tekst("w1|7|-1|2026-12-31|2026-11-23T08:30:00Z|1"), tekst("w1|7|50|2026-12-31|2026-11-23T08:30:00Z"),
                tekst("w1|7|50|2026-12-31|2026-11-23T08:30:00Z|1|extra")}) {
            assertThatThrownBy(() -> Wachtrijpositie.van(tekst, 7)).as(tekst).isInstanceOf(OngeldigeInvoerException.class);
        }
    }

    private static String tekst(String waarde) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(waarde.getBytes(StandardCharsets.UTF_8));
    }
}
