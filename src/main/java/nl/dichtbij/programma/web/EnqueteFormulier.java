package nl.dichtbij.programma.web;

import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.programma.Antwoord;
import nl.dichtbij.programma.Vraag;

/** The resident's answers; nothing else is sent. */
public class EnqueteFormulier {

    private Long enqueteId;
    private Antwoord weetWaarheen;
    private Antwoord samenGezocht;
    private Antwoord kwaliteitGoed;

    Map<Vraag, Antwoord> antwoorden() {
        Map<Vraag, Antwoord> antwoorden = new EnumMap<>(Vraag.class);
        if (weetWaarheen != null) {
            antwoorden.put(Vraag.WEET_WAARHEEN, weetWaarheen);
        }
        if (samenGezocht != null) {
            antwoorden.put(Vraag.SAMEN_GEZOCHT, samenGezocht);
        }
        if (kwaliteitGoed != null) {
            antwoorden.put(Vraag.KWALITEIT_GOED, kwaliteitGoed);
        }
        return antwoorden;
    }

    public Long getEnqueteId() { return enqueteId; }
    public void setEnqueteId(Long enqueteId) { this.enqueteId = enqueteId; }
    public Antwoord getWeetWaarheen() { return weetWaarheen; }
    public void setWeetWaarheen(Antwoord weetWaarheen) { this.weetWaarheen = weetWaarheen; }
    public Antwoord getSamenGezocht() { return samenGezocht; }
    public void setSamenGezocht(Antwoord samenGezocht) { this.samenGezocht = samenGezocht; }
    public Antwoord getKwaliteitGoed() { return kwaliteitGoed; }
    public void setKwaliteitGoed(Antwoord kwaliteitGoed) { this.kwaliteitGoed = kwaliteitGoed; }
}
