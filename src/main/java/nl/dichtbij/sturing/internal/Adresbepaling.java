package nl.dichtbij.sturing.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;

import org.springframework.stereotype.Component;

/**
 * Finds the household (the address key) a partner fact is about, by BSN or by postcode and house
 * number, only within the signed-in municipality, through the public API of personen. Says in plain
 * Dutch what is wrong when it cannot.
 */
@Component
public class Adresbepaling {

    private static final Pattern POSTCODE = Pattern.compile("\\d{4} ?[A-Za-z]{2}");
    private static final Pattern HUISNUMMER = Pattern.compile("\\d{1,5}[A-Za-z0-9 -]{0,5}");

    /** The household with its wijk and kern, or the reason it was not found. */
    public record Uitkomst(long huishoudenId, String wijk, String kern, String fout) {
        public boolean gevonden() {
            return fout == null;
        }

        static Uitkomst fout(String reden) {
            return new Uitkomst(0, null, null, reden);
        }
    }

    /**
     * The one answer for a BSN that is not registered here and for one that does not live at the given address, so
     * a file cannot be used to find out whether someone is registered or where he lives (security issue).
     */
    public static final String NIET_TE_KOPPELEN = "Deze regel kunnen we niet koppelen aan een inwoner van deze gemeente. "
            + "Controleer het BSN, de postcode en het huisnummer.";

    private final PersonenRegister register;

    Adresbepaling(PersonenRegister register) {
        this.register = register;
    }

    public Uitkomst bepaal(String gemeenteCode, String bsn, String postcode, String huisnummer) {
        boolean metBsn = bsn != null && !bsn.isBlank();
        boolean metAdres = (postcode != null && !postcode.isBlank()) || (huisnummer != null && !huisnummer.isBlank());
        if (!metBsn && !metAdres) {
            return Uitkomst.fout("Vul een BSN in, of een postcode met huisnummer.");
        }
        Long viaAdres = null;
        if (metAdres) {
            String pc = postcode == null ? "" : postcode.trim();
            String nr = huisnummer == null ? "" : huisnummer.trim();
            if (!POSTCODE.matcher(pc).matches()) {
                return Uitkomst.fout("De postcode '" + kort(pc) + "' klopt niet. Schrijf hem als 1234 AB.");
            }
            if (!HUISNUMMER.matcher(nr).matches()) {
                return Uitkomst.fout("Het huisnummer '" + kort(nr) + "' klopt niet.");
            }
            List<Long> huishoudens = register.huishoudensOpAdres(gemeenteCode, pc, nr);
            if (huishoudens.isEmpty()) {
                return Uitkomst.fout("Het adres " + pc.toUpperCase() + " " + nr + " is niet bekend in deze gemeente.");
            }
            if (huishoudens.size() > 1 && !metBsn) {
                return Uitkomst.fout("Op het adres " + pc.toUpperCase() + " " + nr + " wonen meer huishoudens. Vul ook het BSN in.");
            }
            viaAdres = huishoudens.size() == 1 ? huishoudens.getFirst() : null;
        }
        long huishoudenId;
        if (metBsn) {
            String schoon = bsn.trim();
            if (!Bsn.isGeldig(schoon)) {
                return Uitkomst.fout("Het BSN '" + kort(schoon) + "' klopt niet: het moet 9 cijfers zijn en de elfproef doorstaan.");
            }
            Optional<Persoon> persoon = register.persoon(gemeenteCode, schoon);
            if (persoon.isEmpty()) {
                return Uitkomst.fout(NIET_TE_KOPPELEN);
            }
            huishoudenId = persoon.get().huishoudenId();
            if (metAdres && (viaAdres == null ? !register.huishoudensOpAdres(gemeenteCode, postcode, huisnummer).contains(huishoudenId)
                    : viaAdres != huishoudenId)) {
                return Uitkomst.fout(NIET_TE_KOPPELEN);
            }
        } else {
            huishoudenId = viaAdres;
        }
        Adres adres = register.adres(gemeenteCode, huishoudenId).orElse(null);
        if (adres == null) {
            return Uitkomst.fout("Het adres is niet bekend in deze gemeente.");
        }
        return new Uitkomst(huishoudenId, adres.wijk(), adres.woonplaats(), null);
    }

    /** Hostile input is echoed at most 20 characters long. */
    static String kort(String tekst) {
        return tekst.length() > 20 ? tekst.substring(0, 20) + "…" : tekst;
    }
}
