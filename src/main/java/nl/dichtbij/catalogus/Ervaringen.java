package nl.dichtbij.catalogus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Experience stories: the resident invited after care writes one per toewijzing; beheer publishes it without name (after
 * removing personal data) or refuses it with a reason; the provider replies once. Every refused attempt — a story without
 * care from that provider, a second story, a second reply — is refused with a Dutch message and kept
 * ({@code ervaring_weigering}), and, when a resident's care is concerned, written to the Logboek. The rules are
 * {@link Ervaringsregels}.
 */
@Service
public class Ervaringen {

    private static final String KOLOMMEN = """
            select id, gemeente_code, toewijzing_id, persoon_bsn, geschreven_door, aanbieder_agb, aanbieder_naam, wet, product, aanleiding,
                   luisteren, afspraken, resultaat, verhaal, ingediend_op, status, gepubliceerd_verhaal, beoordeeld_door, beoordeeld_op,
                   reden_afwijzing, reactie, reactie_door, reactie_op, versie from ervaring\s""";
    private static final String GRONDSLAG_INWONER = "Eigen ervaring met een aanbieder delen";
    private static final String GRONDSLAG_BEHEER = "Controle van een ervaring voor publicatie (functioneel beheer)";

    /** Why an attempt was refused. */
    public enum Weigersoort {
        GEEN_ZORG, TWEEDE_ERVARING, TWEEDE_REACTIE, ANDERE_AANBIEDER
    }

    /** A refused attempt, as beheer reads it. */
    public record Weigering(Instant tijdstip, String actorNaam, Weigersoort soort, Long toewijzingId, Long ervaringId, String melding) {
    }

    /** Refused: not his care, already told, already replied. The message is for the one who tried; it is kept and logged. */
    public static class Geweigerd extends OngeldigeInvoerException {
        Geweigerd(String melding) {
            super("ervaring", melding);
        }
    }

    /** Someone else judged the story since the page was read. */
    public static class IntussenGewijzigd extends OngeldigeInvoerException {
        IntussenGewijzigd() {
            super("versie", "Iemand anders heeft deze ervaring intussen beoordeeld. Er is niets bewaard. Bekijk de ervaring opnieuw.");
        }
    }

    /** An invitation in Mijn Dichtbij: tell how the care of this toewijzing was. */
    public record Uitnodiging(long toewijzingId, String aanbiederAgb, String aanbiederNaam, String product, Wet wet, Aanleiding aanleiding,
                              LocalDate gestartOp) {
    }

    /** The figures for beleid: per provider and quarter the number of published stories and, from the threshold, the averages. */
    public record Kwartaalcijfer(String aanbiederAgb, String aanbiederNaam, String periode, int aantal, Optional<Ervaringsregels.Waardering> waardering) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Toewijzingen toewijzingen;
    private final DossierLog dossierLog;
    private final TransactionTemplate eigenTransactie;

    Ervaringen(JdbcClient jdbc, Clock clock, Toewijzingen toewijzingen, DossierLog dossierLog, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.toewijzingen = toewijzingen;
        this.dossierLog = dossierLog;
        this.eigenTransactie = new TransactionTemplate(transacties);
        // a refusal is kept even though the attempt it records is rolled back
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- the resident (or whoever acts for him: Gebruiker.bsn() is then the resident's)

    /** The toewijzingen the resident is invited to tell about: real care that stopped or ran six months, without a story yet. */
    @Transactional(readOnly = true)
    public List<Uitnodiging> uitnodigingen(Gebruiker inwoner) {
        magSchrijven(inwoner);
        LocalDate vandaag = LocalDate.now(clock);
        Set<Long> verteld = jdbc.sql("select toewijzing_id from ervaring where gemeente_code = ? and persoon_bsn = ?")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Long.class).set();
        List<Uitnodiging> uitnodigingen = new ArrayList<>();
        for (Toewijzing t : toewijzingen.vanClienten(inwoner.gemeenteCode(), List.of(inwoner.bsn()))) {
            if (!verteld.contains(t.id())) {
                Ervaringsregels.aanleiding(t, inwoner.gemeenteCode(), inwoner.bsn(), vandaag).ifPresent(a -> uitnodigingen.add(uitnodiging(t, a)));
            }
        }
        return uitnodigingen;
    }

    /** The resident's own stories, newest first, with their state and beheer's reason when refused. */
    @Transactional(readOnly = true)
    public List<Ervaring> vanInwoner(Gebruiker inwoner) {
        magSchrijven(inwoner);
        List<Ervaring> eigen = jdbc.sql(KOLOMMEN + "where gemeente_code = ? and persoon_bsn = ? order by ingediend_op desc, id desc")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query((rs, i) -> rij(rs)).list();
        if (!eigen.isEmpty()) {
            dossierLog.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.BESLUITEN, Handeling.INZIEN);
        }
        return eigen;
    }

    /** The invitation for one toewijzing; refused (and kept) when it is not the resident's real care or he told about it already. */
    @Transactional(readOnly = true)
    public Uitnodiging uitnodiging(Gebruiker inwoner, long toewijzingId) {
        magSchrijven(inwoner);
        Optional<Toewijzing> toewijzing = toewijzingen.toewijzing(toewijzingId);
        Optional<Aanleiding> aanleiding = toewijzing.flatMap(t -> Ervaringsregels.aanleiding(t, inwoner.gemeenteCode(), inwoner.bsn(), LocalDate.now(clock)));
        if (aanleiding.isEmpty()) {
            throw weigeren(inwoner, Weigersoort.GEEN_ZORG, toewijzingId, null, toewijzing.filter(t -> t.gemeenteCode().equals(inwoner.gemeenteCode()))
                            .map(Toewijzing::persoonBsn).orElse(null),
                    "U kunt alleen een ervaring delen over een aanbieder die u hulp gaf. Bij deze hulp kan dat niet (nog niet). "
                            + "U krijgt een uitnodiging in Mijn Dichtbij als de hulp stopt of een half jaar loopt.");
        }
        if (jdbc.sql("select count(*) from ervaring where toewijzing_id = ?").param(toewijzingId).query(Long.class).single() > 0) {
            throw weigeren(inwoner, Weigersoort.TWEEDE_ERVARING, toewijzingId, null, inwoner.bsn(), TWEEDE_ERVARING);
        }
        return uitnodiging(toewijzing.orElseThrow(), aanleiding.orElseThrow());
    }

    private static final String TWEEDE_ERVARING = "U heeft al een ervaring gedeeld over deze hulp. Per hulp deelt u één ervaring. "
            + "Uw eerdere ervaring staat in Mijn ervaringen.";

    /** The resident's story about the care of one toewijzing: once; waits for beheer. */
    @Transactional
    public Ervaring schrijven(Gebruiker inwoner, long toewijzingId, Ervaringsregels.Invoer invoer) {
        Uitnodiging u = uitnodiging(inwoner, toewijzingId);
        Map<String, String> fouten = Ervaringsregels.invoer(invoer);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into ervaring (gemeente_code, toewijzing_id, persoon_bsn, geschreven_door, aanbieder_agb, aanbieder_naam, wet, product,
                                aanleiding, luisteren, afspraken, resultaat, verhaal, ingediend_op, status, versie)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INGEDIEND', 0)""")
                    .params(inwoner.gemeenteCode(), toewijzingId, inwoner.bsn(), afgekort(inwoner.actorNaam(), 200), u.aanbiederAgb(), u.aanbiederNaam(),
                            u.wet().name(), afgekort(u.product(), 300), u.aanleiding().name(), invoer.luisteren(), invoer.afspraken(), invoer.resultaat(),
                            invoer.verhaal().strip(), Timestamp.from(clock.instant()))
                    .update(sleutel, "id");
        } catch (DuplicateKeyException e) {
            // two tabs sent the story at once: the unique constraint keeps one
            throw weigeren(inwoner, Weigersoort.TWEEDE_ERVARING, toewijzingId, null, inwoner.bsn(), TWEEDE_ERVARING);
        }
        dossierLog.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN);
        return laad(sleutel.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    // ---- functioneel beheer: the check before publication

    /** The stories waiting for beheer, oldest first. */
    @Transactional(readOnly = true)
    public Pagina<Ervaring> wachtend(Gebruiker beheer, int pagina, int grootte) {
        magBeoordelen(beheer);
        long totaal = jdbc.sql("select count(*) from ervaring where gemeente_code = ? and status = 'INGEDIEND'").param(beheer.gemeenteCode())
                .query(Long.class).single();
        Pagina<Ervaring> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        List<Ervaring> inhoud = jdbc.sql(KOLOMMEN + "where gemeente_code = ? and status = 'INGEDIEND' order by ingediend_op, id limit ? offset ?")
                .params(beheer.gemeenteCode(), leeg.grootte(), leeg.offset()).query((rs, i) -> rij(rs)).list();
        return new Pagina<>(inhoud, leeg.pagina(), leeg.grootte(), totaal);
    }

    /** The stories beheer judged last, newest first. */
    @Transactional(readOnly = true)
    public List<Ervaring> beoordeeld(Gebruiker beheer, int aantal) {
        magBeoordelen(beheer);
        return jdbc.sql(KOLOMMEN + "where gemeente_code = ? and status <> 'INGEDIEND' order by beoordeeld_op desc, id desc limit ?")
                .params(beheer.gemeenteCode(), aantal).query((rs, i) -> rij(rs)).list();
    }

    /** One story, as written, for beheer; reading it is logged (it may hold personal data until it is published). */
    @Transactional(readOnly = true)
    public Ervaring ervaring(Gebruiker beheer, long id) {
        magBeoordelen(beheer);
        Ervaring e = laad(id).filter(x -> x.gemeenteCode().equals(beheer.gemeenteCode())).orElseThrow(() -> new NietGevondenException("Ervaring " + id));
        dossierLog.vastleggen(beheer, e.gemeenteCode(), List.of(e.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.INZIEN, GRONDSLAG_BEHEER);
        return e;
    }

    @Transactional
    public Ervaring publiceren(Gebruiker beheer, long id, int versie, String tekst) {
        Ervaring e = ervaring(beheer, id);
        Map<String, String> fouten = Ervaringsregels.publiceren(e.status(), tekst);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int gewijzigd = jdbc.sql("""
                        update ervaring set status = 'GEPUBLICEERD', gepubliceerd_verhaal = ?, beoordeeld_door = ?, beoordeeld_op = ?, versie = versie + 1
                        where id = ? and versie = ? and status = 'INGEDIEND'""")
                .params(tekst.strip(), beheer.naam(), Timestamp.from(clock.instant()), id, versie).update();
        if (gewijzigd == 0) {
            throw new IntussenGewijzigd();
        }
        dossierLog.vastleggen(beheer, e.gemeenteCode(), List.of(e.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN, GRONDSLAG_BEHEER);
        return laad(id).orElseThrow();
    }

    @Transactional
    public Ervaring afwijzen(Gebruiker beheer, long id, int versie, String reden) {
        Ervaring e = ervaring(beheer, id);
        Map<String, String> fouten = Ervaringsregels.afwijzen(e.status(), reden);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int gewijzigd = jdbc.sql("""
                        update ervaring set status = 'AFGEWEZEN', reden_afwijzing = ?, beoordeeld_door = ?, beoordeeld_op = ?, versie = versie + 1
                        where id = ? and versie = ? and status = 'INGEDIEND'""")
                .params(reden.strip(), beheer.naam(), Timestamp.from(clock.instant()), id, versie).update();
        if (gewijzigd == 0) {
            throw new IntussenGewijzigd();
        }
        dossierLog.vastleggen(beheer, e.gemeenteCode(), List.of(e.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN, GRONDSLAG_BEHEER);
        return laad(id).orElseThrow();
    }

    /** The latest refused attempts of the municipality, newest first. */
    @Transactional(readOnly = true)
    public List<Weigering> weigeringen(Gebruiker beheer, int aantal) {
        magBeoordelen(beheer);
        return jdbc.sql("""
                        select tijdstip, actor_naam, soort, toewijzing_id, ervaring_id, melding from ervaring_weigering where gemeente_code = ?
                        order by tijdstip desc, id desc limit ?""").params(beheer.gemeenteCode(), aantal)
                .query((rs, i) -> new Weigering(rs.getTimestamp(1).toInstant(), rs.getString(2), Weigersoort.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getString(6))).list();
    }

    // ---- the provider: its published stories, and one reply each

    /** The published stories about the provider of the account, in every municipality, newest first. */
    @Transactional(readOnly = true)
    public Pagina<Ervaring.Gepubliceerd> vanAanbieder(Gebruiker aanbieder, int pagina, int grootte) {
        String agb = agb(aanbieder);
        long totaal = jdbc.sql("select count(*) from ervaring where aanbieder_agb = ? and status = 'GEPUBLICEERD'").param(agb).query(Long.class).single();
        Pagina<Ervaring.Gepubliceerd> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        List<Ervaring.Gepubliceerd> inhoud = jdbc.sql(KOLOMMEN + "where aanbieder_agb = ? and status = 'GEPUBLICEERD' order by beoordeeld_op desc, id desc limit ? offset ?")
                .params(agb, leeg.grootte(), leeg.offset()).query((rs, i) -> rij(rs).zonderNaam()).list();
        return new Pagina<>(inhoud, leeg.pagina(), leeg.grootte(), totaal);
    }

    @Transactional
    public void reageren(Gebruiker aanbieder, long id, String tekst) {
        String agb = agb(aanbieder);
        Ervaring e = laad(id).orElseThrow(() -> new NietGevondenException("Ervaring " + id));
        boolean eigen = e.aanbiederAgb().equals(agb);
        Map<String, String> fouten = Ervaringsregels.reageren(e.status(), eigen, e.reactie(), tekst);
        if (fouten.containsKey("ervaring")) {
            throw weigeren(aanbieder, e.gemeenteCode(), Weigersoort.ANDERE_AANBIEDER, null, id, fouten.get("ervaring"));
        }
        if (e.reactie() != null) {
            throw weigeren(aanbieder, e.gemeenteCode(), Weigersoort.TWEEDE_REACTIE, null, id, fouten.get("reactie"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int gewijzigd = jdbc.sql("update ervaring set reactie = ?, reactie_door = ?, reactie_op = ?, versie = versie + 1 where id = ? and reactie is null")
                .params(tekst.strip(), aanbieder.naam(), Timestamp.from(clock.instant()), id).update();
        if (gewijzigd == 0) {
            throw weigeren(aanbieder, e.gemeenteCode(), Weigersoort.TWEEDE_REACTIE, null, id, Ervaringsregels.reageren(e.status(), true, "", "x").get("reactie"));
        }
    }

    // ---- the catalogue (public): published stories and the ratings

    /** Per provider (AGB) of the municipality the number of published stories and its marks: the rating from the threshold. */
    @Transactional(readOnly = true)
    public Map<String, List<Ervaringsregels.Cijfers>> cijfersPerAanbieder(String gemeenteCode) {
        Map<String, List<Ervaringsregels.Cijfers>> cijfers = new HashMap<>();
        jdbc.sql("select aanbieder_agb, luisteren, afspraken, resultaat from ervaring where gemeente_code = ? and status = 'GEPUBLICEERD'")
                .param(gemeenteCode).query((rs, i) -> cijfers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Ervaringsregels.Cijfers(rs.getInt(2), rs.getInt(3), rs.getInt(4)))).list();
        return cijfers;
    }

    /** The published stories about a provider in the municipality, newest first, without names. */
    @Transactional(readOnly = true)
    public Pagina<Ervaring.Gepubliceerd> gepubliceerd(String gemeenteCode, String aanbiederAgb, int pagina, int grootte) {
        long totaal = jdbc.sql("select count(*) from ervaring where gemeente_code = ? and aanbieder_agb = ? and status = 'GEPUBLICEERD'")
                .params(gemeenteCode, aanbiederAgb).query(Long.class).single();
        Pagina<Ervaring.Gepubliceerd> leeg = new Pagina<>(List.of(), Math.max(0, pagina), Pagina.begrens(grootte), totaal);
        List<Ervaring.Gepubliceerd> inhoud = jdbc.sql(KOLOMMEN
                        + "where gemeente_code = ? and aanbieder_agb = ? and status = 'GEPUBLICEERD' order by beoordeeld_op desc, id desc limit ? offset ?")
                .params(gemeenteCode, aanbiederAgb, leeg.grootte(), leeg.offset()).query((rs, i) -> rij(rs).zonderNaam()).list();
        return new Pagina<>(inhoud, leeg.pagina(), leeg.grootte(), totaal);
    }

    // ---- beleid: the figures over time, and the stories for evaluations without names

    /** Per provider and period (a quarter, or a year when {@code perJaar}) of publication: the count, and the rating from the threshold. */
    @Transactional(readOnly = true)
    public List<Kwartaalcijfer> cijfers(Gebruiker beleid, boolean perJaar) {
        magCijfersLezen(beleid);
        record Rij(String agb, String naam, String periode, Ervaringsregels.Cijfers cijfers) {
        }
        List<Rij> rijen = jdbc.sql("""
                        select aanbieder_agb, aanbieder_naam, beoordeeld_op, luisteren, afspraken, resultaat from ervaring
                        where gemeente_code = ? and status = 'GEPUBLICEERD'""").param(beleid.gemeenteCode())
                .query((rs, i) -> {
                    LocalDate dag = rs.getTimestamp(3).toInstant().atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toLocalDate();
                    return new Rij(rs.getString(1), rs.getString(2), perJaar ? String.valueOf(dag.getYear()) : Ervaringsregels.kwartaal(dag),
                            new Ervaringsregels.Cijfers(rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }).list();
        Map<List<String>, List<Rij>> groepen = rijen.stream().collect(Collectors.groupingBy(r -> List.of(r.agb(), r.periode()), LinkedHashMap::new,
                Collectors.toList()));
        List<Kwartaalcijfer> cijfers = new ArrayList<>();
        groepen.forEach((sleutel, groep) -> cijfers.add(new Kwartaalcijfer(sleutel.get(0), groep.getFirst().naam(), sleutel.get(1), groep.size(),
                Ervaringsregels.waardering(groep.stream().map(Rij::cijfers).toList()))));
        cijfers.sort(Comparator.comparing(Kwartaalcijfer::aanbiederNaam).thenComparing(Kwartaalcijfer::periode));
        return cijfers;
    }

    /** Every published story of the municipality without name or date finer than the month: for evaluations (storytelling). */
    @Transactional(readOnly = true)
    public List<Ervaring.Gepubliceerd> voorEvaluatie(Gebruiker beleid) {
        magCijfersLezen(beleid);
        return jdbc.sql(KOLOMMEN + "where gemeente_code = ? and status = 'GEPUBLICEERD' order by aanbieder_naam, beoordeeld_op, id")
                .param(beleid.gemeenteCode()).query((rs, i) -> rij(rs).zonderNaam()).list();
    }

    // ---- internals

    private Geweigerd weigeren(Gebruiker inwoner, Weigersoort soort, Long toewijzingId, Long ervaringId, String betrokkeneBsn, String melding) {
        Geweigerd geweigerd = weigeren(inwoner, inwoner.gemeenteCode(), soort, toewijzingId, ervaringId, melding);
        if (betrokkeneBsn != null) {
            dossierLog.vastleggen(inwoner, inwoner.gemeenteCode(), List.of(betrokkeneBsn), Dossierdeel.BESLUITEN, Handeling.GEWEIGERD,
                    GRONDSLAG_INWONER + ": " + soort.name().toLowerCase().replace('_', ' '));
        }
        return geweigerd;
    }

    private Geweigerd weigeren(Gebruiker wie, String gemeenteCode, Weigersoort soort, Long toewijzingId, Long ervaringId, String melding) {
        eigenTransactie.executeWithoutResult(s -> jdbc.sql("""
                        insert into ervaring_weigering (gemeente_code, tijdstip, actor, actor_naam, soort, toewijzing_id, ervaring_id, melding)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeenteCode, Timestamp.from(clock.instant()), wie.gebruikersnaam(), afgekort(wie.actorNaam(), 200), soort.name(), toewijzingId,
                        ervaringId, afgekort(melding, 500)).update());
        return new Geweigerd(melding);
    }

    private static Uitnodiging uitnodiging(Toewijzing t, Aanleiding a) {
        return new Uitnodiging(t.id(), t.aanbiederAgb(), t.aanbiederNaam(), t.productOmschrijving() != null ? t.productOmschrijving() : t.product(),
                t.wet(), a, t.leveringBegindatum());
    }

    private Optional<Ervaring> laad(long id) {
        return jdbc.sql(KOLOMMEN + "where id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    private static Ervaring rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ervaring(rs.getLong("id"), rs.getString("gemeente_code"), rs.getLong("toewijzing_id"), rs.getString("persoon_bsn"),
                rs.getString("geschreven_door"), rs.getString("aanbieder_agb"), rs.getString("aanbieder_naam"), Wet.valueOf(rs.getString("wet")),
                rs.getString("product"), Aanleiding.valueOf(rs.getString("aanleiding")), rs.getInt("luisteren"), rs.getInt("afspraken"),
                rs.getInt("resultaat"), rs.getString("verhaal"), tijd(rs, "ingediend_op"), Ervaringstatus.valueOf(rs.getString("status")),
                rs.getString("gepubliceerd_verhaal"), rs.getString("beoordeeld_door"), tijd(rs, "beoordeeld_op"), rs.getString("reden_afwijzing"),
                rs.getString("reactie"), rs.getString("reactie_door"), tijd(rs, "reactie_op"), rs.getInt("versie"));
    }

    private static Instant tijd(java.sql.ResultSet rs, String kolom) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static String afgekort(String tekst, int lengte) {
        return tekst == null || tekst.length() <= lengte ? tekst : tekst.substring(0, lengte);
    }

    private static void magSchrijven(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER) || inwoner.bsn() == null) {
            throw new AccessDeniedException("Alleen een inwoner deelt zijn ervaring.");
        }
    }

    private static void magBeoordelen(Gebruiker beheer) {
        if (!beheer.is(Rol.BEHEER)) {
            throw new AccessDeniedException("Functioneel beheer controleert de ervaringen.");
        }
    }

    private static void magCijfersLezen(Gebruiker beleid) {
        if (!beleid.is(Rol.BELEID) && !beleid.is(Rol.BEHEER)) {
            throw new AccessDeniedException("De cijfers over ervaringen zijn voor beleid.");
        }
    }

    private static String agb(Gebruiker aanbieder) {
        if (!aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            throw new AccessDeniedException("Alleen een aanbieder reageert op ervaringen over zichzelf.");
        }
        return aanbieder.organisatie();
    }
}
