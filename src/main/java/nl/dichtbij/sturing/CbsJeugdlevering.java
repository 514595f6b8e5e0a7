package nl.dichtbij.sturing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.dichtbij.berichten.Jeugdhulptrajecten;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.CbsJeugdregels.Periode;
import nl.dichtbij.veiligheid.Maatregelregister;
import nl.dichtbij.veiligheid.Maatregelsoort;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS Beleidsinformatie Jeugd of one municipality for one half year (issue 21): a jeugdhulp record (JH) for every Jeugdwet
 * toewijzing in natura that the provider started (305) and that ran in the period, with the referrer, the hulpvorm, the start and
 * the end and reason of the 307, merged per provider, client and hulpvorm; a measure record (JB) for every child protection
 * measure recorded in the safety records; and the completeness report: every record that lacks a mandatory field, which field,
 * why and, where beleid can fill it (hulpvorm, referrer, reason of ending, type of jeugdreclassering), a form to do so. The
 * file holds the complete records only. Person-level data: beleid of the municipality only, and a download is logged.
 */
@Service
public class CbsJeugdlevering {

    static final String GRONDSLAG = "Beleidsinformatie Jeugd aan het CBS (Jeugdwet art. 7.4.3, Regeling Jeugdwet art. 7)";

    /** Where a record comes from: T a toewijzing, M a measure. */
    public enum Bron { T, M }

    /** A mandatory field a record lacks. {@code keuzes} are the codes beleid may fill in here (code to text); empty: not here, {@code wat} says where. */
    public record Ontbreekt(Bron bron, long bronId, String record, String veld, String veldnaam, String waarom, Map<String, String> keuzes,
                            boolean datum, Product product) {

        Ontbreekt(Bron bron, long bronId, String record, String veld, String veldnaam, String waarom, Map<String, String> keuzes, boolean datum) {
            this(bron, bronId, record, veld, veldnaam, waarom, keuzes, datum, null);
        }

        public String anker() {
            return "aanvullen-" + bron + "-" + bronId + "-" + veld;
        }

        public boolean aanvulbaar() {
            return datum || !keuzes.isEmpty();
        }
    }

    /** An iJw product (category and code, '' for none) for which beleid may choose the hulpvorm of all its toewijzingen at once. */
    public record Product(String categorie, String code, String naam) {
    }

    /**
     * A value beleid filled in for a record of this period, which he may change: the current value with its text, the choices
     * (or a date), who filled it in or last changed it and when, and the value before the last change (null: never changed).
     */
    public record Aangevuld(Bron bron, long bronId, String record, String veld, String veldnaam, String waarde, Map<String, String> keuzes,
                            boolean datum, String door, java.time.Instant op, String eerder, String bsn) {

        public String anker() {
            return "wijzigen-" + bron + "-" + bronId + "-" + veld;
        }

        /** The value as beleid reads it: the code with its text, or the date as written. */
        public String tekst() {
            return datum || !keuzes.containsKey(waarde) ? waarde : waarde + " " + keuzes.get(waarde);
        }

        /** The value before the latest change, read the same way; null when never changed. */
        public String eerderTekst() {
            return eerder == null ? null : datum || !keuzes.containsKey(eerder) ? eerder : eerder + " " + keuzes.get(eerder);
        }
    }

    /** The hulpvorm beleid chose for every toewijzing of a product that has records in this period; changeable. */
    public record Productkeuze(Product product, String hulpvorm, String door, java.time.Instant op, String eerder, List<String> bsns) {

        public String anker() {
            return "product-" + product.categorie() + "-" + (product.code().isEmpty() ? "x" : product.code());
        }

        public String tekst() {
            return hulpvorm + " " + HULPVORMEN.getOrDefault(hulpvorm, "");
        }

        public String eerderTekst() {
            return eerder == null ? null : eerder + " " + HULPVORMEN.getOrDefault(eerder, "");
        }

        public Map<String, String> keuzes() {
            return HULPVORMEN;
        }
    }

    /** A record of the file with its fields (as in {@link CbsJeugdbestand}) and the toewijzingen or measures it comes from. */
    public record Regel(Bron bron, List<Long> bronIds, Map<String, String> velden) {
    }

    /** How many records per kind, for the page. */
    public record Telling(long jeugdhulp, long maatregelen, long jeugdigen, long gestart, long geeindigd, long onvolledig) {
    }

    public record Levering(String gemeenteCode, Periode periode, List<Regel> regels, List<Ontbreekt> ontbreekt, List<String> waarschuwingen,
                           Telling telling, List<Aangevuld> aangevuld, List<Productkeuze> productkeuzes) {
        public boolean leeg() {
            return regels.isEmpty() && ontbreekt.isEmpty();
        }

        public byte[] bestand() {
            return CbsJeugdbestand.bestand(regels.stream()
                    .map(r -> CbsJeugdbestand.regel(r.bron() == Bron.T ? CbsJeugdbestand.JEUGDHULP : CbsJeugdbestand.MAATREGEL, r.velden())).toList());
        }

        public String bestandsnaam() {
            return "cbs-jeugd-" + gemeenteCode + "-" + periode.jaar() + "-" + periode.halfjaar() + ".txt";
        }
    }

    private final Jeugdhulptrajecten trajecten;
    private final Maatregelregister maatregelen;
    private final PersonenRegister personen;
    private final DossierLog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    CbsJeugdlevering(Jeugdhulptrajecten trajecten, Maatregelregister maatregelen, PersonenRegister personen, DossierLog log, JdbcClient jdbc,
                     Clock clock) {
        this.trajecten = trajecten;
        this.maatregelen = maatregelen;
        this.personen = personen;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The delivery and its completeness report for the user's municipality; beleid only. Shows no BSN or name, so nothing to log. */
    @Transactional(readOnly = true)
    public Levering levering(Gebruiker beleid, Periode periode) {
        alleenBeleid(beleid);
        return samenstellen(beleid.gemeenteCode(), periode);
    }

    /** The file to send: logged as a download of every jeugdige in it. */
    @Transactional(readOnly = true)
    public Levering download(Gebruiker beleid, Periode periode) {
        Levering l = levering(beleid, periode);
        List<String> jeugdhulp = l.regels().stream().filter(r -> r.bron() == Bron.T).map(r -> r.velden().get("BSN")).toList();
        List<String> maatregel = l.regels().stream().filter(r -> r.bron() == Bron.M).map(r -> r.velden().get("BSN")).toList();
        log.vastleggen(beleid, beleid.gemeenteCode(), jeugdhulp, Dossierdeel.BESLUITEN, Handeling.EXPORTEREN, GRONDSLAG);
        log.vastleggen(beleid, beleid.gemeenteCode(), maatregel, Dossierdeel.VEILIGHEID, Handeling.EXPORTEREN, GRONDSLAG);
        return l;
    }

    /**
     * Fills a field the report lists as missing for a record of this period. Only a field the report lists for this
     * municipality's record, only a value of its code list (or a date JJJJMMDD for the birth date); once filled, it counts.
     */
    @Transactional
    public void aanvullen(Gebruiker beleid, Periode periode, String bron, long bronId, String veld, String waarde) {
        alleenBeleid(beleid);
        Levering l = samenstellen(beleid.gemeenteCode(), periode);
        Ontbreekt o = l.ontbreekt().stream().filter(x -> x.bron().name().equals(bron) && x.bronId() == bronId && x.veld().equals(veld))
                .findFirst().orElseThrow(() -> new OngeldigeInvoerException("waarde",
                        "Dit gegeven ontbreekt niet (meer) in de levering van deze periode. Misschien heeft een collega het al aangevuld."));
        String w = waarde == null ? "" : waarde.strip();
        if (!o.aanvulbaar()) {
            throw new OngeldigeInvoerException("waarde", "Dit gegeven kunt u hier niet aanvullen. " + o.waarom());
        }
        if (o.datum()) {
            if (!w.matches("\\d{8}") || !CbsJeugdbestand.datumGoed(w)) {
                throw new OngeldigeInvoerException("waarde", "Vul de geboortedatum in als JJJJMMDD, bijvoorbeeld 20150314. Een onbekende dag of maand is 00.");
            }
        } else if (!o.keuzes().containsKey(w)) {
            throw new OngeldigeInvoerException("waarde", "Kies een " + o.veldnaam().toLowerCase() + " uit de lijst.");
        }
        // not "on conflict do nothing": H2 then reports the check on bron as invalid (CI, the walk); the unique constraint still
        // refuses a second value that slips in between
        jdbc.sql("""
                        insert into cbs_aanvulling (gemeente_code, bron, bron_id, veld, waarde, vastgelegd_door, vastgelegd_op)
                        select ?, ?, ?, ?, ?, ?, ? from (values (1)) as een
                        where not exists (select 1 from cbs_aanvulling where gemeente_code = ? and bron = ? and bron_id = ? and veld = ?)""")
                .params(beleid.gemeenteCode(), bron, bronId, veld, w, wie(beleid), Timestamp.from(clock.instant()),
                        beleid.gemeenteCode(), bron, bronId, veld).update();
    }

    /**
     * Chooses the hulpvorm for every toewijzing of one product of the municipality: only for a product the report of this period
     * lists a missing hulpvorm for, only a hulpvorm of 3.3. A choice for one record stays above it.
     */
    @Transactional
    public void hulpvormVoorProduct(Gebruiker beleid, Periode periode, String categorie, String code, String waarde) {
        alleenBeleid(beleid);
        String c = code == null ? "" : code.strip();
        boolean gevraagd = samenstellen(beleid.gemeenteCode(), periode).ontbreekt().stream()
                .anyMatch(o -> o.product() != null && o.product().categorie().equals(categorie) && o.product().code().equals(c));
        if (!gevraagd) {
            throw new OngeldigeInvoerException("waarde",
                    "Voor dit product ontbreekt geen hulpvorm (meer) in de levering van deze periode. Misschien heeft een collega het al gekozen.");
        }
        String w = waarde == null ? "" : waarde.strip();
        if (!HULPVORMEN.containsKey(w)) {
            throw new OngeldigeInvoerException("waarde", "Kies een hulpvorm uit de lijst.");
        }
        jdbc.sql("""
                        insert into cbs_hulpvorm_product (gemeente_code, productcategorie, productcode, hulpvorm, vastgelegd_door, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(beleid.gemeenteCode(), categorie, c, w, wie(beleid), Timestamp.from(clock.instant())).update();
    }

    /**
     * Changes a value beleid filled in before for a record of this period: only a value the page lists for this municipality's
     * record, only a value of the field's code list (or a date JJJJMMDD). {@code was} is the value beleid saw: when a colleague
     * changed it meanwhile, nothing changes. The change is kept (old and new value, who, when) and logged for the jeugdige.
     */
    @Transactional
    public void wijzigen(Gebruiker beleid, Periode periode, String bron, long bronId, String veld, String was, String waarde) {
        alleenBeleid(beleid);
        Aangevuld a = samenstellen(beleid.gemeenteCode(), periode).aangevuld().stream()
                .filter(x -> x.bron().name().equals(bron) && x.bronId() == bronId && x.veld().equals(veld)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("waarde", "Dit gegeven hoort niet bij een record van deze periode dat u heeft aangevuld."));
        String w = waarde == null ? "" : waarde.strip();
        if (a.datum()) {
            if (!w.matches("\\d{8}") || !CbsJeugdbestand.datumGoed(w)) {
                throw new OngeldigeInvoerException("waarde", "Vul de geboortedatum in als JJJJMMDD, bijvoorbeeld 20150314. Een onbekende dag of maand is 00.");
            }
        } else if (!a.keuzes().containsKey(w)) {
            throw new OngeldigeInvoerException("waarde", "Kies een " + a.veldnaam().toLowerCase() + " uit de lijst.");
        }
        if (w.equals(a.waarde())) {
            throw new OngeldigeInvoerException("waarde", "Dit is al de waarde. Kies een andere waarde, of laat het zo.");
        }
        Timestamp nu = Timestamp.from(clock.instant());
        int gewijzigd = jdbc.sql("""
                        update cbs_aanvulling set waarde = ?, vastgelegd_door = ?, vastgelegd_op = ?
                        where gemeente_code = ? and bron = ? and bron_id = ? and veld = ? and waarde = ?""")
                .params(w, wie(beleid), nu, beleid.gemeenteCode(), bron, bronId, veld, was == null ? a.waarde() : was.strip()).update();
        if (gewijzigd == 0) {
            throw new OngeldigeInvoerException("waarde", "Een collega heeft deze waarde net gewijzigd. Bekijk de nieuwe waarde en wijzig opnieuw als dat nodig is.");
        }
        jdbc.sql("""
                        insert into cbs_aanvulling_wijziging (gemeente_code, sleutel, oude_waarde, nieuwe_waarde, gewijzigd_door, gewijzigd_op)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(beleid.gemeenteCode(), sleutel(a.bron(), a.bronId(), a.veld()), a.waarde(), w, beleid.gebruikersnaam(), nu).update();
        log.vastleggen(beleid, beleid.gemeenteCode(), List.of(a.bsn()), a.bron() == Bron.T ? Dossierdeel.BESLUITEN : Dossierdeel.VEILIGHEID,
                Handeling.WIJZIGEN, GRONDSLAG + ": " + a.veldnaam().toLowerCase() + " gewijzigd");
    }

    /**
     * Changes the hulpvorm beleid chose for every toewijzing of a product that has records in this period; kept and logged for
     * every jeugdige of those records, as {@link #wijzigen}.
     */
    @Transactional
    public void hulpvormVoorProductWijzigen(Gebruiker beleid, Periode periode, String categorie, String code, String was, String waarde) {
        alleenBeleid(beleid);
        String c = code == null ? "" : code.strip();
        Productkeuze k = samenstellen(beleid.gemeenteCode(), periode).productkeuzes().stream()
                .filter(x -> x.product().categorie().equals(categorie) && x.product().code().equals(c)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("waarde", "Voor dit product heeft u in deze periode geen hulpvorm gekozen."));
        String w = waarde == null ? "" : waarde.strip();
        if (!HULPVORMEN.containsKey(w)) {
            throw new OngeldigeInvoerException("waarde", "Kies een hulpvorm uit de lijst.");
        }
        if (w.equals(k.hulpvorm())) {
            throw new OngeldigeInvoerException("waarde", "Dit is al de hulpvorm. Kies een andere, of laat het zo.");
        }
        Timestamp nu = Timestamp.from(clock.instant());
        int gewijzigd = jdbc.sql("""
                        update cbs_hulpvorm_product set hulpvorm = ?, vastgelegd_door = ?, vastgelegd_op = ?
                        where gemeente_code = ? and productcategorie = ? and productcode = ? and hulpvorm = ?""")
                .params(w, wie(beleid), nu, beleid.gemeenteCode(), categorie, c, was == null ? k.hulpvorm() : was.strip()).update();
        if (gewijzigd == 0) {
            throw new OngeldigeInvoerException("waarde", "Een collega heeft deze hulpvorm net gewijzigd. Bekijk de nieuwe keuze en wijzig opnieuw als dat nodig is.");
        }
        jdbc.sql("""
                        insert into cbs_aanvulling_wijziging (gemeente_code, sleutel, oude_waarde, nieuwe_waarde, gewijzigd_door, gewijzigd_op)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(beleid.gemeenteCode(), productsleutel(categorie, c), k.hulpvorm(), w, beleid.gebruikersnaam(), nu).update();
        log.vastleggen(beleid, beleid.gemeenteCode(), k.bsns(), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN,
                GRONDSLAG + ": hulpvorm van " + k.product().naam() + " gewijzigd");
    }

    static void alleenBeleid(Gebruiker g) {
        if (g == null || !g.is(Rol.BELEID)) {
            throw new AccessDeniedException("Alleen beleid: de levering aan het CBS bevat gegevens van personen");
        }
    }

    Levering samenstellen(String gemeenteCode, Periode periode) {
        LocalDate begin = periode.begin();
        LocalDate eind = periode.eind();
        List<Jeugdhulptrajecten.Traject> lijst = trajecten.inPeriode(gemeenteCode, begin, eind);
        List<Maatregelregister.Vastgelegd> measures = maatregelen.inPeriode(gemeenteCode, begin, eind);
        Set<String> bsns = new HashSet<>();
        lijst.forEach(t -> bsns.add(t.toewijzing().persoonBsn()));
        measures.forEach(m -> bsns.add(m.kindBsn()));
        Personen p = new Personen(gemeenteCode, bsns);
        Map<String, Vastgelegd> vastgelegd = aanvullingen(gemeenteCode);
        Map<String, String> aanvulling = new HashMap<>();
        vastgelegd.forEach((k, v) -> aanvulling.put(k, v.waarde()));
        Map<String, Vastgelegd> productVastgelegd = hulpvormPerProduct(gemeenteCode);
        Map<String, String> perProduct = new HashMap<>();
        productVastgelegd.forEach((k, v) -> perProduct.put(k, v.waarde()));
        Map<String, String> eerder = laatsteWijzigingen(gemeenteCode);
        Map<String, Aangevuld> aangevuld = new LinkedHashMap<>();
        Map<String, Productkeuze> productkeuzes = new LinkedHashMap<>();
        // a value beleid filled in for a record of this period, listed once with the choices of its field
        Gebruikt gebruikt = (bron, id, veld, record, veldnaam, bsn, keuzes) -> {
            String s = sleutel(bron, id, veld);
            Vastgelegd v = vastgelegd.get(s);
            if (v != null) {
                aangevuld.putIfAbsent(s, new Aangevuld(bron, id, record, veld, veldnaam, v.waarde(), keuzes, keuzes.isEmpty(), v.door(), v.op(),
                        eerder.get(s), bsn));
            }
        };

        List<Ontbreekt> ontbreekt = new ArrayList<>();
        List<CbsJeugdregels.Jeugdhulp> jeugdhulp = new ArrayList<>();
        for (Jeugdhulptrajecten.Traject tr : lijst) {
            Toewijzing t = tr.toewijzing();
            if (!CbsJeugdregels.isJeugdhulp(t.productcategorie())) {
                continue;
            }
            String record = "Toewijzing " + t.toewijzingNummer() + " bij " + t.aanbiederNaam() + ", " + t.product();
            if (t.leveringBegindatum() == null) {
                if (t.levering() == nl.dichtbij.berichten.Levering.NIET_GESTART && (t.einddatum() == null || !t.einddatum().isBefore(begin))) {
                    ontbreekt.add(new Ontbreekt(Bron.T, t.id(), record, "DATUM_AANVANG", "Datum aanvang jeugdhulp",
                            "De aanbieder heeft geen start gemeld (bericht 305). Is de hulp wel begonnen? Vraag " + t.aanbiederNaam()
                                    + " het startbericht te sturen. Is de hulp niet begonnen, dan hoort de toewijzing niet in de levering.",
                            Map.of(), false));
                }
                continue;
            }
            if (t.leveringBegindatum().isAfter(eind)) {
                continue;
            }
            boolean gestopt = t.levering() == nl.dichtbij.berichten.Levering.GESTOPT && t.leveringEinddatum() != null;
            // without a stop (307) the care ended at the latest on the toewijzing's last day: no provider may deliver beyond it
            LocalDate laatsteDag = gestopt ? t.leveringEinddatum() : t.einddatum();
            if (laatsteDag != null && laatsteDag.isBefore(begin)) {
                continue;
            }
            LocalDate einde = laatsteDag != null && !laatsteDag.isAfter(eind) ? laatsteDag : null;
            boolean zonderStop = einde != null && !gestopt;
            List<Ontbreekt> hier = new ArrayList<>();
            Map<String, String> v = persoonsvelden(p, t.persoonBsn(), Bron.T, t.id(), record, aanvulling, hier);
            gebruikt.als(Bron.T, t.id(), "GEBOORTEDATUM", record, "Geboortedatum", t.persoonBsn(), Map.of());
            v.put("RECORDSOORT", "JH");
            v.put("AGB_AANBIEDER", t.aanbiederAgb());
            String verwijzer = Optional.ofNullable(aanvulling.get(sleutel(Bron.T, t.id(), "VERWIJZER"))).orElse(tr.verwijzerType());
            if (verwijzer == null || !CbsJeugdbestand.VERWIJZERS.contains(verwijzer)) {
                hier.add(new Ontbreekt(Bron.T, t.id(), record, "VERWIJZER", "Verwijzer",
                        "De toewijzing heeft geen bekende verwijzer: zij komt uit het vorige systeem of de aanbieder gaf er geen mee.",
                        verwijzerKeuzes(), false));
            }
            gebruikt.als(Bron.T, t.id(), "VERWIJZER", record, "Verwijzer", t.persoonBsn(), verwijzerKeuzes());
            v.put("VERWIJZER", verwijzer);
            String productcode = t.productcode() == null ? "" : t.productcode();
            String hulpvorm = Optional.ofNullable(aanvulling.get(sleutel(Bron.T, t.id(), "HULPVORM")))
                    .or(() -> Optional.ofNullable(perProduct.get(t.productcategorie() + "|" + productcode)))
                    .or(() -> CbsJeugdregels.hulpvorm(t.productcategorie())).orElse(null);
            if (hulpvorm == null) {
                hier.add(new Ontbreekt(Bron.T, t.id(), record, "HULPVORM", "Hulpvorm",
                        "Productcategorie " + t.productcategorie() + " kan meer dan één hulpvorm zijn. Kies de hulpvorm die de aanbieder geeft.",
                        HULPVORMEN, false, new Product(t.productcategorie(), productcode, t.product())));
            }
            gebruikt.als(Bron.T, t.id(), "HULPVORM", record, "Hulpvorm", t.persoonBsn(), HULPVORMEN);
            String productSleutel = t.productcategorie() + "|" + productcode;
            if (!vastgelegd.containsKey(sleutel(Bron.T, t.id(), "HULPVORM")) && productVastgelegd.containsKey(productSleutel)) {
                Vastgelegd pv = productVastgelegd.get(productSleutel);
                // the jeugdigen of its records, for the Logboek when the choice changes (one list per product, filled as the records pass)
                productkeuzes.computeIfAbsent(productSleutel, x -> new Productkeuze(new Product(t.productcategorie(), productcode, t.product()),
                        pv.waarde(), pv.door(), pv.op(), eerder.get(productsleutel(t.productcategorie(), productcode)), new ArrayList<>()))
                        .bsns().add(t.persoonBsn());
            }
            v.put("HULPVORM", hulpvorm);
            v.put("GESTART_MET_CRISIS", CbsJeugdregels.gestartMetCrisis(t.productcategorie()));
            v.put("DATUM_AANVANG", CbsJeugdbestand.datum(t.leveringBegindatum()));
            v.put("DATUM_EINDE", CbsJeugdbestand.datum(einde));
            String reden = null;
            if (einde != null) {
                reden = Optional.ofNullable(aanvulling.get(sleutel(Bron.T, t.id(), "REDEN_BEEINDIGING")))
                        .or(() -> zonderStop ? Optional.empty() : CbsJeugdregels.redenBeeindiging(t.redenBeeindiging())).orElse(null);
                if (reden == null) {
                    hier.add(new Ontbreekt(Bron.T, t.id(), record, "REDEN_BEEINDIGING", "Reden beëindiging", zonderStop
                            ? "De toewijzing liep af op " + nl.dichtbij.platform.Formaat.lang(einde) + ", maar " + t.aanbiederNaam()
                                    + " meldde geen einde (bericht 307). Kies de reden, of vraag de aanbieder het stopbericht te sturen."
                            : "De aanbieder meldde het einde met reden " + t.redenBeeindiging() + ". Die zegt niet hoe de hulp eindigde. Kies de reden.",
                            REDENEN_JEUGDHULP, false));
                }
            }
            if (einde != null) {
                gebruikt.als(Bron.T, t.id(), "REDEN_BEEINDIGING", record, "Reden beëindiging", t.persoonBsn(), REDENEN_JEUGDHULP);
            }
            v.put("REDEN_BEEINDIGING", reden);
            if (hier.isEmpty()) {
                jeugdhulp.add(new CbsJeugdregels.Jeugdhulp(List.of(t.id()), t.aanbiederAgb(), v.get("BSN"), hulpvorm, t.leveringBegindatum(), einde, v));
            } else {
                ontbreekt.addAll(hier);
            }
        }
        List<Regel> regels = new ArrayList<>();
        CbsJeugdregels.samenvoegen(jeugdhulp).forEach(j -> regels.add(new Regel(Bron.T, j.toewijzingen(), j.velden())));

        for (Maatregelregister.Vastgelegd m : measures) {
            String record = m.soort().tekst() + " door " + m.giNaam() + " vanaf " + nl.dichtbij.platform.Formaat.lang(m.start());
            List<Ontbreekt> hier = new ArrayList<>();
            Map<String, String> v = persoonsvelden(p, m.kindBsn(), Bron.M, m.id(), record, aanvulling, hier);
            gebruikt.als(Bron.M, m.id(), "GEBOORTEDATUM", record, "Geboortedatum", m.kindBsn(), Map.of());
            v.put("RECORDSOORT", "JB");
            v.put("AGB_INSTELLING", m.giAgb());
            String type = Optional.ofNullable(aanvulling.get(sleutel(Bron.M, m.id(), "TYPE_MAATREGEL")))
                    .or(() -> CbsJeugdregels.typeMaatregel(m.soort())).orElse(null);
            if (type == null) {
                hier.add(new Ontbreekt(Bron.M, m.id(), record, "TYPE_MAATREGEL", "Type jeugdreclassering",
                        "Er zijn zeven soorten jeugdreclassering. De veiligheidsgegevens zeggen niet welke. Kies het type.", JR_TYPEN, false));
            }
            gebruikt.als(Bron.M, m.id(), "TYPE_MAATREGEL", record, "Type jeugdreclassering", m.kindBsn(), JR_TYPEN);
            v.put("TYPE_MAATREGEL", type);
            LocalDate einde = m.eind() != null && !m.eind().isAfter(eind) ? m.eind() : null;
            v.put("DATUM_AANVANG", CbsJeugdbestand.datum(m.start()));
            v.put("DATUM_EINDE", CbsJeugdbestand.datum(einde));
            if (einde != null) {
                String reden = aanvulling.get(sleutel(Bron.M, m.id(), "REDEN_BEEINDIGING"));
                if (reden == null) {
                    hier.add(new Ontbreekt(Bron.M, m.id(), record, "REDEN_BEEINDIGING", "Reden beëindiging maatregel",
                            "De maatregel eindigde op " + nl.dichtbij.platform.Formaat.lang(einde) + ". De reden staat niet in de veiligheidsgegevens.",
                            maatregelRedenen(m.soort()), false));
                }
                gebruikt.als(Bron.M, m.id(), "REDEN_BEEINDIGING", record, "Reden beëindiging maatregel", m.kindBsn(), maatregelRedenen(m.soort()));
                v.put("REDEN_BEEINDIGING", reden);
                if (m.soort() == Maatregelsoort.JEUGDRECLASSERING) {
                    String zorg = aanvulling.get(sleutel(Bron.M, m.id(), "ZORG_NA_AFLOOP"));
                    if (zorg == null) {
                        hier.add(new Ontbreekt(Bron.M, m.id(), record, "ZORG_NA_AFLOOP", "Zorg na afloop",
                                "Bij het einde van jeugdreclassering vraagt het CBS of er nog zorg is.", ZORG_NA_AFLOOP, false));
                    }
                    gebruikt.als(Bron.M, m.id(), "ZORG_NA_AFLOOP", record, "Zorg na afloop", m.kindBsn(), ZORG_NA_AFLOOP);
                    v.put("ZORG_NA_AFLOOP", zorg);
                }
            }
            if (hier.isEmpty()) {
                regels.add(new Regel(Bron.M, List.of(m.id()), v));
            } else {
                ontbreekt.addAll(hier);
            }
        }

        List<String> waarschuwingen = new ArrayList<>();
        if (regels.isEmpty() && ontbreekt.isEmpty()) {
            waarschuwingen.add("Er zijn voor deze periode geen gegevens: geen toewijzingen Jeugdwet die liepen en geen maatregelen. "
                    + "Klopt dat? Een leeg bestand naar het CBS sturen mag alleen als er echt geen jeugdhulp was.");
        }
        if (!LocalDate.now(clock).isAfter(eind)) {
            waarschuwingen.add("De periode is nog niet voorbij. Wat u nu ziet, kan nog veranderen. Stuur de levering na "
                    + nl.dichtbij.platform.Formaat.lang(eind) + ".");
        }
        Set<String> jeugdigen = new TreeSet<>();
        regels.forEach(r -> jeugdigen.add(r.velden().get("BSN")));
        long gestart = regels.stream().filter(r -> r.velden().get("DATUM_AANVANG").compareTo(CbsJeugdbestand.datum(begin)) >= 0).count();
        long geeindigd = regels.stream().filter(r -> !r.velden().getOrDefault("DATUM_EINDE", "").isEmpty()).count();
        Set<String> onvolledig = new HashSet<>();
        ontbreekt.forEach(o -> onvolledig.add(o.bron() + "-" + o.bronId()));
        Telling telling = new Telling(regels.stream().filter(r -> r.bron() == Bron.T).count(), regels.stream().filter(r -> r.bron() == Bron.M).count(),
                jeugdigen.size(), gestart, geeindigd, onvolledig.size());
        return new Levering(gemeenteCode, periode, List.copyOf(regels), List.copyOf(ontbreekt), List.copyOf(waarschuwingen), telling,
                List.copyOf(aangevuld.values()), List.copyOf(productkeuzes.values()));
    }

    /** BSN, birth date, sex and postcode (2.2 to 2.5) from the BRP; an unknown birth date is listed, one beleid may fill in. */
    private Map<String, String> persoonsvelden(Personen p, String bsn, Bron bron, long bronId, String record, Map<String, String> aanvulling,
                                               List<Ontbreekt> ontbreekt) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("BSN", bsn != null && bsn.matches("\\d{9}") ? bsn : "999999999");
        Persoon persoon = bsn == null ? null : p.personen.get(bsn);
        String geboren = Optional.ofNullable(aanvulling.get(sleutel(bron, bronId, "GEBOORTEDATUM")))
                .orElse(persoon == null || persoon.geboortedatum() == null ? null : CbsJeugdbestand.datum(persoon.geboortedatum()));
        if (geboren == null) {
            ontbreekt.add(new Ontbreekt(bron, bronId, record, "GEBOORTEDATUM", "Geboortedatum",
                    "De jeugdige staat niet (meer) in de basisregistratie van de gemeente. Vul de geboortedatum in uit het dossier.", Map.of(), true));
        }
        v.put("GEBOORTEDATUM", geboren);
        // the BRP of the platform holds no sex: 2.4 allows O (onbekend)
        v.put("GESLACHT", "O");
        Adres adres = persoon == null ? null : p.adressen.get(persoon.huishoudenId());
        String postcode = adres == null || adres.postcode() == null ? null : adres.postcode().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        // 2.5: without a postcode the CBS code of the municipality responsible (woonplaatsbeginsel) will do
        v.put("POSTCODE", postcode != null && CbsJeugdbestand.postcodeGoed(postcode) ? postcode : p.gemeenteCode);
        return v;
    }

    private final class Personen {
        final String gemeenteCode;
        final Map<String, Persoon> personen;
        final Map<Long, Adres> adressen;

        Personen(String gemeenteCode, Collection<String> bsns) {
            this.gemeenteCode = gemeenteCode;
            this.personen = bsns.isEmpty() ? Map.of() : CbsJeugdlevering.this.personen.personen(gemeenteCode, bsns);
            Set<Long> huishoudens = new HashSet<>();
            personen.values().forEach(x -> huishoudens.add(x.huishoudenId()));
            this.adressen = huishoudens.isEmpty() ? Map.of() : CbsJeugdlevering.this.personen.adressen(gemeenteCode, huishoudens);
        }
    }

    /** A value beleid filled in: the value, who filled it in or last changed it, and when. */
    /**
     * Who filled in or changed a value, as the page names him ("Ingevuld door Bram de Vries"): his name, not his account; the
     * account stays in the history of changes and in the Logboek.
     */
    private static String wie(Gebruiker beleid) {
        String naam = beleid.naam() == null || beleid.naam().isBlank() ? beleid.gebruikersnaam() : beleid.naam().strip();
        return naam.length() <= 100 ? naam : naam.substring(0, 100);
    }

    private record Vastgelegd(String waarde, String door, java.time.Instant op) {
    }

    /** Notes that a record of the period uses a value beleid filled in, with the choices of its field (none: a date). */
    @FunctionalInterface
    private interface Gebruikt {
        void als(Bron bron, long id, String veld, String record, String veldnaam, String bsn, Map<String, String> keuzes);
    }

    private Map<String, Vastgelegd> hulpvormPerProduct(String gemeenteCode) {
        Map<String, Vastgelegd> m = new HashMap<>();
        jdbc.sql("select productcategorie, productcode, hulpvorm, vastgelegd_door, vastgelegd_op from cbs_hulpvorm_product where gemeente_code = ?")
                .param(gemeenteCode)
                .query(rs -> {
                    m.put(rs.getString(1) + "|" + rs.getString(2), new Vastgelegd(rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return m;
    }

    private Map<String, Vastgelegd> aanvullingen(String gemeenteCode) {
        Map<String, Vastgelegd> m = new HashMap<>();
        jdbc.sql("select bron, bron_id, veld, waarde, vastgelegd_door, vastgelegd_op from cbs_aanvulling where gemeente_code = ?").param(gemeenteCode)
                .query(rs -> {
                    m.put(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3),
                            new Vastgelegd(rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                });
        return m;
    }

    /** Per changed value the value before its latest change. */
    private Map<String, String> laatsteWijzigingen(String gemeenteCode) {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("select sleutel, oude_waarde from cbs_aanvulling_wijziging where gemeente_code = ? order by gewijzigd_op, id").param(gemeenteCode)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    private static String productsleutel(String categorie, String code) {
        return "P|" + categorie + "|" + code;
    }

    private static String sleutel(Bron bron, long id, String veld) {
        return bron + "|" + id + "|" + veld;
    }

    static final Map<String, String> HULPVORMEN = keuzes(
            "01", "Zonder verblijf: wijk- of buurtteam", "02", "Zonder verblijf: ambulant op locatie van de aanbieder",
            "03", "Zonder verblijf: daghulp op locatie van de aanbieder", "04", "Zonder verblijf: in het netwerk van de jeugdige",
            "11", "Met verblijf: pleegzorg", "12", "Met verblijf: gezinsgericht", "13", "Met verblijf: gesloten plaatsing",
            "14", "Met verblijf: ander verblijf bij een aanbieder");
    static final Map<String, String> REDENEN_JEUGDHULP = keuzes(
            "01", "Beëindigd volgens plan", "02", "Voortijdig afgesloten: in overeenstemming", "03", "Voortijdig afgesloten: eenzijdig door de cliënt",
            "04", "Voortijdig afgesloten: eenzijdig door de aanbieder", "05", "Voortijdig afgesloten: wegens externe omstandigheden");
    static final Map<String, String> JR_TYPEN = keuzes(
            "41", "Toezicht en begeleiding: gedwongen kader", "42", "Toezicht en begeleiding: vrijwillig", "50", "Individuele trajectbegeleiding Harde Kern",
            "51", "Individuele trajectbegeleiding Criem", "61", "Scholings- en trainingsprogramma", "62", "Gedragsbeïnvloedende maatregel",
            "63", "Voorbereiding gedragsbeïnvloedende maatregel");
    static final Map<String, String> ZORG_NA_AFLOOP = keuzes("51", "Nee, geen zorg meer", "52", "Ja, overgedragen of verwezen naar zorg of wijkteam");

    static Map<String, String> verwijzerKeuzes() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Verwijzertype t : Verwijzertype.values()) {
            m.put(t.code(), t == Verwijzertype.GEMEENTE ? "Gemeentelijke toegang" : t.label());
        }
        return m;
    }

    static Map<String, String> maatregelRedenen(Maatregelsoort soort) {
        return switch (soort) {
            case OTS -> keuzes("01", "Bereiken meerderjarigheid", "02", "Tussentijdse opheffing", "03", "Niet verlengd", "04", "Beëindiging volgens plan",
                    "05", "Gezagsbeëindigende maatregel", "06", "Overlijden jeugdige", "07", "VOTS omgezet in OTS");
            case VOOGDIJ -> keuzes("11", "Bereiken meerderjarigheid", "12", "Voogdij naar pleegouder", "13", "Voogdij naar burgervoogd",
                    "14", "Herstel gezag", "15", "Overlijden jeugdige");
            case JEUGDRECLASSERING -> keuzes("41", "Risicoprofiel (DRP) lager dan aan het begin", "42", "Risicoprofiel even hoog als aan het begin",
                    "43", "Risicoprofiel hoger dan aan het begin");
        };
    }

    private static Map<String, String> keuzes(String... paren) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put(paren[i], paren[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
