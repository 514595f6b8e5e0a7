package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.sturing.internal.Opslag;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every provision row carries the narrow columns the stacking analysis reads: the id of its area
 * (registered once per kern and wijk of a municipality) and the bit of its regeling.
 */
@IntegratieTest
class VoorzieningGebiedIT {

    private static final int JAAR = 2043;

    @Autowired Opslag opslag;
    @Autowired Stapelingsanalyse analyse;
    @Autowired TransactionTemplate transactie;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewAreaIsRegisteredOnceAndEveryRowPointsAtItsOwnArea() {
        String wijk = "Gebiedtest " + System.nanoTime();
        long huishouden = huishoudenVanWoerden(0);
        opslaan(new Opslag.Rij("0632", huishouden, wijk, "Woerden", Regeling.WMO_BEGELEIDING, "Begeleiding " + wijk, LocalDate.of(JAAR, 1, 1),
                null, Bron.OVERGENOMEN, null, null, "test"));
        opslaan(new Opslag.Rij("0632", huishouden, wijk, "Woerden", Regeling.SCHULDHULPVERLENING, "Schuldregeling " + wijk, LocalDate.of(JAAR, 1, 1),
                null, Bron.OVERGENOMEN, "SHV", null, "test"));

        assertThat(jdbc.sql("select count(*) from voorziening_gebied where gemeente_code = '0632' and kern = 'Woerden' and wijk = ?").param(wijk)
                .query(Long.class).single()).isEqualTo(1);
        List<String> rijen = jdbc.sql("""
                        select v.regeling, v.regeling_bit, g.kern, g.wijk from voorziening v join voorziening_gebied g on g.id = v.gebied_id
                        where v.wijk = ? order by v.regeling""").param(wijk)
                .query((rs, i) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + "/" + rs.getString(4)).list();
        assertThat(rijen).containsExactly("SCHULDHULPVERLENING 2 Woerden/" + wijk, "WMO_BEGELEIDING 8 Woerden/" + wijk);
    }

    @Test
    void aHouseholdWhoseProvisionsNameTwoAreasCountsOnceInTheAreaRegisteredFirst() {
        String eerst = "Verhuistest oud " + System.nanoTime();
        String later = "Verhuistest nieuw " + System.nanoTime();
        long huishouden = huishoudenVanWoerden(1);
        Stapeling voor = analyse.analyse("0632", JAAR);

        opslaan(new Opslag.Rij("0632", huishouden, eerst, "Woerden", Regeling.WERK_EN_INKOMEN, "Uitkering", LocalDate.of(JAAR, 3, 1), null,
                Bron.OVERGENOMEN, "FermWerk", null, "test"));
        opslaan(new Opslag.Rij("0632", huishouden, later, "Harmelen", Regeling.WMO_VOORZIENINGEN, "Rolstoel", LocalDate.of(JAAR, 9, 1), null,
                Bron.OVERGENOMEN, null, null, "test"));
        Stapeling na = analyse.analyse("0632", JAAR);

        assertThat(na.adressenMetVoorziening() - voor.adressenMetVoorziening()).isEqualTo(1);
        assertThat(na.perWijk().stream().mapToLong(Stapeling.Gebied::adressenMetVoorziening).sum()).isEqualTo(na.adressenMetVoorziening());
        Stapeling.Gebied oud = na.perWijk().stream().filter(g -> g.wijk().equals(eerst)).findFirst().orElseThrow();
        assertThat(oud.kern()).isEqualTo("Woerden");
        assertThat(oud.werkEnInkomen()).isEqualTo(1);
        assertThat(oud.wmoVoorzieningen()).isEqualTo(1);
        assertThat(na.perWijk()).noneMatch(g -> g.wijk().equals(later));
    }

    private void opslaan(Opslag.Rij rij) {
        transactie.executeWithoutResult(status -> opslag.opslaan(List.of(rij), Instant.now()));
    }

    private long huishoudenVanWoerden(int overslaan) {
        return jdbc.sql("select id from huishouden where gemeente_code = '0632' order by id limit 1 offset ?").param(50 + overslaan)
                .query(Long.class).single();
    }
}
