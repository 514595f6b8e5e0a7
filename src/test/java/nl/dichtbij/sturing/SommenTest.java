package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;

class SommenTest {

    @Test
    void aSumPerBsnAsAnOrdinaryMapWouldKeepIt() {
        Sommen sommen = new Sommen(4);
        Map<String, Long> verwacht = new HashMap<>();
        Random toeval = new Random(24);
        for (int i = 0; i < 50_000; i++) {
            int n = toeval.nextInt(20_000);
            // nine digits with leading zeros, eight digits, letters: three BSNs that must never fall together
            String bsn = switch (n % 3) {
                case 0 -> String.format("%09d", n);
                case 1 -> String.valueOf(n);
                default -> "X" + n;
            };
            long bedrag = toeval.nextInt(100_000) - 20_000;
            sommen.telOp(bsn, n % 2 == 0 ? Wet.JEUGDWET : Wet.WMO, bedrag);
            verwacht.merge(bsn, bedrag, Long::sum);
        }
        assertThat(sommen.grootte()).isEqualTo(verwacht.size());
        // the law bits moved with their keys each time the table grew (from 4 to tens of thousands)
        assertThat(sommen.perWet()).containsExactly(
                Map.entry(Wet.JEUGDWET, verwacht.keySet().stream().filter(b -> getal(b) % 2 == 0).count()),
                Map.entry(Wet.WMO, verwacht.keySet().stream().filter(b -> getal(b) % 2 == 1).count()));
        verwacht.forEach((bsn, som) -> {
            assertThat(sommen.heeft(bsn)).as(bsn).isTrue();
            assertThat(sommen.van(bsn)).as(bsn).isEqualTo(som);
        });
        assertThat(sommen.heeft("000000001")).isFalse();
        assertThat(sommen.van("000000001")).isZero();
        assertThat(sommen.bsns()).hasSize(verwacht.size()).containsExactlyInAnyOrderElementsOf(verwacht.keySet());
        assertThat(sommen.bsns().contains("12")).isEqualTo(verwacht.containsKey("12"));
    }

    private static int getal(String bsn) {
        return Integer.parseInt(bsn.startsWith("X") ? bsn.substring(1) : bsn);
    }

    @Test
    void theResidentsPerLawEachOnce() {
        Sommen sommen = new Sommen(2);
        sommen.telOp("000000001", Wet.JEUGDWET, 100);
        sommen.telOp("000000001", Wet.JEUGDWET, 200);
        sommen.telOp("000000001", Wet.WMO, 0);
        sommen.telOp("000000002", Wet.WMO, -50);
        sommen.telOp("X3", Wet.WMO, 10);
        sommen.telOp("X3", Wet.SCHULDHULP, 10);
        assertThat(sommen.perWet()).as("a resident with money of 0 or less under a law is still its client")
                .containsExactly(Map.entry(Wet.JEUGDWET, 1L), Map.entry(Wet.WMO, 3L), Map.entry(Wet.SCHULDHULP, 1L));
        assertThat(sommen.van("000000001")).isEqualTo(300);
    }

    @Test
    void aSumPerHouseholdId() {
        Sommen sommen = new Sommen(1);
        for (long h = 0; h < 1_000; h++) {
            sommen.telOp(h * 7919, 10);
            sommen.telOp(h * 7919, h);
        }
        Map<Long, Long> gezien = new HashMap<>();
        sommen.elk(gezien::put);
        assertThat(gezien).hasSize(1_000).containsEntry(0L, 10L).containsEntry(999L * 7919, 1_009L);
        assertThat(sommen.bedragen()).containsExactlyInAnyOrder(gezien.values().stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void anyNumberIsAKeyEvenZeroAndTheSmallest() {
        Sommen sommen = new Sommen(1);
        sommen.telOp(0, 5);
        sommen.telOp(Long.MIN_VALUE, 7);
        sommen.telOp(Long.MAX_VALUE, 9);
        sommen.telOp(0, 1);
        Map<Long, Long> gezien = new HashMap<>();
        sommen.elk(gezien::put);
        assertThat(gezien).containsOnly(Map.entry(0L, 6L), Map.entry(Long.MIN_VALUE, 7L), Map.entry(Long.MAX_VALUE, 9L));
    }

    @Test
    void aResidentNotThereIsNotFoundAmongManyThatAre() {
        // the register's pass asks for every resident, most of them without money: a fingerprint may match, the key must too
        Sommen sommen = new Sommen(16);
        for (int n = 0; n < 200_000; n += 2) {
            sommen.telOp(String.format("%09d", n), Wet.WMO, 1);
        }
        for (int n = 0; n < 200_000; n++) {
            assertThat(sommen.heeft(String.format("%09d", n))).isEqualTo(n % 2 == 0);
        }
        assertThat(sommen.grootte()).isEqualTo(100_000);
    }

    @Test
    void onlyNineDigitsAreANumber() {
        assertThat(Sommen.nummer("012345678")).isEqualTo(12_345_678L);
        assertThat(Sommen.nummer("12345678")).isEqualTo(-1);
        assertThat(Sommen.nummer("1234567890")).isEqualTo(-1);
        assertThat(Sommen.nummer("12345678a")).isEqualTo(-1);
        assertThat(Sommen.nummer(null)).isEqualTo(-1);
    }
}
