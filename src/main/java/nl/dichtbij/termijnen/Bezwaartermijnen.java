package nl.dichtbij.termijnen;

import java.time.LocalDate;

/**
 * The terms of an objection (bezwaar). The objection period of 6 weeks starts the day after the
 * decision is sent (Awb 6:8) and so ends 6 weeks after the sending date; the decision on the
 * objection is due 6 weeks (12 with an advisory committee) after the day the objection period
 * ended (Awb 7:10 lid 1) and may be extended once by 6 weeks (lid 3); further only with the
 * objector's consent (lid 4). Each end moves off weekends and holidays (Algemene termijnenwet).
 */
public final class Bezwaartermijnen {

    /** Awb 7:10 lid 3: the board may extend the decision once, by at most 6 weeks. */
    public static final int VERDAGING_WEKEN = 6;

    private Bezwaartermijnen() {
    }

    public static LocalDate indienenUiterlijk(LocalDate verzonden) {
        return WettelijkeTermijn.BEZWAAR_INDIENEN.einde(verzonden);
    }

    public static LocalDate beslissenUiterlijk(LocalDate verzonden, boolean adviescommissie, boolean verdaagd, int uitstelMetInstemmingWeken) {
        LocalDate termijnEinde = indienenUiterlijk(verzonden);
        LocalDate beslissen = (adviescommissie ? WettelijkeTermijn.BEZWAAR_BESLISSEN_COMMISSIE : WettelijkeTermijn.BEZWAAR_BESLISSEN)
                .einde(termijnEinde);
        if (verdaagd) {
            beslissen = WettelijkeTermijn.verdaagd(beslissen, VERDAGING_WEKEN);
        }
        if (uitstelMetInstemmingWeken > 0) {
            beslissen = WettelijkeTermijn.verdaagd(beslissen, uitstelMetInstemmingWeken);
        }
        return beslissen;
    }
}
