package nl.dichtbij.personen;

/** The burgerservicenummer: nine digits that pass the eleven-test. */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }

    /** Shows only the last three digits, for screens where the full number is not needed. */
    public static String gemaskeerd(String bsn) {
        return bsn == null || bsn.length() < 3 ? "" : "******" + bsn.substring(bsn.length() - 3);
    }
}
