package nl.dichtbij.sturing;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.platform.Wet;

/**
 * A sum of cents per key and the laws it came under, for hundreds of thousands of residents or households without an object
 * per entry: an open-addressing table of primitive numbers. A BSN of nine digits is its number as key; any other key (a BSN
 * the register would not accept) is kept in an ordinary map beside it, so no key is lost or merged with another.
 */
final class Sommen {

    private static final long LEEG = Long.MIN_VALUE;

    static {
        // a law is a bit of a byte
        if (Wet.values().length > 8) {
            throw new IllegalStateException("Meer dan 8 wetten passen niet in Sommen");
        }
    }

    private long[] sleutels;
    private long[] centen;
    private byte[] wetten;
    private int aantal;
    private final Map<String, long[]> overig = new HashMap<>();

    Sommen(int verwacht) {
        int capaciteit = Integer.highestOneBit(Math.max(16, verwacht * 2 - 1)) << 1;
        sleutels = new long[capaciteit];
        centen = new long[capaciteit];
        wetten = new byte[capaciteit];
        java.util.Arrays.fill(sleutels, LEEG);
    }

    /** Adds to the sum of a BSN, money under this law. */
    void telOp(String bsn, Wet wet, long bedrag) {
        long nummer = nummer(bsn);
        if (nummer < 0) {
            long[] som = overig.computeIfAbsent(bsn, b -> new long[2]);
            som[0] += bedrag;
            som[1] |= bit(wet);
        } else {
            int i = telOp(nummer, bedrag);
            // after telOp: it may have grown the table
            wetten[i] |= bit(wet);
        }
    }

    /** Adds to the sum of a number (a household id); never {@link Long#MIN_VALUE}. Gives the slot it is in. */
    int telOp(long sleutel, long bedrag) {
        int i = plaats(sleutel);
        if (sleutels[i] == LEEG) {
            sleutels[i] = sleutel;
            aantal++;
            if (aantal * 2 > sleutels.length) {
                groei();
                i = plaats(sleutel);
            }
        }
        centen[i] += bedrag;
        return i;
    }

    /** Per law the keys with money under it, each key once. */
    Map<Wet, Long> perWet() {
        Map<Wet, Long> perWet = new EnumMap<>(Wet.class);
        for (Wet wet : Wet.values()) {
            byte b = bit(wet);
            long n = overig.values().stream().filter(som -> (som[1] & b) != 0).count();
            for (int i = 0; i < sleutels.length; i++) {
                if (sleutels[i] != LEEG && (wetten[i] & b) != 0) {
                    n++;
                }
            }
            if (n > 0) {
                perWet.put(wet, n);
            }
        }
        return perWet;
    }

    private static byte bit(Wet wet) {
        return (byte) (1 << wet.ordinal());
    }

    /** Whether this BSN has a sum. */
    boolean heeft(String bsn) {
        long nummer = nummer(bsn);
        return nummer < 0 ? overig.containsKey(bsn) : sleutels[plaats(nummer)] != LEEG;
    }

    /** The sum of this BSN, 0 when it has none. */
    long van(String bsn) {
        long nummer = nummer(bsn);
        if (nummer < 0) {
            long[] som = overig.get(bsn);
            return som == null ? 0 : som[0];
        }
        int i = plaats(nummer);
        return sleutels[i] == LEEG ? 0 : centen[i];
    }

    /**
     * The BSNs with a sum, as a set without copying them: {@code contains} looks in the table; going through them (only
     * for a lookup in batches, so for a few) writes each number back as its nine digits.
     */
    Set<String> bsns() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String bsn && heeft(bsn);
            }

            @Override
            public int size() {
                return grootte();
            }

            @Override
            public Iterator<String> iterator() {
                List<String> alle = new ArrayList<>(grootte());
                elk((nummer, centen) -> alle.add(String.format("%09d", nummer)));
                alle.addAll(overig.keySet());
                return Collections.unmodifiableList(alle).iterator();
            }
        };
    }

    int grootte() {
        return aantal + overig.size();
    }

    /** Every numeric key with its sum, in no particular order. */
    void elk(LongLongConsumer actie) {
        for (int i = 0; i < sleutels.length; i++) {
            if (sleutels[i] != LEEG) {
                actie.accept(sleutels[i], centen[i]);
            }
        }
    }

    interface LongLongConsumer {
        void accept(long sleutel, long centen);
    }

    /** The slot of a key: where it is, or the empty slot where it goes. */
    private int plaats(long sleutel) {
        int masker = sleutels.length - 1;
        int i = (int) mix(sleutel) & masker;
        while (sleutels[i] != LEEG && sleutels[i] != sleutel) {
            i = (i + 1) & masker;
        }
        return i;
    }

    private void groei() {
        long[] oudeSleutels = sleutels;
        long[] oudeCenten = centen;
        sleutels = new long[oudeSleutels.length * 2];
        byte[] oudeWetten = wetten;
        centen = new long[oudeSleutels.length * 2];
        wetten = new byte[oudeSleutels.length * 2];
        java.util.Arrays.fill(sleutels, LEEG);
        for (int j = 0; j < oudeSleutels.length; j++) {
            if (oudeSleutels[j] != LEEG) {
                int i = plaats(oudeSleutels[j]);
                sleutels[i] = oudeSleutels[j];
                centen[i] = oudeCenten[j];
                wetten[i] = oudeWetten[j];
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    /** A BSN of exactly nine digits as its number, otherwise -1. */
    static long nummer(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
