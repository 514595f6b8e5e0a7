package nl.dichtbij.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * A category of personal data in the file. The last five are the parts a resident can share
 * with a party; the first ones are logged but never shared on their own.
 */
public enum Dossierdeel {
    PERSONALIA("Naam, adres en geboortedatum", false),
    HULPVRAAG("Hulpvragen en meldingen", false),
    PLAN("Ondersteuningsplan", true),
    ZRM("Zelfredzaamheid (ZRM)", true),
    NOTITIES("Gespreksverslagen en notities", true),
    BESLUITEN("Besluiten", true),
    DOCUMENTEN("Documenten en bijlagen", true),
    RECHTEN("Toestemmingen, machtigingen en verzoeken", false),
    /**
     * Safety records (issue 20): the meldcode steps, risk assessments, referrals to Veilig Thuis and child protection measures.
     * Narrower than the rest of the file: on the legal task only the case's regisseur and the teamleider (and a gecertificeerde
     * instelling while its measure runs, in module veiligheid); never shared by the resident, not shown in Mijn Dichtbij.
     */
    VEILIGHEID("Veiligheid (meldcode, risicotaxatie, Veilig Thuis)", false);

    private final String label;
    private final boolean deelbaar;

    Dossierdeel(String label, boolean deelbaar) {
        this.label = label;
        this.deelbaar = deelbaar;
    }

    public String label() {
        return label;
    }

    public boolean deelbaar() {
        return deelbaar;
    }

    /** The whole file but the safety records: what the case team sees on its task. */
    public static Set<Dossierdeel> zonderVeiligheid() {
        return EnumSet.complementOf(EnumSet.of(VEILIGHEID));
    }

    public static Set<Dossierdeel> deelbare() {
        return EnumSet.of(PLAN, ZRM, NOTITIES, BESLUITEN, DOCUMENTEN);
    }
}
