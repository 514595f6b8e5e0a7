package nl.dichtbij.berichten.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Declarations (323): every prestatie is checked against its toewijzing (client, product,
 * eenheid, period, volume, budget, tariff) and the earlier prestaties; accepted prestaties are
 * booked (they feed the money figures), rejected ones come back in the 325 (OP304).
 */
@Component
class Declaratieverwerking implements Verwerker {

    private final JdbcClient jdbc;
    private final Toewijzingen toewijzingen;
    private final Clock clock;

    Declaratieverwerking(JdbcClient jdbc, Toewijzingen toewijzingen, Clock clock) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.clock = clock;
    }

    private record Geboekt(String debetCredit, long volume, long bedragCenten, LocalDate begindatum) {
    }

    private record Regel(Toewijzing toewijzing, String bsn, String referentie, String debetCredit, LocalDate begin, LocalDate einde,
                         long volume, String eenheid, long bedrag, String categorie, String code) {
    }

    @Override
    public boolean verwerkt(Berichtsoort soort) {
        return soort.nummer().equals("323");
    }

    @Override
    public void verwerk(Ontvangen bericht, Beoordeling beoordeling) {
        Knoop declaratie = bericht.wortel().kind("Declaratie");
        String nummer = declaratie.waarde("DeclaratieNummer");
        String standaard = bericht.soort().standaard().name();
        LocalDate periodeBegin = declaratie.datum("DeclaratiePeriode/Begindatum");
        LocalDate periodeEinde = declaratie.datum("DeclaratiePeriode/Einddatum");
        long ingediend = bedrag(declaratie.pad("TotaalIngediendBedrag"), "TotaalBedrag");
        boolean bestaat = jdbc.sql("select count(*) from declaratie where aanbieder_agb = ? and standaard = ? and declaratie_nummer = ?")
                .params(bericht.afzender(), standaard, nummer).query(Long.class).single() > 0;
        if (bestaat) {
            beoordeling.declaratieCode("9333");
            return;
        }
        List<Regel> goedgekeurd = new ArrayList<>();
        List<String> referentiesInBericht = new ArrayList<>();
        for (Knoop client : declaratie.pad("Clienten").kinderen("Client")) {
            String bsn = client.waarde("Bsn");
            for (Knoop prestatie : client.pad("Prestaties").kinderen("Prestatie")) {
                String referentie = prestatie.waarde("ProductReferentie/ReferentieNummer");
                String debetCredit = prestatie.waarde("IngediendBedrag/DebetCredit");
                String sleutel = referentie + "/" + debetCredit;
                if (referentiesInBericht.contains(sleutel)) {
                    beoordeling.afkeuren(prestatie, "8021");
                    continue;
                }
                referentiesInBericht.add(sleutel);
                Optional<Regel> regel = beoordeel(bericht, bsn, prestatie, periodeBegin, periodeEinde, goedgekeurd, beoordeling);
                regel.ifPresent(goedgekeurd::add);
            }
        }
        long toegekend = 0;
        for (Regel r : goedgekeurd) {
            long bedrag = "C".equals(r.debetCredit()) ? -r.bedrag() : r.bedrag();
            toegekend += bedrag;
            jdbc.sql("""
                            insert into declaratie_regel (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer, product_referentie,
                                debet_credit, toewijzing_id, persoon_bsn, productcategorie, productcode, begindatum, einddatum, volume, eenheid,
                                bedrag_centen, geboekt_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(bericht.gemeente(), standaard, bericht.afzender(), bericht.id(), nummer, r.referentie(), r.debetCredit(),
                            r.toewijzing().id(), r.bsn(), r.categorie(), r.code(), r.begin(), r.einde(), r.volume(), r.eenheid(), bedrag,
                            Timestamp.from(clock.instant()))
                    .update();
        }
        jdbc.sql("""
                        insert into declaratie (gemeente_code, standaard, aanbieder_agb, declaratie_nummer, inkomend_bericht_id, periode_begin, periode_einde,
                            ingediend_centen, toegekend_centen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bericht.gemeente(), standaard, bericht.afzender(), nummer, bericht.id(), periodeBegin, periodeEinde,
                        "C".equals(declaratie.waarde("TotaalIngediendBedrag/DebetCredit")) ? -ingediend : ingediend, toegekend)
                .update();
        beoordeling.toegekend(toegekend);
        beoordeling.declaratieCode(beoordeling.ietsAfgekeurdOnder(declaratie) ? "0200" : "8001");
    }

    private Optional<Regel> beoordeel(Ontvangen bericht, String bsn, Knoop p, LocalDate periodeBegin, LocalDate periodeEinde,
                                      List<Regel> eerder, Beoordeling beoordeling) {
        Long nummer = p.getal("ToewijzingNummer");
        Optional<Toewijzing> gevonden = nummer == null ? Optional.empty()
                : toewijzingen.metNummer(bericht.gemeente(), bericht.soort().standaard(), nummer).filter(t -> t.aanbiederAgb().equals(bericht.afzender()));
        if (gevonden.isEmpty()) {
            beoordeling.afkeuren(p, "9338");
            return Optional.empty();
        }
        Toewijzing t = gevonden.get();
        String referentie = p.waarde("ProductReferentie/ReferentieNummer");
        String debetCredit = p.waarde("IngediendBedrag/DebetCredit");
        LocalDate begin = p.datum("ProductPeriode/Begindatum");
        LocalDate einde = p.datum("ProductPeriode/Einddatum");
        long volume = p.getal("GeleverdVolume");
        String eenheid = p.waarde("Eenheid");
        long bedrag = bedrag(p.pad("IngediendBedrag"), "Bedrag");
        String categorie = p.waarde("ProductCategorie");
        String code = p.waarde("ProductCode");
        List<String> fouten = new ArrayList<>();
        if (!t.persoonBsn().equals(bsn)) {
            fouten.add("8187");
        }
        if (t.verwijderd()) {
            fouten.add("9384");
        }
        if (!t.productcategorie().equals(categorie)) {
            fouten.add("9339");
        }
        if (t.productcode() != null && !t.productcode().equals(code)) {
            fouten.add("9340");
        }
        if (t.eenheid() != null && !t.eenheid().equals(eenheid)) {
            fouten.add("9341");
        }
        if (begin.isBefore(t.ingangsdatum()) || (t.einddatum() != null && begin.isAfter(t.einddatum()))) {
            fouten.add("9307");
        }
        if (einde.isBefore(t.ingangsdatum()) || (t.einddatum() != null && einde.isAfter(t.einddatum()))) {
            fouten.add("9308");
        }
        if (begin.isBefore(periodeBegin) || einde.isAfter(periodeEinde) || !begin.withDayOfMonth(1).equals(einde.withDayOfMonth(1))) {
            fouten.add("9319");
        }
        if (begin.getDayOfMonth() != 1 && !(t.ingangsdatum().getMonth() == begin.getMonth() && t.ingangsdatum().getYear() == begin.getYear()
                && !t.ingangsdatum().isBefore(begin.withDayOfMonth(1)))) {
            fouten.add("9387");
        }
        if (!einde.equals(einde.with(TemporalAdjusters.lastDayOfMonth())) && !(t.einddatum() != null
                && t.einddatum().withDayOfMonth(1).equals(einde.withDayOfMonth(1)))) {
            fouten.add("9388");
        }
        String tarief = p.waarde("ProductTarief");
        if (tarief != null && !"83".equals(eenheid) && Long.parseLong(tarief) * volume != bedrag) {
            fouten.add("9346");
        }
        List<Geboekt> geboekt = jdbc.sql("select debet_credit, volume, bedrag_centen, begindatum from declaratie_regel "
                        + "where aanbieder_agb = ? and standaard = ? and product_referentie = ?")
                .params(bericht.afzender(), bericht.soort().standaard().name(), referentie).query(Geboekt.class).list();
        if ("D".equals(debetCredit) && geboekt.stream().anyMatch(g -> g.debetCredit().equals("D"))) {
            fouten.add("8021");
        }
        if ("C".equals(debetCredit)) {
            long debet = geboekt.stream().filter(g -> g.debetCredit().equals("D")).count();
            long credit = geboekt.stream().filter(g -> g.debetCredit().equals("C")).count();
            if (debet == 0) {
                fouten.add("8017");
            } else if (credit >= debet) {
                fouten.add("9390");
            }
        }
        if ("D".equals(debetCredit) && fouten.isEmpty()) {
            volumeEnBudget(t, begin, einde, volume, bedrag, eerder).ifPresent(fouten::add);
        }
        if (!fouten.isEmpty()) {
            fouten.forEach(f -> beoordeling.afkeuren(p, f));
            return Optional.empty();
        }
        return Optional.of(new Regel(t, bsn, referentie, debetCredit, begin, einde, volume, eenheid, bedrag, categorie, code));
    }

    /** TR321/TR322 on the omvang, TR369 on the budget. */
    private Optional<String> volumeEnBudget(Toewijzing t, LocalDate begin, LocalDate einde, long volume, long bedrag, List<Regel> eerder) {
        if (t.volume() != null && t.frequentie() != null) {
            long dagen = ChronoUnit.DAYS.between(begin, einde) + 1;
            long toegestaan = switch (t.frequentie()) {
                case "1" -> t.volume() * dagen;
                case "2" -> t.volume() * ((dagen + 6) / 7);
                case "4" -> t.volume();
                default -> Long.MAX_VALUE;
            };
            if (volume > toegestaan) {
                return Optional.of("9321");
            }
            if ("6".equals(t.frequentie())) {
                long totaal = netto(t.id(), true) + eerder.stream().filter(r -> r.toewijzing().id() == t.id())
                        .mapToLong(r -> "C".equals(r.debetCredit()) ? -r.volume() : r.volume()).sum();
                if (totaal + volume > t.volume()) {
                    return Optional.of("9322");
                }
            }
        }
        if (t.budgetCenten() != null) {
            long totaal = netto(t.id(), false) + eerder.stream().filter(r -> r.toewijzing().id() == t.id())
                    .mapToLong(r -> "C".equals(r.debetCredit()) ? -r.bedrag() : r.bedrag()).sum();
            if (totaal + bedrag > t.budgetCenten()) {
                return Optional.of("9369");
            }
        }
        return Optional.empty();
    }

    private long netto(long toewijzingId, boolean volume) {
        String kolom = volume ? "case when debet_credit = 'C' then -volume else volume end" : "bedrag_centen";
        return Objects.requireNonNullElse(jdbc.sql("select sum(" + kolom + ") from declaratie_regel where toewijzing_id = ?")
                .param(toewijzingId).query(Long.class).single(), 0L);
    }

    private static long bedrag(Knoop knoop, String veld) {
        return knoop == null ? 0 : knoop.getal(veld) == null ? 0 : knoop.getal(veld);
    }
}
