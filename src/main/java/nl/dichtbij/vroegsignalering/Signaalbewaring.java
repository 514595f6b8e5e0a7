package nl.dichtbij.vroegsignalering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys the personal data of signals past the legal term ({@link Bewaartermijn}): every night, on one node of the cluster
 * (ShedLock), in portions. What goes: the household, the BSN, the sender's reference, the key that recognised the signal
 * again, the contact attempts with their notes, the outcome's note and who worked on it. What stays is a row without
 * personal data (month of receipt, kind of sender, band, dates of deadline and first contact, outcome), for the figures.
 * Each destruction is logged in the Logboek (handeling Vernietigd) for every resident it concerned.
 */
@Component
class Signaalbewaring {

    private static final Logger log = LoggerFactory.getLogger(Signaalbewaring.class);
    private static final int PORTIE = 500;

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final DossierLog dossierLog;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Signaalbewaring(JdbcClient jdbc, PersonenRegister register, DossierLog dossierLog, TransactionTemplate transactie, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.dossierLog = dossierLog;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Scheduled(cron = "${dichtbij.vroegsignalering.bewaring-cron:0 20 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "vroegsignalering-bewaring", lockAtMostFor = "PT30M")
    void elkeNacht() {
        int aantal = vernietigen();
        if (aantal > 0) {
            log.info("Vroegsignalering: persoonsgegevens van {} signalen na de bewaartermijn vernietigd", aantal);
        }
    }

    /** Destroys what is past the term today, in portions of {@value #PORTIE}; returns how many signals. */
    int vernietigen() {
        LocalDate grens = Bewaartermijn.laatsteOntvangstdag(LocalDate.now(clock));
        int totaal = 0;
        while (true) {
            Integer portie = transactie.execute(s -> portie(grens));
            totaal += portie;
            if (portie < PORTIE) {
                return totaal;
            }
        }
    }

    private record Rij(long id, String gemeenteCode, Long huishouden, String bsn) {
    }

    private int portie(LocalDate grens) {
        List<Rij> rijen = jdbc.sql("""
                        select id, gemeente_code, huishouden_id, persoon_bsn from vroegsignaal
                        where gewist_op is null and ontvangen_datum <= ? and (uitkomst is null or uitkomst <> 'HULP_AANGENOMEN')
                        order by id limit ?""")
                .params(grens, PORTIE)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4))).list();
        if (rijen.isEmpty()) {
            return 0;
        }
        List<Long> ids = rijen.stream().map(Rij::id).toList();
        // who it concerned, read before the link to the household is gone
        Map<String, Set<String>> betrokkenen = new LinkedHashMap<>();
        Map<String, List<Long>> huishoudensPerGemeente = new LinkedHashMap<>();
        for (Rij r : rijen) {
            if (r.bsn() != null) {
                betrokkenen.computeIfAbsent(r.gemeenteCode(), g -> new LinkedHashSet<>()).add(r.bsn());
            } else if (r.huishouden() != null) {
                huishoudensPerGemeente.computeIfAbsent(r.gemeenteCode(), g -> new ArrayList<>()).add(r.huishouden());
            }
        }
        huishoudensPerGemeente.forEach((gemeente, huishoudens) -> register.leden(gemeente, huishoudens).values()
                .forEach(leden -> leden.stream().map(Persoon::bsn).forEach(b -> betrokkenen.computeIfAbsent(gemeente, g -> new LinkedHashSet<>()).add(b))));
        jdbc.sql("delete from vroegsignaal_contact where signaal_id in (:ids)").param("ids", ids).update();
        jdbc.sql("""
                        update vroegsignaal set huishouden_id = null, persoon_bsn = null, kenmerk = null, dubbel_sleutel = null,
                            uitkomst_toelichting = null, behandelaar = null, behandelaar_naam = null, gewist_op = :nu,
                            status = 'AFGEROND'
                        where id in (:ids)""")
                .param("nu", Timestamp.from(clock.instant())).param("ids", ids).update();
        betrokkenen.forEach((gemeente, bsns) -> dossierLog.vastleggen(systeem(gemeente), gemeente, bsns, Dossierdeel.HULPVRAAG, Handeling.VERNIETIGEN,
                "Bewaartermijn signalen van schulden verstreken (" + Bewaartermijn.GRONDSLAG + ")"));
        return rijen.size();
    }

    private static Gebruiker systeem(String gemeenteCode) {
        return new Gebruiker("systeem-vroegsignalering", null, "Bewaartermijn vroegsignalering (automatisch)", Rol.PRIVACY, gemeenteCode, null, null);
    }
}
