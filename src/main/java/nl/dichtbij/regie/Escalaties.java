package nl.dichtbij.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalations with doorzettingsmacht in procesregie cases, and their follow-up by the teamleider. */
@Service
public class Escalaties {

    private static final String KOLOMMEN = "select id, zaak_id, partij, besluit, waarom, uiterlijk, door_naam, vastgelegd_op, afgehandeld_op, afhandeling from escalatie ";

    private final JdbcClient jdbc;
    private final Zaken zaken;
    private final Clock clock;

    Escalaties(JdbcClient jdbc, Zaken zaken, Clock clock) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional
    public long vastleggen(Gebruiker procesregisseur, long zaakId, String partij, String besluit, String waarom, LocalDate uiterlijk) {
        Zaak zaak = zaken.voorMedewerker(procesregisseur, zaakId);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (zaak.regievorm() != Regievorm.PROCESREGIE) {
            fouten.put("partij", "Doorzettingsmacht hoort bij procesregie. Zet de zaak eerst op procesregie.");
        }
        if (!procesregisseur.gebruikersnaam().equals(zaak.regisseur())) {
            fouten.put("partij", "Alleen de procesregisseur van deze zaak kan doorzettingsmacht gebruiken.");
        }
        if (leeg(partij)) {
            fouten.put("partij", "Welke partij moet een besluit nemen?");
        }
        if (leeg(besluit)) {
            fouten.put("besluit", "Welk besluit is nodig?");
        }
        if (leeg(waarom)) {
            fouten.put("waarom", "Waarom is dit besluit nodig? Wat gaat er mis als het uitblijft?");
        }
        if (uiterlijk == null) {
            fouten.put("uiterlijk", "Vul in uiterlijk wanneer het besluit er moet zijn.");
        } else if (uiterlijk.isBefore(LocalDate.now(clock))) {
            fouten.put("uiterlijk", "Deze datum ligt in het verleden.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into escalatie (gemeente_code, zaak_id, partij, besluit, waarom, uiterlijk, door, door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(zaak.gemeenteCode(), zaakId, partij.trim(), besluit.trim(), waarom.trim(), uiterlijk,
                        procesregisseur.gebruikersnaam(), procesregisseur.naam(), java.sql.Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    @Transactional
    public void afhandelen(Gebruiker medewerker, long escalatieId, String afhandeling) {
        Escalatie escalatie = jdbc.sql(KOLOMMEN + "where id = ? and gemeente_code = ?").params(escalatieId, medewerker.gemeenteCode())
                .query(Escalatie.class).optional().orElseThrow(() -> new NietGevondenException("De escalatie"));
        zaken.voorMedewerker(medewerker, escalatie.zaakId());
        if (leeg(afhandeling)) {
            throw new OngeldigeInvoerException("afhandeling", "Schrijf op welk besluit er is genomen.");
        }
        jdbc.sql("update escalatie set afgehandeld_op = ?, afhandeling = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), afhandeling.trim(), escalatieId).update();
    }

    public List<Escalatie> vanZaak(Gebruiker medewerker, long zaakId) {
        zaken.voorMedewerker(medewerker, zaakId);
        return jdbc.sql(KOLOMMEN + "where zaak_id = ? order by vastgelegd_op desc").param(zaakId).query(Escalatie.class).list();
    }

    /** Open escalations of the municipality, the nearest deadline first: what the teamleider follows up. */
    public List<Escalatie> open(Gebruiker teamleider) {
        return jdbc.sql(KOLOMMEN + "where gemeente_code = ? and afgehandeld_op is null order by uiterlijk, id limit 200")
                .param(teamleider.gemeenteCode()).query(Escalatie.class).list();
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
