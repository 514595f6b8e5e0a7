package nl.dichtbij.sturing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.internal.Adresbepaling;
import nl.dichtbij.sturing.internal.Opslag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provision facts: partner facts registered by staff (beleid, beheer) one at a time, and the list
 * of what partners delivered. Facts from decisions arrive by themselves (see {@code internal/BeschikkingenAlsVoorziening}).
 */
@Service
public class Voorzieningen {

    static final LocalDate VROEGSTE = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;
    private final Opslag opslag;
    private final Adresbepaling adressen;
    private final Clock clock;

    Voorzieningen(JdbcClient jdbc, Opslag opslag, Adresbepaling adressen, Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.adressen = adressen;
        this.clock = clock;
    }

    /** Only beleid and functioneel beheer work with steering information. */
    public static void alleenSturing(Gebruiker gebruiker) {
        if (gebruiker == null || !(gebruiker.is(Rol.BELEID) || gebruiker.is(Rol.BEHEER))) {
            throw new AccessDeniedException("Alleen beleid en functioneel beheer");
        }
    }

    /** Figures without personal data: also the board (bestuur en raad) and the teamleider, who manages the teams, read them. */
    public static void alleenCijfers(Gebruiker gebruiker) {
        if (gebruiker == null
                || !(gebruiker.is(Rol.BELEID) || gebruiker.is(Rol.BEHEER) || gebruiker.is(Rol.BESTUUR) || gebruiker.is(Rol.TEAMLEIDER))) {
            throw new AccessDeniedException("Alleen bestuur, beleid, functioneel beheer en teamleiders");
        }
    }

    @Transactional
    public void registreer(Gebruiker medewerker, NieuweVoorziening nieuw) {
        alleenSturing(medewerker);
        Map<String, String> fouten = new LinkedHashMap<>();
        Adresbepaling.Uitkomst adres = adressen.bepaal(medewerker.gemeenteCode(), nieuw.bsn(), nieuw.postcode(), nieuw.huisnummer());
        if (!adres.gevonden()) {
            fouten.put("bsn", adres.fout());
        }
        String fout = controleer(nieuw.regeling(), nieuw.product(), nieuw.startdatum(), nieuw.einddatum());
        if (nieuw.regeling() == null || !nieuw.regeling().partner()) {
            fouten.put("regeling", "Kies Werk en inkomen of Schuldhulpverlening.");
        } else if (fout != null) {
            fouten.put(fout.startsWith("De einddatum") ? "einddatum" : fout.startsWith("De startdatum") ? "startdatum" : "product", fout);
        }
        if (nieuw.partner() == null || nieuw.partner().isBlank() || nieuw.partner().length() > 120) {
            fouten.put("partner", "Vul de partner in die dit levert, bijvoorbeeld FermWerk.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (opslag.bestaat(medewerker.gemeenteCode(), adres.huishoudenId(), nieuw.regeling(), nieuw.product().trim(), nieuw.startdatum())) {
            throw new OngeldigeInvoerException("product", "Deze voorziening staat er al.");
        }
        opslag.opslaan(List.of(new Opslag.Rij(medewerker.gemeenteCode(), adres.huishoudenId(), adres.wijk(), adres.kern(), nieuw.regeling(),
                nieuw.product().trim(), nieuw.startdatum(), nieuw.einddatum(), Bron.PARTNER, nieuw.partner().trim(), null,
                medewerker.gebruikersnaam())), clock.instant());
    }

    /**
     * The checks a partner fact passes besides its address, in plain Dutch; null when all is well.
     * The same for the form and for each row of a CSV file.
     */
    public static String controleer(Regeling regeling, String product, LocalDate startdatum, LocalDate einddatum) {
        if (regeling == null) {
            return "Kies een regeling.";
        }
        if (product == null || product.isBlank()) {
            return "Vul het product in, bijvoorbeeld Bijstandsuitkering.";
        }
        if (product.trim().length() > 200) {
            return "Het product is langer dan 200 tekens.";
        }
        if (startdatum == null) {
            return "De startdatum ontbreekt.";
        }
        if (startdatum.isBefore(VROEGSTE) || startdatum.isAfter(LocalDate.of(2100, 1, 1))) {
            return "De startdatum " + startdatum + " ligt niet tussen 2000 en 2100.";
        }
        if (einddatum != null && einddatum.isBefore(startdatum)) {
            return "De einddatum ligt voor de startdatum.";
        }
        return null;
    }

    /**
     * The household's current provisions at partners (work and income, debt help), for the case page of a professional who
     * may see its decisions: the support the household has outside the plan, which the procesregie proposal counts too.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<Voorziening> lopendBijPartners(Gebruiker medewerker, long huishoudenId) {
        if (!medewerker.is(nl.dichtbij.platform.Rol.CONSULENT) && !medewerker.is(nl.dichtbij.platform.Rol.TEAMLEIDER)) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen voor medewerkers van de sociale teams");
        }
        return jdbc.sql("select " + Voorziening.KOLOMMEN + """
                         from voorziening where gemeente_code = ? and huishouden_id = ? and regeling in ('WERK_EN_INKOMEN', 'SCHULDHULPVERLENING')
                        and (einddatum is null or einddatum >= ?) order by regeling, startdatum, id""")
                .params(medewerker.gemeenteCode(), huishoudenId, LocalDate.now(clock)).query(Voorziening.class).list();
    }

    /** What partners delivered, newest first, paged. */
    public Pagina<Voorziening> partnerfeiten(Gebruiker medewerker, int pagina) {
        alleenSturing(medewerker);
        int grootte = Pagina.STANDAARD_GROOTTE;
        long totaal = jdbc.sql("select count(*) from voorziening where gemeente_code = ? and bron = 'PARTNER'")
                .param(medewerker.gemeenteCode()).query(Long.class).single();
        List<Voorziening> inhoud = jdbc.sql("select " + Voorziening.KOLOMMEN
                        + " from voorziening where gemeente_code = ? and bron = 'PARTNER' order by id desc limit ? offset ?")
                .params(medewerker.gemeenteCode(), grootte, (long) Math.max(0, pagina) * grootte).query(Voorziening.class).list();
        return new Pagina<>(inhoud, Math.max(0, pagina), grootte, totaal);
    }
}
