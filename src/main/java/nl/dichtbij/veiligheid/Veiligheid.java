package nl.dichtbij.veiligheid;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety records of a case (issue 20): the meldcode steps, risk assessments, referrals to Veilig Thuis and child protection
 * measures. Every read and write is checked and logged as {@link Dossierdeel#VEILIGHEID}: for professionals through
 * {@link Dossiertoegang} (the regisseur, the teamleider, emergency access), for the gecertificeerde instelling of a running measure
 * on its own ground ({@link #GRONDSLAG_GI}). A refused look is logged as well.
 */
@Service
public class Veiligheid {

    public static final String GRONDSLAG_GI = "Jeugdbeschermingsmaatregel (BW 1:255, Jeugdwet hoofdstuk 7): gecertificeerde instelling";
    static final int MAX_NOTITIE = 1000;
    static final int MAX_WAT = 2000;
    private static final int MAX_REGELS = 100;

    public record Stap(long id, Meldcodestap stap, LocalDate datum, String notitie, Boolean acuteOnveiligheid, Boolean structureleOnveiligheid,
                       String doorNaam) {
    }

    /** {@code teLaat}: the date to look at the risk again has passed (only the newest assessment can be late). */
    public record Taxatie(long id, LocalDate datum, Risiconiveau niveau, Set<Risicofactor> factoren, String notitie, LocalDate vervolgdatum,
                          String doorNaam, boolean teLaat) {
    }

    public record Vtmelding(long id, LocalDate datum, String wat, String doorNaam, Vtuitkomst uitkomst, LocalDate uitkomstDatum,
                            String uitkomstToelichting, LocalDate termijn, boolean wachtOpTerugkoppeling) {
    }

    public record Maatregel(long id, String giAgb, String giNaam, Maatregelsoort soort, String kindBsn, String kindNaam, LocalDate start,
                            LocalDate eind, boolean loopt) {
    }

    public record Instelling(String agbCode, String naam) {
    }

    /** The meldcode steps by step in order, those not yet taken, and what the afwegingskader says. */
    public record Meldcode(Map<Meldcodestap, List<Stap>> stappen, List<Meldcodestap> open, Afwegingskader.Besluit besluit,
                           boolean meldingOntbreekt) {
    }

    public record Dossier(long zaakId, Meldcode meldcode, List<Taxatie> taxaties, List<Vtmelding> meldingen, List<Maatregel> maatregelen,
                          List<Persoon> kinderen, String grondslag, boolean noodtoegang) {
        public Optional<Taxatie> laatsteTaxatie() {
            return taxaties.stream().findFirst();
        }
    }

    /** What the case page shows of the safety records. */
    public record Samenvatting(Optional<Taxatie> laatsteTaxatie, List<Vtmelding> wachtend, List<Vtmelding> open, int stappenGezet,
                               Afwegingskader.Besluit besluit, List<Maatregel> lopend, boolean leeg) {
    }

    /** A case where this GI carries out a running measure, for its own list. */
    public record GiZaak(long zaakId, Maatregelsoort soort, String kindNaam, LocalDate start, LocalDate eind) {
    }

    private final JdbcClient jdbc;
    private final nl.dichtbij.plan.Plannen plannen;
    private final Zaken zaken;
    private final Dossiertoegang dossiertoegang;
    private final PersonenRegister register;
    private final DossierLog dossierLog;
    private final Clock clock;

    Veiligheid(JdbcClient jdbc, Zaken zaken, Dossiertoegang dossiertoegang, PersonenRegister register, DossierLog dossierLog, Clock clock,
               nl.dichtbij.plan.Plannen plannen) {
        this.jdbc = jdbc;
        this.plannen = plannen;
        this.zaken = zaken;
        this.dossiertoegang = dossiertoegang;
        this.register = register;
        this.dossierLog = dossierLog;
        this.clock = clock;
    }

    private record Toegang(String gemeenteCode, long huishoudenId, Dossiertoegang.Toegang toegang) {
    }

    /**
     * Checks a professional's access to the case's safety records: another municipality's case 404, no access 403 and the attempt
     * logged. A look ({@code handeling} INZIEN) is logged at once; a change ({@code null}) once it is saved, see {@link #gewijzigd}.
     */
    private Toegang toegang(Gebruiker wie, long zaakId, Handeling handeling) {
        if (!wie.isMedewerker()) {
            throw new NietGevondenException("De zaak");
        }
        long huishouden = zaken.huishoudenVan(wie, zaakId);
        Dossiertoegang.Toegang toegang = dossiertoegang.vanMedewerker(wie, wie.gemeenteCode(), huishouden);
        if (handeling != null || !toegang.mag(Dossierdeel.VEILIGHEID)) {
            // refused: logged as such and thrown by Dossiertoegang
            toegang = dossiertoegang.medewerker(wie, wie.gemeenteCode(), huishouden, Dossierdeel.VEILIGHEID,
                    handeling == null ? Handeling.WIJZIGEN : handeling);
        }
        return new Toegang(wie.gemeenteCode(), huishouden, toegang);
    }

    private void gewijzigd(Gebruiker wie, Toegang t) {
        dossiertoegang.medewerker(wie, t.gemeenteCode(), t.huishoudenId(), Dossierdeel.VEILIGHEID, Handeling.WIJZIGEN);
    }

    /** Whether the professional may see the case's safety records (no log: for showing a link or a section). */
    @Transactional(readOnly = true)
    public boolean mag(Gebruiker wie, long zaakId) {
        if (!wie.isMedewerker()) {
            return false;
        }
        try {
            long huishouden = zaken.huishoudenVan(wie, zaakId);
            return dossiertoegang.vanMedewerker(wie, wie.gemeenteCode(), huishouden).mag(Dossierdeel.VEILIGHEID);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** All safety records of the case, for the professional with access. Logged as a look. */
    @Transactional(readOnly = true)
    public Dossier van(Gebruiker wie, long zaakId) {
        Toegang t = toegang(wie, zaakId, Handeling.INZIEN);
        return lees(t.gemeenteCode(), t.huishoudenId(), zaakId, t.toegang().grondslag(), t.toegang().noodtoegang());
    }

    /** The summary for the case page, for the professional with access (the caller checked {@link #mag}). Logged as a look. */
    @Transactional(readOnly = true)
    public Samenvatting samenvatting(Gebruiker wie, long zaakId) {
        Dossier d = van(wie, zaakId);
        List<Vtmelding> open = d.meldingen().stream().filter(m -> m.uitkomst() == null).toList();
        int gezet = (int) d.meldcode().stappen().values().stream().filter(l -> !l.isEmpty()).count();
        return new Samenvatting(d.laatsteTaxatie(), open.stream().filter(Vtmelding::wachtOpTerugkoppeling).toList(), open, gezet,
                d.meldcode().besluit(), d.maatregelen().stream().filter(m -> m.loopt()).toList(),
                gezet == 0 && d.taxaties().isEmpty() && d.meldingen().isEmpty() && d.maatregelen().isEmpty());
    }

    private Dossier lees(String gemeente, long huishouden, long zaakId, String grondslag, boolean nood) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Meldcodestap, List<Stap>> stappen = new LinkedHashMap<>();
        for (Meldcodestap s : Meldcodestap.values()) {
            stappen.put(s, new ArrayList<>());
        }
        jdbc.sql("""
                        select id, stap, datum, notitie, acute_onveiligheid, structurele_onveiligheid, vastgelegd_door_naam from meldcodestap
                        where gemeente_code = ? and zaak_id = ? order by stap, datum, id limit ?""")
                .params(gemeente, zaakId, MAX_REGELS * 5)
                .query((rs, i) -> new Stap(rs.getLong(1), Meldcodestap.van(rs.getInt(2)).orElseThrow(), rs.getObject(3, LocalDate.class),
                        rs.getString(4), (Boolean) rs.getObject(5), (Boolean) rs.getObject(6), rs.getString(7)))
                .list().forEach(s -> stappen.get(s.stap()).add(s));
        List<Meldcodestap> open = stappen.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        // the latest weighing counts: the newest step 4 or 5 with both questions answered
        Stap weging = stappen.values().stream().flatMap(List::stream).filter(s -> s.stap().weegt())
                .max(java.util.Comparator.comparing(Stap::datum).thenComparing(Stap::id)).orElse(null);
        Afwegingskader.Besluit besluit = weging == null ? Afwegingskader.Besluit.NOG_NIET_GEWOGEN
                : Afwegingskader.besluit(weging.acuteOnveiligheid(), weging.structureleOnveiligheid());
        List<Taxatie> taxaties = jdbc.sql("""
                        select id, datum, niveau, factoren, notitie, vervolgdatum, vastgelegd_door_naam from risicotaxatie
                        where gemeente_code = ? and zaak_id = ? order by datum desc, id desc limit ?""")
                .params(gemeente, zaakId, MAX_REGELS)
                .query((rs, i) -> new Taxatie(rs.getLong(1), rs.getObject(2, LocalDate.class), Risiconiveau.valueOf(rs.getString(3)),
                        factoren(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        i == 0 && rs.getObject(6, LocalDate.class) != null && rs.getObject(6, LocalDate.class).isBefore(vandaag)))
                .list();
        List<Vtmelding> meldingen = jdbc.sql("""
                        select id, datum, wat, gemeld_door_naam, uitkomst, uitkomst_datum, uitkomst_toelichting from veilig_thuis_melding
                        where gemeente_code = ? and zaak_id = ? order by datum desc, id desc limit ?""")
                .params(gemeente, zaakId, MAX_REGELS)
                .query((rs, i) -> {
                    LocalDate datum = rs.getObject(2, LocalDate.class);
                    Vtuitkomst uitkomst = rs.getString(5) == null ? null : Vtuitkomst.valueOf(rs.getString(5));
                    return new Vtmelding(rs.getLong(1), datum, rs.getString(3), rs.getString(4), uitkomst, rs.getObject(6, LocalDate.class),
                            rs.getString(7), Terugkoppeling.termijn(datum), Terugkoppeling.wachtOpTerugkoppeling(datum, uitkomst, vandaag));
                })
                .list();
        boolean gemeldSindsWeging = weging != null && meldingen.stream().anyMatch(m -> !m.datum().isBefore(weging.datum()));
        List<Persoon> leden = register.leden(gemeente, huishouden);
        Map<String, String> namen = leden.stream().collect(Collectors.toMap(Persoon::bsn, Persoon::naam, (a, b) -> a));
        List<Maatregel> maatregelen = maatregelen(gemeente, "zaak_id = ?", zaakId, namen, vandaag);
        return new Dossier(zaakId, new Meldcode(stappen, open, besluit, Afwegingskader.meldingOntbreekt(besluit, gemeldSindsWeging)), taxaties,
                meldingen, maatregelen, leden.stream().filter(p -> p.leeftijdOp(vandaag) < 18).toList(), grondslag, nood);
    }

    private List<Maatregel> maatregelen(String gemeente, String waar, Object waarde, Map<String, String> namen, LocalDate vandaag) {
        return jdbc.sql("select id, gi_agb, gi_naam, maatregel, kind_bsn, start_datum, eind_datum from jeugdbeschermingsmaatregel "
                        + "where gemeente_code = ? and " + waar + " order by start_datum desc, id desc limit " + MAX_REGELS)
                .params(gemeente, waarde)
                .query((rs, i) -> {
                    LocalDate start = rs.getObject(6, LocalDate.class);
                    LocalDate eind = rs.getObject(7, LocalDate.class);
                    return new Maatregel(rs.getLong(1), rs.getString(2), rs.getString(3), Maatregelsoort.valueOf(rs.getString(4)), rs.getString(5),
                            namen.getOrDefault(rs.getString(5), rs.getString(5)), start, eind, Maatregelen.loopt(start, eind, vandaag));
                })
                .list();
    }

    private static Set<Risicofactor> factoren(String tekst) {
        Set<Risicofactor> set = EnumSet.noneOf(Risicofactor.class);
        if (tekst != null) {
            Arrays.stream(tekst.split(",")).filter(f -> !f.isBlank()).forEach(f -> set.add(Risicofactor.valueOf(f.strip())));
        }
        return set;
    }

    // ---- writing, by a professional with access to the safety records

    /** Records one step of the meldcode; a step may be recorded more than once. Steps 4 and 5 answer the afwegingskader. */
    @Transactional
    public long stapVastleggen(Gebruiker wie, long zaakId, Integer stap, LocalDate datum, String notitie, Boolean acuut, Boolean structureel) {
        Toegang t = toegang(wie, zaakId, null);
        Map<String, String> fouten = new LinkedHashMap<>();
        Optional<Meldcodestap> gekozen = Meldcodestap.van(stap);
        if (gekozen.isEmpty()) {
            fouten.put("stap", "Kies een stap van 1 tot en met 5.");
        }
        datumVandaagOfEerder(fouten, "datum", datum, "Vul de datum van deze stap in.");
        String tekst = tekst(fouten, "notitie", notitie, MAX_NOTITIE, "Schrijf kort op wat u deed en met wie.");
        boolean weegt = gekozen.map(Meldcodestap::weegt).orElse(false);
        if (weegt && acuut == null) {
            fouten.put("acuut", "Geef aan of er acute onveiligheid is: ja of nee.");
        }
        if (weegt && structureel == null) {
            fouten.put("structureel", "Geef aan of er structurele onveiligheid is: ja of nee.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meldcodestap (gemeente_code, zaak_id, stap, datum, notitie, acute_onveiligheid, structurele_onveiligheid,
                        vastgelegd_door, vastgelegd_door_naam, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.gemeenteCode(), zaakId, stap, datum, tekst, weegt ? acuut : null, weegt ? structureel : null, wie.gebruikersnaam(),
                        wie.actorNaam(), Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        gewijzigd(wie, t);
        return sleutel.getKey().longValue();
    }

    /** Records a risk assessment: level, the factors considered and when it is looked at again. */
    @Transactional
    public long taxatieVastleggen(Gebruiker wie, long zaakId, LocalDate datum, String niveau, Collection<String> factoren, String notitie,
                                  LocalDate vervolgdatum) {
        Toegang t = toegang(wie, zaakId, null);
        Map<String, String> fouten = new LinkedHashMap<>();
        datumVandaagOfEerder(fouten, "datum", datum, "Vul de datum van de risicotaxatie in.");
        Risiconiveau gekozen = Arrays.stream(Risiconiveau.values()).filter(n -> n.name().equals(niveau)).findFirst().orElse(null);
        if (gekozen == null) {
            fouten.put("niveau", "Kies het risico: laag, midden, hoog of acuut.");
        }
        Set<Risicofactor> set = EnumSet.noneOf(Risicofactor.class);
        for (String f : factoren == null ? List.<String>of() : factoren) {
            Optional<Risicofactor> factor = Arrays.stream(Risicofactor.values()).filter(r -> r.name().equals(f)).findFirst();
            if (factor.isEmpty()) {
                fouten.put("factoren", "Kies alleen factoren uit de lijst.");
            } else {
                set.add(factor.get());
            }
        }
        String tekst = notitie == null || notitie.isBlank() ? null : notitie.strip();
        if (tekst != null && tekst.length() > MAX_NOTITIE) {
            fouten.put("notitie", "Schrijf de toelichting in hoogstens " + MAX_NOTITIE + " tekens.");
        }
        if (vervolgdatum == null) {
            fouten.put("vervolgdatum", "Vul in wanneer u het risico opnieuw bekijkt.");
        } else if (datum != null && vervolgdatum.isBefore(datum)) {
            fouten.put("vervolgdatum", "De vervolgdatum ligt voor de datum van de taxatie. Kies " + nl.dichtbij.platform.Formaat.datum(datum)
                    + " of later.");
        } else if (gekozen == Risiconiveau.ACUUT && datum != null && vervolgdatum.isAfter(datum.plusDays(Maatregelen.ACUUT_VERVOLG_DAGEN))) {
            fouten.put("vervolgdatum", "Bij acuut risico bekijkt u het binnen " + Maatregelen.ACUUT_VERVOLG_DAGEN + " dagen opnieuw.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into risicotaxatie (gemeente_code, zaak_id, datum, niveau, factoren, notitie, vervolgdatum, vastgelegd_door,
                        vastgelegd_door_naam, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.gemeenteCode(), zaakId, datum, gekozen.name(), set.stream().map(Enum::name).collect(Collectors.joining(",")), tekst,
                        vervolgdatum, wie.gebruikersnaam(), wie.actorNaam(), Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        gewijzigd(wie, t);
        return sleutel.getKey().longValue();
    }

    /** Records a referral to Veilig Thuis: when and what was reported; the professional is who reported it. */
    @Transactional
    public long vtMelden(Gebruiker wie, long zaakId, LocalDate datum, String wat) {
        Toegang t = toegang(wie, zaakId, null);
        Map<String, String> fouten = new LinkedHashMap<>();
        datumVandaagOfEerder(fouten, "datum", datum, "Vul de datum van de melding bij Veilig Thuis in.");
        String tekst = tekst(fouten, "wat", wat, MAX_WAT, "Schrijf op wat u bij Veilig Thuis meldde.");
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into veilig_thuis_melding (gemeente_code, zaak_id, datum, wat, gemeld_door, gemeld_door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(t.gemeenteCode(), zaakId, datum, tekst, wie.gebruikersnaam(), wie.actorNaam(), Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        gewijzigd(wie, t);
        return sleutel.getKey().longValue();
    }

    /** Records what Veilig Thuis reported back; once per referral. */
    @Transactional
    public void vtUitkomst(Gebruiker wie, long zaakId, long meldingId, String uitkomst, LocalDate datum, String toelichting) {
        Toegang t = toegang(wie, zaakId, null);
        var melding = jdbc.sql("select datum, uitkomst from veilig_thuis_melding where gemeente_code = ? and zaak_id = ? and id = ?")
                .params(t.gemeenteCode(), zaakId, meldingId)
                .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2)}).optional()
                .orElseThrow(() -> new NietGevondenException("De melding bij Veilig Thuis"));
        Map<String, String> fouten = new LinkedHashMap<>();
        if (melding[1] != null) {
            fouten.put("uitkomst", "Voor deze melding is de terugkoppeling van Veilig Thuis al vastgelegd.");
        }
        Vtuitkomst gekozen = Arrays.stream(Vtuitkomst.values()).filter(u -> u.name().equals(uitkomst)).findFirst().orElse(null);
        if (gekozen == null && melding[1] == null) {
            fouten.put("uitkomst", "Kies wat Veilig Thuis terugkoppelde.");
        }
        datumVandaagOfEerder(fouten, "uitkomstDatum", datum, "Vul de datum van de terugkoppeling in.");
        LocalDate gemeld = (LocalDate) melding[0];
        if (datum != null && datum.isBefore(gemeld) && !fouten.containsKey("uitkomstDatum")) {
            fouten.put("uitkomstDatum", "De terugkoppeling kan niet voor de melding liggen. Kies " + nl.dichtbij.platform.Formaat.datum(gemeld)
                    + " of later.");
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (tekst != null && tekst.length() > MAX_NOTITIE) {
            fouten.put("uitkomstToelichting", "Schrijf de toelichting in hoogstens " + MAX_NOTITIE + " tekens.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("update veilig_thuis_melding set uitkomst = ?, uitkomst_datum = ?, uitkomst_toelichting = ? where id = ? and uitkomst is null")
                .params(gekozen.name(), datum, tekst, meldingId).update();
        gewijzigd(wie, t);
    }

    /**
     * Records a child protection measure: the GI (from the municipality's list) becomes a party of the case and may read its safety
     * records while the measure runs. The child is a member of the household, under 18 when the measure starts.
     */
    @Transactional
    public long maatregelVastleggen(Gebruiker wie, long zaakId, String giAgb, String soort, String kindBsn, LocalDate start, LocalDate eind) {
        Toegang t = toegang(wie, zaakId, null);
        Map<String, String> fouten = new LinkedHashMap<>();
        Optional<Instelling> gi = instellingen(t.gemeenteCode()).stream().filter(i -> i.agbCode().equals(giAgb)).findFirst();
        if (gi.isEmpty()) {
            fouten.put("gi", "Kies de gecertificeerde instelling uit de lijst.");
        }
        Maatregelsoort gekozen = Arrays.stream(Maatregelsoort.values()).filter(m -> m.name().equals(soort)).findFirst().orElse(null);
        if (gekozen == null) {
            fouten.put("soort", "Kies de maatregel: OTS, voogdij of jeugdreclassering.");
        }
        Optional<Persoon> kind = register.leden(t.gemeenteCode(), t.huishoudenId()).stream().filter(p -> p.bsn().equals(kindBsn)).findFirst();
        if (kind.isEmpty()) {
            fouten.put("kind", "Kies het kind uit het huishouden.");
        }
        if (start == null) {
            fouten.put("start", "Vul de startdatum van de maatregel in.");
        } else if (kind.isPresent() && kind.get().leeftijdOp(start) >= 18) {
            fouten.put("kind", "Een jeugdbeschermingsmaatregel is voor een kind onder de 18. Op die dag was " + kind.get().voornaam() + " al 18.");
        }
        Maatregelen.einde(fouten, start, eind);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into jeugdbeschermingsmaatregel (gemeente_code, zaak_id, huishouden_id, gi_agb, gi_naam, maatregel, kind_bsn,
                        start_datum, eind_datum, vastgelegd_door, vastgelegd_door_naam, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.gemeenteCode(), zaakId, t.huishoudenId(), gi.get().agbCode(), gi.get().naam(), gekozen.name(), kindBsn, start, eind,
                        wie.gebruikersnaam(), wie.actorNaam(), Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        gewijzigd(wie, t);
        return sleutel.getKey().longValue();
    }

    /** Ends a measure on a day: from the day after, the GI no longer reads the case. */
    @Transactional
    public void maatregelBeeindigen(Gebruiker wie, long zaakId, long maatregelId, LocalDate eind) {
        Toegang t = toegang(wie, zaakId, null);
        LocalDate start = jdbc.sql("select start_datum from jeugdbeschermingsmaatregel where gemeente_code = ? and zaak_id = ? and id = ?")
                .params(t.gemeenteCode(), zaakId, maatregelId).query(LocalDate.class).optional()
                .orElseThrow(() -> new NietGevondenException("De maatregel"));
        Map<String, String> fouten = new LinkedHashMap<>();
        if (eind == null) {
            fouten.put("eind", "Vul de einddatum in.");
        }
        Maatregelen.einde(fouten, start, eind);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("update jeugdbeschermingsmaatregel set eind_datum = ? where id = ?").params(eind, maatregelId).update();
        gewijzigd(wie, t);
    }

    // ---- the gecertificeerde instelling

    /** The GIs this municipality works with (its region's contracts) and that can be chosen for a new measure. */
    @Transactional(readOnly = true)
    public List<Instelling> instellingen(String gemeenteCode) {
        return jdbc.sql("select agb_code, naam from veiligheid_gi where gemeente_code = ? and actief = true order by naam")
                .param(gemeenteCode).query(Instelling.class).list();
    }

    /** A GI on the municipality's list as functional management keeps it: a stopped one stays, for the measures it still runs. */
    public record Gi(long id, String agbCode, String naam, boolean actief, long version) {
    }

    /** Every GI of the municipality's list, active first, by name. */
    @Transactional(readOnly = true)
    public List<Gi> alleInstellingen(String gemeenteCode) {
        return jdbc.sql("select id, agb_code, naam, actief, version from veiligheid_gi where gemeente_code = ? order by actief desc, naam")
                .param(gemeenteCode).query(Gi.class).list();
    }

    /** One GI of the municipality's list; another municipality's does not exist for it. */
    @Transactional(readOnly = true)
    public Optional<Gi> instelling(String gemeenteCode, long id) {
        return jdbc.sql("select id, agb_code, naam, actief, version from veiligheid_gi where gemeente_code = ? and id = ?")
                .params(gemeenteCode, id).query(Gi.class).optional();
    }

    /** Whether this organisation code (AGB) is a GI on the municipality's list, active or stopped: its account reads its measures' cases. */
    @Transactional(readOnly = true)
    public boolean isInstelling(String gemeenteCode, String agbCode) {
        return agbCode != null && jdbc.sql("select count(*) from veiligheid_gi where gemeente_code = ? and agb_code = ?")
                .params(gemeenteCode, agbCode).query(Long.class).single() > 0;
    }

    /** Adds a GI to the municipality's list (functional management and the demo); an AGB code already on the list is refused. */
    @Transactional
    public Gi instellingToevoegen(Gebruiker beheerder, String agbCode, String naam) {
        alleenBeheer(beheerder);
        Map<String, String> fouten = new LinkedHashMap<>();
        String agb = agbCode == null ? "" : agbCode.strip();
        if (!agb.matches("[0-9]{8}")) {
            fouten.put("agbCode", "Vul de AGB-code in: 8 cijfers.");
        } else {
            alleInstellingen(beheerder.gemeenteCode()).stream().filter(i -> i.agbCode().equals(agb)).findFirst().ifPresent(i ->
                    fouten.put("agbCode", "Deze AGB-code staat al in de lijst, bij " + i.naam() + ". Wijzig die instelling als de naam niet klopt."));
        }
        String schoon = instellingsnaam(fouten, beheerder.gemeenteCode(), null, naam);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into veiligheid_gi (gemeente_code, agb_code, naam) values (?, ?, ?)").params(beheerder.gemeenteCode(), agb, schoon)
                .update(sleutel, "id");
        return instelling(beheerder.gemeenteCode(), sleutel.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /**
     * Changes a GI's name, or stops or restarts the work with it. The AGB code stays: the measures and the GI's accounts hang on it.
     * A stopped GI can no longer be chosen for a new measure; the measures it runs go on, and it keeps reading their cases.
     */
    @Transactional
    public Gi instellingWijzigen(Gebruiker beheerder, long id, long version, String naam, boolean actief) {
        alleenBeheer(beheerder);
        instelling(beheerder.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("De gecertificeerde instelling"));
        Map<String, String> fouten = new LinkedHashMap<>();
        String schoon = instellingsnaam(fouten, beheerder.gemeenteCode(), id, naam);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        int bijgewerkt = jdbc.sql("update veiligheid_gi set naam = ?, actief = ?, version = version + 1 where gemeente_code = ? and id = ? and version = ?")
                .params(schoon, actief, beheerder.gemeenteCode(), id, version).update();
        if (bijgewerkt == 0) {
            throw new OngeldigeInvoerException("naam", "Iemand anders heeft deze instelling net gewijzigd. Open haar opnieuw en wijzig dan.");
        }
        return instelling(beheerder.gemeenteCode(), id).orElseThrow();
    }

    private String instellingsnaam(Map<String, String> fouten, String gemeenteCode, Long id, String naam) {
        if (naam == null || naam.isBlank()) {
            fouten.put("naam", "Vul de naam van de instelling in.");
            return null;
        }
        String schoon = naam.strip();
        if (schoon.length() > 200) {
            fouten.put("naam", "Schrijf de naam in hoogstens 200 tekens.");
        } else if (alleInstellingen(gemeenteCode).stream().anyMatch(i -> i.naam().equalsIgnoreCase(schoon) && (id == null || i.id() != id))) {
            fouten.put("naam", "Er staat al een instelling met deze naam in de lijst.");
        }
        return schoon;
    }

    private static void alleenBeheer(Gebruiker wie) {
        if (!wie.is(Rol.BEHEER)) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen functioneel beheer houdt de gecertificeerde instellingen bij");
        }
    }

    /** The cases where this GI's measure runs today; the children's names are logged as a look on the GI's ground. */
    @Transactional(readOnly = true)
    public List<GiZaak> vanGi(Gebruiker gi) {
        if (!gi.is(Rol.AANBIEDER) || gi.organisatie() == null) {
            return List.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        List<Object[]> rijen = jdbc.sql("""
                        select zaak_id, maatregel, kind_bsn, start_datum, eind_datum from jeugdbeschermingsmaatregel
                        where gemeente_code = ? and gi_agb = ? and start_datum <= ? and (eind_datum is null or eind_datum >= ?)
                        order by start_datum desc, id desc limit ?""")
                .params(gi.gemeenteCode(), gi.organisatie(), vandaag, vandaag, MAX_REGELS)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)})
                .list();
        List<GiZaak> zaken = new ArrayList<>();
        for (Object[] r : rijen) {
            String bsn = (String) r[2];
            String naam = register.persoon(gi.gemeenteCode(), bsn).map(Persoon::naam).orElse(bsn);
            zaken.add(new GiZaak((Long) r[0], Maatregelsoort.valueOf((String) r[1]), naam, (LocalDate) r[3], (LocalDate) r[4]));
        }
        dossierLog.vastleggen(gi, gi.gemeenteCode(), rijen.stream().map(r -> (String) r[2]).toList(), Dossierdeel.PERSONALIA, Handeling.INZIEN,
                GRONDSLAG_GI);
        return zaken;
    }

    /**
     * The safety records of a case for the GI whose measure on it runs today: on its own ground, logged. Another provider, a GI
     * whose measure ended or has not started, or another case: not found.
     */
    @Transactional(readOnly = true)
    public Dossier voorGi(Gebruiker gi, long zaakId) {
        if (!gi.is(Rol.AANBIEDER) || gi.organisatie() == null) {
            throw new NietGevondenException("De zaak");
        }
        LocalDate vandaag = LocalDate.now(clock);
        Long huishouden = jdbc.sql("""
                        select huishouden_id from jeugdbeschermingsmaatregel where gemeente_code = ? and zaak_id = ? and gi_agb = ?
                        and start_datum <= ? and (eind_datum is null or eind_datum >= ?) order by id limit 1""")
                .params(gi.gemeenteCode(), zaakId, gi.organisatie(), vandaag, vandaag).query(Long.class).optional()
                .orElseThrow(() -> new NietGevondenException("De zaak"));
        List<String> leden = register.leden(gi.gemeenteCode(), huishouden).stream().map(Persoon::bsn).toList();
        dossierLog.vastleggen(gi, gi.gemeenteCode(), leden, Dossierdeel.VEILIGHEID, Handeling.INZIEN, GRONDSLAG_GI);
        return lees(gi.gemeenteCode(), huishouden, zaakId, GRONDSLAG_GI, false);
    }

    /**
     * The plan parts the law gives the GI of a running measure: the goals of the case's plan about the children its running
     * measures are for, with their actions; logged as a look at the plan on the GI's ground. Not the household's other goals.
     */
    @Transactional(readOnly = true)
    public List<nl.dichtbij.plan.Doel> planVoorGi(Gebruiker gi, long zaakId) {
        if (!gi.is(Rol.AANBIEDER) || gi.organisatie() == null) {
            throw new NietGevondenException("De zaak");
        }
        LocalDate vandaag = LocalDate.now(clock);
        List<String> kinderen = jdbc.sql("""
                        select distinct kind_bsn from jeugdbeschermingsmaatregel where gemeente_code = ? and zaak_id = ? and gi_agb = ?
                        and start_datum <= ? and (eind_datum is null or eind_datum >= ?)""")
                .params(gi.gemeenteCode(), zaakId, gi.organisatie(), vandaag, vandaag).query(String.class).list();
        if (kinderen.isEmpty()) {
            throw new NietGevondenException("De zaak");
        }
        List<nl.dichtbij.plan.Doel> doelen = plannen.gedeeld(gi.gemeenteCode(), zaakId)
                .map(p -> p.metDoelen(d -> d.persoonBsn() != null && kinderen.contains(d.persoonBsn())).doelen()).orElse(List.of());
        if (!doelen.isEmpty()) {
            dossierLog.vastleggen(gi, gi.gemeenteCode(), doelen.stream().map(nl.dichtbij.plan.Doel::persoonBsn).distinct().toList(),
                    Dossierdeel.PLAN, Handeling.INZIEN, GRONDSLAG_GI);
        }
        return doelen;
    }

    /** Whether the GI's demo list is there (the demo asks before it adds its own). */
    @Transactional(readOnly = true)
    public boolean heeftInstellingen(String gemeenteCode) {
        return !alleInstellingen(gemeenteCode).isEmpty();
    }

    // ---- validation helpers

    private void datumVandaagOfEerder(Map<String, String> fouten, String veld, LocalDate datum, String leeg) {
        if (datum == null) {
            fouten.putIfAbsent(veld, leeg);
        } else if (datum.isAfter(LocalDate.now(clock))) {
            fouten.putIfAbsent(veld, "De datum ligt in de toekomst. Vul vandaag of een eerdere dag in.");
        }
    }

    private static String tekst(Map<String, String> fouten, String veld, String tekst, int max, String leeg) {
        if (tekst == null || tekst.isBlank()) {
            fouten.put(veld, leeg);
            return null;
        }
        if (tekst.strip().length() > max) {
            fouten.put(veld, "Schrijf hoogstens " + max + " tekens.");
        }
        return tekst.strip();
    }
}
