package nl.dichtbij.programma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.programma.Clientervaring.Stap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21: the statutory client experience survey on Woerden's demo decisions of this year (2026 on the test clock): the
 * cycle in its order with date and who, invited residents answer once and anonymously, the results suppressed under 5.
 * (The browser test walks Wmo 2025; these tests take 2026, so they never meet.)
 */
@IntegratieTest
class ClientervaringIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Anouk Verhoef", Rol.BESTUUR, "0632", null, null);
    private static final Gebruiker MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);

    @Autowired Clientervaringen onderzoeken;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private int jaar() {
        return LocalDate.now(clock).getYear();
    }

    /** Who the decisions say had a granted provision under the law this year: read here the way the besluit module counts them. */
    private List<String> clienten(Wet wet) {
        return jdbc.sql("""
                        select distinct persoon_bsn from beschikking where gemeente_code = '0632' and wet = ? and uitkomst <> 'AFWIJZING'
                          and status in ('VASTGESTELD', 'GEWIJZIGD', 'BEEINDIGD') and ingangsdatum <= ? and (einddatum is null or einddatum >= ?)
                        order by persoon_bsn""")
                .params(wet.name(), LocalDate.of(jaar(), 12, 31), LocalDate.of(jaar(), 1, 1)).query(String.class).list();
    }

    private static Gebruiker inwoner(String bsn) {
        return new Gebruiker("inwoner-" + bsn, null, "Inwoner", Rol.INWONER, "0632", null, bsn);
    }

    private static Map<Stelling, Antwoord> alles(Wet wet, Antwoord antwoord) {
        Map<Stelling, Antwoord> a = new EnumMap<>(Stelling.class);
        Stelling.van(wet).forEach(s -> a.put(s, antwoord));
        return a;
    }

    @Test
    void theCycleGoesInOrderAndRecordsWhenAndWho() {
        int jaar = jaar();
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.HERINNEREN)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Nodig de inwoners eerst uit. Pas daarna kunt u herinneren.");
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.RAPPORTEREN)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> onderzoeken.stap(BESTUUR, jaar, Wet.JEUGDWET, Stap.UITNODIGEN)).isInstanceOf(NietGevondenException.class);

        Clientervaring o = onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.UITNODIGEN);
        assertThat(o.uitgenodigd()).isEqualTo(clienten(Wet.JEUGDWET).size()).isPositive();
        assertThat(o.uitgenodigdDoor()).isEqualTo("Bram de Vries (beleid)");
        assertThat(o.uitgenodigdOp()).isNotNull();
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.UITNODIGEN)).hasMessage("De inwoners zijn al uitgenodigd.");
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.RAPPORTEREN))
                .hasMessage("Sluit het onderzoek eerst. Pas daarna kunt u rapporteren.");

        assertThat(onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.HERINNEREN).herinnerdOp()).isNotNull();
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.HERINNEREN)).hasMessage("De herinnering is al verstuurd.");
        assertThat(onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.SLUITEN).geslotenDoor()).isEqualTo("Bram de Vries (beleid)");
        Clientervaring gerapporteerd = onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.RAPPORTEREN);
        assertThat(gerapporteerd.gerapporteerdOp()).isNotNull();
        assertThat(gerapporteerd.volgende()).isEmpty();
        assertThatThrownBy(() -> onderzoeken.stap(BELEID, jaar, Wet.JEUGDWET, Stap.RAPPORTEREN)).hasMessage("Er is al gerapporteerd.");

        // the invitation stores no BSN, only the keyed hash
        assertThat(jdbc.sql("select count(*) from clientervaring_uitnodiging where onderzoek_id = ? and sleutel in (" +
                String.join(",", clienten(Wet.JEUGDWET).stream().map(b -> "'" + b + "'").toList()) + ")").param(o.id()).query(Long.class).single()).isZero();
        // another municipality sees nothing of it
        assertThat(onderzoeken.vanJaar("0335", jaar)).doesNotContainKey(Wet.JEUGDWET);
        assertThatThrownBy(() -> onderzoeken.uitslag(MONTFOORT, o)).isInstanceOf(NietGevondenException.class);
    }

    @Test
    void invitedResidentsAnswerOnceAndTheResultsAreSuppressedUnderFive() {
        int jaar = jaar();
        List<String> clienten = clienten(Wet.WMO);
        assertThat(clienten).as("Woerden's demo has Wmo clients this year").hasSizeGreaterThanOrEqualTo(6);
        Clientervaring o = onderzoeken.stap(BELEID, jaar, Wet.WMO, Stap.UITNODIGEN);
        assertThat(o.uitgenodigd()).isEqualTo(clienten.size());

        Gebruiker eerste = inwoner(clienten.get(0));
        assertThat(onderzoeken.uitnodigingen(eerste)).extracting(Clientervaring::id).contains(o.id());
        Map<Stelling, Antwoord> onvolledig = alles(Wet.WMO, Antwoord.EENS);
        onvolledig.remove(Stelling.WMO_SNEL_GEHOLPEN);
        assertThatThrownBy(() -> onderzoeken.beantwoorden(eerste, o.id(), onvolledig)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsOnlyKeys(Stelling.WMO_SNEL_GEHOLPEN.veld()));

        Map<Stelling, Antwoord> eersteAntwoord = alles(Wet.WMO, Antwoord.HELEMAAL_EENS);
        eersteAntwoord.put(Stelling.WMO_SNEL_GEHOLPEN, Antwoord.WEET_NIET);
        onderzoeken.beantwoorden(eerste, o.id(), eersteAntwoord);
        assertThatThrownBy(() -> onderzoeken.beantwoorden(eerste, o.id(), alles(Wet.WMO, Antwoord.EENS))).hasMessage(Clientervaringen.AL_MEEGEDAAN);
        assertThat(onderzoeken.uitnodigingen(eerste)).extracting(Clientervaring::id).doesNotContain(o.id());

        for (int i = 1; i < 4; i++) {
            onderzoeken.beantwoorden(inwoner(clienten.get(i)), o.id(), alles(Wet.WMO, i == 3 ? Antwoord.ONEENS : Antwoord.EENS));
        }
        Ervaringsuitslag vier = onderzoeken.uitslag(BESTUUR, onderzoeken.van("0632", jaar, Wet.WMO).orElseThrow());
        assertThat(vier.onderdrukt()).isTrue();
        assertThat(vier.respondenten()).isNull();
        assertThat(vier.regels()).allSatisfy(r -> assertThat(r.percentageEens()).isNull());

        onderzoeken.beantwoorden(inwoner(clienten.get(4)), o.id(), alles(Wet.WMO, Antwoord.NEUTRAAL));
        Ervaringsuitslag vijf = onderzoeken.uitslag(BELEID, onderzoeken.van("0632", jaar, Wet.WMO).orElseThrow());
        assertThat(vijf.onderdrukt()).isFalse();
        assertThat(vijf.respondenten()).isEqualTo(5);
        assertThat(vijf.regels()).filteredOn(r -> r.stelling() == Stelling.WMO_WIST_WAAR).singleElement().satisfies(r -> {
            assertThat(r.n()).isEqualTo(5);
            assertThat(r.eens()).isEqualTo(3);
            assertThat(r.percentageEens()).isEqualByComparingTo("60.0");
        });
        assertThat(vijf.regels()).filteredOn(r -> r.stelling() == Stelling.WMO_SNEL_GEHOLPEN).singleElement()
                .satisfies(r -> assertThat(r.onderdrukt()).as("4 opinions: 'weet ik niet' does not count").isTrue());

        // a resident without a Wmo provision this year was not invited
        String nietUitgenodigd = jdbc.sql("select bsn from persoon where gemeente_code = '0632' order by bsn limit 300").query(String.class).list().stream()
                .filter(b -> !clienten.contains(b)).findFirst().orElseThrow();
        assertThat(onderzoeken.uitnodigingen(inwoner(nietUitgenodigd))).extracting(Clientervaring::id).doesNotContain(o.id());
        assertThatThrownBy(() -> onderzoeken.beantwoorden(inwoner(nietUitgenodigd), o.id(), alles(Wet.WMO, Antwoord.EENS)))
                .isInstanceOf(NietGevondenException.class);

        // closed: nobody answers any more
        onderzoeken.stap(BELEID, jaar, Wet.WMO, Stap.SLUITEN);
        assertThatThrownBy(() -> onderzoeken.beantwoorden(inwoner(clienten.get(5)), o.id(), alles(Wet.WMO, Antwoord.EENS)))
                .hasMessage("Deze vragenlijst is gesloten. U kunt niet meer meedoen.");
        // the answers carry nothing that links to a person
        assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'clientervaring_antwoord' and lower(column_name) like '%bsn%'")
                .query(Long.class).single()).isZero();
    }
}
