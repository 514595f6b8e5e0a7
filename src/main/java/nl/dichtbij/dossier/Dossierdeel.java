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
    RECHTEN("Toestemmingen, machtigingen en verzoeken", false);

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

    public static Set<Dossierdeel> deelbare() {
        return EnumSet.of(PLAN, ZRM, NOTITIES, BESLUITEN, DOCUMENTEN);
    }
}
