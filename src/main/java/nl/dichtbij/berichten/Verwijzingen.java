package nl.dichtbij.berichten;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.regie.Zaken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care a household's members got through a referrer other than the municipality — the GP, the jeugdarts, a GI, a
 * medical specialist (issue 17): the regisseur who holds the case sees it, so a GP's referral is part of the one plan.
 */
@Service
public class Verwijzingen {

    /** At most this many on the case page, the newest first. */
    static final int HOOGSTENS = 20;

    /** A toewijzing that followed a referral by someone other than the municipality. */
    public record Verwijzing(String persoonBsn, String naam, Verwijzer verwijzer, String product, String aanbiederNaam, LocalDate ingangsdatum,
                             LocalDate einddatum) {

        public boolean loopt(LocalDate op) {
            return !ingangsdatum.isAfter(op) && (einddatum == null || !einddatum.isBefore(op));
        }
    }

    private final JdbcClient jdbc;
    private final Zaken zaken;
    private final Dossiertoegang dossiertoegang;
    private final PersonenRegister register;
    private final Clock clock;

    Verwijzingen(JdbcClient jdbc, Zaken zaken, Dossiertoegang dossiertoegang, PersonenRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.dossiertoegang = dossiertoegang;
        this.register = register;
        this.clock = clock;
    }

    /**
     * The referred care of the members of the case's household that ran in the last two years or still runs, newest
     * first; checked and logged as reading the household's decisions.
     */
    @Transactional(readOnly = true)
    public List<Verwijzing> vanZaak(Gebruiker medewerker, long zaakId) {
        long huishouden = zaken.huishoudenVan(medewerker, zaakId);
        String gemeente = medewerker.gemeenteCode();
        List<Persoon> leden = register.leden(gemeente, huishouden);
        if (leden.isEmpty()) {
            return List.of();
        }
        dossiertoegang.medewerker(medewerker, gemeente, huishouden, Dossierdeel.BESLUITEN, Handeling.INZIEN);
        Map<String, String> namen = leden.stream().collect(java.util.stream.Collectors.toMap(Persoon::bsn, Persoon::naam));
        return jdbc.sql("""
                        select persoon_bsn, verwijzer_type, verwijzer_code, verwijzer_naam, coalesce(product_omschrijving, productcode, productcategorie),
                               aanbieder_naam, ingangsdatum, einddatum
                        from toewijzing
                        where gemeente_code = :gemeente and persoon_bsn in (:leden) and verwijzer_type is not null and verwijzer_type <> '01'
                          and (reden_wijziging is null or reden_wijziging <> '13') and (einddatum is null or einddatum >= :sinds)
                        order by ingangsdatum desc, id desc
                        fetch first""" + " " + HOOGSTENS + " rows only")
                .param("gemeente", gemeente).param("leden", namen.keySet()).param("sinds", LocalDate.now(clock).minusYears(2))
                .query((rs, i) -> new Verwijzing(rs.getString(1), namen.get(rs.getString(1)),
                        Verwijzer.van(rs.getString(2), rs.getString(3), rs.getString(4)).orElse(null), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .list();
    }
}
