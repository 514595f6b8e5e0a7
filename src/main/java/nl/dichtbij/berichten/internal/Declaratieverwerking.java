package nl.dichtbij.berichten.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.dichtbij.aanbod.Contracten;
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
    private final Contracten contracten;
    private final Clock clock;
    private final Declaratiesommen sommen;

    Declaratieverwerking(JdbcClient jdbc, Toewijzingen toewijzingen, Contracten contracten, Clock clock, Declaratiesommen sommen) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.contracten = contracten;
        this.clock = clock;
        this.sommen = sommen;
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
            beoordeling.declaratieCode(Retourcode.DECLARATIENUMMER_NIET_UNIEK);
            return;
        }
        List<Regel> goedgekeurd = new ArrayList<>();
        List<String> referentiesInBericht = new ArrayList<>();
        Map<String, Declaratieregels.Afgesproken> afspraken = new java.util.HashMap<>();
        for (Knoop client : declaratie.pad("Clienten").kinderen("Client")) {
            String bsn = client.waarde("Bsn");
            for (Knoop prestatie : client.pad("Prestaties").kinderen("Prestatie")) {
                String referentie = prestatie.waarde("ProductReferentie/ReferentieNummer");
                String debetCredit = prestatie.waarde("IngediendBedrag/DebetCredit");
                String sleutel = referentie + "/" + debetCredit;
                if (referentiesInBericht.contains(sleutel)) {
                    beoordeling.afkeuren(prestatie, Retourcode.REFERENTIE_AL_AANGELEVERD);
                    continue;
                }
                referentiesInBericht.add(sleutel);
                Optional<Regel> regel = beoordeel(bericht, bsn, prestatie, periodeBegin, periodeEinde, goedgekeurd, beoordeling, afspraken);
                regel.ifPresent(goedgekeurd::add);
            }
        }
        long toegekend = 0;
        List<Declaratiesommen.Geboekt> geboekt = new ArrayList<>();
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
            geboekt.add(new Declaratiesommen.Geboekt(bericht.gemeente(), standaard, bericht.afzender(), r.toewijzing().id(), r.bsn(), r.categorie(),
                    r.begin(), bedrag));
        }
        sommen.boek(geboekt);
        jdbc.sql("""
                        insert into declaratie (gemeente_code, standaard, aanbieder_agb, declaratie_nummer, inkomend_bericht_id, periode_begin, periode_einde,
                            ingediend_centen, toegekend_centen) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bericht.gemeente(), standaard, bericht.afzender(), nummer, bericht.id(), periodeBegin, periodeEinde,
                        "C".equals(declaratie.waarde("TotaalIngediendBedrag/DebetCredit")) ? -ingediend : ingediend, toegekend)
                .update();
        beoordeling.toegekend(toegekend);
        beoordeling.declaratieCode(beoordeling.ietsAfgekeurdOnder(declaratie) ? Retourcode.GEEN_OPMERKING : Retourcode.DECLARATIE_VOLLEDIG_TOEGEKEND);
    }

    /**
     * What the contract says for the prestatie, looked up once per provider, product and day within a message. A prestatie on
     * a category without a product code (an aspecific toewijzing) has no product tariff to compare. A contract taken over from
     * before contract management (V82) that has no tariff yet on the day is not compared either, until beleid adds its tariffs.
     */
    private Declaratieregels.Afgesproken afgesproken(Ontvangen bericht, Declaratieregels.Prestatie p, Map<String, Declaratieregels.Afgesproken> afspraken) {
        if (p.code() == null) {
            return Declaratieregels.Afgesproken.budget();
        }
        return afspraken.computeIfAbsent(p.code() + "/" + p.begin(), sleutel -> contracten
                .afspraak(bericht.gemeente(), bericht.afzender(), bericht.soort().standaard().wet(), p.code(), p.begin())
                .map(a -> !a.bekostigingsvorm().heeftTarief() ? Declaratieregels.Afgesproken.budget()
                        : a.tarief() != null ? Declaratieregels.Afgesproken.tarief(a.tarief().tariefCenten(), a.tarief().eenheid())
                        : a.kenmerk().startsWith("OVERGENOMEN-") ? Declaratieregels.Afgesproken.budget()
                        : Declaratieregels.Afgesproken.tarief(null, null))
                .orElse(Declaratieregels.Afgesproken.geenContract()));
    }

    private Optional<Regel> beoordeel(Ontvangen bericht, String bsn, Knoop p, LocalDate periodeBegin, LocalDate periodeEinde,
                                      List<Regel> eerder, Beoordeling beoordeling, Map<String, Declaratieregels.Afgesproken> afspraken) {
        Long nummer = p.getal("ToewijzingNummer");
        Optional<Toewijzing> gevonden = nummer == null ? Optional.empty()
                : toewijzingen.metNummer(bericht.gemeente(), bericht.soort().standaard(), nummer).filter(t -> t.aanbiederAgb().equals(bericht.afzender()));
        if (gevonden.isEmpty()) {
            beoordeling.afkeuren(p, Retourcode.PRESTATIE_ZONDER_TOEWIJZING);
            return Optional.empty();
        }
        Toewijzing t = gevonden.get();
        String referentie = p.waarde("ProductReferentie/ReferentieNummer");
        String tarief = p.waarde("ProductTarief");
        var prestatie = new Declaratieregels.Prestatie(bsn, p.waarde("IngediendBedrag/DebetCredit"), p.datum("ProductPeriode/Begindatum"),
                p.datum("ProductPeriode/Einddatum"), p.getal("GeleverdVolume"), p.waarde("Eenheid"), bedrag(p.pad("IngediendBedrag"), "Bedrag"),
                p.waarde("ProductCategorie"), p.waarde("ProductCode"), tarief == null ? null : Long.parseLong(tarief));
        List<String> geboekt = jdbc.sql("select debet_credit from declaratie_regel "
                        + "where aanbieder_agb = ? and standaard = ? and product_referentie = ?")
                .params(bericht.afzender(), bericht.soort().standaard().name(), referentie).query(String.class).list();
        List<Regel> ditBericht = eerder.stream().filter(r -> r.toewijzing().id() == t.id()).toList();
        var stand = new Declaratieregels.Eerder(geboekt.stream().filter("D"::equals).count(), geboekt.stream().filter("C"::equals).count(),
                () -> netto(t.id(), true) + ditBericht.stream().mapToLong(r -> "C".equals(r.debetCredit()) ? -r.volume() : r.volume()).sum(),
                () -> netto(t.id(), false) + ditBericht.stream().mapToLong(r -> "C".equals(r.debetCredit()) ? -r.bedrag() : r.bedrag()).sum());
        Declaratieregels.Afgesproken afgesproken = afgesproken(bericht, prestatie, afspraken);
        List<Retourcode> codes = Declaratieregels.beoordeel(prestatie, t, new Declaratieregels.Periode(periodeBegin, periodeEinde), stand, afgesproken);
        if (!codes.isEmpty()) {
            codes.forEach(c -> beoordeling.afkeuren(p, c));
            afgewezen(bericht, prestatie, referentie, afgesproken, codes);
            return Optional.empty();
        }
        return Optional.of(new Regel(t, bsn, referentie, prestatie.debetCredit(), prestatie.begin(), prestatie.einde(), prestatie.volume(),
                prestatie.eenheid(), prestatie.bedragCenten(), prestatie.categorie(), prestatie.code()));
    }

    /** A refused prestatie is kept without the BSN: beleid sees what was refused, and why, per provider and month. */
    private void afgewezen(Ontvangen bericht, Declaratieregels.Prestatie p, String referentie, Declaratieregels.Afgesproken afgesproken,
                           List<Retourcode> codes) {
        jdbc.sql("""
                        insert into declaratie_afwijzing (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer,
                            product_referentie, productcode, begindatum, bedrag_centen, tarief_centen, contract_tarief_centen, retourcodes,
                            tarief_afgewezen, afgewezen_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bericht.gemeente(), bericht.soort().standaard().name(), bericht.afzender(), bericht.id(),
                        bericht.wortel().kind("Declaratie").waarde("DeclaratieNummer"), referentie, p.code(), p.begin(),
                        p.credit() ? -p.bedragCenten() : p.bedragCenten(), p.tariefCenten(), afgesproken.tariefCenten(),
                        String.join(",", codes.stream().map(Retourcode::code).toList()), codes.contains(Retourcode.TARIEF_NIET_CONTRACTUEEL),
                        Timestamp.from(clock.instant()))
                .update();
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
