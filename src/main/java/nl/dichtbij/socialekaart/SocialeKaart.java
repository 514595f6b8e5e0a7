package nl.dichtbij.socialekaart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search and maintenance of the sociale kaart. */
@Service
public class SocialeKaart {

    private final OrganisatieRepository organisaties;
    private final JdbcClient jdbc;

    SocialeKaart(OrganisatieRepository organisaties, JdbcClient jdbc) {
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    public record Zoekvraag(String gemeenteCode, Levensgebied levensgebied, String kern, String tekst) {
    }

    @Transactional(readOnly = true)
    public Pagina<Organisatie> zoek(Zoekvraag vraag, int pagina, int grootte) {
        StringBuilder where = new StringBuilder(" from organisatie o where o.actief = true and o.gemeente_code = :gemeente");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("gemeente", vraag.gemeenteCode());
        if (vraag.levensgebied() != null) {
            where.append(" and exists (select 1 from organisatie_levensgebied l where l.organisatie_id = o.id and l.levensgebied = :gebied)");
            params.put("gebied", vraag.levensgebied().name());
        }
        if (vraag.kern() != null && !vraag.kern().isBlank()) {
            where.append(" and o.kern = :kern");
            params.put("kern", vraag.kern());
        }
        if (vraag.tekst() != null && !vraag.tekst().isBlank()) {
            where.append(" and (lower(o.naam) like :tekst or lower(o.omschrijving) like :tekst)");
            params.put("tekst", "%" + vraag.tekst().trim().toLowerCase() + "%");
        }
        long totaal = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select o.id" + where + " order by o.naam, o.id limit :limiet offset :vanaf")
                .params(params).param("limiet", grootte).param("vanaf", (long) pagina * grootte)
                .query(Long.class).list();
        Map<Long, Organisatie> gevonden = new LinkedHashMap<>();
        organisaties.findAllById(ids).forEach(o -> gevonden.put(o.id(), o));
        List<Organisatie> inhoud = ids.stream().map(gevonden::get).toList();
        return new Pagina<>(inhoud, pagina, grootte, totaal);
    }

    public List<String> kernen(String gemeenteCode) {
        return jdbc.sql("select distinct kern from organisatie where gemeente_code = ? and actief = true order by kern")
                .param(gemeenteCode).query(String.class).list();
    }

    public Optional<Organisatie> organisatie(String gemeenteCode, long id) {
        return organisaties.findById(id).filter(o -> o.gemeenteCode().equals(gemeenteCode));
    }

    public List<Organisatie> alle(String gemeenteCode) {
        return organisaties.findByGemeenteCodeOrderByNaam(gemeenteCode);
    }

    public record Gegevens(String naam, String omschrijving, String kern, String adres, String telefoon, String email,
                           String website, Set<Levensgebied> levensgebieden, boolean actief) {
    }

    @Transactional
    public Organisatie bewaar(String gemeenteCode, Long id, Gegevens gegevens) {
        controleer(gegevens);
        if (id != null) {
            organisatie(gemeenteCode, id).orElseThrow(() -> new NietGevondenException("De organisatie"));
        }
        Set<Organisatie.OrganisatieLevensgebied> gebieden = gegevens.levensgebieden().stream()
                .map(Organisatie.OrganisatieLevensgebied::new).collect(Collectors.toSet());
        return organisaties.save(new Organisatie(id, gemeenteCode, gegevens.naam().trim(), gegevens.omschrijving().trim(),
                gegevens.kern().trim(), leeg(gegevens.adres()), leeg(gegevens.telefoon()), leeg(gegevens.email()),
                leeg(gegevens.website()), gegevens.actief(), gebieden));
    }

    private static void controleer(Gegevens gegevens) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (gegevens.naam() == null || gegevens.naam().isBlank()) {
            fouten.put("naam", "Vul de naam van de organisatie in.");
        }
        if (gegevens.omschrijving() == null || gegevens.omschrijving().isBlank()) {
            fouten.put("omschrijving", "Vertel in een paar zinnen wat de organisatie doet.");
        }
        if (gegevens.kern() == null || gegevens.kern().isBlank()) {
            fouten.put("kern", "Kies de kern waar de organisatie zit.");
        }
        if (gegevens.levensgebieden() == null || gegevens.levensgebieden().isEmpty()) {
            fouten.put("levensgebieden", "Kies minstens één levensgebied.");
        }
        if (gegevens.email() != null && !gegevens.email().isBlank() && !nl.dichtbij.platform.Emailadres.isGeldig(gegevens.email())) {
            fouten.put("email", "Dit e-mailadres klopt niet. Een goed voorbeeld is info@organisatie.nl.");
        }
        if (gegevens.website() != null && !gegevens.website().isBlank() && !gegevens.website().matches("https?://\\S+")) {
            fouten.put("website", "Een website begint met https://");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }
}
