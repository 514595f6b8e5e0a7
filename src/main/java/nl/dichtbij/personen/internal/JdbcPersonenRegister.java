package nl.dichtbij.personen.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.Bevolking;
import nl.dichtbij.personen.Huishouden;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Woongebied;
import nl.dichtbij.platform.Pagina;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPersonenRegister implements PersonenRegister {

    private static final String PERSOON = "select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p ";
    /** The columns of {@link #PERSOON} by position: every list of residents reads through here, so no reflection per row. */
    private static final org.springframework.jdbc.core.RowMapper<Persoon> PERSOON_RIJ = (rs, i) -> new Persoon(rs.getString(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, java.time.LocalDate.class));

    /** Ids per IN list: small enough for every database's parameter limit, large enough to need few round trips. */
    private static final int PARTIJ = 1000;
    /** From this many BSNs on, reading the municipality's residents once is cheaper than looking them up in batches. */
    private static final int HEEL_VEEL = 20_000;

    private final JdbcClient jdbc;

    JdbcPersonenRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Persoon> persoon(String gemeenteCode, String bsn) {
        return jdbc.sql(PERSOON + "where p.bsn = ? and p.gemeente_code = ?").params(bsn, gemeenteCode)
                .query(PERSOON_RIJ).optional();
    }

    @Override
    public Map<String, Persoon> personen(String gemeenteCode, Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return Map.of();
        }
        // list(), never stream(): an unclosed query stream keeps its connection for good outside a transaction
        Map<String, Persoon> personen = new HashMap<>();
        List<String> lijst = List.copyOf(new HashSet<>(bsns));
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql(PERSOON + "where p.gemeente_code = :gemeente and p.bsn in (:bsns)")
                    .param("gemeente", gemeenteCode).param("bsns", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query(PERSOON_RIJ).list().forEach(p -> personen.put(p.bsn(), p));
        }
        return personen;
    }

    @Override
    public Optional<Huishouden> huishouden(String gemeenteCode, long huishoudenId) {
        return adres(gemeenteCode, huishoudenId).map(adres -> new Huishouden(huishoudenId, gemeenteCode, adres,
                jdbc.sql(PERSOON + "where p.huishouden_id = ? and p.gemeente_code = ? order by p.geboortedatum")
                        .params(huishoudenId, gemeenteCode).query(PERSOON_RIJ).list()));
    }

    @Override
    public Optional<Adres> adres(String gemeenteCode, long huishoudenId) {
        return jdbc.sql("select straat, huisnummer, postcode, woonplaats, wijk from huishouden where id = ? and gemeente_code = ?")
                .params(huishoudenId, gemeenteCode).query(Adres.class).optional();
    }

    @Override
    public List<Persoon> leden(String gemeenteCode, long huishoudenId) {
        return jdbc.sql(PERSOON + "where p.huishouden_id = ? and p.gemeente_code = ? order by p.geboortedatum")
                .params(huishoudenId, gemeenteCode).query(PERSOON_RIJ).list();
    }

    @Override
    public List<Persoon> ouders(String gemeenteCode, String kindBsn) {
        return jdbc.sql(PERSOON + "join ouder_kind ok on ok.ouder_bsn = p.bsn where ok.kind_bsn = ? and p.gemeente_code = ? order by p.geboortedatum, p.bsn")
                .params(kindBsn, gemeenteCode).query(PERSOON_RIJ).list();
    }

    @Override
    public List<Persoon> kinderen(String gemeenteCode, String ouderBsn) {
        return jdbc.sql(PERSOON + "join ouder_kind ok on ok.kind_bsn = p.bsn where ok.ouder_bsn = ? and p.gemeente_code = ? order by p.geboortedatum")
                .params(ouderBsn, gemeenteCode).query(PERSOON_RIJ).list();
    }

    @Override
    public List<Persoon> wordenVolwassenTussen(String gemeenteCode, Collection<Long> huishoudens, LocalDate geborenNa,
                                               LocalDate geborenUiterlijk) {
        List<Persoon> result = new java.util.ArrayList<>();
        List<Long> lijst = List.copyOf(huishoudens);
        for (int van = 0; van < lijst.size(); van += 1000) {
            result.addAll(jdbc.sql(PERSOON + "where p.gemeente_code = :gemeente and p.huishouden_id in (:huishoudens) "
                            + "and p.geboortedatum > :na and p.geboortedatum <= :uiterlijk order by p.geboortedatum")
                    .param("gemeente", gemeenteCode).param("huishoudens", lijst.subList(van, Math.min(lijst.size(), van + 1000)))
                    .param("na", geborenNa).param("uiterlijk", geborenUiterlijk).query(PERSOON_RIJ).list());
        }
        return result;
    }

    @Override
    public Pagina<Persoon> zoekOpNaam(String gemeenteCode, String voornaam, String achternaam, int pagina, int grootte) {
        String filter = "where p.gemeente_code = :gemeente and lower(p.achternaam) like :achternaam"
                + (voornaam == null ? "" : " and lower(p.voornaam) like :voornaam");
        // counted up to one past the cap: a short prefix in a large municipality reads a few hundred index entries, not all
        long totaal = jdbc.sql("select count(*) from (select 1 from persoon p " + filter + " limit " + (MAX_TREFFERS + 1) + ") t")
                .params(zoekparameters(gemeenteCode, voornaam, achternaam)).query(Long.class).single();
        List<Persoon> inhoud = jdbc.sql(PERSOON + filter + " order by p.achternaam, p.voornaam, p.bsn limit :grootte offset :offset")
                .params(zoekparameters(gemeenteCode, voornaam, achternaam)).param("grootte", grootte).param("offset", (long) pagina * grootte)
                .query(PERSOON_RIJ).list();
        return new Pagina<>(inhoud, pagina, grootte, totaal);
    }

    /** A name search counts at most one past this many; beyond it the professional types more of the name. */
    private static final int MAX_TREFFERS = 500;

    private static Map<String, Object> zoekparameters(String gemeenteCode, String voornaam, String achternaam) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("gemeente", gemeenteCode);
        parameters.put("achternaam", voorvoegsel(achternaam));
        if (voornaam != null) {
            parameters.put("voornaam", voorvoegsel(voornaam));
        }
        return parameters;
    }

    /** A LIKE pattern for "starts with", with the wildcards of the input taken literally out. */
    private static String voorvoegsel(String tekst) {
        return tekst.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    @Override
    public long aantalInwoners(String gemeenteCode) {
        return jdbc.sql("select count(*) from persoon where gemeente_code = ?").param(gemeenteCode).query(Long.class).single();
    }

    /**
     * Walks the persons in BSN order and stops at {@code aantal}: concat(p.gemeente_code, '') keeps H2 from choosing the index
     * on (gemeente_code, achternaam), which read every resident of the municipality and sorted them all (about a second for
     * five portions on a first start of the demo, 4 s cold under load). The same rows as a plain {@code gemeente_code = ?}.
     */
    @Override
    public List<Persoon> geborenTussen(String gemeenteCode, LocalDate geborenNa, LocalDate geborenUiterlijk, String naBsn, int aantal) {
        return jdbc.sql(PERSOON + "where concat(p.gemeente_code, '') = ? and p.geboortedatum > ? and p.geboortedatum <= ? and p.bsn > ? order by p.bsn limit ?")
                .params(gemeenteCode, geborenNa, geborenUiterlijk, naBsn == null ? "" : naBsn, aantal).query(PERSOON_RIJ).list();
    }

    @Override
    public List<Persoon> geborenOpHeleDagen(String gemeenteCode, LocalDate geborenNa, LocalDate geborenUiterlijk, int ongeveer) {
        // the birth date of the portion's last person bounds it, so a day is never split between two portions
        return jdbc.sql(PERSOON + """
                        where p.gemeente_code = :gemeente and p.geboortedatum > :na and p.geboortedatum <= coalesce((
                            select q.geboortedatum from persoon q where q.gemeente_code = :gemeente and q.geboortedatum > :na
                            and q.geboortedatum <= :uiterlijk order by q.geboortedatum limit 1 offset :laatste), :uiterlijk)
                        order by p.geboortedatum, p.bsn""")
                .param("gemeente", gemeenteCode).param("na", geborenNa).param("uiterlijk", geborenUiterlijk).param("laatste", ongeveer - 1)
                .query(PERSOON_RIJ).list();
    }

    @Override
    public Map<Long, Adres> adressen(String gemeenteCode, Collection<Long> huishoudens) {
        Map<Long, Adres> adressen = new HashMap<>();
        List<Long> lijst = List.copyOf(new HashSet<>(huishoudens));
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql("select id, straat, huisnummer, postcode, woonplaats, wijk from huishouden where gemeente_code = :gemeente and id in (:ids)")
                    .param("gemeente", gemeenteCode).param("ids", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query((rs, i) -> Map.entry(rs.getLong("id"), new Adres(rs.getString("straat"), rs.getString("huisnummer"),
                            rs.getString("postcode"), rs.getString("woonplaats"), rs.getString("wijk"))))
                    .list().forEach(e -> adressen.put(e.getKey(), e.getValue()));
        }
        return adressen;
    }

    @Override
    public long aantalHuishoudens(String gemeenteCode) {
        return jdbc.sql("select count(*) from huishouden where gemeente_code = ?").param(gemeenteCode).query(Long.class).single();
    }

    @Override
    public List<nl.dichtbij.personen.Wijktelling> huishoudensPerWijk(String gemeenteCode) {
        return jdbc.sql("select woonplaats, wijk, count(*) from huishouden where gemeente_code = ? group by woonplaats, wijk order by woonplaats, wijk")
                .param(gemeenteCode).query((rs, i) -> new nl.dichtbij.personen.Wijktelling(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Override
    public List<Bevolking> bevolkingPerWijk(String gemeenteCode) {
        return jdbc.sql("""
                        select h.woonplaats, h.wijk, count(distinct h.id), count(p.bsn) from huishouden h
                        left join persoon p on p.huishouden_id = h.id where h.gemeente_code = ?
                        group by h.woonplaats, h.wijk order by h.woonplaats, h.wijk""")
                .param(gemeenteCode).query((rs, i) -> new Bevolking(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    @Override
    public Map<Long, Woongebied> woongebieden(String gemeenteCode, Collection<Long> huishoudens) {
        Map<Long, Woongebied> gebieden = new HashMap<>();
        List<Long> lijst = List.copyOf(new HashSet<>(huishoudens));
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql("select id, woonplaats, wijk from huishouden where gemeente_code = :gemeente and id in (:ids)")
                    .param("gemeente", gemeenteCode).param("ids", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query((rs, i) -> Map.entry(rs.getLong(1), new Woongebied(rs.getString(2), rs.getString(3))))
                    .list().forEach(e -> gebieden.put(e.getKey(), e.getValue()));
        }
        return gebieden;
    }

    @Override
    public void huishoudensVanPersonen(String gemeenteCode, Set<String> bsns, java.util.function.BiConsumer<String, Long> huishoudenVan) {
        if (bsns.size() > HEEL_VEEL) {
            // a large part of a large municipality: one pass over its residents beats thousands of lookups
            // in portions of 10,000: inside the caller's transaction the PostgreSQL driver reads with a cursor, not all at once
            jdbc.sql("select bsn, huishouden_id from persoon where gemeente_code = ?").withFetchSize(10_000).param(gemeenteCode).query(rs -> {
                String bsn = rs.getString(1);
                if (bsns.contains(bsn)) {
                    huishoudenVan.accept(bsn, rs.getLong(2));
                }
            });
            return;
        }
        List<String> lijst = List.copyOf(bsns);
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql("select bsn, huishouden_id from persoon where gemeente_code = :gemeente and bsn in (:bsns)")
                    .param("gemeente", gemeenteCode).param("bsns", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query(rs -> {
                        huishoudenVan.accept(rs.getString(1), rs.getLong(2));
                    });
        }
    }

    @Override
    public Map<Long, List<Persoon>> leden(String gemeenteCode, Collection<Long> huishoudens) {
        Map<Long, List<Persoon>> leden = new HashMap<>();
        List<Long> lijst = List.copyOf(new HashSet<>(huishoudens));
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql(PERSOON + "where p.gemeente_code = :gemeente and p.huishouden_id in (:ids) order by p.geboortedatum, p.bsn")
                    .param("gemeente", gemeenteCode).param("ids", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query(PERSOON_RIJ).list()
                    .forEach(p -> leden.computeIfAbsent(p.huishoudenId(), h -> new ArrayList<>()).add(p));
        }
        return leden;
    }

    @Override
    public Map<String, Woongebied> woongebiedenVanPersonen(String gemeenteCode, Collection<String> bsns) {
        Map<String, Woongebied> gebieden = new HashMap<>();
        List<String> lijst = List.copyOf(new HashSet<>(bsns));
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            jdbc.sql("""
                            select p.bsn, h.woonplaats, h.wijk from persoon p join huishouden h on h.id = p.huishouden_id
                            where p.gemeente_code = :gemeente and p.bsn in (:bsns)""")
                    .param("gemeente", gemeenteCode).param("bsns", lijst.subList(van, Math.min(lijst.size(), van + PARTIJ)))
                    .query((rs, i) -> Map.entry(rs.getString(1), new Woongebied(rs.getString(2), rs.getString(3))))
                    .list().forEach(e -> gebieden.put(e.getKey(), e.getValue()));
        }
        return gebieden;
    }

    @Override
    public List<nl.dichtbij.personen.Woonadres> woonadressen(String gemeenteCode) {
        return jdbc.sql("""
                        select h.id, h.woonplaats, h.wijk, count(p.bsn), max(p.geboortedatum) from huishouden h
                        left join persoon p on p.huishouden_id = h.id where h.gemeente_code = ?
                        group by h.id, h.woonplaats, h.wijk order by h.id""")
                .param(gemeenteCode).query((rs, i) -> new nl.dichtbij.personen.Woonadres(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class))).list();
    }

    @Override
    public List<Long> huishoudensOpAdres(String gemeenteCode, String postcode, String huisnummer) {
        String schoon = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return jdbc.sql("select id from huishouden where gemeente_code = ? and postcode = ? and huisnummer = ? order by id")
                .params(gemeenteCode, schoon, huisnummer == null ? "" : huisnummer.trim()).query(Long.class).list();
    }
}
