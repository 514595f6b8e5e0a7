package nl.dichtbij.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.gemeente.Gemeenten;
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
 * The resident grants and withdraws sharing per party and per part of his file. Both take
 * effect at once: every access check reads the table, nothing is cached.
 */
@Service
public class Toestemmingen {

    private static final String VELDEN = "select id, gemeente_code, inwoner_bsn, huishouden_id, partij_soort, partij_sleutel, partij_naam, "
            + "delen, geldig_tot, verleend_op, verleend_door, ingetrokken_op from toestemming ";

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Aanbod aanbod;
    private final Gemeenten gemeenten;
    private final DossierLog log;
    private final Clock clock;

    Toestemmingen(JdbcClient jdbc, PersonenRegister register, Aanbod aanbod, Gemeenten gemeenten, DossierLog log, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.aanbod = aanbod;
        this.gemeenten = gemeenten;
        this.log = log;
        this.clock = clock;
    }

    /** A party the resident may choose, as the form offers it: "AANBIEDER:42420001", "MEDEWERKER:jeugdconsulent", "HUISARTS". */
    public record Keuze(String waarde, String naam, Partijsoort soort) {
    }

    public List<Keuze> keuzes(String gemeenteCode) {
        List<Keuze> keuzes = new java.util.ArrayList<>();
        aanbod.aanbieders().forEach(a -> keuzes.add(new Keuze("AANBIEDER:" + a.agbCode(), a.naam(), Partijsoort.AANBIEDER)));
        gemeenten.medewerkers(gemeenteCode).stream().filter(m -> m.rol() == Rol.CONSULENT || m.rol() == Rol.TEAMLEIDER)
                .forEach(m -> keuzes.add(new Keuze("MEDEWERKER:" + m.gebruikersnaam(), m.naam(), Partijsoort.MEDEWERKER)));
        return keuzes;
    }

    @Transactional
    public Toestemming verlenen(Gebruiker inwoner, String partij, String huisarts, Set<Dossierdeel> delen, LocalDate tot) {
        magHandelen(inwoner);
        Persoon persoon = register.persoon(inwoner.gemeenteCode(), inwoner.bsn()).orElseThrow(() -> new NietGevondenException("Uw inschrijving"));
        Map<String, String> fouten = new LinkedHashMap<>();
        Keuze gekozen = partij(inwoner.gemeenteCode(), partij, huisarts, fouten);
        if (delen == null || delen.isEmpty()) {
            fouten.put("delen", "Kies welke delen van uw dossier u wilt delen.");
        } else if (delen.stream().anyMatch(d -> !d.deelbaar())) {
            fouten.put("delen", "Dit deel van uw dossier kunt u niet apart delen.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (tot != null && tot.isBefore(vandaag)) {
            fouten.put("tot", "Kies een datum vanaf vandaag, of laat het veld leeg.");
        } else if (tot != null && tot.isAfter(vandaag.plusYears(5))) {
            fouten.put("tot", "Geef toestemming voor hoogstens 5 jaar.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into toestemming (gemeente_code, inwoner_bsn, huishouden_id, partij_soort, partij_sleutel, partij_naam, delen,
                            geldig_tot, verleend_op, verleend_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(inwoner.gemeenteCode(), inwoner.bsn(), persoon.huishoudenId(), gekozen.soort().name(),
                        gekozen.waarde().substring(gekozen.waarde().indexOf(':') + 1), gekozen.naam(),
                        delen.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), tot, Timestamp.from(clock.instant()),
                        inwoner.actorNaam())
                .update(sleutel, "id");
        log.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        return toestemming(sleutel.getKeyAs(Number.class).longValue());
    }

    private Keuze partij(String gemeenteCode, String partij, String huisarts, Map<String, String> fouten) {
        if ("HUISARTS".equals(partij)) {
            if (huisarts == null || huisarts.isBlank() || huisarts.length() > 200) {
                fouten.put("huisarts", "Vul de naam van uw huisarts of huisartsenpraktijk in.");
                return null;
            }
            return new Keuze("HUISARTS:" + huisarts.trim(), huisarts.trim(), Partijsoort.HUISARTS);
        }
        return keuzes(gemeenteCode).stream().filter(k -> k.waarde().equals(partij)).findFirst().orElseGet(() -> {
            fouten.put("partij", "Kies met wie u wilt delen.");
            return null;
        });
    }

    @Transactional
    public void intrekken(Gebruiker inwoner, long id) {
        magHandelen(inwoner);
        Toestemming toestemming = vanInwoner(inwoner).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("De toestemming"));
        if (toestemming.ingetrokkenOp() == null) {
            jdbc.sql("update toestemming set ingetrokken_op = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
            log.inwoner(inwoner, List.of(inwoner.bsn()), Dossierdeel.RECHTEN, Handeling.WIJZIGEN);
        }
    }

    /** Everything this resident granted, active first, with history. */
    public List<Toestemming> vanInwoner(Gebruiker inwoner) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and inwoner_bsn = ? order by ingetrokken_op desc nulls first, verleend_op desc")
                .params(inwoner.gemeenteCode(), inwoner.bsn()).query(Toestemmingen::rij).list();
    }

    /** Active consents on this household, for the team to see before it shares anything. */
    public List<Toestemming> actiefVoorHuishouden(String gemeenteCode, long huishoudenId) {
        LocalDate vandaag = LocalDate.now(clock);
        return jdbc.sql(VELDEN + "where gemeente_code = ? and huishouden_id = ? and ingetrokken_op is null order by verleend_op")
                .params(gemeenteCode, huishoudenId).query(Toestemmingen::rij).list().stream().filter(t -> t.actiefOp(vandaag)).toList();
    }

    /** The parts of this household's file the party may see today. */
    public Set<Dossierdeel> gedeeldMet(String gemeenteCode, long huishoudenId, Partijsoort soort, String sleutel) {
        LocalDate vandaag = LocalDate.now(clock);
        Set<Dossierdeel> delen = EnumSet.noneOf(Dossierdeel.class);
        jdbc.sql(VELDEN + "where gemeente_code = ? and partij_soort = ? and partij_sleutel = ? and huishouden_id = ? and ingetrokken_op is null")
                .params(gemeenteCode, soort.name(), sleutel, huishoudenId).query(Toestemmingen::rij).list().stream()
                .filter(t -> t.actiefOp(vandaag)).forEach(t -> delen.addAll(t.delen()));
        return delen;
    }

    private Toestemming toestemming(long id) {
        return jdbc.sql(VELDEN + "where id = ?").param(id).query(Toestemmingen::rij).single();
    }

    static void magHandelen(Gebruiker inwoner) {
        if (!inwoner.is(Rol.INWONER)) {
            throw new AccessDeniedException("Alleen de inwoner zelf");
        }
        if (inwoner.door() != null && inwoner.door().alleenInzien()) {
            throw new AccessDeniedException("U mag alleen meekijken");
        }
    }

    private static Toestemming rij(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Set<Dossierdeel> delen = EnumSet.noneOf(Dossierdeel.class);
        Arrays.stream(rs.getString("delen").split(",")).filter(d -> !d.isBlank()).map(Dossierdeel::valueOf).forEach(delen::add);
        java.time.OffsetDateTime ingetrokken = rs.getObject("ingetrokken_op", java.time.OffsetDateTime.class);
        return new Toestemming(rs.getLong("id"), rs.getString("gemeente_code"), rs.getString("inwoner_bsn"), rs.getLong("huishouden_id"),
                Partijsoort.valueOf(rs.getString("partij_soort")), rs.getString("partij_sleutel"), rs.getString("partij_naam"), delen,
                rs.getObject("geldig_tot", LocalDate.class), rs.getObject("verleend_op", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("verleend_door"), ingetrokken == null ? null : ingetrokken.toInstant());
    }
}
