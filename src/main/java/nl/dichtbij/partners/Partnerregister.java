package nl.dichtbij.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's partners in the second circle, kept by functioneel beheer; the professionals choose from the active ones. */
@Service
public class Partnerregister {

    private static final String VELDEN = "select id, gemeente_code, naam, soort, wat_zij_doen, telefoon, email, organisatie, actief, version from partner ";

    /** A partner as the form gives it. */
    public record Gegevens(String naam, Partnersoort soort, String watZijDoen, String telefoon, String email, String organisatie) {
    }

    private final JdbcClient jdbc;

    Partnerregister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every partner of the municipality, active first, by kind and name. */
    @Transactional(readOnly = true)
    public List<Partner> lijst(String gemeenteCode) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? order by actief desc, naam").param(gemeenteCode).query(Partnerregister::rij).list();
    }

    /** The partners a professional can refer to. */
    @Transactional(readOnly = true)
    public List<Partner> actief(String gemeenteCode) {
        return lijst(gemeenteCode).stream().filter(Partner::actief).toList();
    }

    /** Whether accounts of this organisation (AGB code) belong to an active partner of the municipality. */
    @Transactional(readOnly = true)
    public boolean isPartnerorganisatie(String gemeenteCode, String organisatie) {
        return organisatie != null && jdbc.sql("select count(*) from partner where gemeente_code = ? and organisatie = ? and actief = true")
                .params(gemeenteCode, organisatie).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Partner> partner(String gemeenteCode, long id) {
        return jdbc.sql(VELDEN + "where gemeente_code = ? and id = ?").params(gemeenteCode, id).query(Partnerregister::rij).optional();
    }

    @Transactional
    public Partner toevoegen(Gebruiker beheer, Gegevens gegevens) {
        alleenBeheer(beheer);
        Gegevens schoon = controleer(beheer.gemeenteCode(), null, gegevens);
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into partner (gemeente_code, naam, soort, wat_zij_doen, telefoon, email, organisatie) values (?, ?, ?, ?, ?, ?, ?)")
                .params(beheer.gemeenteCode(), schoon.naam(), schoon.soort().name(), schoon.watZijDoen(), schoon.telefoon(), schoon.email(),
                        schoon.organisatie())
                .update(sleutel, "id");
        return partner(beheer.gemeenteCode(), sleutel.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    @Transactional
    public Partner wijzigen(Gebruiker beheer, long id, long version, Gegevens gegevens, boolean actief) {
        alleenBeheer(beheer);
        partner(beheer.gemeenteCode(), id).orElseThrow(() -> new NietGevondenException("De partner"));
        Gegevens schoon = controleer(beheer.gemeenteCode(), id, gegevens);
        int bijgewerkt = jdbc.sql("""
                        update partner set naam = ?, soort = ?, wat_zij_doen = ?, telefoon = ?, email = ?, organisatie = ?, actief = ?, version = version + 1
                        where gemeente_code = ? and id = ? and version = ?""")
                .params(schoon.naam(), schoon.soort().name(), schoon.watZijDoen(), schoon.telefoon(), schoon.email(), schoon.organisatie(), actief,
                        beheer.gemeenteCode(), id, version)
                .update();
        if (bijgewerkt == 0) {
            throw new OngeldigeInvoerException("naam", "Iemand anders heeft deze partner net gewijzigd. Open de partner opnieuw en wijzig dan.");
        }
        return partner(beheer.gemeenteCode(), id).orElseThrow();
    }

    private Gegevens controleer(String gemeenteCode, Long id, Gegevens g) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String naam = schoon(g.naam());
        if (naam == null) {
            fouten.put("naam", "Vul de naam van de partner in.");
        } else if (naam.length() > 200) {
            fouten.put("naam", "Schrijf de naam in hoogstens 200 tekens.");
        } else if (lijst(gemeenteCode).stream().anyMatch(p -> p.naam().equalsIgnoreCase(naam) && (id == null || p.id() != id))) {
            fouten.put("naam", "Er is al een partner met deze naam.");
        }
        if (g.soort() == null) {
            fouten.put("soort", "Kies wat voor partner het is.");
        }
        String wat = schoon(g.watZijDoen());
        if (wat == null) {
            fouten.put("watZijDoen", "Schrijf kort wat de partner doet, zodat collega's weten wanneer zij kunnen verwijzen.");
        } else if (wat.length() > 1000) {
            fouten.put("watZijDoen", "Schrijf in hoogstens 1000 tekens wat de partner doet.");
        }
        String telefoon = schoon(g.telefoon());
        if (telefoon != null && !telefoon.matches("\\+?[0-9][0-9 ()-]{5,28}")) {
            fouten.put("telefoon", "Vul een telefoonnummer in met alleen cijfers, spaties en streepjes, zoals 0348 123456.");
        }
        String email = schoon(g.email());
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            fouten.put("email", "Vul een e-mailadres in zoals info@partner.nl.");
        }
        String organisatie = schoon(g.organisatie());
        if (organisatie != null && !organisatie.matches("[0-9]{8}")) {
            fouten.put("organisatie", "De AGB-code heeft 8 cijfers. Laat het veld leeg als de partner geen account in Dichtbij heeft.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return new Gegevens(naam, g.soort(), wat, telefoon, email, organisatie);
    }

    private static String schoon(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static void alleenBeheer(Gebruiker wie) {
        if (!wie.is(Rol.BEHEER)) {
            throw new AccessDeniedException("Alleen functioneel beheer houdt de partners bij");
        }
    }

    static Partner rij(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Partner(rs.getLong(1), rs.getString(2), rs.getString(3), Partnersoort.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getLong(10));
    }
}
