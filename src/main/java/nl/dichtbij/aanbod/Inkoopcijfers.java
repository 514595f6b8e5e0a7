package nl.dichtbij.aanbod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.dichtbij.aanbod.Inkoopberekening.Tariefregel;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's figures (issue 16) for beleid of one municipality and one year, over the contracts that apply to it (its own and
 * the regional ones it joined): contracts per commissioning model and law; contracted providers and products per law beside the
 * year before (the programme wants fewer providers); spend against the ceiling per provider and law; declaration lines refused
 * for their tariff per month; the tariffs per product side by side on one day. No persons. Spend and refusals come from the
 * message traffic through {@link Uitvoeringscijfers}; this class reads only aanbod's own tables.
 */
@Service
public class Inkoopcijfers {

    /** Contracts that run on at least one day of the year, applied to the municipality. */
    private static final String LOPEND = """
            exists (select 1 from contract_gemeente g where g.contract_id = k.id and g.gemeente_code = :gemeente)
            and k.ingangsdatum <= :eind and (k.einddatum is null or k.einddatum >= :begin)""";

    private final JdbcClient jdbc;
    private final Uitvoeringscijfers uitvoering;
    private final java.time.Clock clock;

    Inkoopcijfers(JdbcClient jdbc, Uitvoeringscijfers uitvoering, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.uitvoering = uitvoering;
        this.clock = clock;
    }

    /** All figures of the year; {@code peildatum} is the day of the tariffs (null: {@link Inkoopberekening#peildatum}). */
    public record Overzicht(String gemeenteCode, int jaar, List<ContractenPerModel> contractenPerModel, long contractenTotaal,
                            List<Omvang> omvangPerWet, Omvang omvangTotaal, List<Plafondregel> plafonds, List<Weigering> geweigerdOpTarief,
                            List<Maandtotaal> geweigerdPerMaand, Totaal geweigerdTotaal, Tariefvergelijking tarieven) {
    }

    /** (a) How many contracts of a commissioning model under a law run in the year. */
    public record ContractenPerModel(Inkoopmodel model, Wet wet, long contracten) {
    }

    /** (b) Contracted providers and products under a law (null for all laws together), this year and the year before. */
    public record Omvang(Wet wet, long aanbieders, long aanbiedersVorigJaar, long producten, long productenVorigJaar) {

        public long verschilAanbieders() {
            return aanbieders - aanbiedersVorigJaar;
        }
    }

    /** (c) Spend against the ceiling of the year for one provider under one law; no ceiling: plafondCenten and procent null. */
    public record Plafondregel(String aanbiederAgb, String aanbiederNaam, Wet wet, Long plafondCenten, long besteedCenten, BigDecimal procent,
                               boolean waarschuwing) {
    }

    /** (d) Declaration lines of a provider refused in a month (of the date of delivery) because the tariff was not the contracted one. */
    public record Weigering(int maand, String aanbiederAgb, String aanbiederNaam, long aantal, long bedragCenten) {
    }

    public record Maandtotaal(int maand, long aantal, long bedragCenten) {
    }

    public record Totaal(long aantal, long bedragCenten) {
    }

    /** (e) The tariffs per product side by side across providers on {@code peildatum}. */
    public record Tariefvergelijking(LocalDate peildatum, List<Aanbiederkolom> aanbieders, List<Tariefrij> producten) {
    }

    public record Aanbiederkolom(String agbCode, String naam) {
    }

    public record Tariefrij(String productcode, String omschrijving, List<Tariefcel> tarieven) {

        /** The tariff of this provider, or null. */
        public Tariefcel van(String agbCode) {
            return tarieven.stream().filter(t -> t.aanbiederAgb().equals(agbCode)).findFirst().orElse(null);
        }
    }

    /** A tariff in cents per unit (WJ756 code and its description); LAAGSTE or HOOGSTE where providers differ for the product. */
    public record Tariefcel(String aanbiederAgb, long tariefCenten, String eenheid, String eenheidOmschrijving, Markering markering) {

        /** "€ 75,00 per uur (laagste)". */
        public String tekst() {
            String per = eenheidOmschrijving == null ? "eenheid " + eenheid : eenheidOmschrijving.toLowerCase(java.util.Locale.ROOT);
            return nl.dichtbij.platform.Bedrag.tekst(BigDecimal.valueOf(tariefCenten, 2)) + " per " + per
                    + (markering == null ? "" : " (" + markering.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    public enum Markering {
        LAAGSTE, HOOGSTE
    }

    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker lezer, int jaar, LocalDate peildatum) {
        if (!lezer.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid en inkoop leest de inkoopcijfers");
        }
        if (jaar < 2000 || jaar > 2100) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar tussen 2000 en 2100.");
        }
        String gemeente = lezer.gemeenteCode();
        List<ContractenPerModel> perModel = perModel(gemeente, jaar);
        List<Weigering> geweigerd = geweigerd(gemeente, jaar);
        Map<Integer, Maandtotaal> perMaand = new TreeMap<>();
        for (Weigering w : geweigerd) {
            perMaand.merge(w.maand(), new Maandtotaal(w.maand(), w.aantal(), w.bedragCenten()),
                    (a, b) -> new Maandtotaal(a.maand(), a.aantal() + b.aantal(), a.bedragCenten() + b.bedragCenten()));
        }
        LocalDate dag = peildatum == null ? Inkoopberekening.peildatum(jaar, LocalDate.now(clock)) : peildatum;
        return new Overzicht(gemeente, jaar, perModel, perModel.stream().mapToLong(ContractenPerModel::contracten).sum(),
                omvangPerWet(gemeente, jaar), omvangTotaal(gemeente, jaar), plafonds(gemeente, jaar), geweigerd,
                List.copyOf(perMaand.values()),
                new Totaal(geweigerd.stream().mapToLong(Weigering::aantal).sum(), geweigerd.stream().mapToLong(Weigering::bedragCenten).sum()),
                tarieven(gemeente, dag));
    }

    private List<ContractenPerModel> perModel(String gemeente, int jaar) {
        return jdbc.sql("select k.inkoopmodel, k.wet, count(*) as aantal from inkoopcontract k where " + LOPEND + " group by k.inkoopmodel, k.wet")
                .params(jaarParams(gemeente, jaar))
                .query((rs, i) -> new ContractenPerModel(Inkoopmodel.valueOf(rs.getString(1)), Wet.valueOf(rs.getString(2)), rs.getLong(3)))
                .list().stream()
                .sorted(Comparator.comparing(ContractenPerModel::model).thenComparing(ContractenPerModel::wet)).toList();
    }

    private List<Omvang> omvangPerWet(String gemeente, int jaar) {
        Map<Wet, long[]> dit = telPerWet(gemeente, jaar);
        Map<Wet, long[]> vorig = telPerWet(gemeente, jaar - 1);
        List<Omvang> omvang = new ArrayList<>();
        for (Wet wet : Wet.values()) {
            long[] d = dit.getOrDefault(wet, new long[2]);
            long[] v = vorig.getOrDefault(wet, new long[2]);
            if (dit.containsKey(wet) || vorig.containsKey(wet)) {
                omvang.add(new Omvang(wet, d[0], v[0], d[1], v[1]));
            }
        }
        return omvang;
    }

    private Map<Wet, long[]> telPerWet(String gemeente, int jaar) {
        Map<Wet, long[]> tellingen = new EnumMap<>(Wet.class);
        jdbc.sql("""
                        select k.wet, count(distinct k.aanbieder_id) as aanbieders, count(distinct p.productcode) as producten
                        from inkoopcontract k left join contract_product p on p.contract_id = k.id
                        where""" + " " + LOPEND + " group by k.wet")
                .params(jaarParams(gemeente, jaar))
                .query((rs, i) -> tellingen.put(Wet.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return tellingen;
    }

    /** All laws together: a provider contracted under two laws counts once. */
    private Omvang omvangTotaal(String gemeente, int jaar) {
        long[] dit = telTotaal(gemeente, jaar);
        long[] vorig = telTotaal(gemeente, jaar - 1);
        return new Omvang(null, dit[0], vorig[0], dit[1], vorig[1]);
    }

    private long[] telTotaal(String gemeente, int jaar) {
        return jdbc.sql("""
                        select count(distinct k.aanbieder_id), count(distinct p.productcode)
                        from inkoopcontract k left join contract_product p on p.contract_id = k.id
                        where""" + " " + LOPEND)
                .params(jaarParams(gemeente, jaar))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private List<Plafondregel> plafonds(String gemeente, int jaar) {
        Map<String, Object> params = new HashMap<>(jaarParams(gemeente, jaar));
        params.put("jaar", jaar);
        return jdbc.sql("""
                        select a.agb_code, a.naam, k.wet, sum(pl.bedrag_centen) as plafond
                        from inkoopcontract k join aanbieder a on a.id = k.aanbieder_id
                        left join contract_plafond pl on pl.contract_id = k.id and pl.gemeente_code = :gemeente and pl.jaar = :jaar
                        where""" + " " + LOPEND + " group by a.agb_code, a.naam, k.wet")
                .params(params)
                .query((rs, i) -> {
                    String agb = rs.getString(1);
                    Wet wet = Wet.valueOf(rs.getString(3));
                    Long plafond = rs.getObject(4) == null ? null : rs.getLong(4);
                    long besteed = besteed(gemeente, agb, wet, jaar);
                    return new Plafondregel(agb, rs.getString(2), wet, plafond, besteed, Inkoopberekening.procent(besteed, plafond),
                            Inkoopberekening.waarschuwing(besteed, plafond));
                })
                .list().stream()
                .sorted(Comparator.comparing(Plafondregel::aanbiederNaam, String.CASE_INSENSITIVE_ORDER).thenComparing(Plafondregel::wet)).toList();
    }

    /** The spend of the provider under the law, over all its contracts (the table sums their ceilings too). */
    private long besteed(String gemeente, String agb, Wet wet, int jaar) {
        return uitvoering.besteedCenten(gemeente, agb, wet, jaar);
    }

    private List<Weigering> geweigerd(String gemeente, int jaar) {
        List<Uitvoeringscijfers.Geweigerd> regels = uitvoering.geweigerdOpTarief(gemeente, jaar);
        Map<String, String> namen = new HashMap<>();
        if (!regels.isEmpty()) {
            jdbc.sql("select agb_code, naam from aanbieder where agb_code in (:agb)")
                    .param("agb", regels.stream().map(Uitvoeringscijfers.Geweigerd::aanbiederAgb).distinct().toList())
                    .query((rs, i) -> namen.put(rs.getString(1), rs.getString(2))).list();
        }
        return regels.stream()
                .map(g -> new Weigering(g.maand(), g.aanbiederAgb(), namen.getOrDefault(g.aanbiederAgb(), "AGB-code " + g.aanbiederAgb()), g.aantal(),
                        g.bedragCenten()))
                .sorted(Comparator.comparingInt(Weigering::maand).thenComparing(Weigering::aanbiederNaam, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Tariefvergelijking tarieven(String gemeente, LocalDate dag) {
        List<Tariefregel> regels = jdbc.sql("""
                        select t.productcode, coalesce(pe.omschrijving, pk.omschrijving) as omschrijving, a.agb_code, a.naam, t.tarief_centen,
                               t.eenheid, c.omschrijving as eenheid_omschrijving
                        from inkoopcontract k
                        join contract_gemeente g on g.contract_id = k.id and g.gemeente_code = :gemeente
                        join aanbieder a on a.id = k.aanbieder_id
                        join contract_product cp on cp.contract_id = k.id
                        join contract_tarief t on t.contract_id = k.id and t.productcode = cp.productcode
                             and t.geldig_vanaf <= :dag and (t.geldig_tot is null or t.geldig_tot >= :dag)
                        left join product pe on pe.gemeente_code = :gemeente and pe.code = t.productcode
                        left join product pk on pk.gemeente_code = k.gemeente_code and pk.code = t.productcode
                        left join codelijst c on c.lijst = 'WJ756' and c.code = t.eenheid
                        where k.ingangsdatum <= :dag and (k.einddatum is null or k.einddatum >= :dag)""")
                .param("gemeente", gemeente).param("dag", dag)
                .query((rs, i) -> new Tariefregel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getString(7)))
                .list();
        return Inkoopberekening.naastElkaar(dag, regels);
    }

    private static Map<String, Object> jaarParams(String gemeente, int jaar) {
        return Map.of("gemeente", gemeente, "begin", LocalDate.of(jaar, 1, 1), "eind", LocalDate.of(jaar, 12, 31));
    }

    /** Cents as euros with two decimals, for a table cell or a file (numbers stay numbers). */
    public static BigDecimal euro(long centen) {
        return BigDecimal.valueOf(centen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
