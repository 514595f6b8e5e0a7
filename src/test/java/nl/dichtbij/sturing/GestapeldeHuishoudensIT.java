package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.dossier.Logboek;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The drill-down from the stacking figure to the households behind it: the teamleider's list, counted like the figure. */
@IntegratieTest
class GestapeldeHuishoudensIT {

    private static final Gebruiker TEAMLEIDER = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);

    @Autowired GestapeldeHuishoudens huishoudens;
    @Autowired Stapelingsanalyse analyse;
    @Autowired Logboek logboek;
    @Autowired Clock clock;

    @Test
    void theListHoldsExactlyTheHouseholdsTheFigureCounts() {
        Stapeling s = analyse.analyse("0632", 2017);
        assertThat(s.huishoudensDrieOfMeer()).isPositive();
        assertThat(huishoudens.lijst(TEAMLEIDER, 2017, null, null, 0).totaal()).isEqualTo(s.huishoudensDrieOfMeer());
        for (Stapeling.Gebied kern : s.perKern()) {
            assertThat(huishoudens.lijst(TEAMLEIDER, 2017, kern.kern(), null, 0).totaal()).as(kern.kern()).isEqualTo(kern.drieOfMeer());
        }
        Stapeling.Gebied wijk = s.perWijk().stream().filter(w -> w.drieOfMeer() > 0).findFirst().orElseThrow();
        Pagina<GestapeldeHuishoudens.Huishouden> pagina = huishoudens.lijst(TEAMLEIDER, 2017, wijk.kern(), wijk.wijk(), 0);
        assertThat(pagina.totaal()).isEqualTo(wijk.drieOfMeer());

        List<GestapeldeHuishoudens.Huishouden> alle = new ArrayList<>();
        Pagina<GestapeldeHuishoudens.Huishouden> deel;
        int nummer = 0;
        do {
            deel = huishoudens.lijst(TEAMLEIDER, 2017, null, null, nummer++);
            alle.addAll(deel.inhoud());
        } while (deel.heeftVolgende());
        assertThat(alle).hasSize((int) s.huishoudensDrieOfMeer())
                .allSatisfy(h -> {
                    assertThat(h.voorzieningen()).isGreaterThanOrEqualTo(3);
                    assertThat(h.regelingen()).isNotEmpty();
                    assertThat(h.bewoners()).isNotEmpty();
                    assertThat(h.adres()).isNotBlank();
                });
        assertThat(alle.stream().map(GestapeldeHuishoudens.Huishouden::huishoudenId).distinct()).hasSize(alle.size());
        assertThat(alle).filteredOn(h -> h.regelingen().size() >= 3).as("households under three or more regelingen are among them").isNotEmpty();
    }

    @Test
    void onlyTheTeamleiderSeesNamesAndEveryLookIsLogged() {
        Gebruiker beleid = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
        assertThatThrownBy(() -> huishoudens.lijst(beleid, 2017, null, null, 0)).isInstanceOf(AccessDeniedException.class);
        Gebruiker bestuur = new Gebruiker("bestuur", null, "Anouk Verhoef", Rol.BESTUUR, "0632", null, null);
        assertThatThrownBy(() -> huishoudens.lijst(bestuur, 2017, null, null, 0)).isInstanceOf(AccessDeniedException.class);

        LocalDate vandaag = LocalDate.now(clock);
        long voor = gelogd(vandaag);
        Pagina<GestapeldeHuishoudens.Huishouden> pagina = huishoudens.lijst(TEAMLEIDER, 2017, null, null, 1);
        long bewoners = pagina.inhoud().stream().mapToLong(h -> h.bewoners().size()).sum();
        assertThat(bewoners).isPositive();
        assertThat(gelogd(vandaag) - voor).as("one log line per resident shown").isEqualTo(bewoners);

        Gebruiker andereGemeente = new Gebruiker("teamleider-montfoort", null, "Teamleider Montfoort", Rol.TEAMLEIDER, "0335", null, null);
        assertThat(huishoudens.lijst(andereGemeente, 2017, "Woerden", null, 0).totaal()).as("Montfoort's teamleider sees none of Woerden").isZero();
    }

    private long gelogd(LocalDate dag) {
        return logboek.zoek("0632", null, "teamleider", dag, dag, 0).totaal();
    }
}
