package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetouruitlegTest {

    @Test
    void aRefusalIsReadInTheCodeListsWordsOnceEach() {
        String retour = "<jw306:RetourCodes><jw306:RetourCode>9019</jw306:RetourCode></jw306:RetourCodes>"
                + "<jw306:RetourCodes><jw306:RetourCode>0200</jw306:RetourCode><jw306:RetourCode>9019</jw306:RetourCode></jw306:RetourCodes>";
        assertThat(Retouruitleg.redenen(retour)).containsExactly("9019: " + Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT.omschrijving());
    }

    @Test
    void anApprovalHasNoReasonsAndAnUnknownCodeSaysWhereToLook() {
        assertThat(Retouruitleg.redenen("<a:RetourCode>0200</a:RetourCode><a:RetourCode>8001</a:RetourCode>")).isEmpty();
        assertThat(Retouruitleg.redenen("<a:RetourCode>ZZ99</a:RetourCode>")).containsExactly("ZZ99: zie de codelijst WJ001.");
        assertThat(Retouruitleg.redenen(null)).isEmpty();
    }
}
