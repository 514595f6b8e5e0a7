package nl.dichtbij.aanbod;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider register (issue 16): every care provider of the installation with its AGB code, KvK number, name, locations,
 * quality marks, and per municipality its contact. Functioneel beheer adds, changes and ends; beleid reads. Providers enter
 * and leave: nothing is deleted, a provider, location or quality mark is ended with a date, and every change leaves a line in
 * the history with who and when. The rules are {@link Registerregels}; the AGB code is unique across the installation.
 */
@Service
public class Aanbiedersregister {

    private static final String REGISTRATIE = """
            select id, agb_code, kvk_nummer, naam, ingeschreven_vanaf, beeindigd_per, beeindigingsreden, versie, gewijzigd_door, gewijzigd_op
            from aanbieder\s""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Aanbiedersregister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A provider as the register knows it. {@code beeindigdPer} is the first day it no longer works for the municipalities. */
    public record Registratie(long id, String agbCode, String kvkNummer, String naam, LocalDate ingeschrevenVanaf, LocalDate beeindigdPer,
                              String beeindigingsreden, int versie, String gewijzigdDoor, Instant gewijzigdOp) {

        public boolean actiefOp(LocalDate dag) {
            return beeindigdPer == null || beeindigdPer.isAfter(dag);
        }

        /** "Actief" or "Beëindigd per 1 maart 2026" (also for an end that still lies ahead). */
        public String stand() {
            return beeindigdPer == null ? "Actief" : "Beëindigd per " + Formaat.lang(beeindigdPer);
        }
    }

    public record Locatie(long id, String naam, String straat, String huisnummer, String postcode, String plaats, LocalDate vanaf,
                          LocalDate beeindigdPer) {

        public String adres() {
            return straat + " " + huisnummer + ", " + postcode + " " + plaats;
        }
    }

    /** The provider's contact for one municipality. */
    public record Contact(String gemeenteCode, String naam, String telefoon, String email) {
    }

    public record Keurmerk(long id, String soort, LocalDate geldigVanaf, LocalDate geldigTot, LocalDate beeindigdPer,
                           Registerregels.Keurmerkstand stand) {
    }

    public record Historieregel(Instant tijdstip, String door, String wat) {
    }

    /** Everything the detail page shows: the contact only of the reader's own municipality. */
    public record Aanbiederdossier(Registratie aanbieder, List<Locatie> locaties, Optional<Contact> contact, List<Keurmerk> keurmerken,
                                   List<Historieregel> historie) {
    }

    /** What beheer types for a new provider or a change. The AGB code is fixed once registered (messages and decisions hang on it). */
    public record Gegevens(String agbCode, String kvkNummer, String naam, LocalDate ingeschrevenVanaf) {
    }

    public record Locatiegegevens(String naam, String straat, String huisnummer, String postcode, String plaats, LocalDate vanaf) {
    }

    /** Which providers a list shows. */
    public enum Stand {
        ACTIEF, BEEINDIGD, ALLE;

        /** The choice as a page or a request names it, in any case; empty for anything else. */
        public static java.util.Optional<Stand> van(String naam) {
            return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(naam == null ? "" : naam.strip())).findFirst();
        }
    }

    /** Someone else changed the provider since the form or the request was read; what was typed is not saved. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft deze aanbieder intussen gewijzigd. Uw wijziging is nog niet bewaard. "
                    + "Kijk op de pagina van de aanbieder wat er veranderd is en bewaar dan opnieuw.");
        }
    }

    // ---- reading: beheer and beleid

    @Transactional(readOnly = true)
    public Pagina<Registratie> zoek(Gebruiker lezer, String tekst, Stand stand, int pagina, int grootte) {
        magLezen(lezer);
        LocalDate vandaag = LocalDate.now(clock);
        StringBuilder waar = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (tekst != null && !tekst.isBlank()) {
            String t = tekst.strip();
            waar.append(" and (lower(naam) like :naam or agb_code like :agb or kvk_nummer = :kvk)");
            params.put("naam", "%" + t.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%");
            // digits only are a code: "Zorggroep 75" is a name, not every AGB code that starts with 75
            String cijfers = t.replaceAll("\\s", "");
            params.put("agb", cijfers.matches("[0-9]{2,8}") ? cijfers + "%" : "-");
            params.put("kvk", cijfers);
        }
        if (stand == Stand.ACTIEF) {
            waar.append(" and (beeindigd_per is null or beeindigd_per > :vandaag)");
            params.put("vandaag", vandaag);
        } else if (stand == Stand.BEEINDIGD) {
            waar.append(" and beeindigd_per <= :vandaag");
            params.put("vandaag", vandaag);
        }
        long totaal = jdbc.sql("select count(*) from aanbieder" + waar).params(params).query(Long.class).single();
        Pagina<Registratie> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        List<Registratie> inhoud = jdbc.sql(REGISTRATIE + waar + " order by naam, id limit :grootte offset :vanaf").params(params)
                .param("grootte", leeg.grootte()).param("vanaf", leeg.offset()).query(Aanbiedersregister::registratie).list();
        return new Pagina<>(inhoud, leeg.pagina(), leeg.grootte(), totaal);
    }

    @Transactional(readOnly = true)
    public Aanbiederdossier dossier(Gebruiker lezer, long id) {
        magLezen(lezer);
        Registratie aanbieder = registratie(id);
        LocalDate vandaag = LocalDate.now(clock);
        List<Locatie> locaties = jdbc.sql("""
                        select id, naam, straat, huisnummer, postcode, plaats, vanaf, beeindigd_per from aanbieder_locatie
                        where aanbieder_id = ? order by beeindigd_per nulls first, naam, id""").param(id).query(Locatie.class).list();
        Optional<Contact> contact = jdbc.sql("select gemeente_code, naam, telefoon, email from aanbieder_contact where aanbieder_id = ? and gemeente_code = ?")
                .params(id, lezer.gemeenteCode()).query(Contact.class).optional();
        List<Keurmerk> keurmerken = jdbc.sql("select id, soort, geldig_vanaf, geldig_tot, beeindigd_per from aanbieder_keurmerk where aanbieder_id = ? order by soort, id")
                .param(id).query((rs, i) -> {
                    LocalDate vanaf = rs.getObject("geldig_vanaf", LocalDate.class);
                    LocalDate tot = rs.getObject("geldig_tot", LocalDate.class);
                    LocalDate einde = rs.getObject("beeindigd_per", LocalDate.class);
                    return new Keurmerk(rs.getLong("id"), rs.getString("soort"), vanaf, tot, einde, Registerregels.keurmerkstand(vanaf, tot, einde, vandaag));
                }).list();
        List<Historieregel> historie = jdbc.sql("""
                        select tijdstip, door, wat from aanbieder_historie where aanbieder_id = ? and (gemeente_code is null or gemeente_code = ?)
                        order by tijdstip desc, id desc""").params(id, lezer.gemeenteCode())
                .query((rs, i) -> new Historieregel(rs.getTimestamp("tijdstip").toInstant(), rs.getString("door"), rs.getString("wat"))).list();
        return new Aanbiederdossier(aanbieder, locaties, contact, keurmerken, historie);
    }

    /** What the catalogue shows of a provider: its locations open on the day and its quality marks valid on the day. */
    public record Catalogusgegevens(List<Locatie> locaties, List<Keurmerk> keurmerken) {
    }

    /**
     * For the catalogue of providers (public, no reader): per provider id its open locations and valid quality marks on
     * {@code dag}. Nothing of a municipality's own (contacts, history) is in it. Two queries, however many providers.
     */
    @Transactional(readOnly = true)
    public Map<Long, Catalogusgegevens> catalogusgegevens(java.util.Collection<Long> ids, LocalDate dag) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Locatie>> locaties = new java.util.HashMap<>();
        jdbc.sql("""
                        select aanbieder_id, id, naam, straat, huisnummer, postcode, plaats, vanaf, beeindigd_per from aanbieder_locatie
                        where aanbieder_id in (:ids) and (vanaf is null or vanaf <= :dag) and (beeindigd_per is null or beeindigd_per > :dag)
                        order by plaats, naam, id""").param("ids", ids).param("dag", dag)
                .query((rs, i) -> locaties.computeIfAbsent(rs.getLong("aanbieder_id"), k -> new java.util.ArrayList<>())
                        .add(new Locatie(rs.getLong("id"), rs.getString("naam"), rs.getString("straat"), rs.getString("huisnummer"),
                                rs.getString("postcode"), rs.getString("plaats"), rs.getObject("vanaf", LocalDate.class),
                                rs.getObject("beeindigd_per", LocalDate.class)))).list();
        Map<Long, List<Keurmerk>> keurmerken = new java.util.HashMap<>();
        jdbc.sql("select aanbieder_id, id, soort, geldig_vanaf, geldig_tot, beeindigd_per from aanbieder_keurmerk where aanbieder_id in (:ids) order by soort, id")
                .param("ids", ids).query((rs, i) -> {
                    LocalDate vanaf = rs.getObject("geldig_vanaf", LocalDate.class);
                    LocalDate tot = rs.getObject("geldig_tot", LocalDate.class);
                    LocalDate einde = rs.getObject("beeindigd_per", LocalDate.class);
                    Registerregels.Keurmerkstand stand = Registerregels.keurmerkstand(vanaf, tot, einde, dag);
                    if (stand == Registerregels.Keurmerkstand.GELDIG || stand == Registerregels.Keurmerkstand.VERLOOPT_BINNENKORT) {
                        keurmerken.computeIfAbsent(rs.getLong("aanbieder_id"), k -> new java.util.ArrayList<>())
                                .add(new Keurmerk(rs.getLong("id"), rs.getString("soort"), vanaf, tot, einde, stand));
                    }
                    return stand;
                }).list();
        Map<Long, Catalogusgegevens> gegevens = new java.util.HashMap<>();
        for (Long id : ids) {
            gegevens.put(id, new Catalogusgegevens(locaties.getOrDefault(id, List.of()), keurmerken.getOrDefault(id, List.of())));
        }
        return gegevens;
    }

    /** A quality mark that needs attention: its provider, the mark and until when it was valid. */
    public record VerlopendKeurmerk(long aanbiederId, String aanbieder, long keurmerkId, String soort, LocalDate geldigTot,
                                    Registerregels.Keurmerkstand stand) {
    }

    /**
     * The quality marks of active providers that expired or expire within {@link Registerregels#DAGEN_VOOR_VERLOPEN} days,
     * the soonest first: so beheer asks for a new certificate in time instead of opening every provider.
     */
    @Transactional(readOnly = true)
    public List<VerlopendKeurmerk> verlopendeKeurmerken(Gebruiker lezer, int aantal) {
        magLezen(lezer);
        LocalDate vandaag = LocalDate.now(clock);
        return jdbc.sql("""
                        select a.id as aanbieder_id, a.naam, k.id, k.soort, k.geldig_vanaf, k.geldig_tot
                        from aanbieder_keurmerk k join aanbieder a on a.id = k.aanbieder_id
                        where k.geldig_tot is not null and k.geldig_tot <= :grens and k.beeindigd_per is null
                          and (a.beeindigd_per is null or a.beeindigd_per > :vandaag)
                        order by k.geldig_tot, a.naam limit :aantal""")
                .param("grens", vandaag.plusDays(Registerregels.DAGEN_VOOR_VERLOPEN)).param("vandaag", vandaag).param("aantal", aantal)
                .query((rs, i) -> {
                    LocalDate tot = rs.getObject("geldig_tot", LocalDate.class);
                    return new VerlopendKeurmerk(rs.getLong("aanbieder_id"), rs.getString("naam"), rs.getLong("id"), rs.getString("soort"), tot,
                            Registerregels.keurmerkstand(rs.getObject("geldig_vanaf", LocalDate.class), tot, null, vandaag));
                }).list();
    }

    // ---- changing: beheer only

    @Transactional
    public Registratie toevoegen(Gebruiker beheerder, Gegevens gegevens) {
        magWijzigen(beheerder);
        Map<String, String> fouten = new LinkedHashMap<>();
        String agb = gegevens.agbCode() == null ? null : gegevens.agbCode().strip();
        Registerregels.agbCode(agb).ifPresentOrElse(f -> fouten.put("agbCode", f), () -> {
            if (jdbc.sql("select count(*) from aanbieder where agb_code = ?").param(agb).query(Long.class).single() > 0) {
                fouten.put("agbCode", "Er staat al een aanbieder met AGB-code " + agb + " in het register. Een AGB-code komt maar één keer voor.");
            }
        });
        gegevensControleren(gegevens, true, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Instant nu = clock.instant();
        try {
            jdbc.sql("""
                            insert into aanbieder (agb_code, kvk_nummer, naam, ingeschreven_vanaf, versie, gewijzigd_door, gewijzigd_op)
                            values (?, ?, ?, ?, 0, ?, ?)""")
                    .params(agb, gegevens.kvkNummer().strip(), gegevens.naam().strip(), gegevens.ingeschrevenVanaf(), beheerder.actorNaam(), Timestamp.from(nu))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException tegelijk) {
            // a colleague registered the same AGB code a moment ago: the unique constraint decides, the form keeps what was typed
            throw new OngeldigeInvoerException("agbCode", "Er staat al een aanbieder met AGB-code " + agb + " in het register. Een AGB-code komt maar één keer voor.");
        }
        long id = jdbc.sql("select id from aanbieder where agb_code = ?").param(agb).query(Long.class).single();
        historie(id, beheerder, null, "Ingeschreven: " + gegevens.naam().strip() + ", AGB-code " + agb + ", KvK-nummer " + gegevens.kvkNummer().strip()
                + ", vanaf " + Formaat.lang(gegevens.ingeschrevenVanaf()) + ".");
        return registratie(id);
    }

    /** Changes KvK number, name and start date; {@code versie} is the version the form or request read. */
    @Transactional
    public Registratie wijzigen(Gebruiker beheerder, long id, int versie, Gegevens gegevens) {
        magWijzigen(beheerder);
        Registratie oud = registratie(id);
        nietBeeindigd(oud);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (gegevens.agbCode() != null && !gegevens.agbCode().isBlank() && !gegevens.agbCode().strip().equals(oud.agbCode())) {
            fouten.put("agbCode", "De AGB-code kan niet worden gewijzigd. Heeft de aanbieder een nieuwe AGB-code? Beëindig deze inschrijving en schrijf de aanbieder opnieuw in.");
        }
        // a provider of before the register may keep an empty KvK number; once filled in, it stays filled in
        gegevensControleren(gegevens, oud.kvkNummer() != null, fouten);
        if (oud.beeindigdPer() != null && gegevens.ingeschrevenVanaf() != null && oud.beeindigdPer().isBefore(gegevens.ingeschrevenVanaf())) {
            fouten.put("ingeschrevenVanaf", "De aanbieder is beëindigd per " + Formaat.lang(oud.beeindigdPer()) + ". Ingeschreven vanaf kan niet later zijn.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (oud.versie() != versie) {
            throw new IntussenGewijzigd();
        }
        String kvk = gegevens.kvkNummer() == null || gegevens.kvkNummer().isBlank() ? null : gegevens.kvkNummer().strip();
        String naam = gegevens.naam().strip();
        List<String> wat = new java.util.ArrayList<>();
        if (!Objects.equals(oud.kvkNummer(), kvk)) {
            wat.add("KvK-nummer " + (oud.kvkNummer() == null ? "(leeg)" : oud.kvkNummer()) + " → " + (kvk == null ? "(leeg)" : kvk));
        }
        if (!oud.naam().equals(naam)) {
            wat.add("naam '" + oud.naam() + "' → '" + naam + "'");
        }
        if (!Objects.equals(oud.ingeschrevenVanaf(), gegevens.ingeschrevenVanaf())) {
            wat.add("ingeschreven vanaf " + (oud.ingeschrevenVanaf() == null ? "(leeg)" : Formaat.lang(oud.ingeschrevenVanaf())) + " → "
                    + Formaat.lang(gegevens.ingeschrevenVanaf()));
        }
        if (wat.isEmpty()) {
            return oud;
        }
        int bijgewerkt = jdbc.sql("""
                        update aanbieder set kvk_nummer = ?, naam = ?, ingeschreven_vanaf = ?, versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ?
                        where id = ? and versie = ?""")
                .params(kvk, naam, gegevens.ingeschrevenVanaf(), beheerder.actorNaam(), Timestamp.from(clock.instant()), id, versie).update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        historie(id, beheerder, null, "Gewijzigd: " + String.join("; ", wat) + ".");
        return registratie(id);
    }

    /** Ends the registration per a date (the first day the provider no longer works for the municipalities), with a reason. */
    @Transactional
    public Registratie beeindigen(Gebruiker beheerder, long id, int versie, LocalDate per, String reden) {
        magWijzigen(beheerder);
        Registratie oud = registratie(id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (oud.beeindigdPer() != null) {
            fouten.put("per", "Deze aanbieder is al beëindigd per " + Formaat.lang(oud.beeindigdPer()) + ".");
        } else {
            Registerregels.einde(oud.ingeschrevenVanaf(), per).ifPresent(f -> fouten.put("per", f));
        }
        if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Schrijf op waarom de aanbieder stopt. Bijvoorbeeld: contract afgelopen, bedrijf gestopt.");
        } else if (reden.length() > 500) {
            fouten.put("reden", "Schrijf de reden in hoogstens 500 tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (oud.versie() != versie) {
            throw new IntussenGewijzigd();
        }
        int bijgewerkt = jdbc.sql("""
                        update aanbieder set beeindigd_per = ?, beeindigingsreden = ?, versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ?
                        where id = ? and versie = ?""")
                .params(per, reden.strip(), beheerder.actorNaam(), Timestamp.from(clock.instant()), id, versie).update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        historie(id, beheerder, null, "Beëindigd per " + Formaat.lang(per) + ". Reden: " + reden.strip());
        return registratie(id);
    }

    @Transactional
    public Locatie locatieToevoegen(Gebruiker beheerder, long id, Locatiegegevens l) {
        magWijzigen(beheerder);
        nietBeeindigd(registratie(id));
        Map<String, String> fouten = new LinkedHashMap<>();
        tekst(fouten, "naam", l.naam(), 200, "Vul de naam van de locatie in, bijvoorbeeld 'Vestiging Woerden'.");
        tekst(fouten, "straat", l.straat(), 200, "Vul de straat in.");
        if (l.huisnummer() == null || !l.huisnummer().strip().matches("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?")) {
            fouten.put("huisnummer", "Vul het huisnummer in, eventueel met een letter of toevoeging. Bijvoorbeeld 12 of 12 A.");
        }
        Registerregels.postcode(l.postcode()).ifPresent(f -> fouten.put("postcode", f));
        tekst(fouten, "plaats", l.plaats(), 100, "Vul de plaats in.");
        if (l.vanaf() == null) {
            fouten.put("vanaf", "Vul in vanaf wanneer de aanbieder op deze locatie werkt.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String postcode = Registerregels.schrijfPostcode(l.postcode());
        org.springframework.jdbc.support.KeyHolder sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into aanbieder_locatie (aanbieder_id, naam, straat, huisnummer, postcode, plaats, vanaf) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, l.naam().strip(), l.straat().strip(), l.huisnummer().strip(), postcode, l.plaats().strip(), l.vanaf()).update(sleutel, "id");
        Locatie locatie = jdbc.sql("select id, naam, straat, huisnummer, postcode, plaats, vanaf, beeindigd_per from aanbieder_locatie where id = ?")
                .param(sleutel.getKeyAs(Number.class).longValue()).query(Locatie.class).single();
        gewijzigd(id, beheerder, null, "Locatie toegevoegd: " + locatie.naam() + ", " + locatie.adres() + ", vanaf " + Formaat.lang(l.vanaf()) + ".");
        return locatie;
    }

    @Transactional
    public void locatieBeeindigen(Gebruiker beheerder, long id, long locatieId, LocalDate per) {
        magWijzigen(beheerder);
        nietBeeindigd(registratie(id));
        Locatie locatie = jdbc.sql("select id, naam, straat, huisnummer, postcode, plaats, vanaf, beeindigd_per from aanbieder_locatie where id = ? and aanbieder_id = ?")
                .params(locatieId, id).query(Locatie.class).optional().orElseThrow(() -> new NietGevondenException("De locatie"));
        if (locatie.beeindigdPer() != null) {
            throw new OngeldigeInvoerException("per", "Deze locatie is al beëindigd per " + Formaat.lang(locatie.beeindigdPer()) + ".");
        }
        Registerregels.einde(locatie.vanaf(), per).ifPresent(f -> {
            throw new OngeldigeInvoerException("per", f);
        });
        if (jdbc.sql("update aanbieder_locatie set beeindigd_per = ? where id = ? and beeindigd_per is null").params(per, locatieId).update() == 0) {
            throw new OngeldigeInvoerException("per", "Een collega beëindigde deze locatie net.");
        }
        gewijzigd(id, beheerder, null, "Locatie beëindigd per " + Formaat.lang(per) + ": " + locatie.naam() + ", " + locatie.adres() + ".");
    }

    /** The provider's contact for the municipality of whoever sets it; another municipality never sees it. */
    @Transactional
    public Contact contactVastleggen(Gebruiker beheerder, long id, String naam, String telefoon, String email) {
        magWijzigen(beheerder);
        nietBeeindigd(registratie(id));
        Map<String, String> fouten = new LinkedHashMap<>();
        tekst(fouten, "contactNaam", naam, 200, "Vul de naam van de contactpersoon in.");
        String tel = telefoon == null || telefoon.isBlank() ? null : telefoon.strip();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (tel != null && !tel.matches("\\+?[0-9 ()-]{10,20}")) {
            fouten.put("telefoon", "Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 0348 123 456.");
        }
        if (mail != null && (mail.length() > 200 || !nl.dichtbij.platform.Emailadres.isGeldig(mail))) {
            fouten.put("email", "Vul een e-mailadres in zoals naam@aanbieder.nl.");
        }
        if (tel == null && mail == null && !fouten.containsKey("telefoon") && !fouten.containsKey("email")) {
            fouten.put("telefoon", "Vul een telefoonnummer of een e-mailadres in, zodat u de contactpersoon kunt bereiken.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int bijgewerkt = jdbc.sql("update aanbieder_contact set naam = ?, telefoon = ?, email = ? where aanbieder_id = ? and gemeente_code = ?")
                .params(naam.strip(), tel, mail, id, beheerder.gemeenteCode()).update();
        if (bijgewerkt == 0 && jdbc.sql("""
                        insert into aanbieder_contact (aanbieder_id, gemeente_code, naam, telefoon, email) values (?, ?, ?, ?, ?)
                        on conflict do nothing""").params(id, beheerder.gemeenteCode(), naam.strip(), tel, mail).update() == 0) {
            // a colleague set it at the same moment: the last one counts, as with any later change
            jdbc.sql("update aanbieder_contact set naam = ?, telefoon = ?, email = ? where aanbieder_id = ? and gemeente_code = ?")
                    .params(naam.strip(), tel, mail, id, beheerder.gemeenteCode()).update();
        }
        // the contact is the municipality's own: the provider's shared version and "last changed by" stay as they are
        historie(id, beheerder, beheerder.gemeenteCode(), "Contactpersoon voor de gemeente vastgelegd: " + naam.strip()
                + (tel == null ? "" : ", " + tel) + (mail == null ? "" : ", " + mail) + ".");
        return new Contact(beheerder.gemeenteCode(), naam.strip(), tel, mail);
    }

    @Transactional
    public Keurmerk keurmerkToevoegen(Gebruiker beheerder, long id, String soort, LocalDate vanaf, LocalDate tot) {
        magWijzigen(beheerder);
        nietBeeindigd(registratie(id));
        Map<String, String> fouten = new LinkedHashMap<>();
        tekst(fouten, "soort", soort, 100, "Vul in welk keurmerk het is, bijvoorbeeld HKZ of ISO 9001.");
        Registerregels.keurmerkPeriode(vanaf, tot).ifPresent(f -> fouten.put(vanaf == null ? "geldigVanaf" : "geldigTot", f));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        org.springframework.jdbc.support.KeyHolder sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into aanbieder_keurmerk (aanbieder_id, soort, geldig_vanaf, geldig_tot) values (?, ?, ?, ?)")
                .params(id, soort.strip(), vanaf, tot).update(sleutel, "id");
        long keurmerkId = sleutel.getKeyAs(Number.class).longValue();
        gewijzigd(id, beheerder, null, "Keurmerk toegevoegd: " + soort.strip() + ", geldig vanaf " + Formaat.lang(vanaf)
                + (tot == null ? "" : " tot en met " + Formaat.lang(tot)) + ".");
        LocalDate vandaag = LocalDate.now(clock);
        return new Keurmerk(keurmerkId, soort.strip(), vanaf, tot, null, Registerregels.keurmerkstand(vanaf, tot, null, vandaag));
    }

    @Transactional
    public void keurmerkBeeindigen(Gebruiker beheerder, long id, long keurmerkId, LocalDate per) {
        magWijzigen(beheerder);
        nietBeeindigd(registratie(id));
        var keurmerk = jdbc.sql("select soort, geldig_vanaf, beeindigd_per from aanbieder_keurmerk where id = ? and aanbieder_id = ?")
                .params(keurmerkId, id).query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)})
                .optional().orElseThrow(() -> new NietGevondenException("Het keurmerk"));
        if (keurmerk[2] != null) {
            throw new OngeldigeInvoerException("per", "Dit keurmerk is al beëindigd per " + Formaat.lang((LocalDate) keurmerk[2]) + ".");
        }
        Registerregels.einde((LocalDate) keurmerk[1], per).ifPresent(f -> {
            throw new OngeldigeInvoerException("per", f);
        });
        if (jdbc.sql("update aanbieder_keurmerk set beeindigd_per = ? where id = ? and beeindigd_per is null").params(per, keurmerkId).update() == 0) {
            throw new OngeldigeInvoerException("per", "Een collega beëindigde dit keurmerk net.");
        }
        gewijzigd(id, beheerder, null, "Keurmerk beëindigd per " + Formaat.lang(per) + ": " + keurmerk[0] + ".");
    }

    // ---- inside

    private static Registratie registratie(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        Timestamp op = rs.getTimestamp("gewijzigd_op");
        return new Registratie(rs.getLong("id"), rs.getString("agb_code"), rs.getString("kvk_nummer"), rs.getString("naam"),
                rs.getObject("ingeschreven_vanaf", LocalDate.class), rs.getObject("beeindigd_per", LocalDate.class), rs.getString("beeindigingsreden"),
                rs.getInt("versie"), rs.getString("gewijzigd_door"), op == null ? null : op.toInstant());
    }

    /**
     * A provider re-enters the register (open house: providers enter and leave during a contract's term) from a day on or
     * after the day it ended; its earlier registration stays in the history.
     */
    @Transactional
    public Registratie opnieuwInschrijven(Gebruiker beheerder, long id, int versie, LocalDate vanaf) {
        magWijzigen(beheerder);
        Registratie oud = registratie(id);
        LocalDate vandaag = LocalDate.now(clock);
        if (oud.beeindigdPer() == null || oud.beeindigdPer().isAfter(vandaag)) {
            throw new OngeldigeInvoerException("vanaf", "Deze aanbieder is niet beëindigd. Opnieuw inschrijven kan pas na de einddatum.");
        }
        if (vanaf == null || vanaf.isBefore(oud.beeindigdPer())) {
            throw new OngeldigeInvoerException("vanaf", "Vul de datum in vanaf wanneer de aanbieder weer ingeschreven is: op of na "
                    + Formaat.lang(oud.beeindigdPer()) + ".");
        }
        int bijgewerkt = jdbc.sql("""
                        update aanbieder set ingeschreven_vanaf = ?, beeindigd_per = null, beeindigingsreden = null, versie = versie + 1,
                            gewijzigd_door = ?, gewijzigd_op = ? where id = ? and versie = ?""")
                .params(vanaf, beheerder.actorNaam(), Timestamp.from(clock.instant()), id, versie).update();
        if (bijgewerkt == 0) {
            throw new IntussenGewijzigd();
        }
        historie(id, beheerder, null, "Opnieuw ingeschreven vanaf " + Formaat.lang(vanaf) + ", na beëindiging per " + Formaat.lang(oud.beeindigdPer())
                + (oud.beeindigingsreden() == null ? "" : " (reden: " + oud.beeindigingsreden() + ")") + ".");
        return registratie(id);
    }

    /** Once its end date has come, a provider's registration is a record: it stays as it was until it is registered again. */
    private void nietBeeindigd(Registratie r) {
        if (r.beeindigdPer() != null && !r.beeindigdPer().isAfter(LocalDate.now(clock))) {
            throw new OngeldigeInvoerException("beeindigd", "Deze aanbieder is beëindigd per " + Formaat.lang(r.beeindigdPer())
                    + ". Wat er staat blijft bewaard en verandert niet meer. Komt de aanbieder terug? Kies dan Opnieuw inschrijven.");
        }
    }

    private Registratie registratie(long id) {
        return jdbc.sql(REGISTRATIE + "where id = ?").param(id).query(Aanbiedersregister::registratie).optional()
                .orElseThrow(() -> new NietGevondenException("De aanbieder"));
    }

    private void gegevensControleren(Gegevens gegevens, boolean kvkVerplicht, Map<String, String> fouten) {
        String kvk = gegevens.kvkNummer() == null ? null : gegevens.kvkNummer().strip();
        Registerregels.kvkNummer(kvk, kvkVerplicht).ifPresent(f -> fouten.put("kvkNummer", f));
        tekst(fouten, "naam", gegevens.naam(), 200, "Vul de naam van de aanbieder in (hoogstens 200 tekens).");
        if (gegevens.ingeschrevenVanaf() == null) {
            fouten.put("ingeschrevenVanaf", "Vul de datum in vanaf wanneer de aanbieder ingeschreven is.");
        }
    }

    private static void tekst(Map<String, String> fouten, String veld, String waarde, int max, String melding) {
        if (waarde == null || waarde.isBlank() || waarde.strip().length() > max) {
            fouten.put(veld, melding);
        }
    }

    /** A change to a part of the provider: the provider's own version goes up, so a form read before it is stale. */
    private void gewijzigd(long id, Gebruiker beheerder, String gemeenteCode, String wat) {
        jdbc.sql("update aanbieder set versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = ? where id = ?")
                .params(beheerder.actorNaam(), Timestamp.from(clock.instant()), id).update();
        historie(id, beheerder, gemeenteCode, wat);
    }

    private void historie(long id, Gebruiker door, String gemeenteCode, String wat) {
        jdbc.sql("insert into aanbieder_historie (aanbieder_id, tijdstip, door, wat, gemeente_code) values (?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(clock.instant()), door.actorNaam(), wat.length() > 1000 ? wat.substring(0, 997) + "…" : wat, gemeenteCode)
                .update();
    }

    private static void magLezen(Gebruiker gebruiker) {
        if (gebruiker == null || !(gebruiker.is(Rol.BEHEER) || gebruiker.is(Rol.BELEID))) {
            throw new AccessDeniedException("Alleen beheer en beleid lezen het aanbiedersregister.");
        }
    }

    private static void magWijzigen(Gebruiker gebruiker) {
        if (gebruiker == null || !gebruiker.is(Rol.BEHEER)) {
            throw new AccessDeniedException("Alleen functioneel beheer wijzigt het aanbiedersregister.");
        }
    }
}
