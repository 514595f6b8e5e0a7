package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Vervolgpagina;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seek paging of the team queue and the counts of the team overview (docs/decisions/0015). */
@IntegratieTest
class WachtrijIT {

    private static final String DOOR = "wachtrij-it";

    @LocalServerPort int port;
    @Autowired Wachtrij wachtrij;
    @Autowired VerstelbareKlok klok;
    @Autowired JdbcClient jdbc;

    private final Gebruiker teamleider = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);
    private final Gebruiker montfoort = new Gebruiker("montfoort", null, "Mohamed El Amrani", Rol.CONSULENT, "0335", null, null);
    private long jeugdteam;
    private long wmoteam;

    @BeforeEach
    void meldingen() {
        jeugdteam = jdbc.sql("select team_id from account where gebruikersnaam = 'jeugdconsulent'").query(Long.class).single();
        wmoteam = jdbc.sql("select team_id from account where gebruikersnaam = 'wmoconsulent'").query(Long.class).single();
        LocalDate vandaag = LocalDate.of(2026, 11, 23);
        // ties on end of term and moment received, to the microsecond: the id decides
        Instant gelijk = Instant.parse("2026-11-02T09:15:30.123456Z");
        for (int i = 0; i < 24; i++) {
            melding(jeugdteam, gelijk, vandaag.plusDays(20), i % 3 == 0 ? "jeugdconsulent" : null, "ONTVANGEN");
        }
        for (int i = 0; i < 40; i++) {
            Instant ontvangen = Instant.parse("2026-08-01T10:00:00Z").plus(Duration.ofHours(37L * i)).plusNanos(1000L * i);
            melding(jeugdteam, ontvangen, vandaag.plusDays(i % 9 - 4), i % 4 == 0 ? "jeugdconsulent" : null, i % 5 == 0 ? "IN_BEHANDELING" : "ONTVANGEN");
        }
        for (int i = 0; i < 10; i++) {
            melding(jeugdteam, gelijk, vandaag.plusDays(20), "jeugdconsulent", "ONDERZOEK_AFGEROND");
            melding(wmoteam, gelijk.plusSeconds(i), vandaag.plusDays(i), null, "ONTVANGEN");
        }
    }

    @AfterEach
    void opruimen() {
        jdbc.sql("delete from melding where ingediend_door = ?").param(DOOR).update();
        klok.herstel();
    }

    private void melding(long team, Instant ontvangen, LocalDate termijnEinde, String behandelaar, String status) {
        LocalDate datum = ontvangen.atZone(klok.getZone()).toLocalDate();
        Object[] zaak = jdbc.sql("select zaak_id, persoon_bsn, huishouden_id from melding where gemeente_code = '0632' order by id limit 1")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).single();
        jdbc.sql("""
                        insert into melding (versie, gemeente_code, persoon_bsn, huishouden_id, ingediend_door, omschrijving, urgentie, schulden,
                            dreiging, contactvoorkeur, kanaal, ontvangen_op, ontvangen_datum, termijn, termijn_einde, risico_datum, team_id, zaak_id,
                            behandelaar, behandelaar_naam, status)
                        values (0, '0632', ?, ?, ?, 'Gemaakt door WachtrijIT', 'NORMAAL', false, false, 'TELEFOON', 'ONLINE', ?, ?, 'WMO_ONDERZOEK',
                            ?, ?, ?, ?, ?, ?, ?)""")
                .params(zaak[1], zaak[2], DOOR, Timestamp.from(ontvangen), datum, termijnEinde, termijnEinde.minusDays(7), team, zaak[0],
                        behandelaar, behandelaar == null ? null : "Jasmijn Bakker", status)
                .update();
    }

    /** The queue in the order the offset paging always had, straight from the table. */
    private List<Long> verwacht(long team, boolean alleenNietOpgepakt) {
        return jdbc.sql("select id from melding where gemeente_code = '0632' and team_id = ? and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')"
                        + (alleenNietOpgepakt ? " and behandelaar is null" : "") + " order by termijn_einde, ontvangen_op, id")
                .param(team).query(Long.class).list();
    }

    @Test
    void thePagesTogetherListEveryOpenMeldingOnceInTheOrderOfTheOffsetPaging() {
        for (boolean alleenNietOpgepakt : new boolean[] {false, true}) {
            List<Long> verwacht = verwacht(jeugdteam, alleenNietOpgepakt);
            assertThat(verwacht).hasSizeGreaterThan(40);

            List<Long> gelezen = new ArrayList<>();
            String na = null;
            int paginas = 0;
            do {
                Vervolgpagina<Wachtrij.Regel> pagina = wachtrij.vanTeam(teamleider, jeugdteam, alleenNietOpgepakt, na, 7);
                assertThat(pagina.vanaf()).isEqualTo(gelezen.size());
                assertThat(pagina.totaal()).isEqualTo(verwacht.size());
                assertThat(pagina.inhoud()).hasSizeLessThanOrEqualTo(7);
                pagina.inhoud().forEach(r -> gelezen.add(r.meldingId()));
                na = pagina.volgende();
                paginas++;
            } while (na != null);
            assertThat(gelezen).as("alleen niet opgepakt: %s", alleenNietOpgepakt).isEqualTo(verwacht);
            assertThat(paginas).isEqualTo((verwacht.size() + 6) / 7);

            List<Long> opNummer = new ArrayList<>();
            for (int p = 0; p < paginas; p++) {
                wachtrij.vanTeam(teamleider, jeugdteam, alleenNietOpgepakt, p, 7).inhoud().forEach(r -> opNummer.add(r.meldingId()));
            }
            assertThat(opNummer).isEqualTo(verwacht);
        }
    }

    @Test
    void aMeldingThatLeavesTheQueueBetweenPagesMakesNoOtherSkipOrRepeat() {
        Vervolgpagina<Wachtrij.Regel> eerste = wachtrij.vanTeam(teamleider, jeugdteam, true, null, 10);
        long opgepakt = eerste.inhoud().get(3).meldingId();
        jdbc.sql("update melding set behandelaar = 'jeugdconsulent' where id = ?").param(opgepakt).update();
        List<Long> verwacht = verwacht(jeugdteam, true);
        Vervolgpagina<Wachtrij.Regel> tweede = wachtrij.vanTeam(teamleider, jeugdteam, true, eerste.volgende(), 10);
        int waar = verwacht.indexOf(eerste.inhoud().getLast().meldingId());
        assertThat(tweede.inhoud()).extracting(Wachtrij.Regel::meldingId).isEqualTo(verwacht.subList(waar + 1, waar + 11));
    }

    @Test
    void aPositionFromAnotherTeamOrMunicipalityShowsNothingOfIt() {
        String naJeugd = wachtrij.vanTeam(teamleider, jeugdteam, false, null, 5).volgende();
        assertThatThrownBy(() -> wachtrij.vanTeam(teamleider, wmoteam, false, naJeugd, 5)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> wachtrij.vanTeam(montfoort, jeugdteam, false, naJeugd, 5)).isInstanceOf(NietGevondenException.class);
        long montfoortTeam = jdbc.sql("select team_id from account where gebruikersnaam = 'montfoort'").query(Long.class).single();
        Gebruiker montfoorter = new Gebruiker("montfoort", null, "Mohamed El Amrani", Rol.CONSULENT, "0335", montfoortTeam, null);
        assertThatThrownBy(() -> wachtrij.vanTeam(montfoorter, montfoortTeam, false, naJeugd, 5)).isInstanceOf(OngeldigeInvoerException.class);

        // a made-up position that names the reader's own team reads only that team, whatever its key
        Wachtrijpositie verzonnen = new Wachtrijpositie(wmoteam, 0, LocalDate.of(2000, 1, 1), Instant.EPOCH, 0);
        assertThat(wachtrij.vanTeam(teamleider, wmoteam, false, verzonnen.tekst(), 100).inhoud())
                .extracting(Wachtrij.Regel::meldingId).isEqualTo(verwacht(wmoteam, false));
    }

    @Test
    void theOverviewCountsWhatTheTableHoldsAsMeldingenMoveAndDaysPass() {
        zelfdeAlsDeTabel();
        List<Long> mijn = jdbc.sql("select id from melding where ingediend_door = ? and team_id = ? and status = 'ONTVANGEN' order by id")
                .params(DOOR, jeugdteam).query(Long.class).list();
        jdbc.sql("update melding set behandelaar = 'jeugdconsulent', behandelaar_naam = 'Jasmijn Bakker' where id = ? and behandelaar is null")
                .param(mijn.get(1)).update();
        jdbc.sql("update melding set status = 'ONDERZOEK_AFGEROND' where id = ?").param(mijn.get(5)).update();
        jdbc.sql("update melding set team_id = ? where id = ?").params(wmoteam, mijn.get(9)).update();
        jdbc.sql("update melding set termijn_einde = termijn_einde + 30, risico_datum = risico_datum + 30 where id = ?").param(mijn.get(2)).update();
        jdbc.sql("update melding set behandelaar = null, behandelaar_naam = null where ingediend_door = ? and status = 'ONDERZOEK_AFGEROND'")
                .param(DOOR).update();
        jdbc.sql("update melding set status = 'IN_BEHANDELING' where id = ?").param(mijn.get(5)).update();
        jdbc.sql("update melding set omschrijving = 'Anders' where id = ?").param(mijn.get(3)).update();
        jdbc.sql("update melding set status = 'INGETROKKEN' where id = ?").param(mijn.get(6)).update();
        zelfdeAlsDeTabel();
        jdbc.sql("update melding set status = 'ONTVANGEN' where id = ?").param(mijn.get(6)).update();
        jdbc.sql("update melding set status = 'INGETROKKEN' where id = ?").param(mijn.get(7)).update();
        jdbc.sql("delete from melding where id = ?").param(mijn.get(4)).update();
        zelfdeAlsDeTabel();
        klok.verzet(Duration.ofDays(12));
        zelfdeAlsDeTabel();
        klok.verzet(Duration.ofDays(400));
        zelfdeAlsDeTabel();
    }

    /** Urgent meldingen nobody took up, each held against the norm on its own. */
    private long overDeNorm(long teamId, LocalDate vandaag) {
        return jdbc.sql("""
                        select ontvangen_datum from melding where gemeente_code = '0632' and team_id = ? and behandelaar is null and urgentie = 'DRINGEND'
                        and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')""").param(teamId).query(LocalDate.class).list().stream()
                .filter(ontvangen -> Reactienorm.overschreden(ontvangen, vandaag)).count();
    }

    private void zelfdeAlsDeTabel() {
        LocalDate vandaag = LocalDate.now(klok);
        List<Wachtrij.Teamstand> standen = wachtrij.standVanGemeente(teamleider);
        assertThat(standen).extracting(s -> s.team().id()).contains(jeugdteam, wmoteam);
        for (Wachtrij.Teamstand stand : standen) {
            Wachtrij.Teamstand tabel = jdbc.sql("""
                            select count(*), sum(case when behandelaar is null then 1 else 0 end), sum(case when risico_datum < :vandaag then 1 else 0 end),
                                   sum(case when termijn_einde < :vandaag then 1 else 0 end), min(ontvangen_datum)
                            from melding where gemeente_code = '0632' and team_id = :team and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')""")
                    .param("vandaag", vandaag).param("team", stand.team().id())
                    .query((rs, i) -> {
                        LocalDate oudste = rs.getObject(5, LocalDate.class);
                        return new Wachtrij.Teamstand(stand.team(), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), oudste,
                                oudste == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(oudste, vandaag), overDeNorm(stand.team().id(), vandaag));
                    }).single();
            assertThat(stand).as(stand.team().naam()).isEqualTo(tabel);
            assertThat(wachtrij.vanTeam(teamleider, stand.team().id(), false, null, 1).totaal()).isEqualTo(tabel.open());
            assertThat(wachtrij.vanTeam(teamleider, stand.team().id(), true, null, 1).totaal()).isEqualTo(tabel.nietOpgepakt());
        }
    }

    private static final Pattern VOLGENDE = Pattern.compile("href=\"([^\"]*na=[^\"]+)\">Volgende pagina</a>");

    @Test
    void thePagesOfTheTeamleiderAndTheWerkbakGoOnWithAVolgendePaginaLink() throws Exception {
        List<Long> verwacht = verwacht(jeugdteam, false);
        HttpClient browser = Inloggen.als(port, "teamleider");
        List<String> gezien = new ArrayList<>();
        String pad = "/teams/" + jeugdteam;
        int vanaf = 0;
        while (pad != null) {
            String html = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            int tot = Math.min(vanaf + 25, verwacht.size());
            assertThat(html).contains("Meldingen " + (vanaf + 1) + " tot en met " + tot + " van " + verwacht.size());
            if (vanaf > 0) {
                assertThat(html).contains("Eerste pagina");
            }
            Matcher link = VOLGENDE.matcher(html);
            pad = link.find() ? link.group(1).replace("&amp;", "&") : null;
            gezien.add(html);
            vanaf = tot;
        }
        assertThat(vanaf).isEqualTo(verwacht.size());
        assertThat(gezien).hasSize((verwacht.size() + 24) / 25);

        HttpClient consulent = Inloggen.als(port, "jeugdconsulent");
        String werkbak = consulent.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/werk")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = VOLGENDE.matcher(werkbak);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).startsWith("/werk?na=");
        String tweede = consulent.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link.group(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(tweede).as("the werkbak pages the queue by ten").contains("Meldingen 11 tot en met").contains("Eerste pagina");
    }
}
