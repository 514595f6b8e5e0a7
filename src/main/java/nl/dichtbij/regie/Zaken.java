package nl.dichtbij.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Medewerker;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;
import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases: opened at the first melding of a household, directed by exactly one regisseur. */
@Service
public class Zaken {

    private final ZaakRepository zaken;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Dossiertoegang dossiertoegang;
    private final Clock clock;
    private final JdbcClient jdbc;

    private final Zrm zrm;

    Zaken(ZaakRepository zaken, Gemeenten gemeenten, PersonenRegister register, Dossiertoegang dossiertoegang, Clock clock, JdbcClient jdbc,
          Zrm zrm) {
        this.zrm = zrm;
        this.jdbc = jdbc;
        this.dossiertoegang = dossiertoegang;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.register = register;
        this.clock = clock;
    }

    /** The team that leads a case, for figures that group by team; empty for an unknown case or one of another municipality. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> leadTeamVan(String gemeenteCode, long zaakId) {
        return zaken.findById(zaakId).filter(z -> z.gemeenteCode().equals(gemeenteCode)).map(Zaak::leadTeamId);
    }

    /** The open case of the household, or a new one led by the given team. */
    @Transactional
    public Zaak voorHuishouden(String gemeenteCode, long huishoudenId, long leadTeamId) {
        return zaken.findFirstByGemeenteCodeAndHuishoudenIdAndOpenTrueOrderByIdDesc(gemeenteCode, huishoudenId)
                .orElseGet(() -> zaken.save(Zaak.openen(gemeenteCode, huishoudenId, leadTeamId, clock.instant())));
    }

    /**
     * A resident withdrew a question of this case. A case nobody took up yet (no contact person) that held nothing but
     * withdrawn questions closes: else the household would count as having an open case. A case with a contact person is
     * his to close, with the household.
     */
    @Transactional
    public void vraagIngetrokken(String gemeenteCode, long zaakId, java.util.function.BooleanSupplier geenAndereVragen) {
        // the case's row locked first: two questions of one case withdrawn at once are counted one after the other
        jdbc.sql("select id from zaak where id = ? and gemeente_code = ? for update").params(zaakId, gemeenteCode).query(Long.class).optional();
        Zaak zaak = zaken.findById(zaakId).filter(z -> z.gemeenteCode().equals(gemeenteCode))
                .orElseThrow(() -> new NietGevondenException("De zaak"));
        if (zaak.isOpen() && zaak.regisseur() == null && geenAndereVragen.getAsBoolean()) {
            zaak.sluiten(Sluitreden.INGETROKKEN, SLUITREDEN_INGETROKKEN, null, clock.instant());
            zaken.save(zaak);
        }
    }

    public static final String SLUITREDEN_INGETROKKEN = "De inwoner heeft de vraag ingetrokken voordat iemand hem oppakte.";

    /**
     * After the intake the professional becomes the regisseur, unless the case already has one or he is
     * not of its case team: a melding a professional registered for a household whose case lies with
     * another team gives him that melding, not the case (docs/privacy.md). The caller checked that he
     * handles a melding of this case; this neither reads nor shows the case's file.
     */
    @Transactional
    public Zaak intakeGedaan(Gebruiker medewerker, long zaakId) {
        Zaak zaak = zaken.findById(zaakId).filter(z -> z.gemeenteCode().equals(medewerker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("De zaak"));
        if (zaak.regisseur() == null && vanHetZaakteam(medewerker, zaak)
                && zaak.eersteRegisseur(medewerker.gebruikersnaam(), medewerker.naam(), clock.instant())) {
            return zaken.save(zaak);
        }
        return zaak;
    }

    /** Whether the professional sees the household's whole file on his task, without emergency access. */
    private boolean vanHetZaakteam(Gebruiker medewerker, Zaak zaak) {
        try {
            Dossiertoegang.Toegang toegang = dossiertoegang.vanMedewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId());
            return !toegang.noodtoegang() && toegang.delen().containsAll(Dossierdeel.zonderVeiligheid());
        } catch (GeenToegangException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public Zaak voorMedewerker(Gebruiker medewerker, long zaakId) {
        if (!medewerker.isMedewerker()) {
            throw new AccessDeniedException("Alleen medewerkers van het sociaal team");
        }
        Zaak zaak = zaken.findById(zaakId).filter(z -> z.gemeenteCode().equals(medewerker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("De zaak"));
        dossiertoegang.medewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId(), Dossierdeel.PLAN, Handeling.INZIEN);
        return zaak;
    }

    /** The household of a case of the professional's municipality, for a caller that checks and logs its own part of the file. */
    @Transactional(readOnly = true)
    public long huishoudenVan(Gebruiker medewerker, long zaakId) {
        return zaken.findById(zaakId).filter(z -> z.gemeenteCode().equals(medewerker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("De zaak")).huishoudenId();
    }

    /** As {@link #voorMedewerker}, for a change: logged as such. */
    private Zaak teWijzigen(Gebruiker medewerker, long zaakId) {
        Zaak zaak = voorMedewerker(medewerker, zaakId);
        dossiertoegang.medewerker(medewerker, zaak.gemeenteCode(), zaak.huishoudenId(), Dossierdeel.NOTITIES, Handeling.WIJZIGEN);
        return zaak;
    }

    /** The case of the resident's own household, as he may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Zaak> vanInwoner(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER)) {
            return java.util.Optional.empty();
        }
        return register.persoon(inwoner.gemeenteCode(), inwoner.bsn())
                .flatMap(p -> {
                    List<Zaak> vanHuishouden = zaken.findByGemeenteCodeAndHuishoudenIdOrderByIdDesc(inwoner.gemeenteCode(), p.huishoudenId());
                    return vanHuishouden.stream().filter(Zaak::isOpen).findFirst().or(() -> vanHuishouden.stream().findFirst());
                });
    }

    /** Tells the household something about its case; shown in Mijn Dichtbij. */
    @Transactional
    public void berichtAanHuishouden(long zaakId, String tekst) {
        berichtAanHuishouden(zaakId, null, tekst);
    }

    /** As above, about one member ({@code betreftBsn}): shown only to whom may read about him (docs/decisions/0006). */
    @Transactional
    public void berichtAanHuishouden(long zaakId, String betreftBsn, String tekst) {
        Zaak zaak = zaken.findById(zaakId).orElseThrow(() -> new NietGevondenException("De zaak"));
        zaak.bericht(tekst, betreftBsn, clock.instant());
        bewaarBericht(zaak, "zaak");
    }

    /** The resident (or who acts for him) writes to his contact person about his household's case. */
    @Transactional
    public Zaak berichtAanContactpersoon(Gebruiker inwoner, String tekst) {
        Zaak zaak = vanInwoner(inwoner).orElseThrow(() -> new NietGevondenException("Uw zaak"));
        if (inwoner.handeltNamensIemand() && inwoner.door().alleenInzien()) {
            throw new OngeldigeInvoerException("tekst", "U mag meelezen, maar geen berichten sturen namens " + inwoner.naam() + ".");
        }
        // about the resident it comes from: a 16- or 17-year-old's message is his (docs/decisions/0006)
        zaak.bericht(berichttekst(tekst), inwoner.bsn(), inwoner.actorNaam(), true, clock.instant());
        return bewaarBericht(zaak, "tekst");
    }

    /**
     * A professional with access to the case writes to the household; {@code betreftBsn}: the member it is about (null: the
     * whole household), so an answer to a 16- or 17-year-old stays his (docs/decisions/0006).
     */
    @Transactional
    public Zaak berichtVanMedewerker(Gebruiker medewerker, long zaakId, String tekst, String betreftBsn) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        String betreft = betreftBsn == null || betreftBsn.isBlank() ? null : betreftBsn;
        if (betreft != null && register.leden(zaak.gemeenteCode(), zaak.huishoudenId()).stream().noneMatch(p -> p.bsn().equals(betreft))) {
            throw new OngeldigeInvoerException("betreft", "Kies iemand uit dit huishouden, of het hele huishouden.");
        }
        zaak.bericht(berichttekst(tekst), betreft, medewerker.naam(), false, clock.instant());
        return bewaarBericht(zaak, "tekst");
    }

    /** Whom the latest message from the household was about: an answer goes to him by default. */
    public String laatsteAfzenderBsn(Zaak zaak) {
        return zaak.berichten().stream().filter(Zaak.Bericht::vanInwoner).reduce((eerste, laatste) -> laatste)
                .map(Zaak.Bericht::betreftBsn).orElse(null);
    }

    /** Messages only append, but the case carries a version: a change at the same moment asks to send again, text kept. */
    private Zaak bewaarBericht(Zaak zaak, String veld) {
        try {
            return zaken.save(zaak);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new OngeldigeInvoerException(veld, "Er gebeurde tegelijk iets anders met deze zaak. Probeer het nog eens.");
        }
    }

    private static String berichttekst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new OngeldigeInvoerException("tekst", "Schrijf uw bericht.");
        }
        if (tekst.strip().length() > 1000) {
            throw new OngeldigeInvoerException("tekst", "Gebruik maximaal 1000 tekens. Schrijf een tweede bericht als u meer wilt zeggen.");
        }
        return tekst.strip();
    }

    /** A resident's message nobody of the team answered yet, on a case this professional directs. */
    public record OnbeantwoordBericht(long zaakId, java.time.Instant tijdstip, String vanNaam, String tekst) {
    }

    /** The residents' messages on this professional's open cases that no professional answered yet, oldest first. */
    @Transactional(readOnly = true)
    public List<OnbeantwoordBericht> onbeantwoord(Gebruiker medewerker, int aantal) {
        return jdbc.sql("""
                        select z.id as zaak_id, b.tijdstip, b.van_naam, b.tekst from zaak z join zaak_bericht b on b.zaak_id = z.id
                        where z.regisseur = :wie and z.open = true and z.gemeente_code = :gemeente and b.van_inwoner = true
                          and not exists (select 1 from zaak_bericht a where a.zaak_id = b.zaak_id and a.volgnummer > b.volgnummer
                                            and a.van_inwoner = false and a.van_naam is not null)
                        order by b.tijdstip, z.id limit :aantal""")
                .param("wie", medewerker.gebruikersnaam()).param("gemeente", medewerker.gemeenteCode()).param("aantal", aantal)
                .query(OnbeantwoordBericht.class).list();
    }

    /** The open cases this professional directs. */
    @Transactional(readOnly = true)
    public List<Zaak> vanRegisseur(Gebruiker medewerker) {
        return zaken.findByGemeenteCodeAndRegisseurAndOpenTrue(medewerker.gemeenteCode(), medewerker.gebruikersnaam());
    }

    /** One line of a list of cases: without the handovers and messages a whole {@link Zaak} loads. */
    public record Regel(long id, long huishoudenId, Regievorm regievorm) {
    }

    /** A page of the open cases this professional directs, oldest first, in one query and a count. */
    @Transactional(readOnly = true)
    public Pagina<Regel> vanRegisseur(Gebruiker medewerker, int pagina, int grootte) {
        long totaal = jdbc.sql("select count(*) from zaak where regisseur = ? and open = true and gemeente_code = ?")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode()).query(Long.class).single();
        List<Regel> regels = jdbc.sql("""
                        select id, huishouden_id, regievorm from zaak where regisseur = ? and open = true and gemeente_code = ?
                        order by id limit ? offset ?""")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode(), grootte, (long) pagina * grootte)
                .query((rs, i) -> new Regel(rs.getLong("id"), rs.getLong("huishouden_id"), Regievorm.valueOf(rs.getString("regievorm")))).list();
        return new Pagina<>(regels, pagina, grootte, totaal);
    }

    /** The ids of the open cases this professional directs, for the lists of what is due in them. */
    @Transactional(readOnly = true)
    public List<Long> idsVanRegisseur(Gebruiker medewerker) {
        return jdbc.sql("select id from zaak where regisseur = ? and open = true and gemeente_code = ? order by id")
                .params(medewerker.gebruikersnaam(), medewerker.gemeenteCode()).query(Long.class).list();
    }

    /** The open case of a household as a list shows it: which team directs it, and who. */
    public record Lopend(long id, long huishoudenId, long leadTeamId, String regisseurNaam) {
    }

    /** The open cases of these households of the municipality, in one query, by household. */
    @Transactional(readOnly = true)
    public Map<Long, Lopend> lopendVanHuishoudens(String gemeenteCode, java.util.Collection<Long> huishoudens) {
        if (huishoudens.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, huishouden_id, lead_team_id, regisseur_naam from zaak
                        where gemeente_code = :gemeente and open = true and huishouden_id in (:huishoudens) order by id""")
                .param("gemeente", gemeenteCode).param("huishoudens", huishoudens).query(Lopend.class).list().stream()
                .collect(java.util.stream.Collectors.toMap(Lopend::huishoudenId, z -> z, (eerste, tweede) -> tweede));
    }

    @Transactional(readOnly = true)
    public List<Zaak> vanHuishouden(String gemeenteCode, long huishoudenId) {
        return zaken.findByGemeenteCodeAndHuishoudenIdOrderByIdDesc(gemeenteCode, huishoudenId);
    }

    /** A warm handover to a professional of the same municipality; the household is told who the new contact is. */
    @Transactional
    public Zaak overdragen(Gebruiker medewerker, long zaakId, String naar, String notitie) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        Map<String, String> fouten = new LinkedHashMap<>();
        Medewerker nieuw = naar == null ? null : gemeenten.medewerker(naar)
                .filter(m -> m.gemeenteCode().equals(zaak.gemeenteCode())).orElse(null);
        if (nieuw == null) {
            fouten.put("naar", "Kies een medewerker van het sociaal team van uw gemeente.");
        } else if (nieuw.gebruikersnaam().equals(zaak.regisseur())) {
            fouten.put("naar", "Deze medewerker is al de regisseur van deze zaak.");
        }
        if (notitie == null || notitie.isBlank()) {
            fouten.put("notitie", "Schrijf een overdrachtsnotitie: wat speelt er, wat is afgesproken, wat moet de nieuwe regisseur weten.");
        }
        if (!zaak.isOpen()) {
            fouten.put("naar", "Deze zaak is gesloten.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        zaak.overdragen(medewerker.naam(), nieuw.gebruikersnaam(), nieuw.naam(), notitie.trim(), clock.instant());
        return zaken.save(zaak);
    }

    @Transactional
    public Zaak regievorm(Gebruiker medewerker, long zaakId, Regievorm regievorm, String reden) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        if (regievorm == null) {
            throw new OngeldigeInvoerException("regievorm", "Kies casusregie, procesregie of ambulante begeleiding.");
        }
        zaak.regievorm(regievorm, reden, clock.instant());
        return zaken.save(zaak);
    }

    /** Afschalen: the case closes with a reason; a waakvlam date brings it back on the regisseur's worklist. */
    /**
     * Closes the case with why ({@code code}, a choice; {@code toelichting} required for {@link Sluitreden#ANDERS}, else optional)
     * and an optional waakvlam date. The text kept with the case is the choice's label with the explanation after it.
     */
    @Transactional
    public Zaak sluiten(Gebruiker medewerker, long zaakId, Sluitreden code, String toelichting, LocalDate waakvlam) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        Map<String, String> fouten = new LinkedHashMap<>();
        String uitleg = toelichting == null ? "" : toelichting.strip();
        if (!zaak.isOpen()) {
            fouten.put("sluitreden", "Deze zaak is al gesloten.");
        } else if (code == null || code == Sluitreden.INGETROKKEN) {
            fouten.put("sluitreden", "Kies waarom de zaak sluit.");
        }
        if (zaak.isOpen()) {
            List<String> zonder = zrm.zonderAfsluiting(zaak.gemeenteCode(), zaakId);
            if (!zonder.isEmpty()) {
                var namen = register.personen(zaak.gemeenteCode(), zonder);
                fouten.put("zrm", "Leg eerst de ZRM bij afsluiting vast voor " + String.join(" en ", zonder.stream()
                        .map(b -> namen.containsKey(b) ? namen.get(b).naam() : "een bewoner die niet meer in de gemeente woont").toList())
                        + ". Zo is te zien wat de hulp heeft veranderd sinds de intake.");
            }
        }
        if (code == Sluitreden.ANDERS && uitleg.isEmpty()) {
            fouten.put("toelichting", "Schrijf op waarom de zaak sluit.");
        } else if (uitleg.length() > 500) {
            fouten.put("toelichting", "Schrijf de toelichting in hoogstens 500 tekens.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (waakvlam != null && !waakvlam.isAfter(vandaag)) {
            fouten.put("waakvlamDatum", "De datum van de waakvlam ligt na vandaag.");
        } else if (waakvlam != null && waakvlam.isAfter(vandaag.plusYears(2))) {
            fouten.put("waakvlamDatum", "Kies een waakvlam binnen twee jaar.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String reden = code == Sluitreden.ANDERS ? uitleg : uitleg.isEmpty() ? code.label() + "." : code.label() + ": " + uitleg;
        zaak.sluiten(code, reden, waakvlam, clock.instant());
        return zaken.save(zaak);
    }

    /** One side of a ZRM: per domain a score (1-5) or, in {@code geen}, why there is none. */
    public record Zrmzijde(Map<ZrmDomein, Integer> scores, Map<ZrmDomein, ZrmMeting.GeenScore> geen) {

        public Zrmzijde {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            geen = geen == null ? Map.of() : Map.copyOf(geen);
        }

        boolean leeg() {
            return scores.isEmpty() && geen.isEmpty();
        }

        boolean geldig() {
            return Zrm.volledig(scores, geen) && scores.values().stream().allMatch(s -> s >= 1 && s <= 5);
        }
    }

    /**
     * A whole ZRM of one member of the household during the support or at closure (issue 18): all 13 domains by the
     * professional, and by the resident all 13 or none. Closing the case asks for the closing one of everyone scored in it.
     */
    @Transactional
    public void zrmVastleggen(Gebruiker medewerker, long zaakId, String bsn, ZrmMeting.Moment moment, LocalDate datum,
                              Zrmzijde professional, Zrmzijde inwoner) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        if (bsn == null || bsn.isBlank()) {
            throw new OngeldigeInvoerException("bsn", "Geef het BSN van het gezinslid dat u scoort.");
        }
        if (register.leden(zaak.gemeenteCode(), zaak.huishoudenId()).stream().noneMatch(p -> p.bsn().equals(bsn))) {
            throw new NietGevondenException("Dit gezinslid");
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!zaak.isOpen()) {
            fouten.put("zaak", "De zaak is gesloten; een ZRM legt u vast zolang de zaak loopt.");
        }
        if (moment != ZrmMeting.Moment.TUSSENTIJDS && moment != ZrmMeting.Moment.AFSLUITING) {
            fouten.put("moment", "Kies of dit een tussentijdse scoring is of de scoring bij afsluiting.");
        }
        if (datum == null) {
            fouten.put("datum", "Vul de datum van de scoring in.");
        } else if (datum.isAfter(LocalDate.now(clock))) {
            fouten.put("datum", "De datum ligt in de toekomst. Leg de ZRM vast op of na de dag van de scoring.");
        }
        if (!professional.geldig()) {
            fouten.put("zrmProfessional", "Geef voor alle 13 domeinen van de ZRM uw score, of kies n.v.t. of onbekend.");
        }
        if (!inwoner.leeg() && !inwoner.geldig()) {
            fouten.put("zrmInwoner", "Vul de score van de inwoner in voor alle 13 domeinen (of n.v.t. of onbekend), "
                    + "of laat ze allemaal leeg als de inwoner zelf niet scoorde.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        zrm.vastleggen(zaak.gemeenteCode(), bsn, zaakId, null, ZrmMeting.Door.PROFESSIONAL, moment, datum, medewerker.gebruikersnaam(),
                professional.scores(), professional.geen());
        if (!inwoner.leeg()) {
            zrm.vastleggen(zaak.gemeenteCode(), bsn, zaakId, null, ZrmMeting.Door.INWONER, moment, datum, medewerker.gebruikersnaam(),
                    inwoner.scores(), inwoner.geen());
        }
    }

    /** The residents of the case scored on the ZRM in it who still need a closing ZRM. */
    @Transactional(readOnly = true)
    public List<String> zonderAfsluitendeZrm(Gebruiker medewerker, long zaakId) {
        Zaak zaak = voorMedewerker(medewerker, zaakId);
        return zrm.zonderAfsluiting(zaak.gemeenteCode(), zaakId);
    }

    @Transactional
    public Zaak waakvlamGehouden(Gebruiker medewerker, long zaakId) {
        Zaak zaak = teWijzigen(medewerker, zaakId);
        zaak.waakvlamGehouden(clock.instant());
        return zaken.save(zaak);
    }

    /** When someone leaves: all his open cases to a colleague, each household told its new contact. */
    @Transactional
    public int allesOverdragen(Gebruiker teamleider, String van, String naar, String notitie) {
        if (!teamleider.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen de teamleider");
        }
        if (van != null && van.equals(naar)) {
            throw new OngeldigeInvoerException("naar", "Kies een andere medewerker dan degene die vertrekt.");
        }
        if (naar == null || gemeenten.medewerker(naar).filter(m -> m.gemeenteCode().equals(teamleider.gemeenteCode())).isEmpty()) {
            throw new OngeldigeInvoerException("naar", "Kies een medewerker van het sociaal team van uw gemeente.");
        }
        List<Zaak> open = zaken.findByGemeenteCodeAndRegisseurAndOpenTrue(teamleider.gemeenteCode(), van);
        for (Zaak zaak : open) {
            overdragen(teamleider, zaak.id(), naar, notitie);
        }
        return open.size();
    }
}
