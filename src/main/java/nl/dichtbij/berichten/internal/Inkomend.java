package nl.dichtbij.berichten.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.Verwerking;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;
import nl.dichtbij.berichten.xml.OngeldigBerichtException;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.Validatie;
import nl.dichtbij.berichten.xml.XmlSchrijver;
import nl.dichtbij.gemeente.Gemeenten;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one stored message in its own transaction: checks the header, lets the right
 * {@link Verwerker} check and carry out the content, writes the retour and validates it against
 * the XSD. Two nodes or two requests never both keep their work: the final update only succeeds
 * on a message still ONTVANGEN. A failure rolls everything back and leaves the message stored,
 * to be processed again.
 */
@Component
public class Inkomend {

    static final int MAX_POGINGEN = 5;
    private static final int MAX_CONFLICTPOGINGEN = 3;
    /** Per round of the recovery job: enough for a backlog after an outage, bounded so one round ends. */
    private static final int MAX_PER_RONDE = 2_000;
    static final String GEPARKEERD = "GEPARKEERD";
    private static final Logger LOG = LoggerFactory.getLogger(Inkomend.class);

    private final JdbcClient jdbc;
    private final BerichtLezer lezer;
    private final List<Verwerker> verwerkers;
    private final Schemas schemas;
    private final Validatie validatie;
    private final Postvak postvak;
    private final Gemeenten gemeenten;
    private final TransactionTemplate transactie;
    private final Clock clock;
    /** Municipalities are added, never removed: one that exists once need not be looked up again. */
    private final Set<String> bekendeGemeenten = ConcurrentHashMap.newKeySet();

    Inkomend(JdbcClient jdbc, BerichtLezer lezer, List<Verwerker> verwerkers, Schemas schemas, Validatie validatie, Postvak postvak,
             Gemeenten gemeenten, TransactionTemplate transactie, Clock clock) {
        this.jdbc = jdbc;
        this.lezer = lezer;
        this.verwerkers = verwerkers;
        this.schemas = schemas;
        this.validatie = validatie;
        this.postvak = postvak;
        this.gemeenten = gemeenten;
        this.transactie = transactie;
        this.clock = clock;
    }

    public record Opgeslagen(long id, String afzenderAgb, String berichtsoort, String status, Boolean goedgekeurd, String retoursoort, String retourXml) {
    }

    public Optional<Opgeslagen> opgeslagen(String afzender, Berichtsoort soort, String identificatie) {
        return jdbc.sql("select id, afzender_agb, berichtsoort, status, goedgekeurd, retoursoort, retour_xml from inkomend_bericht "
                        + "where afzender_agb = ? and berichtsoort = ? and identificatie = ?")
                .params(afzender, soort.name(), identificatie).query(Opgeslagen.class).optional();
    }

    /** Stores the message as received, in its own transaction: from here on it cannot be lost. */
    public long opslaan(String afzender, String gemeente, Berichtsoort soort, String identificatie, LocalDate dagtekening, byte[] xml) {
        return transactie.execute(s -> {
            var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into inkomend_bericht (afzender_agb, gemeente_code, berichtsoort, identificatie, dagtekening, xml, ontvangen_op, status, pogingen)
                            values (?, ?, ?, ?, ?, ?, ?, 'ONTVANGEN', 0)""")
                    .params(afzender, gemeente, soort.name(), identificatie, dagtekening, new String(xml, StandardCharsets.UTF_8),
                            Timestamp.from(clock.instant()))
                    .update(sleutel, "id");
            return sleutel.getKeyAs(Number.class).longValue();
        });
    }

    /** Processes a stored message, read again from the database; returns the retour, also when another request processed it first. */
    public Verwerking verwerk(long id, boolean herhaald) {
        return verwerk(id, herhaald, null);
    }

    /**
     * As above, with the message as just read on receipt, so it is not parsed twice. A conflict
     * with a concurrent transaction (a deadlock, or a unique key another message took a moment
     * earlier) is retried in a fresh transaction, which then sees the other's work.
     */
    public Verwerking verwerk(long id, boolean herhaald, BerichtLezer.Gelezen alGelezen) {
        for (int poging = 1; ; poging++) {
            try {
                return verwerkEenmaal(id, herhaald, alGelezen);
            } catch (PessimisticLockingFailureException | DuplicateKeyException e) {
                if (poging == MAX_CONFLICTPOGINGEN) {
                    throw new BerichtBezetException(e);
                }
            }
        }
    }

    private Verwerking verwerkEenmaal(long id, boolean herhaald, BerichtLezer.Gelezen alGelezen) {
        return transactie.execute(s -> {
            // the row lock makes a second request for the same message wait, then answer with the retour; the request that stored it answers 201
            if (jdbc.sql("select id from inkomend_bericht where id = ? and status = 'ONTVANGEN' for update").param(id).query(Long.class).optional().isEmpty()) {
                return verwerkt(id, herhaald);
            }
            BerichtLezer.Gelezen gelezen = alGelezen != null ? alGelezen : lezer.lees(jdbc.sql("select xml from inkomend_bericht where id = ?")
                    .param(id).query(String.class).single().getBytes(StandardCharsets.UTF_8));
            Knoop wortel = gelezen.wortel();
            Knoop header = wortel.kind("Header");
            LocalDate vandaag = LocalDate.now(clock);
            Ontvangen bericht = new Ontvangen(id, gelezen.soort(), header.waarde("Afzender"), header.waarde("Ontvanger"),
                    header.waarde("BerichtIdentificatie/Identificatie"), header.datum("BerichtIdentificatie/Dagtekening"), wortel, vandaag);
            Beoordeling beoordeling = new Beoordeling();
            if (!gelezen.geldig()) {
                beoordeling.headerAfkeuren(Retourcode.TECHNISCH_AFGEKEURD);
            } else if (!bekend(bericht.gemeente())) {
                beoordeling.headerAfkeuren(Retourcode.GEMEENTECODE_ONGELDIG);
            } else if (bericht.dagtekening().isAfter(vandaag)) {
                beoordeling.headerAfkeuren(Retourcode.DAGTEKENING_IN_DE_TOEKOMST);
            } else {
                verwerkers.stream().filter(v -> v.verwerkt(gelezen.soort())).findFirst().orElseThrow().verwerk(bericht, beoordeling);
            }
            Berichtsoort retoursoort = gelezen.soort().retour().orElseThrow();
            String retourId = postvak.nieuweIdentificatie();
            XmlSchrijver retour = gelezen.soort().nummer().equals("323")
                    ? Retouren.declaratieAntwoord(gelezen.soort(), schemas.versie(retoursoort), wortel, beoordeling, retourId, vandaag)
                    : Retouren.gespiegeld(gelezen.soort(), schemas.versie(retoursoort), wortel, beoordeling, retourId, vandaag);
            String xml = retour.klaar();
            List<String> fouten = validatie.fouten(retoursoort, xml);
            if (!fouten.isEmpty()) {
                if (!gelezen.geldig()) {
                    // the header itself is broken: no valid retour can be made (OP090x2), so the answer is a 400
                    s.setRollbackOnly();
                    throw new OngeldigBerichtException("Het bericht voldoet niet aan de XSD van " + gelezen.soort() + ".", gelezen.xsdFouten());
                }
                throw new IllegalStateException(retoursoort + " voldoet niet aan de XSD: " + fouten);
            }
            int verwerkt = jdbc.sql("""
                            update inkomend_bericht set status = 'VERWERKT', goedgekeurd = ?, retoursoort = ?, retour_xml = ?,
                                verwerkt_op = ? where id = ? and status = 'ONTVANGEN'""")
                    .params(beoordeling.goedgekeurd(), retoursoort.name(), xml, Timestamp.from(clock.instant()), id).update();
            if (verwerkt == 0) {
                // another node or request processed it meanwhile: undo ours, answer with theirs
                s.setRollbackOnly();
                return verwerkt(id, herhaald);
            }
            return new Verwerking(id, gelezen.soort(), retoursoort, xml, beoordeling.goedgekeurd(), herhaald);
        });
    }

    private boolean bekend(String gemeente) {
        if (bekendeGemeenten.contains(gemeente)) {
            return true;
        }
        boolean bestaat = gemeenten.vind(gemeente).isPresent();
        if (bestaat) {
            bekendeGemeenten.add(gemeente);
        }
        return bestaat;
    }

    private Verwerking verwerkt(long id, boolean herhaald) {
        Opgeslagen o = jdbc.sql("select id, afzender_agb, berichtsoort, status, goedgekeurd, retoursoort, retour_xml from inkomend_bericht where id = ?")
                .param(id).query(Opgeslagen.class).single();
        if (GEPARKEERD.equals(o.status())) {
            throw new BerichtGeparkeerdException();
        }
        if ("ONLEESBAAR".equals(o.status())) {
            throw new OngeldigBerichtException("Dit bericht is eerder ontvangen en voldoet niet aan de XSD van " + o.berichtsoort() + ".", List.of());
        }
        if (o.retourXml() == null) {
            throw new BerichtBezetException(null);
        }
        return new Verwerking(id, Berichtsoort.valueOf(o.berichtsoort()), Berichtsoort.valueOf(o.retoursoort()), o.retourXml(),
                Boolean.TRUE.equals(o.goedgekeurd()), herhaald);
    }

    public Verwerking eerder(Opgeslagen o) {
        if ("VERWERKT".equals(o.status())) {
            return verwerkt(o.id(), true);
        }
        return verwerk(o.id(), true);
    }

    /**
     * Messages stored but not processed (a node stopped halfway, or processing failed): processed
     * again, oldest first, each attempt counted in its own transaction; a message that failed
     * {@link #MAX_POGINGEN} times is parked for beheer. One failure never stops the rest.
     */
    public int herstel(Instant ouderDan) {
        Herstel h = herstel(ouderDan, MAX_PER_RONDE);
        if (h.geparkeerd() + h.mislukt() > 0) {
            LOG.warn("Herstel van berichten: {} verwerkt, {} opnieuw mislukt, {} geparkeerd", h.verwerkt(), h.mislukt(), h.geparkeerd());
        }
        return h.verwerkt();
    }

    public Herstel herstel(Instant ouderDan, int maximum) {
        int verwerkt = 0;
        int geparkeerd = 0;
        int mislukt = 0;
        long vanaf = 0;
        int bekeken = 0;
        while (bekeken < maximum) {
            List<Long> open = jdbc.sql("select id from inkomend_bericht where status = 'ONTVANGEN' and ontvangen_op < ? and id > ? order by id limit 100")
                    .params(Timestamp.from(ouderDan), vanaf).query(Long.class).list();
            if (open.isEmpty()) {
                break;
            }
            for (long id : open) {
                vanaf = id;
                bekeken++;
                switch (herstel(id)) {
                    case VERWERKT -> verwerkt++;
                    case GEPARKEERD -> geparkeerd++;
                    case MISLUKT -> mislukt++;
                    case AL_KLAAR -> { }
                }
            }
        }
        return new Herstel(verwerkt, geparkeerd, mislukt);
    }

    public record Herstel(int verwerkt, int geparkeerd, int mislukt) {
    }

    private enum Uitkomst { VERWERKT, GEPARKEERD, MISLUKT, AL_KLAAR }

    private Uitkomst herstel(long id) {
        Integer pogingen = transactie.execute(s -> jdbc.sql("update inkomend_bericht set pogingen = pogingen + 1 where id = ? and status = 'ONTVANGEN'")
                .param(id).update() == 0 ? null : jdbc.sql("select pogingen from inkomend_bericht where id = ?").param(id).query(Integer.class).single());
        if (pogingen == null) {
            return Uitkomst.AL_KLAAR;
        }
        if (pogingen > MAX_POGINGEN) {
            jdbc.sql("update inkomend_bericht set status = ? where id = ? and status = 'ONTVANGEN'").params(GEPARKEERD, id).update();
            LOG.error("Bericht {} na {} pogingen geparkeerd voor functioneel beheer", id, MAX_POGINGEN);
            return Uitkomst.GEPARKEERD;
        }
        try {
            verwerk(id, false);
            return Uitkomst.VERWERKT;
        } catch (OngeldigBerichtException e) {
            jdbc.sql("update inkomend_bericht set status = 'ONLEESBAAR' where id = ?").param(id).update();
            return Uitkomst.MISLUKT;
        } catch (RuntimeException e) {
            LOG.warn("Bericht {} opnieuw niet verwerkt (poging {}): {}", id, pogingen, e.toString());
            jdbc.sql("update inkomend_bericht set laatste_fout = ? where id = ?").params(fout(e), id).update();
            return Uitkomst.MISLUKT;
        }
    }

    private static String fout(RuntimeException e) {
        String tekst = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return tekst.length() > 500 ? tekst.substring(0, 500) : tekst;
    }

    /** Parked messages, newest first, for beheer. */
    public List<Geparkeerd> geparkeerd(String gemeenteCode, int pagina, int grootte) {
        return jdbc.sql("""
                        select id, afzender_agb, gemeente_code, berichtsoort, identificatie, ontvangen_op, pogingen, laatste_fout
                        from inkomend_bericht where status = ? and gemeente_code = ? order by id desc limit ? offset ?""")
                .params(GEPARKEERD, gemeenteCode, grootte, (long) pagina * grootte).query(Geparkeerd.class).list();
    }

    public long aantalGeparkeerd(String gemeenteCode) {
        return jdbc.sql("select count(*) from inkomend_bericht where status = ? and gemeente_code = ?").params(GEPARKEERD, gemeenteCode)
                .query(Long.class).single();
    }

    public record Geparkeerd(long id, String afzenderAgb, String gemeenteCode, String berichtsoort, String identificatie, Instant ontvangenOp,
                             int pogingen, String laatsteFout) {
    }

    /** Beheer releases a parked message: it is processed again now, with a fresh count of attempts. */
    public boolean vrijgeven(String gemeenteCode, long id) {
        if (jdbc.sql("update inkomend_bericht set status = 'ONTVANGEN', pogingen = 0 where id = ? and gemeente_code = ? and status = ?")
                .params(id, gemeenteCode, GEPARKEERD).update() == 0) {
            return false;
        }
        herstel(id);
        return true;
    }

    /** The message is being processed by another request right now, or kept conflicting: the sender may send it again. */
    public static class BerichtBezetException extends RuntimeException {
        BerichtBezetException(Throwable oorzaak) {
            this("Het bericht wordt op dit moment verwerkt. Stuur het over een minuut opnieuw; u krijgt dan het antwoord.", oorzaak);
        }

        BerichtBezetException(String melding, Throwable oorzaak) {
            super(melding, oorzaak);
        }
    }

    /** The message failed too often and waits for beheer; sending it again does not help. */
    public static class BerichtGeparkeerdException extends RuntimeException {
        BerichtGeparkeerdException() {
            super("Dit bericht is na herhaalde pogingen niet verwerkt en ligt bij functioneel beheer van de gemeente. "
                    + "Stuur het niet opnieuw; de gemeente neemt contact met u op.");
        }
    }
}
