package nl.dichtbij.veiligheid.internal;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Dossierexport;
import nl.dichtbij.dossier.Dossieronderdeel;
import nl.dichtbij.dossier.Vernietiging;
import nl.dichtbij.dossier.Vernietiging.Stap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The safety records in the file: destroyed with the closed case after its retention term. The resident's download does not
 * hold them; every resident's download says the same line, so it tells nobody whether his file has any (docs/privacy.md).
 */
@Component
class VeiligheidInDossier implements Dossieronderdeel {

    private final JdbcClient jdbc;

    VeiligheidInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "Veiligheid";
    }

    @Override
    public int volgorde() {
        return 40;
    }

    @Override
    public List<Map<String, Object>> export(String gemeenteCode, String bsn, long huishoudenId) {
        return List.of(Dossierexport.item("Toelichting", "Gegevens over veiligheid (meldcode, Veilig Thuis, jeugdbescherming) staan niet in "
                + "deze download. Wilt u weten of wij zulke gegevens over u hebben? Vraag de privacy officer om inzage."));
    }

    @Override
    public int vernietig(String gemeenteCode, long zaakId, boolean proef) {
        return Vernietiging.uitvoeren(jdbc, proef, zaakId,
                new Stap("meldcodestap", "zaak_id = ?"),
                new Stap("risicotaxatie", "zaak_id = ?"),
                new Stap("veilig_thuis_melding", "zaak_id = ?"),
                new Stap("jeugdbeschermingsmaatregel", "zaak_id = ?"));
    }
}
