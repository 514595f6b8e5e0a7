package nl.dichtbij.berichten.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.demo.DemoVooraf;
import nl.dichtbij.platform.demo.Demodeel;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: a year of care in Woerden for the money figures — about 520 toewijzingen at the two
 * demo providers (Jeugd mostly after a GP referral, so without a decision; Wmo with the usual
 * products), and for every closed month one declaration per provider and law with a prestatie
 * per client, booked as if the JW323/WMO323 had come in. Deterministic (fixed seed). Written as soon as the
 * population is there, beside the demo parts before this one ({@link DemoVooraf}); its step waits for it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Gelddemo implements Demodeel, InitializingBean {

    private static final String GEMEENTE = "0632";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** One demo product line: how many clients, which ages, how much per month. */
    private record Lijn(String agb, String naam, String standaard, String categorie, String code, String omschrijving, int clienten,
                        int jongsteLeeftijd, int oudsteLeeftijd, int uurPerMaand, long tariefCenten) {
    }

    private static final List<Lijn> LIJNEN = List.of(
            new Lijn("42420001", "Jeugdhulp Voorbeeld B.V.", "IJW", "45", "45A01", "Ambulante jeugdhulp individueel", 180, 4, 17, 12, 7_500),
            new Lijn("42420001", "Jeugdhulp Voorbeeld B.V.", "IJW", "55", "55A11", "Landelijk ingekochte zorg, ambulant", 40, 6, 17, 8, 11_000),
            new Lijn("42420002", "Zorg Dichtbij Woerden", "IWMO", "01", "01A01", "Hulp bij het huishouden", 150, 75, 99, 12, 3_200),
            new Lijn("42420002", "Zorg Dichtbij Woerden", "IWMO", "02", "02A01", "Begeleiding individueel", 90, 25, 90, 8, 6_500),
            new Lijn("42420002", "Zorg Dichtbij Woerden", "IWMO", "07", "07A01", "Dagbesteding", 60, 60, 95, 24, 2_100));

    /** JZ588: most care ends as planned; some early, by the client, in agreement, to another provider or domain. */
    private static final String[] REDENEN_EINDE = {"31", "31", "31", "31", "32", "34", "38", "39"};

    private record Toewijzing(long id, Lijn lijn, String bsn, LocalDate ingang, LocalDate einde) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final PersonenRegister register;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    Gelddemo(JdbcTemplate jdbc, JdbcClient client, PersonenRegister register, TransactionTemplate transactie, Clock clock, DemoVooraf vooraf) {
        this.jdbc = jdbc;
        this.client = client;
        this.register = register;
        this.transactie = transactie;
        this.clock = clock;
        this.vooraf = vooraf;
    }

    @Override
    public void afterPropertiesSet() {
        taak = vooraf.naBevolking("demo-geldjaar", this::vul);
    }

    @Override
    public String naam() {
        return "geldjaar";
    }

    @Override
    public void vullen() {
        taak.wacht();
    }

    private void vul() {
        Integer al = jdbc.queryForObject("select count(*) from inkomend_bericht where identificatie like 'DEMO%'", Integer.class);
        if (al != null && al > 0) {
            return;
        }
        transactie.executeWithoutResult(s -> genereer());
    }

    private void genereer() {
        LocalDate vandaag = LocalDate.now(clock);
        int jaar = vandaag.getYear();
        Random toeval = new Random(632);
        List<Toewijzing> toewijzingen = new ArrayList<>();
        for (Lijn lijn : LIJNEN) {
            List<String> bsns = register.geborenTussen(GEMEENTE, vandaag.minusYears(lijn.oudsteLeeftijd() + 1),
                    vandaag.minusYears(lijn.jongsteLeeftijd()), null, lijn.clienten() * 3).stream().map(Persoon::bsn).toList();
            for (int i = 0; i < lijn.clienten() && i * 3 < bsns.size(); i++) {
                LocalDate ingang = LocalDate.of(jaar, 1, 1).minusDays(180).plusDays(toeval.nextInt(420));
                LocalDate einde = ingang.plusMonths(6 + toeval.nextInt(13)).minusDays(1);
                LocalDate start = ingang.plusDays(3 + toeval.nextInt(12));
                long id = invoegen("""
                                insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, persoon_bsn, aanbieder_agb, aanbieder_naam,
                                    productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie,
                                    referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum, reden_beeindiging)
                                values (?, ?, nextval('toewijzing_nummer_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, '04', '4', ?, ?, ?, ?, ?, ?)""",
                        GEMEENTE, lijn.standaard(), bsns.get(i * 3), lijn.agb(), lijn.naam(), lijn.categorie(), lijn.code(), lijn.omschrijving(),
                        ingang, einde, lijn.uurPerMaand(), "DEMO" + lijn.code() + i, Timestamp.from(ingang.atStartOfDay(NEDERLAND).toInstant()),
                        levering(start, einde, vandaag), start.isAfter(vandaag) ? null : start, einde.isBefore(vandaag) ? einde : null,
                        einde.isBefore(vandaag) ? REDENEN_EINDE[toeval.nextInt(REDENEN_EINDE.length)] : null);
                toewijzingen.add(new Toewijzing(id, lijn, bsns.get(i * 3), ingang, einde));
            }
        }
        for (int maand = 1; maand < vandaag.getMonthValue(); maand++) {
            LocalDate begin = LocalDate.of(jaar, maand, 1);
            LocalDate einde = begin.withDayOfMonth(begin.lengthOfMonth());
            for (String agb : List.of("42420001", "42420002")) {
                for (String standaard : List.of("IJW", "IWMO")) {
                    List<Toewijzing> lopend = toewijzingen.stream().filter(t -> t.lijn().agb().equals(agb) && t.lijn().standaard().equals(standaard)
                            && !t.ingang().isAfter(einde) && !t.einde().isBefore(begin)).toList();
                    if (!lopend.isEmpty()) {
                        declareer(agb, standaard, begin, einde, lopend, toeval);
                    }
                }
            }
        }
    }

    private static String levering(LocalDate start, LocalDate einde, LocalDate vandaag) {
        return start.isAfter(vandaag) ? "NIET_GESTART" : einde.isBefore(vandaag) ? "GESTOPT" : "GESTART";
    }

    private long invoegen(String sql, Object... waarden) {
        var sleutel = new GeneratedKeyHolder();
        client.sql(sql).params(waarden).update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private void declareer(String agb, String standaard, LocalDate begin, LocalDate einde, List<Toewijzing> lopend, Random toeval) {
        String soort = standaard.equals("IJW") ? "JW323" : "WMO323";
        String nummer = "DEMO" + begin.getYear() % 100 + String.format("%02d", begin.getMonthValue()) + agb.substring(6) + (standaard.equals("IJW") ? "J" : "W");
        Timestamp ontvangen = Timestamp.from(einde.plusDays(10).atStartOfDay(NEDERLAND).toInstant());
        long bericht = invoegen("""
                        insert into inkomend_bericht (afzender_agb, gemeente_code, berichtsoort, identificatie, dagtekening, xml, ontvangen_op, status,
                            pogingen, goedgekeurd, retoursoort, verwerkt_op)
                        values (?, ?, ?, ?, ?, ?, ?, 'VERWERKT', 1, true, ?, ?)""",
                agb, GEMEENTE, soort, nummer, einde.plusDays(10), "<!-- demo: declaratie door Dichtbij gegenereerd voor de demo -->", ontvangen,
                soort.replace("323", "325"), ontvangen);
        long totaal = 0;
        List<Object[]> regels = new ArrayList<>();
        for (Toewijzing t : lopend) {
            long volume = Math.max(1, t.lijn().uurPerMaand() - 2 + toeval.nextInt(4));
            long bedrag = volume * t.lijn().tariefCenten();
            totaal += bedrag;
            LocalDate van = t.ingang().isAfter(begin) ? t.ingang() : begin;
            LocalDate tot = t.einde().isBefore(einde) ? t.einde() : einde;
            regels.add(new Object[] {GEMEENTE, standaard, agb, bericht, nummer, "DEMO" + t.id() + "M" + begin.getMonthValue(), "D", t.id(), t.bsn(),
                    t.lijn().categorie(), t.lijn().code(), van, tot, volume, "04", bedrag, ontvangen});
        }
        jdbc.batchUpdate("""
                insert into declaratie_regel (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer, product_referentie,
                    debet_credit, toewijzing_id, persoon_bsn, productcategorie, productcode, begindatum, einddatum, volume, eenheid, bedrag_centen,
                    geboekt_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", regels);
        // a provider declares a little more than is granted: a few prestaties do not fit the toewijzing
        long ingediend = totaal + totaal / 50;
        jdbc.update("""
                        insert into declaratie (gemeente_code, standaard, aanbieder_agb, declaratie_nummer, inkomend_bericht_id, periode_begin, periode_einde,
                            ingediend_centen, toegekend_centen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                GEMEENTE, standaard, agb, nummer, bericht, begin, einde, ingediend, totaal);
    }
}
