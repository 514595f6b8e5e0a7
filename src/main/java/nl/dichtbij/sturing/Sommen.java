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

    static {
        // a law is a bit of a byte
        if (Wet.values().length > 8) {
            throw new IllegalStateException("Meer dan 8 wetten passen niet in Sommen");
        }
    }

    // A lookup in a table of millions misses the processor's cache (40% of the ranking's time went to those misses): key and
    // sum lie side by side (slot i at 2i and 2i+1), so one miss finds both, and a byte per slot (0 empty, else a fingerprint
    // of the key's hash) lets a key that is not there, half of the register's residents, be turned away in a table a sixteenth
    // of the size, which stays in the cache.
    private long[] tabel;
    private byte[] afdrukken;
    private byte[] wetten;
    private int aantal;
    private final Map<String, long[]> overig = new HashMap<>();

    Sommen(int verwacht) {
        int capaciteit = Integer.highestOneBit(Math.max(16, verwacht * 2 - 1)) << 1;
        tabel = new long[2 * capaciteit];
        afdrukken = new byte[capaciteit];
        wetten = new byte[capaciteit];
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

    /** Adds to the sum of a number (a household id). Gives the slot it is in. */
    int telOp(long sleutel, long bedrag) {
        int i = plaats(sleutel);
        if (afdrukken[i] == 0) {
            tabel[2 * i] = sleutel;
            afdrukken[i] = afdruk(mix(sleutel));
            aantal++;
            if (aantal * 2 > capaciteit()) {
                groei();
                i = plaats(sleutel);
            }
        }
        tabel[2 * i + 1] += bedrag;
        return i;
    }

    /** Per law the keys with money under it, each key once. */
    Map<Wet, Long> perWet() {
        Map<Wet, Long> perWet = new EnumMap<>(Wet.class);
        for (Wet wet : Wet.values()) {
            byte b = bit(wet);
            long n = overig.values().stream().filter(som -> (som[1] & b) != 0).count();
            for (int i = 0; i < capaciteit(); i++) {
                if (afdrukken[i] != 0 && (wetten[i] & b) != 0) {
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
        return nummer < 0 ? overig.containsKey(bsn) : afdrukken[plaats(nummer)] != 0;
    }

    /** The sum of this BSN, 0 when it has none. */
    long van(String bsn) {
        long nummer = nummer(bsn);
        if (nummer < 0) {
            long[] som = overig.get(bsn);
            return som == null ? 0 : som[0];
        }
        int i = plaats(nummer);
        return afdrukken[i] == 0 ? 0 : tabel[2 * i + 1];
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
        for (int i = 0; i < afdrukken.length; i++) {
            if (afdrukken[i] != 0) {
                actie.accept(tabel[2 * i], tabel[2 * i + 1]);
            }
        }
    }

    /** The sums of the numeric keys, in no particular order. */
    long[] bedragen() {
        long[] bedragen = new long[aantal];
        int n = 0;
        for (int i = 0; i < afdrukken.length; i++) {
            if (afdrukken[i] != 0) {
                bedragen[n++] = tabel[2 * i + 1];
            }
        }
        return bedragen;
    }

    interface LongLongConsumer {
        void accept(long sleutel, long centen);
    }

    /** The slot of a key: where it is, or the empty slot where it goes. */
    private int plaats(long sleutel) {
        int masker = capaciteit() - 1;
        long h = mix(sleutel);
        byte afdruk = afdruk(h);
        int i = (int) h & masker;
        while (afdrukken[i] != 0 && (afdrukken[i] != afdruk || tabel[2 * i] != sleutel)) {
            i = (i + 1) & masker;
        }
        return i;
    }

    /** Seven bits of the hash the slot does not come from, and a bit that says the slot is taken. */
    private static byte afdruk(long hash) {
        return (byte) (0x80 | (hash >>> 57));
    }

    private int capaciteit() {
        return afdrukken.length;
    }

    private void groei() {
        long[] oud = tabel;
        byte[] oudeAfdrukken = afdrukken;
        byte[] oudeWetten = wetten;
        tabel = new long[2 * oud.length];
        afdrukken = new byte[2 * oudeAfdrukken.length];
        wetten = new byte[2 * oudeWetten.length];
        for (int j = 0; j < oudeAfdrukken.length; j++) {
            if (oudeAfdrukken[j] != 0) {
                int i = plaats(oud[2 * j]);
                tabel[2 * i] = oud[2 * j];
                tabel[2 * i + 1] = oud[2 * j + 1];
                afdrukken[i] = oudeAfdrukken[j];
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
