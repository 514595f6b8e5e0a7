package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The file's field definitions, taken from the informatieprotocol, and the check of a file against them. */
class CbsJeugdbestandTest {

    private static Map<String, String> jeugdhulp() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("RECORDSOORT", "JH");
        v.put("AGB_AANBIEDER", "42420001");
        v.put("BSN", "123456782");
        v.put("GEBOORTEDATUM", "20120314");
        v.put("GESLACHT", "O");
        v.put("POSTCODE", "3441BW");
        v.put("VERWIJZER", "02");
        v.put("HULPVORM", "11");
        v.put("GESTART_MET_CRISIS", "02");
        v.put("DATUM_AANVANG", "20260105");
        v.put("DATUM_EINDE", "20260331");
        v.put("REDEN_BEEINDIGING", "01");
        return v;
    }

    private static Map<String, String> maatregel() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("RECORDSOORT", "JB");
        v.put("AGB_INSTELLING", "42429999");
        v.put("BSN", "123456782");
        v.put("GEBOORTEDATUM", "20120300");
        v.put("GESLACHT", "O");
        v.put("POSTCODE", "0632");
        v.put("TYPE_MAATREGEL", "21");
        v.put("DATUM_AANVANG", "20250105");
        return v;
    }

    private static List<String> fouten(Map<String, String> velden) {
        var def = "JB".equals(velden.get("RECORDSOORT")) ? CbsJeugdbestand.MAATREGEL : CbsJeugdbestand.JEUGDHULP;
        return CbsJeugdbestand.controleer(CbsJeugdbestand.bestand(List.of(CbsJeugdbestand.regel(def, velden))));
    }

    @Test
    void everyFieldHasAPlainDutchLabelBesideItsProtocolName() {
        for (List<CbsJeugdbestand.Veld> velden : List.of(CbsJeugdbestand.JEUGDHULP, CbsJeugdbestand.MAATREGEL)) {
            assertThat(velden).allSatisfy(v -> {
                assertThat(v.label()).as(v.naam()).isNotBlank().isNotEqualTo(v.naam()).doesNotContain("_");
                assertThat(v.label().substring(1)).as("a label, not a protocol name in capitals: " + v.label()).isNotEqualTo(v.label().substring(1).toUpperCase());
            });
            assertThat(velden).extracting(CbsJeugdbestand.Veld::label).as("one label per field").doesNotHaveDuplicates();
        }
        assertThat(CbsJeugdbestand.MAATREGEL).filteredOn(v -> v.naam().equals("DATUM_AANVANG_MACHTIGING")).singleElement()
                .extracting(CbsJeugdbestand.Veld::label).isEqualTo("Begindatum van de machtiging");
    }

    @Test
    void theDefinitionsAreTheProtocolsFieldsWithTheirLengths() {
        assertThat(CbsJeugdbestand.JEUGDHULP).extracting(CbsJeugdbestand.Veld::naam).containsExactly("RECORDSOORT", "AGB_AANBIEDER", "BSN",
                "GEBOORTEDATUM", "GESLACHT", "POSTCODE", "VERWIJZER", "HULPVORM", "GESTART_MET_CRISIS", "DATUM_AANVANG", "DATUM_EINDE",
                "REDEN_BEEINDIGING", "TEVREDENHEID", "ZONDER_HULP_VERDER", "TYPE_INFORMANT");
        assertThat(CbsJeugdbestand.regellengte(CbsJeugdbestand.JEUGDHULP)).isEqualTo(2 + 8 + 9 + 8 + 1 + 6 + 2 + 2 + 2 + 8 + 8 + 2 + 2 + 2 + 2);
        assertThat(CbsJeugdbestand.regellengte(CbsJeugdbestand.MAATREGEL)).isEqualTo(2 + 8 + 9 + 8 + 1 + 6 + 2 + 8 + 8 + 2 + 8 + 8 + 2 + 2 + 2 + 8 + 8);
        // 3.2: there is no code 07
        assertThat(CbsJeugdbestand.VERWIJZERS).containsExactlyInAnyOrder("01", "02", "03", "04", "05", "06", "08");
        assertThat(CbsJeugdbestand.HULPVORMEN).containsExactlyInAnyOrder("01", "02", "03", "04", "11", "12", "13", "14");
    }

    @Test
    void aCorrectFileHasNoErrorsAndReadsBack() {
        assertThat(fouten(jeugdhulp())).isEmpty();
        assertThat(fouten(maatregel())).isEmpty();
        String regel = CbsJeugdbestand.regel(CbsJeugdbestand.JEUGDHULP, jeugdhulp());
        assertThat(regel).hasSize(CbsJeugdbestand.regellengte(CbsJeugdbestand.JEUGDHULP)).startsWith("JH4242000112345678220120314O3441BW021102202601052026033101");
        assertThat(CbsJeugdbestand.lees(regel)).containsEntry("HULPVORM", "11").containsEntry("TEVREDENHEID", "");
        assertThat(CbsJeugdbestand.controleer(new byte[0])).isEmpty();
    }

    @Test
    void mandatoryFieldsCodeListsDatesAndLengthsAreChecked() {
        var zonderVerwijzer = jeugdhulp();
        zonderVerwijzer.remove("VERWIJZER");
        assertThat(fouten(zonderVerwijzer)).containsExactly("Regel 1: VERWIJZER (3.2) is verplicht en ontbreekt.");
        var code07 = jeugdhulp();
        code07.put("VERWIJZER", "07");
        assertThat(fouten(code07)).containsExactly("Regel 1: VERWIJZER (3.2) heeft code 07, die de codelijst niet kent.");
        var datum = jeugdhulp();
        datum.put("DATUM_AANVANG", "20260231");
        assertThat(fouten(datum)).containsExactly("Regel 1: DATUM_AANVANG (3.5) is geen datum JJJJMMDD.");
        var bsn = jeugdhulp();
        bsn.put("BSN", "12345");
        assertThat(fouten(bsn)).containsExactly("Regel 1: BSN (2.2) moet 9 cijfers zijn.");
        var postcode = jeugdhulp();
        postcode.put("POSTCODE", "3441b");
        assertThat(fouten(postcode)).containsExactly("Regel 1: POSTCODE (2.5) is geen postcode (1234AB) en geen gemeentecode (4 cijfers).");
        var zonderReden = jeugdhulp();
        zonderReden.remove("REDEN_BEEINDIGING");
        assertThat(fouten(zonderReden)).containsExactly("Regel 1: REDEN_BEEINDIGING is verplicht bij een DATUM_EINDE.");
        var omgekeerd = jeugdhulp();
        omgekeerd.put("DATUM_EINDE", "20251231");
        assertThat(fouten(omgekeerd)).containsExactly("Regel 1: DATUM_EINDE ligt voor DATUM_AANVANG.");
        var meting = jeugdhulp();
        meting.put("TEVREDENHEID", "08");
        assertThat(fouten(meting)).containsExactly("Regel 1: TYPE_INFORMANT is verplicht bij een meting van de outcome (4.5).");
        assertThat(CbsJeugdbestand.controleer("JH kort\r\n".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly("Regel 1: de regel is 7 tekens lang, dat moet " + CbsJeugdbestand.regellengte(CbsJeugdbestand.JEUGDHULP) + " zijn.");
        assertThat(CbsJeugdbestand.controleer("XX\r\n".getBytes(StandardCharsets.US_ASCII))).containsExactly("Regel 1: de regel begint niet met JH of JB.");
    }

    @Test
    void theReasonOfEndingOfAMeasureBelongsToItsType() {
        var voogdij = maatregel();
        voogdij.put("DATUM_EINDE", "20260101");
        voogdij.put("REDEN_BEEINDIGING", "04");
        assertThat(fouten(voogdij)).containsExactly("Regel 1: REDEN_BEEINDIGING 04 hoort niet bij maatregel 21 (5.3.1).");
        voogdij.put("REDEN_BEEINDIGING", "14");
        assertThat(fouten(voogdij)).isEmpty();
        var jr = maatregel();
        jr.put("TYPE_MAATREGEL", "41");
        jr.put("DATUM_EINDE", "20260101");
        jr.put("REDEN_BEEINDIGING", "41");
        assertThat(fouten(jr)).containsExactly("Regel 1: ZORG_NA_AFLOOP is verplicht bij het einde van jeugdreclassering (5.3.1).");
        jr.put("ZORG_NA_AFLOOP", "51");
        jr.put("ERKENDE_INTERVENTIE", "01");
        assertThat(fouten(jr)).isEmpty();
        var ots = maatregel();
        ots.put("TYPE_MAATREGEL", "11");
        ots.put("ERKENDE_INTERVENTIE", "02");
        assertThat(fouten(ots)).containsExactly("Regel 1: ERKENDE_INTERVENTIE is alleen voor jeugdreclassering (5.2.4).");
    }

    @Test
    void aBirthDateMayHaveAnUnknownDayOrMonth() {
        assertThat(CbsJeugdbestand.datumGoed("20120300")).isTrue();
        assertThat(CbsJeugdbestand.datumGoed("20120000")).isTrue();
        assertThat(CbsJeugdbestand.datumGoed("20121300")).isFalse();
        assertThat(CbsJeugdbestand.datumGoed("2012031")).isFalse();
    }
}
