package nl.dichtbij.berichten.internal;

import java.time.LocalDate;

import nl.dichtbij.berichten.Verwerking;
import nl.dichtbij.berichten.xml.BerichtLezer;
import nl.dichtbij.berichten.xml.Berichtsoort;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Store first, then process; a repeat (the unique key refuses it) returns what the first one got. */
@Component
public class Ontvangst {

    private final Inkomend inkomend;

    Ontvangst(Inkomend inkomend) {
        this.inkomend = inkomend;
    }

    public Verwerking ontvang(String afzender, String gemeente, String identificatie, LocalDate dagtekening, byte[] xml, BerichtLezer.Gelezen gelezen) {
        Berichtsoort soort = gelezen.soort();
        long id;
        try {
            id = inkomend.opslaan(afzender, gemeente, soort, identificatie, dagtekening, xml);
        } catch (DuplicateKeyException e) {
            return inkomend.eerder(inkomend.opgeslagen(afzender, soort, identificatie).orElseThrow());
        }
        return inkomend.verwerk(id, false, gelezen);
    }
}
