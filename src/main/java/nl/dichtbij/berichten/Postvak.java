package nl.dichtbij.berichten;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Validatie;
import nl.dichtbij.berichten.xml.XmlSchrijver;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages waiting for a provider: only XSD-valid messages are offered; the provider collects them in the portal or by API. */
@Service
public class Postvak {

    private static final String KOLOMMEN = "select id, gemeente_code, aanbieder_agb, berichtsoort, identificatie, dagtekening, aangemaakt_op, "
            + "opgehaald_op from uitgaand_bericht ";

    private final JdbcClient jdbc;
    private final Validatie validatie;
    private final Clock clock;
    private final DossierLog dossierLog;
    private final Aanbod aanbod;

    Postvak(JdbcClient jdbc, Validatie validatie, Clock clock, DossierLog dossierLog, Aanbod aanbod) {
        this.dossierLog = dossierLog;
        this.aanbod = aanbod;
        this.jdbc = jdbc;
        this.validatie = validatie;
        this.clock = clock;
    }

    /** A new BerichtIdentificatie of the municipality, unique per sender (TR056). */
    public String nieuweIdentificatie() {
        return String.valueOf(jdbc.sql("select nextval('bericht_identificatie_seq')").query(Long.class).single());
    }

    /** Validates the message and puts it in the provider's postvak. */
    @Transactional
    public long aanbieden(String gemeenteCode, String aanbiederAgb, XmlSchrijver bericht, String identificatie, String persoonBsn) {
        Berichtsoort soort = bericht.soort();
        String xml = validatie.gevalideerd(soort, bericht.klaar());
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into uitgaand_bericht (gemeente_code, aanbieder_agb, berichtsoort, identificatie, dagtekening, persoon_bsn, xml, aangemaakt_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeenteCode, aanbiederAgb, soort.name(), identificatie, LocalDate.now(clock), persoonBsn, xml,
                        Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /** The provider's messages, newest first; {@code nieuw} only those not yet collected. */
    public List<UitgaandBericht> voorAanbieder(String aanbiederAgb, String gemeenteCode, boolean nieuw, int pagina, int grootte) {
        String sql = KOLOMMEN + "where aanbieder_agb = ?" + (gemeenteCode == null ? "" : " and gemeente_code = ?")
                + (nieuw ? " and opgehaald_op is null" : "") + " order by id desc limit ? offset ?";
        var spec = jdbc.sql(sql).param(aanbiederAgb);
        if (gemeenteCode != null) {
            spec = spec.param(gemeenteCode);
        }
        return spec.param(grootte).param(pagina * grootte).query(UitgaandBericht.class).list();
    }

    /**
     * The XML of one of the provider's messages; collecting marks it as collected. A message about
     * a client (a 301 carries his BSN, name, birth date, address and parents) is a disclosure of
     * personal data and goes into the Logboek dataverwerkingen.
     */
    @Transactional
    public Optional<String> ophalen(String aanbiederAgb, String gemeenteCode, long id) {
        String sql = "select xml, gemeente_code, persoon_bsn, berichtsoort from uitgaand_bericht where id = ? and aanbieder_agb = ?"
                + (gemeenteCode == null ? "" : " and gemeente_code = ?");
        var spec = jdbc.sql(sql).param(id).param(aanbiederAgb);
        if (gemeenteCode != null) {
            spec = spec.param(gemeenteCode);
        }
        // marked first, then read: a message withdrawn at this moment (an undone transfer) is either collected, and then can
        // no longer be withdrawn, or gone, never both (the row lock orders the two)
        var markeren = jdbc.sql("update uitgaand_bericht set opgehaald_op = ? where id = ? and aanbieder_agb = ? and opgehaald_op is null"
                + (gemeenteCode == null ? "" : " and gemeente_code = ?")).param(Timestamp.from(clock.instant())).param(id).param(aanbiederAgb);
        if (gemeenteCode != null) {
            markeren = markeren.param(gemeenteCode);
        }
        markeren.update();
        Optional<String[]> rij = spec.query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).optional();
        rij.ifPresent(r -> {
            if (r[2] != null) {
                Gebruiker aanbieder = new Gebruiker("aanbieder-" + aanbiederAgb, null,
                        aanbod.aanbiederMetAgb(aanbiederAgb).map(Aanbieder::naam).orElse("AGB " + aanbiederAgb), Rol.AANBIEDER, r[1], null, null,
                        aanbiederAgb, null);
                String grondslag = "Bericht " + r[3] + " aan de aanbieder, die de hulp levert (wettelijke taak, iJw/iWmo-berichtenverkeer)";
                dossierLog.vastleggen(aanbieder, r[1], List.of(r[2]), Dossierdeel.PERSONALIA, Handeling.EXPORTEREN, grondslag);
                dossierLog.vastleggen(aanbieder, r[1], List.of(r[2]), Dossierdeel.BESLUITEN, Handeling.EXPORTEREN, grondslag);
            }
        });
        return rij.map(r -> r[0]);
    }

    /** Which of these messages the provider has collected already. */
    public java.util.Set<Long> opgehaald(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select id from uitgaand_bericht where id in (:ids) and opgehaald_op is not null").param("ids", ids)
                .query(Long.class).list());
    }

    /**
     * Takes back messages the provider has not collected (an undone transfer): all of them or none. Returns false, and removes
     * nothing, when one of them was collected or is gone; the caller's transaction then refuses.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean intrekken(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        java.util.Set<Long> uniek = java.util.Set.copyOf(ids);
        // claims the rows first: a provider collecting one at this moment waits, then finds it gone
        int vrij = jdbc.sql("update uitgaand_bericht set dagtekening = dagtekening where id in (:ids) and opgehaald_op is null")
                .param("ids", uniek).update();
        if (vrij != uniek.size()) {
            return false;
        }
        jdbc.sql("delete from uitgaand_bericht where id in (:ids) and opgehaald_op is null").param("ids", uniek).update();
        return true;
    }

    public Optional<UitgaandBericht> bericht(String aanbiederAgb, long id) {
        return jdbc.sql(KOLOMMEN + "where id = ? and aanbieder_agb = ?").params(id, aanbiederAgb).query(UitgaandBericht.class).optional();
    }
}
