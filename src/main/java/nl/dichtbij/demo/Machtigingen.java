package nl.dichtbij.demo;

import nl.dichtbij.dossier.Vertegenwoordiging;
import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.personen.Bsn;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Henk de Wit has authorised his daughter Sanne, his mantelzorger, to act for him; Tom (16) decides himself since his
 * birthday (docs/decisions/0006) and has authorised his mother too. Given and confirmed as in Mijn Dichtbij: the resident
 * invites her with her BSN and birth date, she confirms; the Logboek records both.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Machtigingen implements Demodeel {

    private static final Gebruiker SANNE = inwoner("inwoner", Testpersonen.OUDER_NAAM, Testpersonen.OUDER_BSN);

    private final Vertegenwoordigingen vertegenwoordigingen;

    Machtigingen(Vertegenwoordigingen vertegenwoordigingen) {
        this.vertegenwoordigingen = vertegenwoordigingen;
    }

    @Override
    public String naam() {
        return "machtigingen";
    }

    @Override
    public void vullen() {
        machtigSanne(inwoner("mantelzorger", Testpersonen.GROOTVADER_NAAM, Testpersonen.GROOTVADER_BSN));
        machtigSanne(inwoner("bsn-" + Bsn.gemaskeerd(Testpersonen.TOM_BSN), "Tom de Wit", Testpersonen.TOM_BSN));
    }

    private void machtigSanne(Gebruiker van) {
        if (!vertegenwoordigingen.gegeven(van).isEmpty()) {
            return;
        }
        Vertegenwoordiging machtiging = vertegenwoordigingen.machtigen(van, Testpersonen.OUDER_BSN, Testpersonen.OUDER_GEBOORTEDATUM, false, null);
        vertegenwoordigingen.bevestigen(SANNE, machtiging.id());
    }

    private static Gebruiker inwoner(String gebruikersnaam, String naam, String bsn) {
        return new Gebruiker(gebruikersnaam, null, naam, Rol.INWONER, "0632", null, bsn);
    }
}
