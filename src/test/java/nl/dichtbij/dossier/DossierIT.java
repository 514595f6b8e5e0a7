package nl.dichtbij.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access log's hash chain, consent that takes effect at once and expires, and the retention run. */
@IntegratieTest
class DossierIT {

    @Autowired Logboek logboek;
    @Autowired Toestemmingen toestemmingen;
    @Autowired Dossiertoegang dossiertoegang;
    @Autowired Bewaartermijnen bewaartermijnen;
    @Autowired Gemeenten gemeenten;
    @Autowired JdbcClient jdbc;
    @Autowired VerstelbareKlok klok;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private Verwerking.Nieuw regel(String gemeente, String bsn) {
        return new Verwerking.Nieuw(gemeente, "tester", "Tester", "CONSULENT", bsn, Dossierdeel.PLAN, Handeling.INZIEN, "Test", "GET /test");
    }

    @Test
    void theHashChainRevealsAChangedRemovedOrTruncatedLine() {
        String gemeente = "9" + (System.nanoTime() % 900 + 100);
        // the lines of one call are sealed into one of the municipality's chains
        logboek.vastleggen(List.of(regel(gemeente, "111111110"), regel(gemeente, "222222220"), regel(gemeente, "333333330"),
                regel(gemeente, "444444440")));
        assertThat(logboek.controleer(gemeente).intact()).isTrue();
        assertThat(logboek.controleer(gemeente).gecontroleerd()).isEqualTo(4);

        jdbc.sql("update verwerking set actor_naam = 'Iemand anders' where gemeente_code = ? and volgnummer = 2").param(gemeente).update();
        Logboek.Controle gewijzigd = logboek.controleer(gemeente);
        assertThat(gewijzigd.intact()).isFalse();
        assertThat(gewijzigd.eersteFout()).isEqualTo(2);
        jdbc.sql("update verwerking set actor_naam = 'Tester' where gemeente_code = ? and volgnummer = 2").param(gemeente).update();
        assertThat(logboek.controleer(gemeente).intact()).isTrue();

        jdbc.sql("delete from verwerking where gemeente_code = ? and volgnummer = 4").param(gemeente).update();
        assertThat(logboek.controleer(gemeente).intact()).isFalse();
        jdbc.sql("delete from verwerking where gemeente_code = ? and volgnummer = 3").param(gemeente).update();
        assertThat(logboek.controleer(gemeente).eersteFout()).isEqualTo(3);
    }

    @Test
    void someoneWithEveryRightOnTheDatabaseButNotTheKeyCannotRewriteTheChain() throws Exception {
        String gemeente = "8" + (System.nanoTime() % 900 + 100);
        logboek.vastleggen(java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> regel(gemeente, "11111111" + i)).toList());
        assertThat(logboek.controleer(gemeente).intact()).isTrue();
        int keten = ketenVan(gemeente);

        // remove the look at resident 3, renumber the lines after it and recompute their hashes and the head, as the hostile test did
        jdbc.sql("delete from verwerking where gemeente_code = ? and volgnummer = 3").param(gemeente).update();
        for (long n = 4; n <= 5; n++) {
            jdbc.sql("update verwerking set volgnummer = ? where gemeente_code = ? and volgnummer = ?").params(n - 1, gemeente, n).update();
        }
        String vorige = jdbc.sql("select hash from verwerking where gemeente_code = ? and volgnummer = 2").param(gemeente).query(String.class).single();
        for (long n = 3; n <= 4; n++) {
            var r = jdbc.sql("select volgnummer, tijdstip, betrokkene_bsn from verwerking where gemeente_code = ? and volgnummer = ?")
                    .params(gemeente, n).query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                            rs.getString(3)}).single();
            String inhoud = vorige + "|" + gemeente + "/" + keten + "|" + n + "|" + ((java.time.Instant) r[1]).toEpochMilli()
                    + "|tester|Tester|CONSULENT|" + r[2] + "|PLAN|INZIEN|Test|GET /test";
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(inhoud.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.sql("update verwerking set vorige_hash = ?, hash = ? where gemeente_code = ? and volgnummer = ?").params(vorige, hash, gemeente, n)
                    .update();
            vorige = hash;
        }
        jdbc.sql("update logboek_keten set volgnummer = 4, hash = ? where gemeente_code = ? and keten = ?").params(vorige, gemeente, keten).update();

        Logboek.Controle controle = logboek.controleer(gemeente);
        assertThat(controle.intact()).isFalse();
        assertThat(controle.eersteFout()).isEqualTo(3);
    }

    @Test
    void theAnchorOutsideTheDatabaseCatchesAChainCutShortEvenWithItsHeadRepaired() {
        String gemeente = "7" + (System.nanoTime() % 900 + 100);
        logboek.vastleggen(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> regel(gemeente, "22222222" + i)).toList());
        int keten = ketenVan(gemeente);
        logboek.verankerAlles();
        assertThat(logboek.controleer(gemeente).uitleg()).contains("ankers buiten de database kloppen");

        // drop the last line and point the head at the line before: the chain itself is consistent again
        jdbc.sql("delete from verwerking where gemeente_code = ? and volgnummer = 4").param(gemeente).update();
        String hash = jdbc.sql("select hash from verwerking where gemeente_code = ? and volgnummer = 3").param(gemeente).query(String.class).single();
        jdbc.sql("update logboek_keten set volgnummer = 3, hash = ? where gemeente_code = ? and keten = ?").params(hash, gemeente, keten).update();

        Logboek.Controle controle = logboek.controleer(gemeente);
        assertThat(controle.intact()).isFalse();
        assertThat(controle.uitleg()).contains("ontbreken").contains("anker");
    }

    @Test
    void writersSpreadOverParallelChainsAndEachChainIsCheckedAndAnchored() {
        String gemeente = "6" + (System.nanoTime() % 900 + 100);
        for (int i = 10; i < 30; i++) {
            logboek.vastleggen(List.of(regel(gemeente, "3333333" + i)));
        }
        List<Integer> ketens = jdbc.sql("select distinct keten from verwerking where gemeente_code = ? order by keten").param(gemeente)
                .query(Integer.class).list();
        assertThat(ketens).as("each write takes a chain from a random place: twenty writes in one chain would be (1/16)^19").hasSizeGreaterThan(1)
                .allMatch(k -> k >= 1 && k <= 16);
        assertThat(jdbc.sql("select count(*) from verwerking where gemeente_code = ? and volgnummer is null").param(gemeente).query(Long.class).single())
                .as("sealed as written, nothing waits").isZero();
        logboek.verankerAlles();
        Logboek.Controle controle = logboek.controleer(gemeente);
        assertThat(controle.intact()).as(controle.uitleg()).isTrue();
        assertThat(controle.gecontroleerd()).isEqualTo(20);
        assertThat(controle.uitleg()).contains("Ook " + ketens.size() + " ankers buiten de database kloppen");

        int laatste = ketens.getLast();
        jdbc.sql("update verwerking set actor_naam = 'Iemand anders' where gemeente_code = ? and keten = ? and volgnummer = 1").params(gemeente, laatste)
                .update();
        Logboek.Controle gewijzigd = logboek.controleer(gemeente);
        assertThat(gewijzigd.intact()).isFalse();
        assertThat(gewijzigd.eersteFout()).isEqualTo(1);
        assertThat(gewijzigd.uitleg()).contains("van keten " + laatste);

        jdbc.sql("update verwerking set actor_naam = 'Tester' where gemeente_code = ? and keten = ? and volgnummer = 1").params(gemeente, laatste).update();
        assertThat(logboek.controleer(gemeente).intact()).isTrue();
    }

    private int ketenVan(String gemeente) {
        List<Integer> ketens = jdbc.sql("select distinct keten from verwerking where gemeente_code = ?").param(gemeente).query(Integer.class).list();
        assertThat(ketens).as("the lines of one call are in one chain").hasSize(1);
        return ketens.getFirst();
    }

    @Test
    void consentTakesEffectAtOnceCoversOnlyItsPartsAndExpires() {
        var nieuw = nl.dichtbij.Testhuishouden.in("0632").volwassene(45).inschrijven(inschrijvingen, klok);
        String bsn = nieuw.volwassene().bsn();
        long huishouden = nieuw.huishoudenId();
        Gebruiker inwoner = new Gebruiker("dossier-it", null, "Inwoner", Rol.INWONER, "0632", null, bsn);
        Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632",
                gemeenten.teamVoor("0632", Doelgroep.JEUGD).id(), null);

        assertThatThrownBy(() -> dossiertoegang.medewerker(consulent, "0632", huishouden, Dossierdeel.PLAN, Handeling.INZIEN))
                .isInstanceOf(GeenToegangException.class);
        Toestemming gegeven = toestemmingen.verlenen(inwoner, "MEDEWERKER:jeugdconsulent", null, EnumSet.of(Dossierdeel.PLAN),
                LocalDate.of(2026, 11, 30));
        assertThat(dossiertoegang.medewerker(consulent, "0632", huishouden, Dossierdeel.PLAN, Handeling.INZIEN).grondslag()).contains("Toestemming");
        assertThatThrownBy(() -> dossiertoegang.medewerker(consulent, "0632", huishouden, Dossierdeel.BESLUITEN, Handeling.INZIEN))
                .isInstanceOf(GeenToegangException.class);

        klok.verzet(Duration.ofDays(8));
        assertThatThrownBy(() -> dossiertoegang.medewerker(consulent, "0632", huishouden, Dossierdeel.PLAN, Handeling.INZIEN))
                .as("verlopen op 30 november").isInstanceOf(GeenToegangException.class);
        klok.herstel();

        toestemmingen.intrekken(inwoner, gegeven.id());
        assertThatThrownBy(() -> dossiertoegang.medewerker(consulent, "0632", huishouden, Dossierdeel.PLAN, Handeling.INZIEN))
                .isInstanceOf(GeenToegangException.class);
        assertThat(logboek.doorAnderen("0632", bsn, "dossier-it", 0).inhoud())
                .anySatisfy(r -> assertThat(r.grondslag()).contains("Toestemming van de inwoner"));
    }

    @Autowired Dossierexport dossierexport;
    @Autowired nl.dichtbij.personen.PersonenRegister register;

    /** AVG art. 15: the resident's whole file as a PDF he can read with a screen reader (tagged PDF/UA, embedded font). */
    @Test
    void theResidentsFileAsPdfIsTaggedWithHeadingsAndTablesAndReadsAsText() throws Exception {
        var nieuw = nl.dichtbij.Testhuishouden.in("0632").volwassene(45).inschrijven(inschrijvingen, klok);
        nl.dichtbij.personen.Persoon persoon = nieuw.volwassene();
        Gebruiker inwoner = new Gebruiker("dossier-export-it", null, persoon.naam(), Rol.INWONER, "0632", null, persoon.bsn());
        toestemmingen.verlenen(inwoner, "MEDEWERKER:jeugdconsulent", null, EnumSet.of(Dossierdeel.PLAN), null);

        byte[] pdf = dossierexport.pdf(inwoner);

        String tekst = nl.dichtbij.platform.PdfUa.assertToegankelijk(pdf);
        assertThat(tekst).contains("Dossier van " + persoon.naam()).contains("Persoonsgegevens").contains(persoon.bsn())
                .contains(register.adres("0632", nieuw.huishoudenId()).orElseThrow().regel())
                .contains("Toestemmingen").contains("tot intrekking").contains("Bewaartermijnen").contains("AVG artikel 15");
        assertThat(nl.dichtbij.platform.PdfUa.structuur(pdf)).contains("H1", "H2", "Table", "TH", "TD");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dossier van " + persoon.naam());
        }
    }

    @Autowired nl.dichtbij.toegang.Meldingen meldingen;
    @Autowired nl.dichtbij.toegang.Wachtrij wachtrij;

    @Test
    void aListThatShowsAResidentsNameIsLoggedAsALookAtHisPersonalia() {
        nl.dichtbij.personen.Persoon persoon = nl.dichtbij.Testhuishouden.in("0632").volwassene(64).inschrijven(inschrijvingen, klok).volwassene();
        String bsn = persoon.bsn();
        Gebruiker wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        var melding = meldingen.indienen(wmo, new nl.dichtbij.toegang.NieuweMelding(bsn, persoon.geboortedatum(), null, null, "Het lukt thuis niet meer.",
                java.util.Set.of(nl.dichtbij.platform.Levensgebied.PRAKTISCH_FUNCTIONEREN), nl.dichtbij.toegang.Urgentie.NORMAAL, false, false,
                nl.dichtbij.toegang.Contactvoorkeur.TELEFOON, "06 12345678", null, nl.dichtbij.toegang.Kanaal.TELEFOON, null));
        meldingen.oppakken(wmo, melding.id());

        assertThat(wachtrij.vanBehandelaar(wmo)).anyMatch(r -> r.meldingId() == melding.id());
        assertThat(logboek.alleVan("0632", bsn)).anySatisfy(r -> {
            assertThat(r.categorie()).isEqualTo(Dossierdeel.PERSONALIA);
            assertThat(r.grondslag()).startsWith("Werkvoorraad");
            assertThat(r.actor()).isEqualTo("wmoconsulent");
        });
    }

    @Test
    void retentionFirstReportsThenDestroysOnlyCasesPastTheirTerm() {
        Gebruiker privacy = new Gebruiker("privacy", null, "Priya Jansen", Rol.PRIVACY, "0632", null, null);
        long huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(70).inschrijven(inschrijvingen, klok).huishoudenId();
        long teamId = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        long oud = zaak(huishouden, teamId, Instant.parse("2014-01-10T10:00:00Z"));
        long recent = zaak(huishouden, teamId, Instant.parse("2024-01-10T10:00:00Z"));
        jdbc.sql("insert into zaak_bericht (zaak_id, volgnummer, tijdstip, tekst) values (?, 1, ?, 'Oud bericht')")
                .params(oud, Timestamp.from(Instant.parse("2013-05-01T10:00:00Z"))).update();

        Bewaartermijnen.Rapport proef = bewaartermijnen.proef(privacy);
        assertThat(proef.zaken()).extracting(Bewaartermijnen.Zaakregel::zaakId).contains(oud).doesNotContain(recent);
        assertThat(proef.zaken().stream().filter(z -> z.zaakId() == oud).findFirst().orElseThrow().perOnderdeel()).containsEntry("Zaak en regie", 2);
        assertThat(aantal(oud)).as("een proefrun verandert niets").isEqualTo(1);

        bewaartermijnen.vernietigen(privacy);
        assertThat(aantal(oud)).isZero();
        assertThat(aantal(recent)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from zaak_bericht where zaak_id = ?").param(oud).query(Long.class).single()).isZero();
    }

    private long zaak(long huishouden, long teamId, Instant gesloten) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into zaak (versie, gemeente_code, huishouden_id, lead_team_id, open, geopend_op, gesloten_op, sluitreden)
                        values (0, '0632', ?, ?, false, ?, ?, 'Doelen bereikt')""")
                .params(huishouden, teamId, Timestamp.from(gesloten.minus(Duration.ofDays(300))), Timestamp.from(gesloten)).update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private long aantal(long zaakId) {
        return jdbc.sql("select count(*) from zaak where id = ?").param(zaakId).query(Long.class).single();
    }
}
