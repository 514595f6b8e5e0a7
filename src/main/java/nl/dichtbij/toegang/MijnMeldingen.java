package nl.dichtbij.toegang;

import java.util.List;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meldingen a resident sees in Mijn Dichtbij: his own and those about his children. */
@Service
public class MijnMeldingen {

    private final JdbcClient jdbc;
    private final Meldingen meldingen;

    private final nl.dichtbij.dossier.Vertegenwoordigingen vertegenwoordigingen;

    MijnMeldingen(JdbcClient jdbc, Meldingen meldingen, nl.dichtbij.dossier.Vertegenwoordigingen vertegenwoordigingen) {
        this.jdbc = jdbc;
        this.meldingen = meldingen;
        this.vertegenwoordigingen = vertegenwoordigingen;
    }

    @Transactional(readOnly = true)
    public List<Melding> van(Gebruiker inwoner) {
        List<String> bsns = new java.util.ArrayList<>(List.of(inwoner.bsn()));
        if (!inwoner.handeltNamensIemand()) {
            vertegenwoordigingen.namensWie(inwoner).forEach(n -> bsns.add(n.bsn()));
        }
        // what you submitted for someone else stays visible to you, unless you are acting for another person now
        String ik = inwoner.handeltNamensIemand() ? "" : inwoner.gebruikersnaam();
        List<Long> ids = jdbc.sql("""
                        select id from melding where gemeente_code = :gemeente and (persoon_bsn in (:bsns) or ingediend_door = :ik)
                        order by ontvangen_op desc, id desc limit 100""")
                .param("gemeente", inwoner.gemeenteCode()).param("bsns", bsns).param("ik", ik)
                .query(Long.class).list();
        return ids.stream().map(id -> meldingen.bekijk(inwoner, id)).toList();
    }
}
