package nl.dichtbij.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting for someone else: a resident authorises a mantelzorger or family member to view or to
 * act; a professional registers a court-appointed representative; parents act for children
 * under 16 ({@link Vertegenwoordigingsregel}).
 */
@Service
public class Vertegenwoordigingen {

    private static final String VELDEN = "select id, gemeente_code, vertegenwoordigde_bsn, vertegenwoordiger_bsn, grond, alleen_inzien, kenmerk, "
            + "geldig_tot, vastgelegd_door, vastgelegd_op, ingetrokken_op, onbevestigd from vertegenwoordiging ";

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Dossiertoegang toegang;
    private final DossierLog log;
    private final Identiteitscontrole identiteit;
    private final Clock clock;

    Vertegenwoordigingen(JdbcClient jdbc, PersonenRegister register, Dossiertoegang toegang, DossierLog log, Identiteitscontrole identiteit,
                         Clock clock) {
        this.identiteit = identiteit;
        this.jdbc = jdbc;
        this.register = register;
        this.toegang = toegang;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The resident invites someone, identified by BSN and date of birth ({@link Identiteitscontrole}:
     * one message for every combination that does not fit, limited and logged). The machtiging
     * waits until that person confirms it in his own Mijn Dichtbij; until then the resident sees
     * no name, only the last digits of the BSN he typed, and the person cannot act for him.
     */
    @Transactional
    public Vertegenwoordiging machtigen(Gebruiker inwoner, String bsn, LocalDate geboortedatum, boolean alleenInzien, LocalDate tot) {
        Toestemmingen.magHandelen(inwoner);
        if (inwoner.door() != null) {
            throw new AccessDeniedException("Een machtiging geeft de inwoner zelf");
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        LocalDate vandaag = LocalDate.now(clock);
        String schoon = bsn == null ? "" : bsn.replaceAll("[\\s.]", "");
        Persoon gemachtigde = null;
        if (schoon.isEmpty() || geboortedatum == null) {
            fouten.put("bsn", "Vul het BSN en de geboortedatum in van wie u machtigt.");
        } else if (schoon.equals(inwoner.bsn())) {
            fouten.put("bsn", "U kunt uzelf niet machtigen.");
        } else if (geboortedatum.plusYears(18).isAfter(vandaag)) {
            // judged on the date typed, before any lookup: a right combination of a minor gets no other answer than a wrong one
            fouten.put("bsn", "Iemand die u machtigt moet 18 jaar of ouder zijn.");
        } else if (!Bsn.isGeldig(schoon)) {
            fouten.put("bsn", "Dit BSN klopt niet. Een BSN heeft 9 cijfers en voldoet aan de elfproef.");
        } else {
            Identiteitscontrole.Controle controle = identiteit.controleer(inwoner, inwoner.gemeenteCode(), schoon, geboortedatum,
                    "iemand machtigen (Wie mag namens mij handelen)");
            if (controle.bruikbaar()) {
                gemachtigde = controle.persoon();
            } else {
                fouten.put("bsn", controle.melding());
            }
        }
        if (tot != null && tot.isBefore(vandaag)) {
            fouten.put("tot", "Kies een datum vanaf vandaag, of laat het veld leeg.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        long id = invoegen(inwoner.gemeenteCode(), inwoner.bsn(), gemachtigde.bsn(), Grond.MACHTIGING, alleenInzien, null, tot, inwoner.naam(), true);
        log.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        return vertegenwoordiging(id);
    }

    /** Invitations to act for someone that the signed-in resident has not yet answered; he sees who invites him. */
    public List<Uitnodiging> uitnodigingen(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER) || inwoner.door() != null) {
            return List.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        return jdbc.sql(VELDEN + "where gemeente_code = ? and vertegenwoordiger_bsn = ? and onbevestigd and ingetrokken_op is null order by vastgelegd_op")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Vertegenwoordiging.class).list().stream()
                .filter(v -> v.geldigTot() == null || !vandaag.isAfter(v.geldigTot()))
                .map(v -> new Uitnodiging(v, register.persoon(inwoner.gemeenteCode(), v.vertegenwoordigdeBsn()).map(Persoon::naam).orElse("Onbekend")))
                .toList();
    }

    /** An invitation with the name of the resident who sends it. */
    public record Uitnodiging(Vertegenwoordiging v, String van) {
    }

    /** The invited person accepts: from now on he may act, and the resident who invited him sees his name. */
    @Transactional
    public void bevestigen(Gebruiker inwoner, long id) {
        Uitnodiging uitnodiging = uitnodigingen(inwoner).stream().filter(u -> u.v().id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("De uitnodiging"));
        jdbc.sql("update vertegenwoordiging set onbevestigd = false where id = ? and onbevestigd and ingetrokken_op is null").param(id).update();
        log.vastleggen(inwoner, inwoner.gemeenteCode(), List.of(uitnodiging.v().vertegenwoordigdeBsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN,
                "Machtiging bevestigd door de gemachtigde, op uitnodiging van de inwoner");
    }

    /** The invited person declines: the machtiging ends without ever having been in force. */
    @Transactional
    public void weigeren(Gebruiker inwoner, long id) {
        Uitnodiging uitnodiging = uitnodigingen(inwoner).stream().filter(u -> u.v().id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("De uitnodiging"));
        beeindig(id);
        log.vastleggen(inwoner, inwoner.gemeenteCode(), List.of(uitnodiging.v().vertegenwoordigdeBsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN,
                "Machtiging geweigerd door de gemachtigde, op uitnodiging van de inwoner");
    }

    /** A professional registers a guardian, curator, mentor or bewindvoerder for a member of the household. */
    @Transactional
    public Vertegenwoordiging registreren(Gebruiker medewerker, long huishoudenId, String vertegenwoordigdeBsn, String vertegenwoordigerBsn,
                                         Grond grond, String kenmerk, LocalDate tot) {
        toegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        Map<String, String> fouten = new LinkedHashMap<>();
        boolean lid = register.leden(medewerker.gemeenteCode(), huishoudenId).stream().anyMatch(p -> p.bsn().equals(vertegenwoordigdeBsn));
        if (!lid) {
            fouten.put("vertegenwoordigde", "Kies voor wie de vertegenwoordiger optreedt.");
        }
        Optional<Persoon> vertegenwoordiger = vertegenwoordigerBsn == null ? Optional.empty()
                : register.persoon(medewerker.gemeenteCode(), vertegenwoordigerBsn.strip());
        if (vertegenwoordiger.isEmpty()) {
            fouten.put("vertegenwoordiger", "Vul het BSN in van de vertegenwoordiger. Hij of zij moet in de gemeente ingeschreven staan.");
        } else if (vertegenwoordiger.get().bsn().equals(vertegenwoordigdeBsn)) {
            fouten.put("vertegenwoordiger", "Iemand kan niet zijn eigen vertegenwoordiger zijn.");
        }
        if (grond == null || !grond.wettelijk()) {
            fouten.put("grond", "Kies de soort vertegenwoordiging: curatele, mentorschap, beschermingsbewind of voogdij.");
        }
        if (kenmerk == null || kenmerk.isBlank() || kenmerk.length() > 100) {
            fouten.put("kenmerk", "Vul het kenmerk van de beschikking van de rechtbank in.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        long id = invoegen(medewerker.gemeenteCode(), vertegenwoordigdeBsn, vertegenwoordiger.get().bsn(), grond, false, kenmerk.strip(), tot,
                medewerker.naam(), false);
        return vertegenwoordiging(id);
    }

    private long invoegen(String gemeente, String vertegenwoordigde, String vertegenwoordiger, Grond grond, boolean alleenInzien, String kenmerk,
                          LocalDate tot, String door, boolean onbevestigd) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into vertegenwoordiging (gemeente_code, vertegenwoordigde_bsn, vertegenwoordiger_bsn, grond, alleen_inzien, kenmerk,
                            geldig_tot, vastgelegd_door, vastgelegd_op, onbevestigd) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeente, vertegenwoordigde, vertegenwoordiger, grond.name(), alleenInzien, kenmerk, tot, door, Timestamp.from(clock.instant()),
                        onbevestigd)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    @Transactional
    public void intrekken(Gebruiker inwoner, long id) {
        Toestemmingen.magHandelen(inwoner);
        Vertegenwoordiging v = gegeven(inwoner).stream().filter(m -> m.id() == id && m.grond() == Grond.MACHTIGING).findFirst()
                .orElseThrow(() -> new NietGevondenException("De machtiging"));
        beeindig(v.id());
        log.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
    }

    @Transactional
    public void beeindigen(Gebruiker medewerker, long huishoudenId, long id) {
        toegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        Vertegenwoordiging v = voorHuishouden(medewerker.gemeenteCode(), huishoudenId).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("De vertegenwoordiging"));
        beeindig(v.id());
    }

    private void beeindig(long id) {
        jdbc.sql("update vertegenwoordiging set ingetrokken_op = ? where id = ? and ingetrokken_op is null")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /** What the resident gave and what was registered for him. */
    public List<Vertegenwoordiging> gegeven(Gebruiker inwoner) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and vertegenwoordigde_bsn = ? order by ingetrokken_op desc nulls first, vastgelegd_op desc")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Vertegenwoordiging.class).list();
    }

    public List<Vertegenwoordiging> voorHuishouden(String gemeenteCode, long huishoudenId) {
        List<String> leden = register.leden(gemeenteCode, huishoudenId).stream().map(Persoon::bsn).toList();
        if (leden.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VELDEN + "where gemeente_code = :gemeente and vertegenwoordigde_bsn in (:leden) "
                        + "order by ingetrokken_op desc nulls first, vastgelegd_op desc")
                .param("gemeente", gemeenteCode).param("leden", leden).query(Vertegenwoordiging.class).list();
    }

    /** Everyone the signed-in resident may act for today: children under 16, authorisations, guardianships. */
    public List<Vertegenwoordigingsregel.Namens> namensWie(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER)) {
            return List.of();
        }
        Gebruiker zelf = inwoner.zelf();
        LocalDate vandaag = LocalDate.now(clock);
        List<Vertegenwoordigingsregel.Namens> wie = new ArrayList<>();
        register.kinderen(zelf.gemeenteCode(), zelf.bsn()).forEach(kind -> Vertegenwoordigingsregel.ouder(kind, vandaag).ifPresent(wie::add));
        jdbc.sql(VELDEN + "where gemeente_code = ? and vertegenwoordiger_bsn = ? and ingetrokken_op is null order by vastgelegd_op")
                .params(zelf.gemeenteCode(), zelf.bsn()).query(Vertegenwoordiging.class).list().stream()
                .filter(v -> v.actiefOp(vandaag))
                .forEach(v -> register.persoon(zelf.gemeenteCode(), v.vertegenwoordigdeBsn()).ifPresent(p -> {
                    if (wie.stream().noneMatch(n -> n.bsn().equals(p.bsn()))) {
                        wie.add(new Vertegenwoordigingsregel.Namens(p.bsn(), p.naam(), v.alleenInzien(), v.grond().label()));
                    }
                }));
        return wie;
    }

    /** May the signed-in resident see data about this person (himself, or someone he acts for)? */
    public boolean magInzienVan(Gebruiker inwoner, String bsn) {
        if (inwoner.bsn().equals(bsn)) {
            return true;
        }
        // while acting for someone, the page is about that person only
        return inwoner.door() == null && namensWie(inwoner).stream().anyMatch(n -> n.bsn().equals(bsn));
    }

    /**
     * May a household text about this member be shown to the signed-in resident (the 16–17 rule of
     * docs/decisions/0006 applied to texts)? A text about the whole household ({@code bsn} null) may.
     */
    public boolean magTekstLezenOver(Gebruiker inwoner, String bsn) {
        if (bsn == null || magInzienVan(inwoner, bsn)) {
            return true;
        }
        int leeftijd = register.persoon(inwoner.gemeenteCode(), bsn).map(p -> p.leeftijdOp(LocalDate.now(clock))).orElse(0);
        return Vertegenwoordigingsregel.tekstZichtbaar(false, inwoner.door() == null, leeftijd);
    }

    private Vertegenwoordiging vertegenwoordiging(long id) {
        return jdbc.sql(VELDEN + "where id = ?").param(id).query(Vertegenwoordiging.class).single();
    }
}
