package nl.dichtbij.aanbod;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.aanbod.Contractregels.Gegevens;
import nl.dichtbij.aanbod.Contractregels.Plafondstand;
import nl.dichtbij.aanbod.Contractregels.Tariefgegevens;
import nl.dichtbij.platform.Bedrag;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts (issue 16): what the municipality, or its region, agreed with a provider under a law — the commissioning model,
 * the products with their bekostigingsvorm, tariffs with validity dates, a ceiling per year, a waiting-time norm. Beleid of the
 * municipality that manages a contract changes it; beleid of every municipality it applies to reads it. Every change raises
 * the version (optimistic: a stale form is refused, nothing typed is lost on the page) and leaves a line with who and when.
 * The rules are {@link Contractregels}.
 */
@Service
public class Contracten {

    /** A tariff list of a region is a few hundred lines; more in one file is a mistake or an attack. */
    static final int MEESTE_IMPORTREGELS = 10_000;

    private static final String CONTRACT = """
            select k.id, k.gemeente_code, k.kenmerk, k.regio, k.aanbieder_id, a.agb_code, a.naam as aanbieder_naam, k.wet, k.inkoopmodel,
                   k.ingangsdatum, k.einddatum, k.toelatingsvoorwaarden, k.tussentijds_toetreden, k.wachttijdnorm_dagen, k.versie,
                   k.gewijzigd_door, k.gewijzigd_op
            from inkoopcontract k join aanbieder a on a.id = k.aanbieder_id\s""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Uitvoeringscijfers uitvoering;
    private final nl.dichtbij.gemeente.Gemeenten gemeenten;

    Contracten(JdbcClient jdbc, Clock clock, Uitvoeringscijfers uitvoering, nl.dichtbij.gemeente.Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.uitvoering = uitvoering;
        this.gemeenten = gemeenten;
    }

    public record Contract(long id, String gemeenteCode, String kenmerk, String regio, long aanbiederId, String aanbiederAgb,
                           String aanbiederNaam, Wet wet, Inkoopmodel model, LocalDate ingangsdatum, LocalDate einddatum,
                           String toelatingsvoorwaarden, boolean tussentijdsToetreden, Integer wachttijdnormDagen, int versie,
                           String gewijzigdDoor, Instant gewijzigdOp, List<String> gemeenten, List<Contractproduct> producten,
                           List<Tarief> tarieven, List<Plafond> plafonds) {

        public boolean regionaal() {
            return gemeenten.size() > 1;
        }

        public boolean looptOp(LocalDate dag) {
            return !dag.isBefore(ingangsdatum) && (einddatum == null || !dag.isAfter(einddatum));
        }

        /** "1 januari 2018 tot en met 31 december 2026", or "vanaf 1 januari 2018, zonder einddatum". */
        public String looptijd() {
            return einddatum == null ? "vanaf " + Formaat.lang(ingangsdatum) + ", zonder einddatum"
                    : Formaat.lang(ingangsdatum) + " tot en met " + Formaat.lang(einddatum);
        }

        public Optional<Contractproduct> product(String productcode) {
            return producten.stream().filter(p -> p.productcode().equals(productcode)).findFirst();
        }

        public Optional<Tarief> tarief(String productcode, LocalDate dag) {
            return tarieven.stream().filter(t -> t.productcode().equals(productcode) && t.geldigOp(dag)).findFirst();
        }

        public Optional<Plafond> plafond(String gemeenteCode, int jaar) {
            return plafonds.stream().filter(p -> p.gemeenteCode().equals(gemeenteCode) && p.jaar() == jaar).findFirst();
        }
    }

    public record Contractproduct(String productcode, Bekostigingsvorm bekostigingsvorm) {
    }

    public record Tarief(long id, String productcode, LocalDate geldigVanaf, LocalDate geldigTot, long tariefCenten, String eenheid) {

        public boolean geldigOp(LocalDate dag) {
            return !dag.isBefore(geldigVanaf) && (geldigTot == null || !dag.isAfter(geldigTot));
        }

        public String periode() {
            return geldigTot == null ? "vanaf " + Formaat.lang(geldigVanaf) : Formaat.lang(geldigVanaf) + " tot en met " + Formaat.lang(geldigTot);
        }

        public String bedrag() {
            return Bedrag.tekst(BigDecimal.valueOf(tariefCenten, 2));
        }
    }

    public record Plafond(String gemeenteCode, int jaar, long bedragCenten) {
    }

    public record Versie(int versie, Instant tijdstip, String door, String wat) {
    }

    /** A contract in a list. */
    public record Contractregel(long id, String gemeenteCode, String kenmerk, String regio, String aanbiederNaam, String aanbiederAgb,
                                Wet wet, Inkoopmodel model, LocalDate ingangsdatum, LocalDate einddatum) {

        public String looptijd() {
            return einddatum == null ? "vanaf " + Formaat.lang(ingangsdatum) : Formaat.lang(ingangsdatum) + " t/m " + Formaat.lang(einddatum);
        }
    }

    /** What a declaration is checked against: the contract's bekostigingsvorm and the tariff on the day (null: none agreed). */
    public record Afspraak(long contractId, String kenmerk, Bekostigingsvorm bekostigingsvorm, Tarief tarief) {
    }

    /** A contracted provider for a product, as the consulent chooses with the resident: tariff, waiting time, ceiling. */
    public record Aanbieding(String productcode, Aanbieder aanbieder, String kenmerk, Bekostigingsvorm bekostigingsvorm, Tarief tarief,
                             Integer wachttijdDagen, Integer wachttijdnormDagen, Plafondstand plafond) {

        public boolean bovenNorm() {
            return wachttijdDagen != null && wachttijdnormDagen != null && wachttijdDagen > wachttijdnormDagen;
        }

        public String wachttijd() {
            return wachttijdDagen == null ? "nog niet bekend" : Formaat.dagen(wachttijdDagen);
        }
    }

    /** Which contracts a list shows. */
    public enum Stand {
        LOPEND, AFGELOPEN, ALLE;

        public static Optional<Stand> van(String naam) {
            return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(naam == null ? "" : naam.strip())).findFirst();
        }
    }

    /** Someone else changed the contract since the form was read; what was typed is not saved. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft dit contract intussen gewijzigd. Uw wijziging is nog niet bewaard. "
                    + "Kijk op de pagina van het contract wat er veranderd is en bewaar dan opnieuw.");
        }
    }

    // ---- reading: beleid of every municipality the contract applies to

    @Transactional(readOnly = true)
    public Pagina<Contractregel> lijst(Gebruiker lezer, Stand stand, int pagina, int grootte) {
        magLezen(lezer);
        LocalDate vandaag = LocalDate.now(clock);
        String waar = " from inkoopcontract k join aanbieder a on a.id = k.aanbieder_id"
                + " where exists (select 1 from contract_gemeente g where g.contract_id = k.id and g.gemeente_code = :gemeente)"
                + switch (stand) {
                    case LOPEND -> " and (k.einddatum is null or k.einddatum >= :vandaag)";
                    case AFGELOPEN -> " and k.einddatum < :vandaag";
                    case ALLE -> " and :vandaag = :vandaag";
                };
        Map<String, Object> params = Map.of("gemeente", lezer.gemeenteCode(), "vandaag", vandaag);
        long totaal = jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
        Pagina<Contractregel> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        List<Contractregel> inhoud = jdbc.sql("""
                        select k.id, k.gemeente_code, k.kenmerk, k.regio, a.naam as aanbieder_naam, a.agb_code, k.wet, k.inkoopmodel, k.ingangsdatum,
                               k.einddatum""" + waar + " order by a.naam, k.wet, k.ingangsdatum, k.id limit :grootte offset :vanaf")
                .params(params).param("grootte", leeg.grootte()).param("vanaf", leeg.offset())
                .query((rs, i) -> new Contractregel(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("kenmerk"), rs.getString("regio"),
                        rs.getString("aanbieder_naam"), rs.getString("agb_code"), Wet.valueOf(rs.getString("wet")),
                        Inkoopmodel.valueOf(rs.getString("inkoopmodel")), datum(rs, "ingangsdatum"), datum(rs, "einddatum")))
                .list();
        return new Pagina<>(inhoud, leeg.pagina(), leeg.grootte(), totaal);
    }

    @Transactional(readOnly = true)
    public Contract contract(Gebruiker lezer, long id) {
        magLezen(lezer);
        Contract c = laad(id).orElseThrow(() -> new NietGevondenException("Contract " + id));
        if (!c.gemeenten().contains(lezer.gemeenteCode())) {
            throw new NietGevondenException("Contract " + id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Versie> historie(Gebruiker lezer, long id) {
        contract(lezer, id);
        return jdbc.sql("select versie, tijdstip, door, wat from contract_versie where contract_id = ? order by versie desc").param(id)
                .query((rs, i) -> new Versie(rs.getInt("versie"), rs.getTimestamp("tijdstip").toInstant(), rs.getString("door"), rs.getString("wat")))
                .list();
    }

    /** May this reader change the contract (beleid of the municipality that manages it)? */
    public boolean magWijzigen(Gebruiker lezer, Contract c) {
        return lezer.is(Rol.BELEID) && c.gemeenteCode().equals(lezer.gemeenteCode());
    }

    /** The ceiling of the year for the reader's municipality and how much of it is used; empty without a ceiling. */
    @Transactional(readOnly = true)
    public Optional<Plafondstand> plafondstand(Contract c, String gemeenteCode, int jaar) {
        return c.plafond(gemeenteCode, jaar).map(p -> new Plafondstand(p.bedragCenten(),
                uitvoering.besteedCenten(gemeenteCode, c.aanbiederAgb(), c.wet(), jaar, productcodes(c))));
    }

    /** What the municipality spent under the contract in the year: granted declarations of its provider for its products. */
    @Transactional(readOnly = true)
    public long besteed(Contract c, String gemeenteCode, int jaar) {
        return uitvoering.besteedCenten(gemeenteCode, c.aanbiederAgb(), c.wet(), jaar, productcodes(c));
    }

    @Transactional(readOnly = true)
    public Integer wachttijd(Contract c, String gemeenteCode) {
        return uitvoering.wachttijdDagen(gemeenteCode, c.aanbiederAgb(), c.wet(), LocalDate.now(clock));
    }

    // ---- for other modules: the decision form and the declaration check

    /** The waiting-time norm of a provider under a law in a municipality in a year: from the contract named by its kenmerk. */
    public record Wachttijdnorm(String aanbiederAgb, Wet wet, String kenmerk, int normDagen) {
    }

    /**
     * Per provider and law the waiting-time norm of the contracts that apply to the municipality and run on at least one day of
     * the year: of the one that started last (the one in force at the end of the year), among those with a norm. One query,
     * however many contracts.
     */
    @Transactional(readOnly = true)
    public List<Wachttijdnorm> wachttijdnormen(String gemeenteCode, int jaar) {
        Map<String, Wachttijdnorm> normen = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.agb_code, k.wet, k.kenmerk, k.wachttijdnorm_dagen from inkoopcontract k join aanbieder a on a.id = k.aanbieder_id
                        where exists (select 1 from contract_gemeente g where g.contract_id = k.id and g.gemeente_code = ?)
                          and k.ingangsdatum <= ? and (k.einddatum is null or k.einddatum >= ?) and k.wachttijdnorm_dagen is not null
                        order by a.agb_code, k.wet, k.ingangsdatum desc, k.id desc""")
                .params(gemeenteCode, LocalDate.of(jaar, 12, 31), LocalDate.of(jaar, 1, 1))
                .query((rs, i) -> normen.putIfAbsent(rs.getString(1) + "/" + rs.getString(2),
                        new Wachttijdnorm(rs.getString(1), Wet.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4))))
                .list();
        return List.copyOf(normen.values());
    }

    /**
     * The contract and tariff a provider's delivery on {@code dag} falls under; empty when no contract covers it. One query:
     * every prestatie of every declaration asks this, so it does not load the whole contract (the latest contract that covers
     * the day, its product, and of the product's tariffs valid on the day the one that started first).
     */
    @Transactional(readOnly = true)
    public Optional<Afspraak> afspraak(String gemeenteCode, String aanbiederAgb, Wet wet, String productcode, LocalDate dag) {
        return jdbc.sql("""
                        select k.id, k.kenmerk, p.bekostigingsvorm, t.id as tarief_id, t.geldig_vanaf, t.geldig_tot, t.tarief_centen, t.eenheid
                        from inkoopcontract k join aanbieder a on a.id = k.aanbieder_id
                        join contract_gemeente g on g.contract_id = k.id and g.gemeente_code = ?
                        join contract_product p on p.contract_id = k.id and p.productcode = ?
                        left join contract_tarief t on t.contract_id = k.id and t.productcode = p.productcode
                            and t.geldig_vanaf <= ? and (t.geldig_tot is null or t.geldig_tot >= ?)
                        where a.agb_code = ? and k.wet = ? and k.ingangsdatum <= ? and (k.einddatum is null or k.einddatum >= ?)
                        order by k.ingangsdatum desc, k.id, t.geldig_vanaf limit 1""")
                .params(gemeenteCode, productcode, dag, dag, aanbiederAgb, wet.name(), dag, dag)
                .query((rs, i) -> new Afspraak(rs.getLong("id"), rs.getString("kenmerk"), Bekostigingsvorm.valueOf(rs.getString("bekostigingsvorm")),
                        rs.getObject("tarief_id") == null ? null : new Tarief(rs.getLong("tarief_id"), productcode, datum(rs, "geldig_vanaf"),
                                datum(rs, "geldig_tot"), rs.getLong("tarief_centen"), rs.getString("eenheid"))))
                .optional();
    }

    /**
     * Every provider contracted on {@code dag} for a product of the law in the municipality, with its tariff, the current
     * waiting time against the norm and the ceiling of the year: what the consulent and the resident choose from.
     */
    @Transactional(readOnly = true)
    public List<Aanbieding> aanbiedingen(String gemeenteCode, Wet wet, LocalDate dag) {
        List<Long> ids = jdbc.sql("""
                        select k.id from inkoopcontract k join contract_gemeente g on g.contract_id = k.id and g.gemeente_code = ?
                        join aanbieder a on a.id = k.aanbieder_id
                        where k.wet = ? and k.ingangsdatum <= ? and (k.einddatum is null or k.einddatum >= ?)
                          and (a.beeindigd_per is null or a.beeindigd_per > ?) and (a.ingeschreven_vanaf is null or a.ingeschreven_vanaf <= ?)""")
                .params(gemeenteCode, wet.name(), dag, dag, dag, dag).query(Long.class).list();
        List<Aanbieding> aanbiedingen = new ArrayList<>();
        Map<String, Integer> wachttijden = ids.isEmpty() ? Map.of() : uitvoering.wachttijden(gemeenteCode, wet, dag);
        for (Contract c : laadAlle(ids).values()) {
            Integer wacht = wachttijden.get(c.aanbiederAgb());
            Plafondstand plafond = c.plafond(gemeenteCode, dag.getYear())
                    .map(p -> new Plafondstand(p.bedragCenten(), uitvoering.besteedCenten(gemeenteCode, c.aanbiederAgb(), wet, dag.getYear(), productcodes(c))))
                    .orElse(null);
            Aanbieder aanbieder = new Aanbieder(c.aanbiederId(), c.aanbiederAgb(), c.aanbiederNaam());
            for (Contractproduct p : c.producten()) {
                aanbiedingen.add(new Aanbieding(p.productcode(), aanbieder, c.kenmerk(), p.bekostigingsvorm(), c.tarief(p.productcode(), dag).orElse(null),
                        wacht, c.wachttijdnormDagen(), plafond));
            }
        }
        aanbiedingen.sort(Comparator.comparing(Aanbieding::productcode).thenComparing(a -> a.aanbieder().naam()));
        return aanbiedingen;
    }

    // ---- changing: beleid of the managing municipality

    @Transactional
    public Contract vastleggen(Gebruiker beleid, Gegevens gegevens) {
        magMaken(beleid);
        Gegevens g = metEigenGemeente(gegevens, beleid.gemeenteCode());
        Map<String, String> fouten = Contractregels.nieuw(g, beleid.gemeenteCode(), omgeving());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Instant nu = clock.instant();
        try {
            jdbc.sql("""
                        insert into inkoopcontract (gemeente_code, kenmerk, regio, aanbieder_id, wet, inkoopmodel, ingangsdatum, einddatum,
                            toelatingsvoorwaarden, tussentijds_toetreden, wachttijdnorm_dagen, versie, gewijzigd_door, gewijzigd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(beleid.gemeenteCode(), g.kenmerk().strip(), regio(g), g.aanbiederId(), g.wet().name(), g.model().name(), g.ingangsdatum(),
                        g.einddatum(), tekst(g.toelatingsvoorwaarden()), g.tussentijdsToetreden(), g.wachttijdnormDagen(), beleid.naam(),
                        Timestamp.from(nu))
                .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // someone of the same municipality saved the same kenmerk a moment earlier
            throw new OngeldigeInvoerException("kenmerk", "Uw gemeente heeft al een contract met kenmerk " + g.kenmerk().strip() + ". Kies een ander kenmerk.");
        }
        long id = jdbc.sql("select id from inkoopcontract where gemeente_code = ? and kenmerk = ?").params(beleid.gemeenteCode(), g.kenmerk().strip())
                .query(Long.class).single();
        for (String gemeente : g.gemeenten().stream().distinct().toList()) {
            jdbc.sql("insert into contract_gemeente (contract_id, gemeente_code) values (?, ?)").params(id, gemeente).update();
        }
        versieregel(id, 1, beleid, "Vastgelegd: " + g.model().label() + ", " + g.wet().label() + ", " + laad(id).orElseThrow().looptijd()
                + (g.gemeenten().size() > 1 ? ", regio " + regio(g) + " (" + String.join(", ", g.gemeenten().stream().map(this::gemeentenaam).toList()) + ")"
                : "") + ".");
        return laad(id).orElseThrow();
    }

    /** Changes the terms; provider, law and municipalities stay (toewijzingen and ceilings hang on them). */
    @Transactional
    public Contract wijzigen(Gebruiker beleid, long id, int versie, Gegevens gegevens) {
        Contract c = beheerd(beleid, id);
        Gegevens g = new Gegevens(gegevens.kenmerk(), c.regio(), c.aanbiederId(), c.wet(), gegevens.model(), gegevens.ingangsdatum(),
                gegevens.einddatum(), gegevens.toelatingsvoorwaarden(), gegevens.tussentijdsToetreden(), gegevens.wachttijdnormDagen(), c.gemeenten());
        Map<String, String> fouten = Contractregels.gegevens(g, c.gemeenteCode(), omgeving());
        if (!fouten.containsKey("kenmerk") && !g.kenmerk().strip().equals(c.kenmerk()) && omgeving().kenmerkBezet(c.gemeenteCode(), g.kenmerk().strip())) {
            fouten.put("kenmerk", "Uw gemeente heeft al een contract met kenmerk " + g.kenmerk().strip() + ".");
        }
        if (g.einddatum() != null && !g.einddatum().equals(c.einddatum()) && g.einddatum().isBefore(LocalDate.now(clock))) {
            fouten.putIfAbsent("einddatum", "Een contract eindigt vandaag of later; wat al gebeurd is verandert niet.");
        }
        if (g.ingangsdatum() != null && c.tarieven().stream().anyMatch(t -> t.geldigVanaf().isBefore(g.ingangsdatum()))) {
            fouten.put("ingangsdatum", "Er zijn tarieven die vóór deze ingangsdatum ingaan. Laat het contract niet later beginnen dan het eerste tarief.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        List<String> wat = new ArrayList<>();
        verschil(wat, "kenmerk", c.kenmerk(), g.kenmerk().strip());
        verschil(wat, "inkoopmodel", c.model().label(), g.model().label());
        verschil(wat, "ingangsdatum", Formaat.lang(c.ingangsdatum()), Formaat.lang(g.ingangsdatum()));
        verschil(wat, "einddatum", c.einddatum() == null ? "geen" : Formaat.lang(c.einddatum()), g.einddatum() == null ? "geen" : Formaat.lang(g.einddatum()));
        verschil(wat, "toelatingsvoorwaarden", tekst(c.toelatingsvoorwaarden()) == null ? "" : "(oud)", tekst(g.toelatingsvoorwaarden()) == null ? ""
                : tekst(g.toelatingsvoorwaarden()).equals(tekst(c.toelatingsvoorwaarden())) ? "(oud)" : "(nieuw)");
        verschil(wat, "tussentijds toetreden", c.tussentijdsToetreden() ? "ja" : "nee", g.tussentijdsToetreden() ? "ja" : "nee");
        verschil(wat, "wachttijdnorm", norm(c.wachttijdnormDagen()), norm(g.wachttijdnormDagen()));
        if (wat.isEmpty()) {
            return c;
        }
        int vervallen = g.einddatum() != null && (c.einddatum() == null || g.einddatum().isBefore(c.einddatum())) ? tarievenTot(c, g.einddatum()) : 0;
        int nieuw = nieuweVersie(beleid, id, versie, "Gewijzigd: " + String.join("; ", wat) + "."
                + (vervallen == 0 ? "" : " " + tarieven(vervallen) + " na de nieuwe einddatum vervallen."));
        jdbc.sql("""
                        update inkoopcontract set kenmerk = ?, inkoopmodel = ?, ingangsdatum = ?, einddatum = ?, toelatingsvoorwaarden = ?,
                            tussentijds_toetreden = ?, wachttijdnorm_dagen = ? where id = ? and versie = ?""")
                .params(g.kenmerk().strip(), g.model().name(), g.ingangsdatum(), g.einddatum(), tekst(g.toelatingsvoorwaarden()),
                        g.tussentijdsToetreden(), g.wachttijdnormDagen(), id, nieuw)
                .update();
        return laad(id).orElseThrow();
    }

    @Transactional
    public Contract productToevoegen(Gebruiker beleid, long id, int versie, String productcode, Bekostigingsvorm vorm) {
        Contract c = beheerd(beleid, id);
        Map<String, String> fouten = Contractregels.product(productcode, vorm, c, omgeving());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie, "Product " + productcode.strip() + " toegevoegd, " + vorm.label().toLowerCase() + ".");
        jdbc.sql("insert into contract_product (contract_id, productcode, bekostigingsvorm) values (?, ?, ?)")
                .params(id, productcode.strip(), vorm.name()).update();
        return laad(id).orElseThrow();
    }

    @Transactional
    public Contract tariefToevoegen(Gebruiker beleid, long id, int versie, Tariefgegevens tarief) {
        Contract c = beheerd(beleid, id);
        Map<String, String> fouten = Contractregels.tarief(tarief, c);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie, "Tarief " + tarief.productcode().strip() + ": " + Bedrag.tekst(BigDecimal.valueOf(tarief.tariefCenten(), 2))
                + " per " + eenheidnaam(tarief.eenheid()) + ", " + periode(tarief.geldigVanaf(), tarief.geldigTot()) + ".");
        tariefInvoegen(id, tarief);
        return laad(id).orElseThrow();
    }

    /**
     * A tariff changed during its term: the running tariff ends the day before {@code per}, the new amount runs from {@code per}
     * to where the old one would have ended. Deliveries before {@code per} keep the old tariff.
     */
    @Transactional
    public Contract tariefWijzigen(Gebruiker beleid, long id, int versie, long tariefId, Long nieuwCenten, LocalDate per) {
        Contract c = beheerd(beleid, id);
        Tarief oud = c.tarieven().stream().filter(t -> t.id() == tariefId).findFirst()
                .orElseThrow(() -> new NietGevondenException("Tarief " + tariefId));
        if (per == null || !per.isAfter(oud.geldigVanaf()) || !oud.geldigOp(per)) {
            throw new OngeldigeInvoerException("per", "Kies een dag ná " + Formaat.lang(oud.geldigVanaf()) + " waarop het huidige tarief nog geldt ("
                    + oud.periode() + ").");
        }
        Tariefgegevens nieuw = new Tariefgegevens(oud.productcode(), per, oud.geldigTot(), nieuwCenten, oud.eenheid());
        Contract zonderOud = zonderTarief(c, oud, per.minusDays(1));
        Map<String, String> fouten = Contractregels.tarief(nieuw, zonderOud);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie, "Tarief " + oud.productcode() + " gewijzigd per " + Formaat.lang(per) + ": " + oud.bedrag() + " wordt "
                + Bedrag.tekst(BigDecimal.valueOf(nieuwCenten, 2)) + ".");
        jdbc.sql("update contract_tarief set geldig_tot = ? where id = ?").params(per.minusDays(1), oud.id()).update();
        tariefInvoegen(id, nieuw);
        return laad(id).orElseThrow();
    }

    /** The yearly indexation: every tariff running on {@code per} becomes {@code procent} higher from that day. */
    @Transactional
    public Contract indexeren(Gebruiker beleid, long id, int versie, BigDecimal procent, LocalDate per) {
        Contract c = beheerd(beleid, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        Contractregels.Indexatie indexatie = Contractregels.indexeren(c, procent, per, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie, "Geïndexeerd met " + procent.stripTrailingZeros().toPlainString().replace('.', ',') + "% per "
                + Formaat.lang(per) + " (" + tarieven(indexatie.nieuw().size()) + ").");
        for (Tarief t : indexatie.afsluiten()) {
            jdbc.sql("update contract_tarief set geldig_tot = ? where id = ?").params(per.minusDays(1), t.id()).update();
        }
        indexatie.nieuw().forEach(t -> tariefInvoegen(id, t));
        return laad(id).orElseThrow();
    }

    /** The ceiling of a year for the reader's municipality; never below what was spent already. */
    @Transactional
    public Contract plafondVastleggen(Gebruiker beleid, long id, int versie, int jaar, Long bedragCenten) {
        magMaken(beleid);
        Contract c = contract(beleid, id);
        long besteed = uitvoering.besteedCenten(beleid.gemeenteCode(), c.aanbiederAgb(), c.wet(), jaar, productcodes(c));
        Map<String, String> fouten = Contractregels.plafond(jaar, bedragCenten, besteed);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie, "Plafond " + jaar + " voor " + gemeentenaam(beleid.gemeenteCode()) + ": "
                + Bedrag.tekst(BigDecimal.valueOf(bedragCenten, 2)) + ".");
        int bijgewerkt = jdbc.sql("update contract_plafond set bedrag_centen = ? where contract_id = ? and gemeente_code = ? and jaar = ?")
                .params(bedragCenten, id, beleid.gemeenteCode(), jaar).update();
        if (bijgewerkt == 0) {
            jdbc.sql("insert into contract_plafond (contract_id, gemeente_code, jaar, bedrag_centen) values (?, ?, ?, ?)")
                    .params(id, beleid.gemeenteCode(), jaar, bedragCenten).update();
        }
        return laad(id).orElseThrow();
    }

    /** Ends the contract on its last day; running toewijzingen stay until they are moved (the bulk transfer) or end. */
    @Transactional
    public Contract beeindigen(Gebruiker beleid, long id, int versie, LocalDate laatsteDag, String reden) {
        Contract c = beheerd(beleid, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (laatsteDag == null) {
            fouten.put("einddatum", "Vul de laatste dag van het contract in.");
        } else if (laatsteDag.isBefore(c.ingangsdatum())) {
            fouten.put("einddatum", "De laatste dag ligt vóór de ingangsdatum van het contract (" + Formaat.lang(c.ingangsdatum()) + ").");
        } else if (laatsteDag.isBefore(LocalDate.now(clock))) {
            fouten.put("einddatum", "Een contract eindigt vandaag of later; wat al gebeurd is verandert niet.");
        }
        if (reden == null || reden.isBlank() || reden.length() > 500) {
            fouten.put("reden", "Schrijf op waarom het contract stopt (hoogstens 500 tekens).");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int vervallen = tarievenTot(c, laatsteDag);
        nieuweVersie(beleid, id, versie, "Beëindigd: de laatste dag is " + Formaat.lang(laatsteDag) + ". Reden: " + reden.strip()
                + (vervallen == 0 ? "" : " " + tarieven(vervallen) + " na die dag vervallen."));
        jdbc.sql("update inkoopcontract set einddatum = ? where id = ?").params(laatsteDag, id).update();
        return laad(id).orElseThrow();
    }

    /** The outcome of a tariff import: the number of tariffs saved, or per line what is wrong (and then nothing is saved). */
    public record Tariefimport(int opgeslagen, List<String> fouten) {
    }

    /**
     * An example line for the tariff import that the municipality's own contracts accept as they are: the first product of a
     * running contract it manages whose last tariff has an end date, with a new tariff from the day after (the same amount and
     * unit). Empty when every tariff runs on without an end date: then any new tariff overlaps until the running one is closed.
     */
    @Transactional(readOnly = true)
    public Optional<String> importvoorbeeld(Gebruiker beleid) {
        magMaken(beleid);
        List<Long> ids = jdbc.sql("select id from inkoopcontract where gemeente_code = ? and (einddatum is null or einddatum >= ?) order by kenmerk")
                .params(beleid.gemeenteCode(), LocalDate.now(clock)).query(Long.class).list();
        for (Contract c : laadAlle(ids).values()) {
            for (Contractproduct p : c.producten()) {
                List<Tarief> van = c.tarieven().stream().filter(t -> t.productcode().equals(p.productcode())).toList();
                if (!p.bekostigingsvorm().heeftTarief() || van.isEmpty() || van.stream().anyMatch(t -> t.geldigTot() == null)) {
                    continue;
                }
                Tarief laatste = van.stream().max(java.util.Comparator.comparing(Tarief::geldigTot)).orElseThrow();
                LocalDate vanaf = laatste.geldigTot().plusDays(1);
                if (c.einddatum() != null && vanaf.isAfter(c.einddatum())) {
                    continue;
                }
                return Optional.of(String.join(";", c.kenmerk(), p.productcode(), vanaf.toString(), "",
                        java.math.BigDecimal.valueOf(laatste.tariefCenten(), 2).toPlainString().replace('.', ','), laatste.eenheid()));
            }
        }
        return Optional.empty();
    }

    /**
     * Tariffs from a CSV (semicolon or comma; columns kenmerk, productcode, geldig_vanaf, geldig_tot, tarief, eenheid) for the
     * contracts the reader's municipality manages. Every line is checked first, also against the lines above it; one wrong
     * line and nothing is saved, with a Dutch message per line. What was saved before stays as it was.
     */
    @Transactional
    public Tariefimport tarievenImporteren(Gebruiker beleid, Reader csv) {
        magMaken(beleid);
        List<String> fouten = new ArrayList<>();
        Map<Long, Contract> contracten = new LinkedHashMap<>();
        Map<Long, List<Tariefgegevens>> nieuw = new LinkedHashMap<>();
        List<CSVRecord> regels;
        try {
            StringBuilder gelezen = new StringBuilder();
            csv.transferTo(new java.io.Writer() {
                @Override
                public void write(char[] tekens, int vanaf, int aantal) {
                    if (gelezen.length() + aantal > 2_000_000) {
                        throw new IllegalArgumentException("te groot");
                    }
                    gelezen.append(tekens, vanaf, aantal);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            String tekst = gelezen.toString().replace("\uFEFF", "");
            String eerste = tekst.lines().findFirst().orElse("");
            char scheiding = eerste.contains(";") ? ';' : ',';
            regels = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(new java.io.StringReader(tekst)).getRecords();
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            return new Tariefimport(0, List.of("Het bestand is geen leesbaar CSV-bestand. Sla het op als CSV (puntkomma gescheiden) en probeer opnieuw."));
        }
        List<String> kolommen = List.of("kenmerk", "productcode", "geldig_vanaf", "geldig_tot", "tarief", "eenheid");
        if (regels.isEmpty()) {
            return new Tariefimport(0, List.of("Het bestand bevat geen tarieven. De eerste regel noemt de kolommen: " + String.join(";", kolommen) + "."));
        }
        List<String> ontbrekend = kolommen.stream().filter(k -> !regels.getFirst().isMapped(k)).toList();
        if (!ontbrekend.isEmpty()) {
            return new Tariefimport(0, List.of("De kolom" + (ontbrekend.size() > 1 ? "men " : " ") + String.join(", ", ontbrekend)
                    + " ontbreekt. De eerste regel noemt de kolommen: " + String.join(";", kolommen) + "."));
        }
        if (regels.size() > MEESTE_IMPORTREGELS) {
            return new Tariefimport(0, List.of("Het bestand heeft " + regels.size() + " regels; lees hoogstens " + MEESTE_IMPORTREGELS
                    + " tarieven tegelijk in. Splits het bestand."));
        }
        Map<String, Optional<Long>> kenmerken = new java.util.HashMap<>();
        // the version each contract was read at: saving checks that nobody changed it meanwhile (the overlap was checked on it)
        Map<Long, Integer> gelezenVersie = new java.util.HashMap<>();
        for (CSVRecord r : regels) {
            String regel = "Regel " + (r.getRecordNumber() + 1) + ": ";
            if (!r.isConsistent()) {
                fouten.add(regel + "Het aantal kolommen klopt niet (" + r.size() + " in plaats van " + kolommen.size() + ").");
                continue;
            }
            String kenmerk = r.get("kenmerk");
            Optional<Long> contractId = kenmerken.computeIfAbsent(kenmerk, k -> jdbc.sql("select id from inkoopcontract where gemeente_code = ? and kenmerk = ?")
                    .params(beleid.gemeenteCode(), k).query(Long.class).optional());
            if (contractId.isEmpty()) {
                fouten.add(regel + "Uw gemeente beheert geen contract met kenmerk '" + kenmerk + "'.");
                continue;
            }
            Contract c = contracten.computeIfAbsent(contractId.get(), cid -> laad(cid).orElseThrow());
            gelezenVersie.putIfAbsent(c.id(), c.versie());
            List<String> regelfouten = new ArrayList<>();
            LocalDate vanaf = importdag(r.get("geldig_vanaf"), "geldig_vanaf", regelfouten);
            LocalDate tot = r.get("geldig_tot").isBlank() ? null : importdag(r.get("geldig_tot"), "geldig_tot", regelfouten);
            Long centen = Bedrag.centen(r.get("tarief"));
            Tariefgegevens t = new Tariefgegevens(r.get("productcode"), vanaf, tot, centen, r.get("eenheid"));
            Map<String, String> regels2 = Contractregels.tarief(t, c);
            // a date that is no date has its own message; the rules' "fill in the date" would only repeat it
            regels2.forEach((veld, f) -> {
                if (regelfouten.isEmpty() || !veld.startsWith("geldig")) {
                    regelfouten.add(f);
                }
            });
            if (!regelfouten.isEmpty()) {
                regelfouten.forEach(f -> fouten.add(regel + f));
                continue;
            }
            nieuw.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(t);
            // a later line is checked against this one too: two lines of one file may not overlap
            List<Tarief> met = new ArrayList<>(c.tarieven());
            met.add(new Tarief(-1, t.productcode().strip(), vanaf, tot, centen, t.eenheid()));
            contracten.put(c.id(), metTarieven(c, met));
        }
        if (!fouten.isEmpty()) {
            return new Tariefimport(0, fouten);
        }
        int opgeslagen = 0;
        for (Map.Entry<Long, List<Tariefgegevens>> e : nieuw.entrySet()) {
            nieuweVersie(beleid, e.getKey(), gelezenVersie.get(e.getKey()), tarieven(e.getValue().size()) + " ingelezen uit een CSV-bestand.");
            for (Tariefgegevens t : e.getValue()) {
                tariefInvoegen(e.getKey(), t);
                opgeslagen++;
            }
        }
        return new Tariefimport(opgeslagen, List.of());
    }

    // ---- inside

    Optional<Contract> laad(long id) {
        return Optional.ofNullable(laadAlle(List.of(id)).get(id));
    }

    /** Contracts with their municipalities, products, tariffs and ceilings: five queries however many contracts. */
    Map<Long, Contract> laadAlle(java.util.Collection<Long> ids) {
        Map<Long, Contract> geladen = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return geladen;
        }
        Map<String, Object> p = Map.of("ids", ids);
        Map<Long, List<String>> waar = new java.util.HashMap<>();
        jdbc.sql("select contract_id, gemeente_code from contract_gemeente where contract_id in (:ids) order by gemeente_code").params(p)
                .query((rs, i) -> waar.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        Map<Long, List<Contractproduct>> producten = new java.util.HashMap<>();
        jdbc.sql("select contract_id, productcode, bekostigingsvorm from contract_product where contract_id in (:ids) order by productcode").params(p)
                .query((rs, i) -> producten.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Contractproduct(rs.getString(2), Bekostigingsvorm.valueOf(rs.getString(3))))).list();
        Map<Long, List<Tarief>> tarieven = new java.util.HashMap<>();
        jdbc.sql("""
                        select contract_id, id, productcode, geldig_vanaf, geldig_tot, tarief_centen, eenheid from contract_tarief
                        where contract_id in (:ids) order by productcode, geldig_vanaf""").params(p)
                .query((rs, i) -> tarieven.computeIfAbsent(rs.getLong("contract_id"), k -> new ArrayList<>()).add(new Tarief(rs.getLong("id"),
                        rs.getString("productcode"), datum(rs, "geldig_vanaf"), datum(rs, "geldig_tot"), rs.getLong("tarief_centen"), rs.getString("eenheid"))))
                .list();
        Map<Long, List<Plafond>> plafonds = new java.util.HashMap<>();
        jdbc.sql("select contract_id, gemeente_code, jaar, bedrag_centen from contract_plafond where contract_id in (:ids) order by jaar desc, gemeente_code")
                .params(p).query((rs, i) -> plafonds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Plafond(rs.getString(2), rs.getInt(3), rs.getLong(4)))).list();
        jdbc.sql(CONTRACT + "where k.id in (:ids) order by k.id").params(p).query((rs, i) -> contract(rs)).list().forEach(c -> geladen.put(c.id(),
                new Contract(c.id(), c.gemeenteCode(), c.kenmerk(), c.regio(), c.aanbiederId(), c.aanbiederAgb(), c.aanbiederNaam(), c.wet(), c.model(),
                        c.ingangsdatum(), c.einddatum(), c.toelatingsvoorwaarden(), c.tussentijdsToetreden(), c.wachttijdnormDagen(), c.versie(),
                        c.gewijzigdDoor(), c.gewijzigdOp(), List.copyOf(waar.getOrDefault(c.id(), List.of())),
                        List.copyOf(producten.getOrDefault(c.id(), List.of())), List.copyOf(tarieven.getOrDefault(c.id(), List.of())),
                        List.copyOf(plafonds.getOrDefault(c.id(), List.of())))));
        return geladen;
    }

    private String gemeentenaam(String code) {
        return gemeenten.vind(code).map(nl.dichtbij.gemeente.Gemeente::naam).orElse("gemeente " + code);
    }

    private String eenheidnaam(String code) {
        return jdbc.sql("select omschrijving from codelijst where lijst = 'WJ756' and code = ?").param(code).query(String.class).optional()
                .map(o -> o.toLowerCase(java.util.Locale.ROOT)).orElse("eenheid " + code);
    }

    private static List<String> productcodes(Contract c) {
        return c.producten().stream().map(Contractproduct::productcode).toList();
    }

    private static Contract contract(ResultSet rs) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("kenmerk"), rs.getString("regio"), rs.getLong("aanbieder_id"),
                rs.getString("agb_code"), rs.getString("aanbieder_naam"), Wet.valueOf(rs.getString("wet")), Inkoopmodel.valueOf(rs.getString("inkoopmodel")),
                datum(rs, "ingangsdatum"), datum(rs, "einddatum"), rs.getString("toelatingsvoorwaarden"), rs.getBoolean("tussentijds_toetreden"),
                (Integer) rs.getObject("wachttijdnorm_dagen", Integer.class), rs.getInt("versie"), rs.getString("gewijzigd_door"),
                rs.getTimestamp("gewijzigd_op").toInstant(), List.of(), List.of(), List.of(), List.of());
    }

    private Contract beheerd(Gebruiker beleid, long id) {
        magMaken(beleid);
        Contract c = contract(beleid, id);
        if (!c.gemeenteCode().equals(beleid.gemeenteCode())) {
            throw new AccessDeniedException("Dit regionale contract wordt beheerd door gemeente " + c.gemeenteCode());
        }
        return c;
    }

    /** Raises the version from the one the form read; refused when someone else was first. Returns the new version. */
    private int nieuweVersie(Gebruiker door, long id, int gelezen, String wat) {
        int bijgewerkt = jdbc.sql("update inkoopcontract set versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ? where id = ? and versie = ?")
                .params(door.naam(), Timestamp.from(clock.instant()), id, gelezen).update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        versieregel(id, gelezen + 1, door, wat);
        return gelezen + 1;
    }

    private void versieregel(long id, int versie, Gebruiker door, String wat) {
        jdbc.sql("insert into contract_versie (contract_id, versie, tijdstip, door, wat) values (?, ?, ?, ?, ?)")
                .params(id, versie, Timestamp.from(clock.instant()), door.naam(), wat.length() > 1000 ? wat.substring(0, 997) + "..." : wat).update();
    }

    /**
     * A contract that ends earlier takes its tariffs along: a running tariff ends on the last day, a tariff that would only
     * start after it is removed (it never applied). Returns how many were removed.
     */
    private int tarievenTot(Contract c, LocalDate laatsteDag) {
        jdbc.sql("update contract_tarief set geldig_tot = ? where contract_id = ? and geldig_vanaf <= ? and (geldig_tot is null or geldig_tot > ?)")
                .params(laatsteDag, c.id(), laatsteDag, laatsteDag).update();
        return jdbc.sql("delete from contract_tarief where contract_id = ? and geldig_vanaf > ?").params(c.id(), laatsteDag).update();
    }

    private static String tarieven(int aantal) {
        return aantal == 1 ? "1 tarief" : aantal + " tarieven";
    }

    private void tariefInvoegen(long contractId, Tariefgegevens t) {
        jdbc.sql("insert into contract_tarief (contract_id, productcode, geldig_vanaf, geldig_tot, tarief_centen, eenheid) values (?, ?, ?, ?, ?, ?)")
                .params(contractId, t.productcode().strip(), t.geldigVanaf(), t.geldigTot(), t.tariefCenten(), t.eenheid()).update();
    }

    private Contractregels.Omgeving omgeving() {
        return new Contractregels.Omgeving() {
            @Override
            public boolean aanbiederIngeschrevenOp(long aanbiederId, LocalDate dag) {
                return jdbc.sql("""
                                select count(*) from aanbieder where id = ? and (beeindigd_per is null or beeindigd_per > ?)
                                  and (ingeschreven_vanaf is null or ingeschreven_vanaf <= ?)""")
                        .params(aanbiederId, dag, dag).query(Long.class).single() > 0;
            }

            @Override
            public boolean gemeenteBestaat(String gemeenteCode) {
                return gemeenten.vind(gemeenteCode).isPresent();
            }

            @Override
            public boolean zelfdeRegio(String beheerder, String gemeenteCode) {
                String regio = gemeenten.vind(beheerder).map(nl.dichtbij.gemeente.Gemeente::regio).orElse(null);
                return regio != null && gemeenten.vind(gemeenteCode).map(g -> regio.equals(g.regio())).orElse(false);
            }

            @Override
            public boolean productBestaat(String gemeenteCode, Wet wet, String productcode) {
                return jdbc.sql("select count(*) from product where gemeente_code = ? and wet = ? and code = ? and actief = true")
                        .params(gemeenteCode, wet.name(), productcode).query(Long.class).single() > 0;
            }

            @Override
            public boolean kenmerkBezet(String gemeenteCode, String kenmerk) {
                return jdbc.sql("select count(*) from inkoopcontract where gemeente_code = ? and kenmerk = ?").params(gemeenteCode, kenmerk)
                        .query(Long.class).single() > 0;
            }
        };
    }

    private static Contract zonderTarief(Contract c, Tarief oud, LocalDate nieuwTot) {
        List<Tarief> tarieven = new ArrayList<>(c.tarieven().stream().filter(t -> t.id() != oud.id()).toList());
        tarieven.add(new Tarief(oud.id(), oud.productcode(), oud.geldigVanaf(), nieuwTot, oud.tariefCenten(), oud.eenheid()));
        return metTarieven(c, tarieven);
    }

    private static Contract metTarieven(Contract c, List<Tarief> tarieven) {
        return new Contract(c.id(), c.gemeenteCode(), c.kenmerk(), c.regio(), c.aanbiederId(), c.aanbiederAgb(), c.aanbiederNaam(), c.wet(), c.model(),
                c.ingangsdatum(), c.einddatum(), c.toelatingsvoorwaarden(), c.tussentijdsToetreden(), c.wachttijdnormDagen(), c.versie(),
                c.gewijzigdDoor(), c.gewijzigdOp(), c.gemeenten(), c.producten(), List.copyOf(tarieven), c.plafonds());
    }

    private static Gegevens metEigenGemeente(Gegevens g, String gemeente) {
        List<String> gemeenten = g.gemeenten() == null || g.gemeenten().isEmpty() ? List.of(gemeente) : g.gemeenten();
        return new Gegevens(g.kenmerk(), g.regio(), g.aanbiederId(), g.wet(), g.model(), g.ingangsdatum(), g.einddatum(), g.toelatingsvoorwaarden(),
                g.tussentijdsToetreden(), g.wachttijdnormDagen(), gemeenten);
    }

    private static void magLezen(Gebruiker lezer) {
        if (!lezer.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid en inkoop leest de contracten");
        }
    }

    private static void magMaken(Gebruiker beleid) {
        magLezen(beleid);
    }

    private static String regio(Gegevens g) {
        return g.gemeenten().size() > 1 && g.regio() != null ? g.regio().strip() : null;
    }

    private static String tekst(String t) {
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String norm(Integer dagen) {
        return dagen == null ? "geen" : Formaat.dagen(dagen);
    }

    private static String periode(LocalDate vanaf, LocalDate tot) {
        return tot == null ? "vanaf " + Formaat.lang(vanaf) : Formaat.lang(vanaf) + " tot en met " + Formaat.lang(tot);
    }

    private static void verschil(List<String> wat, String veld, String oud, String nieuw) {
        if (!java.util.Objects.equals(oud, nieuw)) {
            wat.add(veld + " " + (oud == null || oud.isEmpty() ? "leeg" : oud) + " → " + (nieuw == null || nieuw.isEmpty() ? "leeg" : nieuw));
        }
    }

    /** A date of the import, or null with a message that names the column and what was in it. */
    private static LocalDate importdag(String tekst, String kolom, List<String> fouten) {
        if (tekst.isBlank()) {
            return null; // the rule says which date is missing
        }
        try {
            return dag(tekst);
        } catch (java.time.DateTimeException e) {
            fouten.add("In kolom " + kolom + " staat '" + tekst + "'; dat is geen datum. Schrijf 2027-01-01 of 1-1-2027.");
            return null;
        }
    }

    private static LocalDate dag(String tekst) {
        String t = tekst.strip();
        if (t.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
            String[] d = t.split("-");
            return LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]), Integer.parseInt(d[0]));
        }
        return LocalDate.parse(t);
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        java.sql.Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }
}
