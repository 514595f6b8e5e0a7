package nl.dichtbij.aanbod;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.aanbod.Gespreksregels.Gegevens;
import nl.dichtbij.aanbod.Gespreksregels.Vervolggegevens;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Medewerker;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management (issue 17): the municipality's progress talks (voortgangsgesprekken) with a provider, or per theme with
 * several providers or none, with what was agreed and the follow-ups (vervolgafspraken), each with an owner and a due date; and
 * per provider the account holder (accounthouder), the beleid user who keeps in touch with it. Beleid of the municipality
 * records, changes and closes; bestuur reads the talks (themes, agreements, follow-ups), as the board's view of how the
 * municipality manages its providers; no one else, and never another municipality. A talk is a hand-mapped aggregate: every
 * change raises its version in the statement that checks it (a stale form is refused, nothing typed is lost on the page);
 * closing a follow-up raises the follow-up's own version, so closing twice is refused. The rules are {@link Gespreksregels}.
 */
@Service
public class Voortgangsgesprekken {

    private static final String GESPREK = """
            select id, gemeente_code, datum, thema, deelnemers, afspraken, versie, vastgelegd_door, vastgelegd_op, gewijzigd_door, gewijzigd_op
            from voortgangsgesprek\s""";
    private static final String VERVOLG = """
            select id, gesprek_id, omschrijving, eigenaar, eigenaar_naam, uiterlijk, afgerond_door, afgerond_op, afronding, versie
            from vervolgafspraak\s""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Gemeenten gemeenten;

    Voortgangsgesprekken(JdbcClient jdbc, Clock clock, Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.gemeenten = gemeenten;
    }

    /** A talk with its providers and follow-ups. */
    public record Gesprek(long id, String gemeenteCode, LocalDate datum, String thema, String deelnemers, String afspraken,
                          List<Aanbieder> aanbieders, List<Vervolgafspraak> vervolgafspraken, int versie, String vastgelegdDoor,
                          Instant vastgelegdOp, String gewijzigdDoor, Instant gewijzigdOp) {

        /** "Jeugdhulp Voorbeeld B.V." or "Jeugdhulp Voorbeeld B.V. en Zorg Dichtbij", or "Geen aanbieder (thema)". */
        public String met() {
            return Voortgangsgesprekken.met(aanbieders.stream().map(Aanbieder::naam).toList());
        }

        public long open() {
            return vervolgafspraken.stream().filter(Vervolgafspraak::open).count();
        }
    }

    /** What someone does after a talk, by a day; open until someone closes it. */
    public record Vervolgafspraak(long id, long gesprekId, String omschrijving, String eigenaar, String eigenaarNaam, LocalDate uiterlijk,
                                  String afgerondDoor, Instant afgerondOp, String afronding, int versie) {

        public boolean open() {
            return afgerondOp == null;
        }

        public boolean teLaat(LocalDate vandaag) {
            return Gespreksregels.teLaat(uiterlijk, open(), vandaag);
        }

        /** In words, never by colour alone: "Afgerond op …", "Te laat: 3 dagen over de datum, uiterlijk …", "Open: uiterlijk …". */
        public String stand(LocalDate vandaag) {
            if (!open()) {
                return "Afgerond op " + Formaat.tijdstip(afgerondOp) + " door " + afgerondDoor;
            }
            return (teLaat(vandaag) ? "Te laat: " + Formaat.dagen(ChronoUnit.DAYS.between(uiterlijk, vandaag)) + " over de datum, uiterlijk "
                    : "Open: uiterlijk ") + Formaat.lang(uiterlijk);
        }
    }

    /** A talk in a list: its providers, the agreements and how many follow-ups are open and late. */
    public record Gespreksregel(long id, LocalDate datum, String thema, List<Aanbieder> aanbieders, String afspraken, int aantal, int open,
                                int teLaat) {

        public String met() {
            return Voortgangsgesprekken.met(aanbieders.stream().map(Aanbieder::naam).toList());
        }

        /** "2 open, waarvan 1 te laat", "Alles afgerond", "Geen vervolgafspraken". */
        public String vervolg() {
            return open == 0 ? (aantal == 0 ? "Geen" : "Alles afgerond") : open + " open" + (teLaat == 0 ? "" : ", waarvan " + teLaat + " te laat");
        }
    }

    /** An open follow-up of the user, for the werkbak: late in words, with the talk it came from. */
    public record OpenAfspraak(long id, long gesprekId, String omschrijving, LocalDate uiterlijk, int versie, LocalDate gesprekDatum, String thema,
                               List<String> aanbieders, long dagenTeLaat) {

        public boolean teLaat() {
            return dagenTeLaat > 0;
        }

        public String met() {
            return Voortgangsgesprekken.met(aanbieders);
        }

        /** "3 dagen over de datum (uiterlijk 20 november 2026)", beside the words "Te laat:", or "Uiterlijk 1 december 2026". */
        public String wanneer() {
            return teLaat() ? Formaat.dagen(dagenTeLaat) + " over de datum (uiterlijk " + Formaat.lang(uiterlijk) + ")"
                    : "Uiterlijk " + Formaat.lang(uiterlijk);
        }
    }

    /** The first open follow-ups of the user, the first due first, and whether there are more. */
    public record Werkvoorraad(List<OpenAfspraak> afspraken, boolean meer) {

        public long teLaat() {
            return afspraken.stream().filter(OpenAfspraak::teLaat).count();
        }
    }

    /** The provider's account holder for one municipality. */
    public record Accounthouder(long aanbiederId, String gebruikersnaam, String naam, String gewijzigdDoor, Instant gewijzigdOp) {
    }

    /** Someone else changed the talk since the form was read; what was typed is not saved. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft dit gesprek intussen gewijzigd. Uw wijziging is nog niet bewaard. "
                    + "Kijk wat er veranderd is en bewaar dan opnieuw.");
        }
    }

    /** The follow-up was closed already, or changed, since it was read. */
    public static class AlAfgerond extends OngeldigeInvoerException {
        AlAfgerond(String melding) {
            super("afronding", melding);
        }
    }

    // ---- reading: beleid and bestuur of the municipality

    /** The talks of the municipality, the newest first; {@code aanbiederId} and {@code thema} (part of it, any case) filter. */
    @Transactional(readOnly = true)
    public Pagina<Gespreksregel> lijst(Gebruiker lezer, Long aanbiederId, String thema, int pagina, int grootte) {
        magLezen(lezer);
        StringBuilder waar = new StringBuilder(" from voortgangsgesprek g where g.gemeente_code = :gemeente");
        Map<String, Object> params = new HashMap<>();
        params.put("gemeente", lezer.gemeenteCode());
        if (aanbiederId != null) {
            waar.append(" and exists (select 1 from voortgangsgesprek_aanbieder ga where ga.gesprek_id = g.id and ga.gemeente_code = :gemeente"
                    + " and ga.aanbieder_id = :aanbieder)");
            params.put("aanbieder", aanbiederId);
        }
        if (thema != null && !thema.isBlank()) {
            waar.append(" and lower(g.thema) like :thema");
            params.put("thema", "%" + thema.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        long totaal = jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
        Pagina<Gespreksregel> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        if (totaal == 0) {
            return leeg;
        }
        record Rij(long id, LocalDate datum, String thema, String afspraken, int aantal, int open, int teLaat) {
        }
        List<Rij> rijen = jdbc.sql("""
                        select g.id, g.datum, g.thema, g.afspraken,
                               (select count(*) from vervolgafspraak v where v.gesprek_id = g.id) as aantal,
                               (select count(*) from vervolgafspraak v where v.gesprek_id = g.id and v.afgerond_op is null) as open,
                               (select count(*) from vervolgafspraak v where v.gesprek_id = g.id and v.afgerond_op is null
                                   and v.uiterlijk < :vandaag) as te_laat""" + waar + " order by g.datum desc, g.id desc limit :grootte offset :vanaf")
                .params(params).param("vandaag", LocalDate.now(clock)).param("grootte", leeg.grootte()).param("vanaf", leeg.offset())
                .query((rs, i) -> new Rij(rs.getLong("id"), rs.getObject("datum", LocalDate.class), rs.getString("thema"), rs.getString("afspraken"),
                        rs.getInt("aantal"), rs.getInt("open"), rs.getInt("te_laat"))).list();
        Map<Long, List<Aanbieder>> aanbieders = aanbiedersVan(rijen.stream().map(Rij::id).toList());
        return new Pagina<>(rijen.stream().map(r -> new Gespreksregel(r.id(), r.datum(), r.thema(), aanbieders.getOrDefault(r.id(), List.of()),
                r.afspraken(), r.aantal(), r.open(), r.teLaat())).toList(), leeg.pagina(), leeg.grootte(), totaal);
    }

    @Transactional(readOnly = true)
    public Gesprek gesprek(Gebruiker lezer, long id) {
        magLezen(lezer);
        return laad(lezer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("Gesprek " + id));
    }

    /** A provider of the register, for the page of its talks. */
    @Transactional(readOnly = true)
    public Aanbieder aanbieder(Gebruiker lezer, long aanbiederId) {
        magLezen(lezer);
        return jdbc.sql("select id, agb_code, naam from aanbieder where id = ?").param(aanbiederId).query(Aanbieder.class).optional()
                .orElseThrow(() -> new NietGevondenException("De aanbieder"));
    }

    /** The providers a talk can be held with: every provider in the register today, and whoever ended (a talk about the exit). */
    @Transactional(readOnly = true)
    public List<Aanbieder> aanbieders(Gebruiker lezer) {
        magLezen(lezer);
        return jdbc.sql("select id, agb_code, naam from aanbieder order by naam, id").query(Aanbieder.class).list();
    }

    /** The themes the municipality used, for the filter and to write a theme the same way again. */
    @Transactional(readOnly = true)
    public List<String> themas(Gebruiker lezer) {
        magLezen(lezer);
        return jdbc.sql("select distinct thema from voortgangsgesprek where gemeente_code = ? order by thema limit 200")
                .param(lezer.gemeenteCode()).query(String.class).list();
    }

    /** Who can own a follow-up or hold an account: the beleid users of the municipality. */
    @Transactional(readOnly = true)
    public List<Medewerker> beleidsmedewerkers(Gebruiker lezer) {
        magLezen(lezer);
        return gemeenten.medewerkers(lezer.gemeenteCode(), Rol.BELEID);
    }

    /**
     * The user's open follow-ups, the first due first, at most {@code aantal}, with their talk and its providers: one query
     * (docs/decisions/0016), for the werkbak of beleid.
     */
    @Transactional(readOnly = true)
    public Werkvoorraad openVervolgafspraken(Gebruiker gebruiker, int aantal) {
        magVastleggen(gebruiker);
        List<OpenAfspraak> afspraken = open(gebruiker, aantal + 1, 0);
        return new Werkvoorraad(afspraken.size() > aantal ? afspraken.subList(0, aantal) : afspraken, afspraken.size() > aantal);
    }

    /** All open follow-ups of the user, a page at a time. */
    @Transactional(readOnly = true)
    public Pagina<OpenAfspraak> openVervolgafspraken(Gebruiker gebruiker, int pagina, int grootte) {
        magVastleggen(gebruiker);
        long totaal = jdbc.sql("select count(*) from vervolgafspraak where gemeente_code = ? and eigenaar = ? and afgerond_op is null")
                .params(gebruiker.gemeenteCode(), gebruiker.gebruikersnaam()).query(Long.class).single();
        Pagina<OpenAfspraak> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        return new Pagina<>(totaal == 0 ? List.of() : open(gebruiker, leeg.grootte(), leeg.offset()), leeg.pagina(), leeg.grootte(), totaal);
    }

    @Transactional(readOnly = true)
    public Optional<Accounthouder> accounthouder(Gebruiker lezer, long aanbiederId) {
        magLezen(lezer);
        return jdbc.sql("""
                        select aanbieder_id, gebruikersnaam, naam, gewijzigd_door, gewijzigd_op from aanbieder_accounthouder
                        where aanbieder_id = ? and gemeente_code = ?""").params(aanbiederId, lezer.gemeenteCode())
                .query((rs, i) -> new Accounthouder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** The providers the user is the account holder of, by name. */
    @Transactional(readOnly = true)
    public List<Aanbieder> accounts(Gebruiker gebruiker) {
        magVastleggen(gebruiker);
        return jdbc.sql("""
                        select a.id, a.agb_code, a.naam from aanbieder_accounthouder h join aanbieder a on a.id = h.aanbieder_id
                        where h.gemeente_code = ? and h.gebruikersnaam = ? order by a.naam, a.id limit 100""")
                .params(gebruiker.gemeenteCode(), gebruiker.gebruikersnaam()).query(Aanbieder.class).list();
    }

    // ---- changing: beleid of the municipality

    @Transactional
    public Gesprek vastleggen(Gebruiker beleid, Gegevens gegevens) {
        magVastleggen(beleid);
        Map<String, String> fouten = Gespreksregels.gesprek(gegevens, beleid.gemeenteCode(), LocalDate.now(clock), omgeving());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Timestamp nu = Timestamp.from(clock.instant());
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into voortgangsgesprek (gemeente_code, datum, thema, deelnemers, afspraken, versie, vastgelegd_door, vastgelegd_op,
                            gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(beleid.gemeenteCode(), gegevens.datum(), gegevens.thema().strip(), tekst(gegevens.deelnemers()), gegevens.afspraken().strip(),
                        beleid.actorNaam(), nu, beleid.actorNaam(), nu)
                .update(sleutel, "id");
        long id = sleutel.getKeyAs(Number.class).longValue();
        aanbiedersBewaren(id, beleid.gemeenteCode(), gegevens.aanbiederIds());
        for (Vervolggegevens v : gegevens.ingevuld()) {
            vervolgInvoegen(beleid, id, v);
        }
        return laad(beleid.gemeenteCode(), id).orElseThrow();
    }

    /** Changes date, theme, providers, participants and agreements; the follow-ups stay as they are. */
    @Transactional
    public Gesprek wijzigen(Gebruiker beleid, long id, int versie, Gegevens gegevens) {
        magVastleggen(beleid);
        Gesprek oud = gesprek(beleid, id);
        Gegevens g = new Gegevens(gegevens.datum(), gegevens.thema(), gegevens.aanbiederIds(), gegevens.deelnemers(), gegevens.afspraken(), List.of());
        Map<String, String> fouten = Gespreksregels.gesprek(g, beleid.gemeenteCode(), LocalDate.now(clock), omgeving());
        if (!fouten.containsKey("datum")) {
            Gespreksregels.nieuweDatum(g.datum(), oud.vervolgafspraken().stream().map(Vervolgafspraak::uiterlijk).toList())
                    .ifPresent(f -> fouten.put("datum", f));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, id, versie);
        jdbc.sql("update voortgangsgesprek set datum = ?, thema = ?, deelnemers = ?, afspraken = ? where id = ? and gemeente_code = ?")
                .params(g.datum(), g.thema().strip(), tekst(g.deelnemers()), g.afspraken().strip(), id, beleid.gemeenteCode()).update();
        jdbc.sql("delete from voortgangsgesprek_aanbieder where gesprek_id = ? and gemeente_code = ?").params(id, beleid.gemeenteCode()).update();
        aanbiedersBewaren(id, beleid.gemeenteCode(), g.aanbiederIds());
        return laad(beleid.gemeenteCode(), id).orElseThrow();
    }

    /** A follow-up added after the talk was recorded; it changes the talk, so it needs the version that was read. */
    @Transactional
    public Gesprek vervolgafspraakToevoegen(Gebruiker beleid, long gesprekId, int versie, Vervolggegevens vervolg) {
        magVastleggen(beleid);
        Gesprek g = gesprek(beleid, gesprekId);
        Map<String, String> fouten = Gespreksregels.vervolg(vervolg, "", g.datum(), beleid.gemeenteCode(), omgeving());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        nieuweVersie(beleid, gesprekId, versie);
        vervolgInvoegen(beleid, gesprekId, vervolg);
        return laad(beleid.gemeenteCode(), gesprekId).orElseThrow();
    }

    /**
     * Closes a follow-up, with an optional note on how. Any beleid user of the municipality may (a colleague when the owner is
     * away); the name of who closed it stays. Refused when it was closed already or changed since it was read.
     */
    @Transactional
    public Vervolgafspraak afronden(Gebruiker beleid, long vervolgId, int versie, String afronding) {
        magVastleggen(beleid);
        Vervolgafspraak v = vervolgafspraak(beleid.gemeenteCode(), vervolgId);
        Map<String, String> fouten = Gespreksregels.afronden(!v.open(), v.afgerondDoor(), v.afgerondOp(), afronding);
        if (!v.open()) {
            throw new AlAfgerond(fouten.get("afronding"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int bijgewerkt = jdbc.sql("""
                        update vervolgafspraak set afgerond_door = ?, afgerond_op = ?, afronding = ?, versie = versie + 1
                        where id = ? and gemeente_code = ? and versie = ? and afgerond_op is null""")
                .params(beleid.actorNaam(), Timestamp.from(clock.instant()), tekst(afronding), vervolgId, beleid.gemeenteCode(), versie).update();
        if (bijgewerkt == 0) {
            Vervolgafspraak nu = vervolgafspraak(beleid.gemeenteCode(), vervolgId);
            throw new AlAfgerond(nu.open() ? "Iemand anders heeft deze vervolgafspraak intussen gewijzigd. Kijk wat er veranderd is en rond dan opnieuw af."
                    : Gespreksregels.afronden(true, nu.afgerondDoor(), nu.afgerondOp(), null).get("afronding"));
        }
        return vervolgafspraak(beleid.gemeenteCode(), vervolgId);
    }

    /** Sets the provider's account holder for the municipality (a beleid user of it); empty: no account holder. */
    @Transactional
    public Optional<Accounthouder> accounthouderVastleggen(Gebruiker beleid, long aanbiederId, String gebruikersnaam) {
        magVastleggen(beleid);
        Aanbieder aanbieder = aanbieder(beleid, aanbiederId);
        Timestamp nu = Timestamp.from(clock.instant());
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            if (jdbc.sql("delete from aanbieder_accounthouder where aanbieder_id = ? and gemeente_code = ?").params(aanbiederId, beleid.gemeenteCode())
                    .update() > 0) {
                historie(aanbieder.id(), beleid, "Accounthouder voor de gemeente weggehaald.");
            }
            return Optional.empty();
        }
        String naam = omgeving().beleidsmedewerker(beleid.gemeenteCode(), gebruikersnaam.strip())
                .orElseThrow(() -> new OngeldigeInvoerException("accounthouder", "Kies een medewerker beleid en inkoop van uw gemeente als accounthouder."));
        String wie = gebruikersnaam.strip();
        int bijgewerkt = jdbc.sql("""
                        update aanbieder_accounthouder set gebruikersnaam = ?, naam = ?, gewijzigd_door = ?, gewijzigd_op = ?
                        where aanbieder_id = ? and gemeente_code = ?""")
                .params(wie, naam, beleid.actorNaam(), nu, aanbiederId, beleid.gemeenteCode()).update();
        if (bijgewerkt == 0) {
            try {
                jdbc.sql("""
                                insert into aanbieder_accounthouder (aanbieder_id, gemeente_code, gebruikersnaam, naam, gewijzigd_door, gewijzigd_op)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(aanbiederId, beleid.gemeenteCode(), wie, naam, beleid.actorNaam(), nu).update();
            } catch (org.springframework.dao.DuplicateKeyException tegelijk) {
                // a colleague set it at the same moment: the last one counts, as with any later change
                jdbc.sql("""
                                update aanbieder_accounthouder set gebruikersnaam = ?, naam = ?, gewijzigd_door = ?, gewijzigd_op = ?
                                where aanbieder_id = ? and gemeente_code = ?""")
                        .params(wie, naam, beleid.actorNaam(), nu, aanbiederId, beleid.gemeenteCode()).update();
            }
        }
        historie(aanbieder.id(), beleid, "Accounthouder voor de gemeente: " + naam + ".");
        return accounthouder(beleid, aanbiederId);
    }

    /** May this user record talks and close follow-ups (beleid)? */
    public boolean magVastleggen(Gebruiker gebruiker, Gesprek gesprek) {
        return gebruiker.is(Rol.BELEID) && gesprek.gemeenteCode().equals(gebruiker.gemeenteCode());
    }

    // ---- inside

    private List<OpenAfspraak> open(Gebruiker gebruiker, int aantal, long vanaf) {
        LocalDate vandaag = LocalDate.now(clock);
        record Rij(OpenAfspraak afspraak, String aanbieder) {
        }
        List<Rij> rijen = jdbc.sql("""
                        select v.id, v.gesprek_id, v.omschrijving, v.uiterlijk, v.versie, g.datum, g.thema, a.naam as aanbieder
                        from (select id, gesprek_id, omschrijving, uiterlijk, versie from vervolgafspraak
                              where gemeente_code = :gemeente and eigenaar = :eigenaar and afgerond_op is null
                              order by uiterlijk, id limit :aantal offset :vanaf) v
                        join voortgangsgesprek g on g.id = v.gesprek_id
                        left join voortgangsgesprek_aanbieder ga on ga.gesprek_id = g.id
                        left join aanbieder a on a.id = ga.aanbieder_id
                        order by v.uiterlijk, v.id, a.naam""")
                .param("gemeente", gebruiker.gemeenteCode()).param("eigenaar", gebruiker.gebruikersnaam()).param("aantal", aantal).param("vanaf", vanaf)
                .query((rs, i) -> {
                    LocalDate uiterlijk = rs.getObject("uiterlijk", LocalDate.class);
                    return new Rij(new OpenAfspraak(rs.getLong("id"), rs.getLong("gesprek_id"), rs.getString("omschrijving"), uiterlijk, rs.getInt("versie"),
                            rs.getObject("datum", LocalDate.class), rs.getString("thema"), List.of(),
                            Math.max(0, ChronoUnit.DAYS.between(uiterlijk, vandaag))), rs.getString("aanbieder"));
                }).list();
        Map<Long, OpenAfspraak> afspraken = new LinkedHashMap<>();
        Map<Long, List<String>> aanbieders = new HashMap<>();
        for (Rij r : rijen) {
            afspraken.putIfAbsent(r.afspraak().id(), r.afspraak());
            List<String> namen = aanbieders.computeIfAbsent(r.afspraak().id(), k -> new ArrayList<>());
            if (r.aanbieder() != null) {
                namen.add(r.aanbieder());
            }
        }
        return afspraken.values().stream().map(a -> new OpenAfspraak(a.id(), a.gesprekId(), a.omschrijving(), a.uiterlijk(), a.versie(), a.gesprekDatum(),
                a.thema(), List.copyOf(aanbieders.get(a.id())), a.dagenTeLaat())).toList();
    }

    /** A talk with its providers and follow-ups: three queries. */
    private Optional<Gesprek> laad(String gemeenteCode, long id) {
        return jdbc.sql(GESPREK + "where id = ? and gemeente_code = ?").params(id, gemeenteCode).query((rs, i) -> gesprek(rs)).optional()
                .map(g -> new Gesprek(g.id(), g.gemeenteCode(), g.datum(), g.thema(), g.deelnemers(), g.afspraken(),
                        aanbiedersVan(List.of(id)).getOrDefault(id, List.of()),
                        jdbc.sql(VERVOLG + "where gesprek_id = ? and gemeente_code = ? order by uiterlijk, id").params(id, gemeenteCode)
                                .query((rs, i) -> vervolgafspraak(rs)).list(),
                        g.versie(), g.vastgelegdDoor(), g.vastgelegdOp(), g.gewijzigdDoor(), g.gewijzigdOp()));
    }

    private Map<Long, List<Aanbieder>> aanbiedersVan(List<Long> gesprekIds) {
        Map<Long, List<Aanbieder>> aanbieders = new HashMap<>();
        if (gesprekIds.isEmpty()) {
            return aanbieders;
        }
        jdbc.sql("""
                        select ga.gesprek_id, a.id, a.agb_code, a.naam from voortgangsgesprek_aanbieder ga join aanbieder a on a.id = ga.aanbieder_id
                        where ga.gesprek_id in (:ids) order by a.naam, a.id""").param("ids", gesprekIds)
                .query((rs, i) -> aanbieders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Aanbieder(rs.getLong(2), rs.getString(3), rs.getString(4)))).list();
        return aanbieders;
    }

    private Vervolgafspraak vervolgafspraak(String gemeenteCode, long id) {
        return jdbc.sql(VERVOLG + "where id = ? and gemeente_code = ?").params(id, gemeenteCode).query((rs, i) -> vervolgafspraak(rs)).optional()
                .orElseThrow(() -> new NietGevondenException("Vervolgafspraak " + id));
    }

    private void aanbiedersBewaren(long gesprekId, String gemeenteCode, List<Long> aanbiederIds) {
        for (Long aanbieder : aanbiederIds) {
            jdbc.sql("insert into voortgangsgesprek_aanbieder (gesprek_id, aanbieder_id, gemeente_code) values (?, ?, ?)")
                    .params(gesprekId, aanbieder, gemeenteCode).update();
        }
    }

    private void vervolgInvoegen(Gebruiker beleid, long gesprekId, Vervolggegevens v) {
        boolean zelf = v.eigenaar() == null || v.eigenaar().isBlank();
        String eigenaar = zelf ? beleid.gebruikersnaam() : v.eigenaar().strip();
        String naam = zelf ? beleid.naam() : omgeving().beleidsmedewerker(beleid.gemeenteCode(), eigenaar).orElseThrow();
        jdbc.sql("""
                        insert into vervolgafspraak (gesprek_id, gemeente_code, omschrijving, eigenaar, eigenaar_naam, uiterlijk, versie,
                            vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(gesprekId, beleid.gemeenteCode(), v.omschrijving().strip(), eigenaar, naam, v.uiterlijk(), beleid.actorNaam(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Raises the talk's version from the one the form read; refused when someone else was first. */
    private void nieuweVersie(Gebruiker door, long id, int gelezen) {
        int bijgewerkt = jdbc.sql("""
                        update voortgangsgesprek set versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ?
                        where id = ? and gemeente_code = ? and versie = ?""")
                .params(door.actorNaam(), Timestamp.from(clock.instant()), id, door.gemeenteCode(), gelezen).update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
    }

    private void historie(long aanbiederId, Gebruiker door, String wat) {
        jdbc.sql("insert into aanbieder_historie (aanbieder_id, tijdstip, door, wat, gemeente_code) values (?, ?, ?, ?, ?)")
                .params(aanbiederId, Timestamp.from(clock.instant()), door.actorNaam(), wat, door.gemeenteCode()).update();
    }

    private Gespreksregels.Omgeving omgeving() {
        return new Gespreksregels.Omgeving() {
            @Override
            public boolean aanbiederBestaat(long aanbiederId) {
                return jdbc.sql("select count(*) from aanbieder where id = ?").param(aanbiederId).query(Long.class).single() > 0;
            }

            @Override
            public Optional<String> beleidsmedewerker(String gemeenteCode, String gebruikersnaam) {
                return gemeenten.medewerkers(gemeenteCode, Rol.BELEID).stream().filter(m -> m.gebruikersnaam().equals(gebruikersnaam))
                        .map(Medewerker::naam).findFirst();
            }
        };
    }

    private static Gesprek gesprek(ResultSet rs) throws SQLException {
        return new Gesprek(rs.getLong("id"), rs.getString("gemeente_code"), rs.getObject("datum", LocalDate.class), rs.getString("thema"),
                rs.getString("deelnemers"), rs.getString("afspraken"), List.of(), List.of(), rs.getInt("versie"), rs.getString("vastgelegd_door"),
                rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("gewijzigd_door"), rs.getTimestamp("gewijzigd_op").toInstant());
    }

    private static Vervolgafspraak vervolgafspraak(ResultSet rs) throws SQLException {
        Timestamp afgerond = rs.getTimestamp("afgerond_op");
        return new Vervolgafspraak(rs.getLong("id"), rs.getLong("gesprek_id"), rs.getString("omschrijving"), rs.getString("eigenaar"),
                rs.getString("eigenaar_naam"), rs.getObject("uiterlijk", LocalDate.class), rs.getString("afgerond_door"),
                afgerond == null ? null : afgerond.toInstant(), rs.getString("afronding"), rs.getInt("versie"));
    }

    static String met(List<String> aanbieders) {
        if (aanbieders.isEmpty()) {
            return "Geen aanbieder (gesprek over een thema)";
        }
        if (aanbieders.size() == 1) {
            return aanbieders.getFirst();
        }
        return String.join(", ", aanbieders.subList(0, aanbieders.size() - 1)) + " en " + aanbieders.getLast();
    }

    private static String tekst(String t) {
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static void magLezen(Gebruiker lezer) {
        if (lezer == null || !(lezer.is(Rol.BELEID) || lezer.is(Rol.BESTUUR))) {
            throw new AccessDeniedException("Alleen beleid en inkoop en bestuur lezen de gesprekken met aanbieders.");
        }
    }

    private static void magVastleggen(Gebruiker gebruiker) {
        if (gebruiker == null || !gebruiker.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid en inkoop legt gesprekken met aanbieders vast.");
        }
    }
}
