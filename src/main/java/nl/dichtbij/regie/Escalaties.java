package nl.dichtbij.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.aanbod.Aanbod;
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

    private static final String KOLOMMEN = "select id, zaak_id, partij, aanbieder_agb, besluit, waarom, uiterlijk, door_naam, vastgelegd_op, afgehandeld_op, afhandeling from escalatie ";

    private final JdbcClient jdbc;
    private final Zaken zaken;
    private final Aanbod aanbod;
    private final Clock clock;

    Escalaties(JdbcClient jdbc, Zaken zaken, Aanbod aanbod, Clock clock) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    /** Escalations of a municipality in a year about one provider: all that were recorded, and those still waiting for a decision. */
    public record PerAanbieder(String aanbiederAgb, long escalaties, long open) {
    }

    /** The care providers a procesregisseur can name as the party of an escalation: those in the provider register today. */
    public List<nl.dichtbij.aanbod.Aanbieder> kiesbareAanbieders() {
        return aanbod.aanbieders();
    }

    /** An escalation whose party is no care provider (or not one of the register). */
    @Transactional
    public long vastleggen(Gebruiker procesregisseur, long zaakId, String partij, String besluit, String waarom, LocalDate uiterlijk) {
        return vastleggen(procesregisseur, zaakId, partij, null, besluit, waarom, uiterlijk);
    }

    /**
     * An escalation; {@code aanbiederAgb} is the AGB code of the care provider the party is (chosen from the provider register),
     * null when the party is no provider. The free-text party is kept either way.
     */
    @Transactional
    public long vastleggen(Gebruiker procesregisseur, long zaakId, String partij, String aanbiederAgb, String besluit, String waarom,
                           LocalDate uiterlijk) {
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
        String agb = leeg(aanbiederAgb) ? null : aanbiederAgb.strip();
        if (agb != null && (!agb.matches("\\d{8}") || aanbod.aanbiederMetAgb(agb).isEmpty())) {
            fouten.put("aanbiederAgb", "Deze AGB-code staat niet in het aanbiedersregister. Kies een aanbieder uit het register, of laat dit leeg.");
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
                        insert into escalatie (gemeente_code, zaak_id, partij, aanbieder_agb, besluit, waarom, uiterlijk, door, door_naam, vastgelegd_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(zaak.gemeenteCode(), zaakId, partij.trim(), agb, besluit.trim(), waarom.trim(), uiterlijk,
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

    /**
     * Per provider (AGB code) the escalations of the municipality recorded in the year that name it, and how many of them are
     * still open; counted in the database, no persons. Escalations without a provider reference are not in it.
     */
    @Transactional(readOnly = true)
    public List<PerAanbieder> perAanbieder(String gemeenteCode, int jaar) {
        java.time.ZonedDateTime begin = LocalDate.of(jaar, 1, 1).atStartOfDay(nl.dichtbij.platform.ClockConfig.AMSTERDAM);
        return jdbc.sql("""
                        select aanbieder_agb, count(*) as escalaties, sum(case when afgehandeld_op is null then 1 else 0 end) as open from escalatie
                        where gemeente_code = ? and vastgelegd_op >= ? and vastgelegd_op < ? and aanbieder_agb is not null
                        group by aanbieder_agb order by aanbieder_agb""")
                .params(gemeenteCode, java.sql.Timestamp.from(begin.toInstant()), java.sql.Timestamp.from(begin.plusYears(1).toInstant()))
                .query((rs, i) -> new PerAanbieder(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
