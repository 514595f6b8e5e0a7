package nl.dichtbij.berichten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.internal.Ontvangst;
import nl.dichtbij.berichten.internal.Verwerkingsplaatsen;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Knoop;
import nl.dichtbij.berichten.xml.OngeldigBerichtException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Receives a message from a provider: read it as hostile input and validate it, store it before
 * anything else, then process it once. The same BerichtIdentificatie of the same kind from the
 * same sender gets the same retour and has no second effect (TR056).
 */
@Service
public class Berichtenverkeer {

    private final BerichtLezer lezer;
    private final Ontvangst ontvangst;

    private final JdbcClient jdbc;
    private final Verwerkingsplaatsen plaatsen;

    Berichtenverkeer(BerichtLezer lezer, Ontvangst ontvangst, JdbcClient jdbc, Verwerkingsplaatsen plaatsen) {
        this.jdbc = jdbc;
        this.plaatsen = plaatsen;
        this.lezer = lezer;
        this.ontvangst = ontvangst;
    }

    /**
     * A received message as the provider sees it in the portal. {@code retourBewaard}: the retour itself is stored and can be
     * downloaded; declarations the demo wrote directly into the books have a retour kind but no retour file.
     */
    public record Ontvangen(long id, String berichtsoort, String identificatie, Instant ontvangenOp, String status, Boolean goedgekeurd,
                            String retoursoort, boolean retourBewaard) {
    }

    /** The provider's latest messages to this municipality, newest first. */
    public List<Ontvangen> ontvangen(String aanbiederAgb, String gemeenteCode, int aantal) {
        return jdbc.sql("select id, berichtsoort, identificatie, ontvangen_op, status, goedgekeurd, retoursoort, "
                        + "case when retour_xml is null then false else true end as retour_bewaard from inkomend_bericht "
                        + "where afzender_agb = ? and gemeente_code = ? order by id desc limit ?")
                .params(aanbiederAgb, gemeenteCode, aantal).query(Ontvangen.class).list();
    }

    public Optional<String> retour(String aanbiederAgb, String gemeenteCode, long id) {
        return jdbc.sql("select retour_xml from inkomend_bericht where id = ? and afzender_agb = ? and gemeente_code = ? and retour_xml is not null")
                .params(id, aanbiederAgb, gemeenteCode).query(String.class).optional();
    }

    /** Reads, stores and processes a provider's message within one of that provider's places (see {@link Verwerkingsplaatsen}). */
    public Verwerking ontvang(String aanbiederAgb, byte[] xml) {
        return plaatsen.binnen(aanbiederAgb, () -> ontvangNu(aanbiederAgb, xml));
    }

    private Verwerking ontvangNu(String aanbiederAgb, byte[] xml) {
        BerichtLezer.Gelezen gelezen = lezer.lees(xml);
        Knoop header = gelezen.wortel().kind("Header");
        String afzender = header == null ? null : header.waarde("Afzender");
        String gemeente = header == null ? null : header.waarde("Ontvanger");
        String identificatie = header == null ? null : header.waarde("BerichtIdentificatie/Identificatie");
        LocalDate dagtekening = header == null ? null : header.datum("BerichtIdentificatie/Dagtekening");
        if (afzender == null || gemeente == null || identificatie == null || dagtekening == null || identificatie.length() > 12
                || gemeente.length() != 4 || afzender.length() != 8) {
            throw new OngeldigBerichtException("De header van het bericht is onvolledig: zonder Afzender, Ontvanger en BerichtIdentificatie "
                    + "kan er geen retourbericht komen.", gelezen.xsdFouten());
        }
        if (!afzender.equals(aanbiederAgb)) {
            throw new AndereAfzenderException(afzender);
        }
        return ontvangst.ontvang(afzender, gemeente, identificatie, dagtekening, xml, gelezen);
    }
}
