package nl.dichtbij.interventies;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.interventies.internal.Interventieregels;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's intervention register (issue 18). Beleid of the municipality registers and changes interventions; the
 * professionals, the providers, beheer and bestuur of the municipality read them all; another municipality never does. An
 * intervention is a hand-mapped aggregate with its providers and products: every change raises its version in the statement
 * that checks it, so a stale form is refused and nothing typed is lost on the page. The rules are {@link Interventieregels}.
 */
@Service
public class Interventies {

    /** Who reads the register: everyone who chooses or offers care, and who steers it. */
    static final Set<Rol> LEZERS = EnumSet.of(Rol.CONSULENT, Rol.TEAMLEIDER, Rol.BELEID, Rol.BEHEER, Rol.BESTUUR, Rol.AANBIEDER);

    private static final String KOLOMMEN = """
            select id, gemeente_code, naam, beschrijving, doelgroep, uitsluitingscriteria, effectniveau, bron, prijs, prijseenheid, capaciteit,
                   actief, versie, gewijzigd_door, gewijzigd_op""";
    private static final String INTERVENTIE = KOLOMMEN + " from interventie ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Aanbod aanbod;

    Interventies(JdbcClient jdbc, Clock clock, Aanbod aanbod) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.aanbod = aanbod;
    }

    /** Someone else changed the intervention since the form was read; what was typed is not saved. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft deze interventie intussen gewijzigd. Uw wijziging is nog niet bewaard. "
                    + "Kijk wat er veranderd is en bewaar dan opnieuw.");
        }
    }

    // ---- reading

    /** All interventions of the reader's municipality, active and vervallen, by name. */
    @Transactional(readOnly = true)
    public List<Interventie> lijst(Gebruiker lezer) {
        magLezen(lezer);
        return metKinderen(jdbc.sql(INTERVENTIE + "where gemeente_code = ? order by lower(naam), id").param(lezer.gemeenteCode())
                .query((rs, i) -> interventie(rs)).list());
    }

    /** The municipality's active interventions, the best-known effect first, for another module (no user: the caller checked who asks). */
    @Transactional(readOnly = true)
    public List<Interventie> actieve(String gemeenteCode) {
        return metKinderen(jdbc.sql(INTERVENTIE + "where gemeente_code = ? and actief = true order by effectniveau desc, lower(naam), id")
                .param(gemeenteCode).query((rs, i) -> interventie(rs)).list());
    }

    /** A page of the municipality's interventions by name, the active ones first; {@code niveau} (0 to 4) filters. */
    @Transactional(readOnly = true)
    public Pagina<Interventie> zoek(Gebruiker lezer, Effectniveau niveau, int pagina, int grootte) {
        magLezen(lezer);
        String waar = " from interventie where gemeente_code = :gemeente" + (niveau == null ? "" : " and effectniveau = :niveau");
        Map<String, Object> params = new HashMap<>();
        params.put("gemeente", lezer.gemeenteCode());
        if (niveau != null) {
            params.put("niveau", niveau.niveau());
        }
        long totaal = jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
        Pagina<Interventie> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        if (totaal == 0) {
            return leeg;
        }
        List<Interventie> rijen = jdbc.sql(KOLOMMEN + waar
                        + " order by case when actief then 0 else 1 end, lower(naam), id limit :grootte offset :vanaf")
                .params(params).param("grootte", leeg.grootte()).param("vanaf", leeg.offset()).query((rs, i) -> interventie(rs)).list();
        return new Pagina<>(metKinderen(rijen), leeg.pagina(), leeg.grootte(), totaal);
    }

    /** An intervention of the municipality, for another module (no user: the caller checked who asks). */
    @Transactional(readOnly = true)
    public Optional<Interventie> interventie(String gemeenteCode, long id) {
        return jdbc.sql(INTERVENTIE + "where id = ? and gemeente_code = ?").params(id, gemeenteCode).query((rs, i) -> interventie(rs)).optional()
                .map(i -> metKinderen(List.of(i)).getFirst());
    }

    /** An intervention of the reader's municipality; not found for another municipality's. */
    @Transactional(readOnly = true)
    public Interventie interventie(Gebruiker lezer, long id) {
        magLezen(lezer);
        return interventie(lezer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("Interventie " + id));
    }

    /** The active intervention that names this product of the municipality, if any; the first by name if several do. */
    @Transactional(readOnly = true)
    public Optional<Interventie> voorProduct(String gemeenteCode, String productcode) {
        return jdbc.sql("""
                        select i.id from interventie i join interventie_product p on p.interventie_id = i.id
                        where p.gemeente_code = ? and p.productcode = ? and i.gemeente_code = ? and i.actief = true
                        order by lower(i.naam), i.id limit 1""").params(gemeenteCode, productcode, gemeenteCode).query(Long.class).optional()
                .flatMap(id -> interventie(gemeenteCode, id));
    }

    /** The providers the form offers: those in the register today, and those the intervention names already. */
    @Transactional(readOnly = true)
    public List<Aanbieder> aanbieders(Gebruiker beleid, Interventie huidige) {
        magVastleggen(beleid);
        Map<String, Aanbieder> perAgb = new java.util.TreeMap<>();
        aanbod.aanbieders().forEach(a -> perAgb.put(a.agbCode(), a));
        if (huidige != null) {
            huidige.aanbieders().forEach(a -> perAgb.putIfAbsent(a.agbCode(), a));
        }
        return perAgb.values().stream().sorted(java.util.Comparator.comparing(Aanbieder::naam).thenComparing(Aanbieder::agbCode)).toList();
    }

    // ---- changing: beleid of the municipality

    @Transactional
    public long registreren(Gebruiker beleid, NieuweInterventie nieuw) {
        magVastleggen(beleid);
        controleer(beleid.gemeenteCode(), null, nieuw);
        Timestamp nu = Timestamp.from(clock.instant());
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into interventie (gemeente_code, naam, beschrijving, doelgroep, uitsluitingscriteria, effectniveau, bron, prijs,
                                prijseenheid, capaciteit, actief, versie, vastgelegd_door, vastgelegd_op, gewijzigd_door, gewijzigd_op)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                    .params(beleid.gemeenteCode(), nieuw.naam().strip(), nieuw.beschrijving().strip(), nieuw.doelgroep().strip(),
                            tekst(nieuw.uitsluitingscriteria()), nieuw.effectniveau(), tekst(nieuw.bron()), nieuw.prijs(), tekst(nieuw.prijseenheid()),
                            nieuw.capaciteit(), nieuw.actief(), beleid.actorNaam(), nu, beleid.actorNaam(), nu)
                    .update(sleutel, "id");
        } catch (DuplicateKeyException tegelijk) {
            // a colleague registered the same name a moment ago
            throw new OngeldigeInvoerException("naam", Interventieregels.naamBestaat());
        }
        long id = sleutel.getKeyAs(Number.class).longValue();
        kinderenBewaren(id, beleid.gemeenteCode(), nieuw);
        return id;
    }

    @Transactional
    public void wijzigen(Gebruiker beleid, long id, long versie, NieuweInterventie gewijzigd) {
        magVastleggen(beleid);
        interventie(beleid, id);
        controleer(beleid.gemeenteCode(), id, gewijzigd);
        int bijgewerkt;
        try {
            bijgewerkt = jdbc.sql("""
                            update interventie set naam = ?, beschrijving = ?, doelgroep = ?, uitsluitingscriteria = ?, effectniveau = ?, bron = ?,
                                prijs = ?, prijseenheid = ?, capaciteit = ?, actief = ?, versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ?
                            where id = ? and gemeente_code = ? and versie = ?""")
                    .params(gewijzigd.naam().strip(), gewijzigd.beschrijving().strip(), gewijzigd.doelgroep().strip(),
                            tekst(gewijzigd.uitsluitingscriteria()), gewijzigd.effectniveau(), tekst(gewijzigd.bron()), gewijzigd.prijs(),
                            tekst(gewijzigd.prijseenheid()), gewijzigd.capaciteit(), gewijzigd.actief(), beleid.actorNaam(),
                            Timestamp.from(clock.instant()), id, beleid.gemeenteCode(), versie)
                    .update();
        } catch (DuplicateKeyException tegelijk) {
            throw new OngeldigeInvoerException("naam", Interventieregels.naamBestaat());
        }
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        jdbc.sql("delete from interventie_aanbieder where interventie_id = ? and gemeente_code = ?").params(id, beleid.gemeenteCode()).update();
        jdbc.sql("delete from interventie_product where interventie_id = ? and gemeente_code = ?").params(id, beleid.gemeenteCode()).update();
        kinderenBewaren(id, beleid.gemeenteCode(), gewijzigd);
    }

    /** May this user register and change interventions (beleid of the municipality)? */
    public boolean magVastleggen(Gebruiker gebruiker, Interventie interventie) {
        return gebruiker.is(Rol.BELEID) && interventie.gemeenteCode().equals(gebruiker.gemeenteCode());
    }

    // ---- inside

    private void controleer(String gemeenteCode, Long id, NieuweInterventie n) {
        Map<String, String> fouten = Interventieregels.interventie(n, gemeenteCode, id, omgeving());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private void kinderenBewaren(long id, String gemeenteCode, NieuweInterventie n) {
        for (String agb : n.aanbiederAgbs()) {
            long aanbieder = aanbod.aanbiederMetAgb(agb).orElseThrow().id();
            jdbc.sql("insert into interventie_aanbieder (interventie_id, aanbieder_id, gemeente_code) values (?, ?, ?)")
                    .params(id, aanbieder, gemeenteCode).update();
        }
        for (String code : n.productcodes()) {
            jdbc.sql("insert into interventie_product (interventie_id, gemeente_code, productcode) values (?, ?, ?)")
                    .params(id, gemeenteCode, code).update();
        }
    }

    /** The providers and products of the interventions: two queries for any number of them. */
    private List<Interventie> metKinderen(List<Interventie> interventies) {
        if (interventies.isEmpty()) {
            return interventies;
        }
        List<Long> ids = interventies.stream().map(Interventie::id).toList();
        Map<Long, List<Aanbieder>> aanbieders = new HashMap<>();
        jdbc.sql("""
                        select ia.interventie_id, a.id, a.agb_code, a.naam from interventie_aanbieder ia join aanbieder a on a.id = ia.aanbieder_id
                        where ia.interventie_id in (:ids) order by a.naam, a.agb_code""").param("ids", ids)
                .query((rs, i) -> aanbieders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Aanbieder(rs.getLong(2), rs.getString(3), rs.getString(4)))).list();
        Map<Long, Set<String>> producten = new HashMap<>();
        jdbc.sql("select interventie_id, productcode from interventie_product where interventie_id in (:ids) order by productcode").param("ids", ids)
                .query((rs, i) -> producten.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2))).list();
        return interventies.stream().map(i -> new Interventie(i.id(), i.gemeenteCode(), i.naam(), i.beschrijving(), i.doelgroep(),
                i.uitsluitingscriteria(), i.effectniveau(), i.bron(), i.prijs(), i.prijseenheid(), i.capaciteit(),
                aanbieders.getOrDefault(i.id(), List.of()), producten.getOrDefault(i.id(), Set.of()), i.actief(), i.versie(), i.gewijzigdDoor(),
                i.gewijzigdOp())).toList();
    }

    private Interventieregels.Omgeving omgeving() {
        return new Interventieregels.Omgeving() {
            @Override
            public boolean aanbiederBestaat(String agbCode) {
                return aanbod.aanbiederMetAgb(agbCode).isPresent();
            }

            @Override
            public boolean productBestaat(String gemeenteCode, String productcode) {
                return aanbod.product(gemeenteCode, productcode).isPresent();
            }

            @Override
            public boolean naamBestaat(String gemeenteCode, String naam, Long behalve) {
                return jdbc.sql("select count(*) from interventie where gemeente_code = ? and lower(naam) = ? and id <> ?")
                        .params(gemeenteCode, naam.toLowerCase(Locale.ROOT), behalve == null ? -1L : behalve).query(Long.class).single() > 0;
            }
        };
    }

    private static Interventie interventie(ResultSet rs) throws SQLException {
        BigDecimal prijs = rs.getBigDecimal("prijs");
        return new Interventie(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("naam"), rs.getString("beschrijving"),
                rs.getString("doelgroep"), rs.getString("uitsluitingscriteria"), Effectniveau.van(rs.getInt("effectniveau")).orElseThrow(),
                rs.getString("bron"), prijs, rs.getString("prijseenheid"), (Integer) rs.getObject("capaciteit", Integer.class), List.of(), Set.of(),
                rs.getBoolean("actief"), rs.getLong("versie"), rs.getString("gewijzigd_door"), rs.getTimestamp("gewijzigd_op").toInstant());
    }

    private static String tekst(String t) {
        return t == null || t.isBlank() ? null : t.strip();
    }

    static void magLezen(Gebruiker lezer) {
        if (lezer == null || !LEZERS.contains(lezer.rol())) {
            throw new AccessDeniedException("Het register van interventies is voor medewerkers van de gemeente en aanbieders.");
        }
    }

    static void magVastleggen(Gebruiker gebruiker) {
        if (gebruiker == null || !gebruiker.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid en inkoop legt interventies en pilots vast.");
        }
    }
}
