package nl.dichtbij.toegang.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vindplaats;

/** A new melding through the API: by the resident (persoonBsn of himself or his child) or by a professional. */
public record MeldingVerzoek(
        String persoonBsn,
        LocalDate geboortedatum,
        String vertegenwoordiger,
        String omschrijving,
        List<String> levensgebieden,
        Urgentie urgentie,
        Boolean schulden,
        Boolean dreiging,
        Contactvoorkeur contactvoorkeur,
        String telefoon,
        String email,
        Kanaal kanaal,
        Vindplaats vindplaats) {

    NieuweMelding naarMelding() {
        Set<Levensgebied> gebieden = EnumSet.noneOf(Levensgebied.class);
        for (String code : levensgebieden == null ? List.<String>of() : levensgebieden) {
            gebieden.add(Levensgebied.vanCode(code).orElseThrow(() -> new OngeldigeInvoerException("levensgebieden",
                    "Onbekend levensgebied '" + code + "'. Kies uit: financien, huisvesting, sociaal-functioneren, "
                            + "psychisch-functioneren, zingeving, lichamelijk-functioneren, praktisch-functioneren, dagbesteding.")));
        }
        return new NieuweMelding(persoonBsn, geboortedatum, null, vertegenwoordiger, omschrijving, gebieden, urgentie, Boolean.TRUE.equals(schulden),
                Boolean.TRUE.equals(dreiging), contactvoorkeur, telefoon, email, kanaal, vindplaats);
    }
}
