package nl.dichtbij.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.participatie.Participatieladder;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.Doel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm referrals from a case to a partner (issue 20). The regisseur's team refers with the resident's consent and sees
 * the answer; the partner's accounts (the organisation code in the register) see only the referrals to their organisation,
 * and of those only the person, his address, the question and the parts of the file he consented to; they accept or decline
 * and report back. A referral past its report-back date without a report is a task in the regisseur's werkbak.
 */
@Service
public class Doorverwijzingen {

    static final String GRONDSLAG_TEAM = "Regie op de ondersteuning: wettelijke taak (Wmo 2015 art. 2.3.2, Jeugdwet art. 2.3, AVG art. 6 lid 1e)";
    static final String GRONDSLAG_PARTNER = "Verwijzing naar een partner: toestemming van de inwoner (AVG art. 6 lid 1a)";
    /** Referrals a case page, a werkbak or a partner's list shows at most, the newest (or most urgent) first. */
    public static final int HOOGSTENS = 100;

    private static final String VELDEN = """
            select d.id, d.gemeente_code, d.zaak_id, d.huishouden_id, d.persoon_bsn, d.persoon_naam, d.partner_id, p.naam as partner_naam, d.vraag,
                d.gedeelde_delen, d.bereikbaar, d.toestemming_wijze, d.toestemming_op, d.terugmelden_uiterlijk, d.status, d.reden_afwijzing,
                d.resultaat, d.verwezen_door, d.verwezen_door_naam, d.verwezen_op, d.beantwoord_door_naam, d.beantwoord_op, d.teruggemeld_op, d.toestemming_ingetrokken_op,
                d.toestemming_door, d.toestemming_door_naam, d.kind_stemt_in, d.version
            from doorverwijzing d join partner p on p.id = d.partner_id
            """;

    /**
     * A new referral as the case page's form gives it, with who consented: the resident himself, a parent or gezaghebbende from
     * the household ({@code gezaghebbendeBsn}) or a named gemachtigde ({@code gemachtigdeNaam}); {@code kindStemtIn} for a child of
     * 12 up to 16 who agrees as well.
     */
    public record NieuweDoorverwijzing(Long partnerId, String persoonBsn, String vraag, Set<Dossierdeel> delen, String bereikbaar,
                                       boolean toestemming, Toestemmingswijze wijze, LocalDate toestemmingOp, LocalDate terugmeldenUiterlijk,
                                       Toestemminggever toestemmingDoor, String gezaghebbendeBsn, String gemachtigdeNaam, boolean kindStemtIn) {

        /** A referral to which the resident consented himself. */
        public NieuweDoorverwijzing(Long partnerId, String persoonBsn, String vraag, Set<Dossierdeel> delen, String bereikbaar, boolean toestemming,
                                    Toestemmingswijze wijze, LocalDate toestemmingOp, LocalDate terugmeldenUiterlijk) {
            this(partnerId, persoonBsn, vraag, delen, bereikbaar, toestemming, wijze, toestemmingOp, terugmeldenUiterlijk, Toestemminggever.INWONER,
                    null, null, false);
        }
    }

    /** What a partner's account sees of one referral: nothing of the file beyond what the resident consented to. */
    public record Partnerinzage(Doorverwijzing verwijzing, String gemeenteNaam, String adres, List<Doel> doelen, ZrmMeting zrm, boolean volwassene) {
    }

    private final JdbcClient jdbc;
    private final Partnerregister partners;
    private final Zaken zaken;
    private final Dossiertoegang dossiertoegang;
    private final DossierLog dossierLog;
    private final PersonenRegister register;
    private final Plannen plannen;
    private final Zrm zrm;
    private final Participatieladder ladder;
    private final nl.dichtbij.gemeente.Gemeenten gemeenten;
    private final Clock clock;

    Doorverwijzingen(JdbcClient jdbc, Partnerregister partners, Zaken zaken, Dossiertoegang dossiertoegang, DossierLog dossierLog,
                     PersonenRegister register, Plannen plannen, Zrm zrm, Participatieladder ladder, nl.dichtbij.gemeente.Gemeenten gemeenten,
                     Clock clock) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.zaken = zaken;
        this.dossiertoegang = dossiertoegang;
        this.dossierLog = dossierLog;
        this.register = register;
        this.plannen = plannen;
        this.zrm = zrm;
        this.ladder = ladder;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the team

    /** Refers a member of the case's household to a partner; refused without the resident's consent. */
    @Transactional
    public Doorverwijzing verwijzen(Gebruiker medewerker, long zaakId, NieuweDoorverwijzing nieuw) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        List<Persoon> leden = register.leden(zaak.gemeenteCode(), zaak.huishoudenId());
        Persoon persoon = leden.stream().filter(p -> p.bsn().equals(nieuw.persoonBsn())).findFirst().orElse(null);
        Persoon gezaghebbende = nieuw.toestemmingDoor() != Toestemminggever.GEZAGHEBBENDE || nieuw.gezaghebbendeBsn() == null ? null
                : leden.stream().filter(p -> p.bsn().equals(nieuw.gezaghebbendeBsn()) && !p.equals(persoon)).findFirst().orElse(null);
        Partner partner = nieuw.partnerId() == null ? null : partners.partner(zaak.gemeenteCode(), nieuw.partnerId()).orElse(null);
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (persoon == null) {
            fouten.put("persoonBsn", "Kies voor wie u verwijst: iemand uit het huishouden.");
        }
        fouten.putAll(Verwijsregels.nieuw(new Verwijsregels.Invoer(partner == null ? null : partner.actief(), nieuw.vraag(), nieuw.delen(),
                nieuw.bereikbaar(), nieuw.toestemming(), nieuw.wijze(), nieuw.toestemmingOp(), nieuw.terugmeldenUiterlijk()), vandaag));
        fouten.putAll(Verwijsregels.toestemmingDoor(persoon == null ? null : persoon.leeftijdOp(vandaag), nieuw.toestemmingDoor(),
                gezaghebbende == null ? null : gezaghebbende.leeftijdOp(vandaag), nieuw.gemachtigdeNaam(), nieuw.kindStemtIn()));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Set<Dossierdeel> delen = nieuw.delen() == null ? Set.of() : nieuw.delen();
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into doorverwijzing (gemeente_code, zaak_id, huishouden_id, persoon_bsn, persoon_naam, partner_id, vraag, gedeelde_delen,
                            bereikbaar, toestemming_wijze, toestemming_op, terugmelden_uiterlijk, status, verwezen_door, verwezen_door_naam, verwezen_op,
                            toestemming_door, toestemming_door_naam, toestemming_door_bsn, kind_stemt_in)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(zaak.gemeenteCode(), zaakId, zaak.huishoudenId(), persoon.bsn(), persoon.naam(), partner.id(), nieuw.vraag().strip(),
                        delen.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        nieuw.bereikbaar() == null || nieuw.bereikbaar().isBlank() ? null : nieuw.bereikbaar().strip(), nieuw.wijze().name(),
                        nieuw.toestemmingOp(), nieuw.terugmeldenUiterlijk(), Verwijzingsstatus.VERSTUURD.name(), medewerker.gebruikersnaam(),
                        medewerker.actorNaam(), Timestamp.from(clock.instant()), nieuw.toestemmingDoor().name(),
                        switch (nieuw.toestemmingDoor()) {
                            case INWONER -> persoon.naam();
                            case GEZAGHEBBENDE -> gezaghebbende.naam();
                            case GEMACHTIGDE -> nieuw.gemachtigdeNaam().strip();
                        },
                        gezaghebbende == null ? null : gezaghebbende.bsn(), nieuw.kindStemtIn() && persoon.leeftijdOp(vandaag) >= Verwijsregels.OOK_KIND_VANAF
                                && persoon.leeftijdOp(vandaag) < nl.dichtbij.dossier.Vertegenwoordigingsregel.ZELFSTANDIG_VANAF)
                .update(sleutel, "id");
        dossierLog.vastleggen(medewerker, zaak.gemeenteCode(), List.of(persoon.bsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG_TEAM);
        return lees(sleutel.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /** The case's referrals, the newest first, for whoever may see its plan. */
    @Transactional(readOnly = true)
    public List<Doorverwijzing> vanZaak(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        List<Doorverwijzing> lijst = jdbc.sql(VELDEN + "where d.gemeente_code = ? and d.zaak_id = ? order by d.verwezen_op desc, d.id desc limit " + HOOGSTENS)
                .params(zaak.gemeenteCode(), zaakId).query(Doorverwijzingen::rij).list();
        dossierLog.vastleggen(medewerker, zaak.gemeenteCode(), lijst.stream().map(Doorverwijzing::persoonBsn).distinct().toList(), Dossierdeel.PLAN,
                Handeling.INZIEN, GRONDSLAG_TEAM);
        return lijst;
    }

    /** How many referrals the case has, and how many of them wait too long for a report back: numbers only, for the case page. */
    public record Telling(int totaal, int lopend, int teLaat, int teruggemeld, int ingetrokken) {
    }

    @Transactional(readOnly = true)
    public Telling telling(String gemeenteCode, long zaakId) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Object[]> rijen = jdbc.sql("select status, terugmelden_uiterlijk from doorverwijzing where gemeente_code = ? and zaak_id = ?")
                .params(gemeenteCode, zaakId).query((rs, i) -> new Object[] {Verwijzingsstatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)})
                .list();
        int lopend = (int) rijen.stream().filter(r -> ((Verwijzingsstatus) r[0]).lopend()).count();
        int teLaat = (int) rijen.stream().filter(r -> Verwijsregels.terugmeldingTeLaat((Verwijzingsstatus) r[0], (LocalDate) r[1], vandaag)).count();
        int teruggemeld = (int) rijen.stream().filter(r -> r[0] == Verwijzingsstatus.TERUGGEMELD).count();
        int ingetrokken = (int) rijen.stream().filter(r -> r[0] == Verwijzingsstatus.INGETROKKEN).count();
        return new Telling(rijen.size(), lopend, teLaat, teruggemeld, ingetrokken);
    }

    /** The referrals of these cases whose report back is late: the regisseur's tasks, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<Doorverwijzing> terugmeldingTeLaat(Gebruiker medewerker, Collection<Long> zaakIds) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        List<Doorverwijzing> lijst = jdbc.sql(VELDEN + """
                        where d.gemeente_code = :gemeente and d.status in ('VERSTUURD', 'AANGENOMEN') and d.terugmelden_uiterlijk < :vandaag
                            and d.zaak_id in (:zaken)
                        order by d.terugmelden_uiterlijk, d.id limit\s""" + HOOGSTENS)
                .param("gemeente", medewerker.gemeenteCode()).param("vandaag", LocalDate.now(clock)).param("zaken", List.copyOf(zaakIds))
                .query(Doorverwijzingen::rij).list();
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), lijst.stream().map(Doorverwijzing::persoonBsn).distinct().toList(), GRONDSLAG_TEAM);
        return lijst;
    }

    /**
     * News the team has not read yet on the referrals of these cases: a partner declined or reported back, or the resident
     * withdrew his consent. A task in the regisseur's werkbak until someone of the team opens the case's referrals.
     */
    @Transactional(readOnly = true)
    public List<Doorverwijzing> nieuws(Gebruiker medewerker, Collection<Long> zaakIds) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        List<Doorverwijzing> lijst = jdbc.sql(VELDEN + """
                        where d.gemeente_code = :gemeente and d.zaak_id in (:zaken) and d.nieuws_op is not null
                            and (d.bekeken_op is null or d.bekeken_op < d.nieuws_op)
                        order by d.nieuws_op, d.id limit\s""" + HOOGSTENS)
                .param("gemeente", medewerker.gemeenteCode()).param("zaken", List.copyOf(zaakIds))
                .query(Doorverwijzingen::rij).list();
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), lijst.stream().map(Doorverwijzing::persoonBsn).distinct().toList(), GRONDSLAG_TEAM);
        return lijst;
    }

    /** The team opened the case's referrals: what the partners and the resident did is read. */
    @Transactional
    public void gelezen(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaakMetPlan(medewerker, zaakId);
        jdbc.sql("update doorverwijzing set bekeken_op = ? where gemeente_code = ? and zaak_id = ? and nieuws_op is not null")
                .params(Timestamp.from(clock.instant()), zaak.gemeenteCode(), zaakId).update();
    }

    private Zaak zaakMetPlan(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaken.voorMedewerker(medewerker, zaakId);
        if (!dossiertoegang.vanMedewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId()).mag(Dossierdeel.PLAN)) {
            throw new NietGevondenException("De zaak");
        }
        return zaak;
    }

    // ------------------------------------------------------------------ the partner

    /** The referrals to the partner organisation of this account, those waiting for an answer first. */
    @Transactional(readOnly = true)
    public List<Doorverwijzing> voorPartner(Gebruiker partner) {
        if (!isPartneraccount(partner)) {
            return List.of();
        }
        List<Doorverwijzing> lijst = jdbc.sql(VELDEN + """
                        where p.organisatie = ? and d.status <> 'INGETROKKEN'
                        order by case d.status when 'VERSTUURD' then 0 when 'AANGENOMEN' then 1 else 2 end, d.terugmelden_uiterlijk, d.id
                        limit\s""" + HOOGSTENS)
                .param(partner.organisatie()).query(Doorverwijzingen::rij).list();
        lijst.stream().collect(Collectors.groupingBy(Doorverwijzing::gemeenteCode)).forEach((gemeente, regels) ->
                dossierLog.vastleggen(partner, gemeente, regels.stream().map(Doorverwijzing::persoonBsn).distinct().toList(), Dossierdeel.PERSONALIA,
                        Handeling.INZIEN, GRONDSLAG_PARTNER));
        return lijst;
    }

    /** One referral with what the resident consented the partner may see; another organisation's referral does not exist for it. */
    @Transactional(readOnly = true)
    public Partnerinzage inzage(Gebruiker partner, long id) {
        Doorverwijzing v = vanPartner(partner, id);
        String adres = register.adres(v.gemeenteCode(), v.huishoudenId()).map(a -> a.regel()).orElse("Onbekend adres");
        dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.PERSONALIA, Handeling.INZIEN, GRONDSLAG_PARTNER);
        List<Doel> doelen = List.of();
        if (v.deelt(Dossierdeel.PLAN)) {
            doelen = plannen.gedeeld(v.gemeenteCode(), v.zaakId()).map(plan -> plan.doelen().stream()
                    .filter(d -> d.persoonBsn() == null || d.persoonBsn().equals(v.persoonBsn())).toList()).orElse(List.of());
            dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.PLAN, Handeling.INZIEN, GRONDSLAG_PARTNER);
        }
        ZrmMeting laatste = null;
        if (v.deelt(Dossierdeel.ZRM)) {
            laatste = zrm.historie(v.gemeenteCode(), v.persoonBsn()).stream().max(java.util.Comparator.comparing(ZrmMeting::datum)).orElse(null);
            dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.ZRM, Handeling.INZIEN, GRONDSLAG_PARTNER);
        }
        // the ladder is for adults of working age: only then does the partner's report back offer a step on it
        boolean volwassene = register.persoon(v.gemeenteCode(), v.persoonBsn())
                .map(p -> nl.dichtbij.participatie.Ladderleeftijd.geldt(p.leeftijdOp(LocalDate.now(clock)))).orElse(false);
        String gemeenteNaam = gemeenten.vind(v.gemeenteCode()).map(g -> g.naam()).orElse(v.gemeenteCode());
        return new Partnerinzage(v, gemeenteNaam, adres, doelen, laatste, volwassene);
    }

    @Transactional
    public void aannemen(Gebruiker partner, long id) {
        Doorverwijzing v = vanPartner(partner, id);
        String fout = Verwijsregels.magBeantwoorden(v.status());
        if (fout != null) {
            throw new OngeldigeInvoerException("status", fout);
        }
        wijzig(v, "status = 'AANGENOMEN', beantwoord_door_naam = ?, beantwoord_op = ?", partner.actorNaam(), Timestamp.from(clock.instant()));
        dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG_PARTNER);
    }

    @Transactional
    public void afwijzen(Gebruiker partner, long id, String reden) {
        Doorverwijzing v = vanPartner(partner, id);
        Map<String, String> fouten = Verwijsregels.afwijzen(v.status(), reden);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Timestamp nu = Timestamp.from(clock.instant());
        wijzig(v, "status = 'AFGEWEZEN', reden_afwijzing = ?, beantwoord_door_naam = ?, beantwoord_op = ?, nieuws_op = ?", reden.strip(), partner.actorNaam(),
                nu, nu);
        dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG_PARTNER);
    }

    /**
     * The partner's report back; a partner for work and income may record where the adult now stands on the participatieladder
     * ({@code trede} 1 to 6, optional) in the same step.
     */
    @Transactional
    public void terugmelden(Gebruiker partner, long id, String resultaat, Integer trede) {
        Doorverwijzing v = vanPartner(partner, id);
        Map<String, String> fouten = new LinkedHashMap<>(Verwijsregels.terugmelden(v.status(), resultaat));
        if (trede != null && partners.partner(v.gemeenteCode(), v.partnerId()).map(p -> p.soort() != Partnersoort.WERK_EN_INKOMEN).orElse(true)) {
            fouten.put("trede", "Alleen een partner voor werk en inkomen legt de participatieladder vast.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (trede != null) {
            ladder.vastleggenDoorPartner(partner, v.gemeenteCode(), v.persoonBsn(), trede, LocalDate.now(clock), "Bij de terugmelding van de verwijzing");
        }
        Timestamp nu = Timestamp.from(clock.instant());
        wijzig(v, "status = 'TERUGGEMELD', resultaat = ?, teruggemeld_op = ?, nieuws_op = ?", resultaat.strip(), nu, nu);
        dossierLog.vastleggen(partner, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.PLAN, Handeling.WIJZIGEN, GRONDSLAG_PARTNER);
    }

    // ------------------------------------------------------------------ the resident

    /** The referrals about this resident (or whom he acts for), the newest first: to whom, what for and what they may see. */
    @Transactional(readOnly = true)
    public List<Doorverwijzing> vanInwoner(Gebruiker inwoner) {
        alleenInwoner(inwoner);
        List<Doorverwijzing> lijst = jdbc.sql(VELDEN + "where d.gemeente_code = ? and d.persoon_bsn = ? order by d.verwezen_op desc, d.id desc limit " + HOOGSTENS)
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Doorverwijzingen::rij).list();
        dossierLog.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.INZIEN);
        return lijst;
    }

    /** The resident withdraws his consent: from then on the partner sees the referral no more, and nothing of his file through it. */
    @Transactional
    public void intrekken(Gebruiker inwoner, long id) {
        alleenInwoner(inwoner);
        if (inwoner.handeltNamensIemand() && inwoner.door().alleenInzien()) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen meekijken");
        }
        Doorverwijzing v = jdbc.sql(VELDEN + "where d.id = ? and d.gemeente_code = ? and d.persoon_bsn = ?").params(id, inwoner.gemeenteCode(), inwoner.bsn())
                .query(Doorverwijzingen::rij).optional().orElseThrow(() -> new NietGevondenException("De verwijzing"));
        String fout = Verwijsregels.magIntrekken(v.status());
        if (fout != null) {
            throw new OngeldigeInvoerException("status", fout);
        }
        Timestamp nu = Timestamp.from(clock.instant());
        wijzig(v, "status = 'INGETROKKEN', toestemming_ingetrokken_op = ?, nieuws_op = ?", nu, nu);
        dossierLog.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
    }

    private static void alleenInwoner(Gebruiker gebruiker) {
        if (!gebruiker.is(Rol.INWONER) || gebruiker.bsn() == null) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen de inwoner zelf");
        }
    }

    private void wijzig(Doorverwijzing v, String zet, Object... waarden) {
        Object[] alle = Arrays.copyOf(waarden, waarden.length + 2);
        alle[waarden.length] = v.id();
        alle[waarden.length + 1] = v.version();
        int bijgewerkt = jdbc.sql("update doorverwijzing set " + zet + ", version = version + 1 where id = ? and version = ?").params(alle).update();
        if (bijgewerkt == 0) {
            throw new OngeldigeInvoerException("status", "Een collega heeft deze verwijzing net beantwoord. Open haar opnieuw.");
        }
    }

    private Doorverwijzing vanPartner(Gebruiker partner, long id) {
        if (!isPartneraccount(partner)) {
            throw new NietGevondenException("De verwijzing");
        }
        return jdbc.sql(VELDEN + "where d.id = ? and p.organisatie = ? and d.status <> 'INGETROKKEN'").params(id, partner.organisatie()).query(Doorverwijzingen::rij).optional()
                .orElseThrow(() -> new NietGevondenException("De verwijzing"));
    }

    private static boolean isPartneraccount(Gebruiker gebruiker) {
        return gebruiker.is(Rol.AANBIEDER) && gebruiker.organisatie() != null && !gebruiker.organisatie().isBlank();
    }

    private java.util.Optional<Doorverwijzing> lees(long id) {
        return jdbc.sql(VELDEN + "where d.id = ?").param(id).query(Doorverwijzingen::rij).optional();
    }

    private static Doorverwijzing rij(ResultSet rs, int i) throws SQLException {
        String delen = rs.getString("gedeelde_delen");
        Set<Dossierdeel> gedeeld = EnumSet.noneOf(Dossierdeel.class);
        if (delen != null && !delen.isBlank()) {
            Arrays.stream(delen.split(",")).map(Dossierdeel::valueOf).forEach(gedeeld::add);
        }
        return new Doorverwijzing(rs.getLong("id"), rs.getString("gemeente_code"), rs.getLong("zaak_id"), rs.getLong("huishouden_id"),
                rs.getString("persoon_bsn"), rs.getString("persoon_naam"), rs.getLong("partner_id"), rs.getString("partner_naam"), rs.getString("vraag"),
                gedeeld, rs.getString("bereikbaar"), Toestemmingswijze.valueOf(rs.getString("toestemming_wijze")),
                rs.getObject("toestemming_op", LocalDate.class), rs.getObject("terugmelden_uiterlijk", LocalDate.class),
                Verwijzingsstatus.valueOf(rs.getString("status")), rs.getString("reden_afwijzing"), rs.getString("resultaat"),
                rs.getString("verwezen_door"), rs.getString("verwezen_door_naam"), tijd(rs, "verwezen_op"), rs.getString("beantwoord_door_naam"),
                tijd(rs, "beantwoord_op"), tijd(rs, "teruggemeld_op"), tijd(rs, "toestemming_ingetrokken_op"),
                rs.getString("toestemming_door") == null ? null : Toestemminggever.valueOf(rs.getString("toestemming_door")), rs.getString("toestemming_door_naam"),
                rs.getBoolean("kind_stemt_in"), rs.getLong("version"));
    }

    private static Instant tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }
}
