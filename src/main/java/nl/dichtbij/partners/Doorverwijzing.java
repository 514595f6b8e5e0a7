package nl.dichtbij.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.dichtbij.dossier.Dossierdeel;

/**
 * A warm referral from a case to a partner: the question, what the resident consented the partner may see, the partner's
 * answer and its report back, which the regisseur expects by {@code terugmeldenUiterlijk}.
 */
public record Doorverwijzing(long id, String gemeenteCode, long zaakId, long huishoudenId, String persoonBsn, String persoonNaam,
                             long partnerId, String partnerNaam, String vraag, Set<Dossierdeel> gedeeldeDelen, String bereikbaar,
                             Toestemmingswijze toestemmingWijze, LocalDate toestemmingOp, LocalDate terugmeldenUiterlijk,
                             Verwijzingsstatus status, String redenAfwijzing, String resultaat, String verwezenDoor, String verwezenDoorNaam,
                             Instant verwezenOp, String beantwoordDoorNaam, Instant beantwoordOp, Instant teruggemeldOp, Instant toestemmingIngetrokkenOp,
                             Toestemminggever toestemmingDoor, String toestemmingDoorNaam, boolean kindStemtIn, long version) {

    /**
     * Who consented, in words for the team and the partner: "Sanne de Vries (ouder of gezaghebbende); het kind stemt ook in".
     * A referral made before this was recorded (V124) says so.
     */
    public String toestemmingGegevenDoor() {
        if (toestemmingDoor == null) {
            return "Niet vastgelegd (verwijzing van voor december 2026)";
        }
        String wie = toestemmingDoor == Toestemminggever.INWONER ? persoonNaam + " (de inwoner zelf)"
                : toestemmingDoorNaam + " (" + toestemmingDoor.rol() + ")";
        return kindStemtIn ? wie + "; " + persoonNaam + " stemt ook zelf in" : wie;
    }

    /** The partner has not reported back and the date has passed: a task for the regisseur. */
    public boolean terugmeldingTeLaat(LocalDate vandaag) {
        return Verwijsregels.terugmeldingTeLaat(status, terugmeldenUiterlijk, vandaag);
    }

    public boolean deelt(Dossierdeel deel) {
        return gedeeldeDelen.contains(deel);
    }
}
