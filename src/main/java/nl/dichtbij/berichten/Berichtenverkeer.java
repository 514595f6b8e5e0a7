package nl.dichtbij.berichten;

import java.time.LocalDate;

import nl.dichtbij.berichten.internal.Ontvangst;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Knoop;
import nl.dichtbij.berichten.xml.OngeldigBerichtException;

import org.springframework.stereotype.Service;

/**
 * Receives a message from a provider: read it as hostile input and validate it, store it before
 * anything else, then process it once. The same BerichtIdentificatie of the same kind from the
 * same sender gets the same retour and has no second effect (TR056).
 */
@Service
public class Berichtenverkeer {

    private final BerichtLezer lezer;
    private final Ontvangst ontvangst;

    Berichtenverkeer(BerichtLezer lezer, Ontvangst ontvangst) {
        this.lezer = lezer;
        this.ontvangst = ontvangst;
    }

    public Verwerking ontvang(String aanbiederAgb, byte[] xml) {
        BerichtLezer.Gelezen gelezen = lezer.lees(xml);
        Knoop header = gelezen.wortel().kind("Header");
        String afzender = header == null ? null : header.waarde("Afzender");
        String gemeente = header == null ? null : header.waarde("Ontvanger");
        String identificatie = header == null ? null : header.waarde("BerichtIdentificatie/Identificatie");
        LocalDate dagtekening = header == null ? null : header.datum("BerichtIdentificatie/Dagtekening");
        if (afzender == null || gemeente == null || identificatie == null || dagtekening == null || identificatie.length() > 12
                || gemeente.length() != 4 || afzender.length() != 8) {
            throw new OngeldigBerichtException("De header van het bericht is onvolledig: zonder Afzender, Ontvanger en BerichtIdentificatie "
                    + "kan er geen retourbericht komen.", gelezen.xsdFouten());
        }
        if (!afzender.equals(aanbiederAgb)) {
            throw new AndereAfzenderException(afzender);
        }
        return ontvangst.ontvang(afzender, gemeente, gelezen.soort(), identificatie, dagtekening, xml);
    }
}
