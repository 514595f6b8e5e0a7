package nl.dichtbij.toegang;

import java.util.List;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meldingen a resident sees in Mijn Dichtbij: his own and those about his children. */
@Service
public class MijnMeldingen {

    private final JdbcClient jdbc;
    private final Meldingen meldingen;

    MijnMeldingen(JdbcClient jdbc, Meldingen meldingen) {
        this.jdbc = jdbc;
        this.meldingen = meldingen;
    }

    @Transactional(readOnly = true)
    public List<Melding> van(Gebruiker inwoner) {
        List<String> bsns = meldingen.voorWieMagIkVragen(inwoner).stream().map(Persoon::bsn).toList();
        List<Long> ids = jdbc.sql("""
                        select id from melding where gemeente_code = :gemeente and (persoon_bsn in (:bsns) or ingediend_door = :ik)
                        order by ontvangen_op desc, id desc limit 100""")
                .param("gemeente", inwoner.gemeenteCode()).param("bsns", bsns).param("ik", inwoner.gebruikersnaam())
                .query(Long.class).list();
        return ids.stream().map(id -> meldingen.bekijk(inwoner, id)).toList();
    }
}
