package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.dichtbij.berichten.Berichtcijfers;
import nl.dichtbij.personen.Bevolking;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Woongebied;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.toegang.Toegangscijfers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wijkanalyse: for one municipality and year, per wijk and per kern side by side, the population, the stacking of
 * provisions, the meldingen and how fast they led to care, and the care and money. Composed from the register's
 * population per area, the stacking analysis and the person-free cijfers of toegang and berichten: households and
 * BSNs are only mapped to their area, in batches through the register. For the board (bestuur) every count of 1 to 4
 * is suppressed, so no resident of a small wijk can be recognised.
 */
@Service
public class Wijkanalyse {

    public record Overzicht(String gemeenteCode, int jaar, boolean onderdrukt, List<Wijkcijfers> perWijk, List<Wijkcijfers> perKern,
                            Wijkcijfers gemeente) {
    }

    private final PersonenRegister register;
    private final Stapelingsanalyse stapeling;
    private final Toegangscijfers toegang;
    private final Berichtcijfers berichten;

    Wijkanalyse(PersonenRegister register, Stapelingsanalyse stapeling, Toegangscijfers toegang, Berichtcijfers berichten) {
        this.register = register;
        this.stapeling = stapeling;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    /** The analysis of the user's own municipality; suppressed for the board. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, int jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        Overzicht o = overzicht(gebruiker.gemeenteCode(), jaar);
        if (!gebruiker.is(Rol.BESTUUR)) {
            return o;
        }
        return new Overzicht(o.gemeenteCode(), o.jaar(), true, o.perWijk().stream().map(Wijkcijfers::voorDeRaad).toList(),
                o.perKern().stream().map(Wijkcijfers::voorDeRaad).toList(), o.gemeente().voorDeRaad());
    }

    /** For the calling module's own checks; callers outside check the role first. */
    Overzicht overzicht(String gemeenteCode, int jaar) {
        Gebieden gebieden = new Gebieden();
        for (Bevolking b : register.bevolkingPerWijk(gemeenteCode)) {
            for (Teller t : gebieden.van(b.woonplaats(), b.wijk())) {
                t.inwoners += b.inwoners();
                t.huishoudens += b.huishoudens();
            }
        }
        for (Stapeling.Gebied g : stapeling.analyse(gemeenteCode, jaar).perWijk()) {
            for (Teller t : gebieden.van(g.kern(), g.wijk())) {
                t.metVoorziening += g.adressenMetVoorziening();
                t.drieOfMeer += g.drieOfMeer();
            }
        }
        meldingenEnDoorloop(gemeenteCode, jaar, gebieden);
        zorgEnGeld(gemeenteCode, jaar, gebieden);
        return new Overzicht(gemeenteCode, jaar, false, gebieden.wijken.values().stream().map(Teller::cijfers).toList(),
                gebieden.kernen.values().stream().map(Teller::cijfers).toList(), gebieden.gemeente.cijfers());
    }

    /** Meldingen and conversations within the term per area of the household; days from melding to start per case, as {@link Doorloop} counts them. */
    private void meldingenEnDoorloop(String gemeenteCode, int jaar, Gebieden gebieden) {
        List<Toegangscijfers.Melding> meldingen = toegang.meldingen(gemeenteCode, jaar);
        Map<Long, Woongebied> waar = register.woongebieden(gemeenteCode, meldingen.stream().map(Toegangscijfers.Melding::huishoudenId).toList());
        Map<Long, Long> huishoudenVanZaak = new HashMap<>();
        for (Toegangscijfers.Melding m : meldingen) {
            for (Teller t : gebieden.van(waar.get(m.huishoudenId()))) {
                t.meldingen++;
                if (m.onderzoek() != null) {
                    t.gesprekken++;
                    t.binnenTermijn += m.onderzoek().isAfter(m.termijnEinde()) ? 0 : 1;
                }
            }
            huishoudenVanZaak.putIfAbsent(m.zaakId(), m.huishoudenId());
        }
        Map<Long, LocalDate> melding = Doorloop.eerste(meldingen, Toegangscijfers.Melding::zaakId, Toegangscijfers.Melding::ontvangen);
        Map<Long, LocalDate> start = Doorloop.eerste(berichten.starts(gemeenteCode, LocalDate.of(jaar, 1, 1)).stream().filter(s -> s.zaakId() != null)
                .toList(), Berichtcijfers.Start::zaakId, Berichtcijfers.Start::start);
        Doorloop.dagenPerZaak(melding, melding, start)
                .forEach((zaak, dagen) -> gebieden.van(waar.get(huishoudenVanZaak.get(zaak))).forEach(t -> t.dagenTotStart.add(dagen)));
    }

    /** Residents with care and what was granted for them, per area of where they live now. */
    private void zorgEnGeld(String gemeenteCode, int jaar, Gebieden gebieden) {
        List<Berichtcijfers.Clientjaar> clienten = berichten.clientjaren(gemeenteCode, jaar);
        Map<String, Woongebied> waar = register.woongebiedenVanPersonen(gemeenteCode,
                clienten.stream().map(Berichtcijfers.Clientjaar::bsn).toList());
        for (Berichtcijfers.Clientjaar c : clienten) {
            for (Teller t : gebieden.van(waar.get(c.bsn()))) {
                t.clienten += c.inZorg() ? 1 : 0;
                t.centen += c.toegekendCenten();
            }
        }
    }

    /** The counters per wijk, per kern and for the whole municipality; what has no known area counts only for the municipality. */
    private static final class Gebieden {
        final Map<List<String>, Teller> wijken = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        final Map<String, Teller> kernen = new TreeMap<>();
        final Teller gemeente = new Teller(null, null);

        List<Teller> van(Woongebied gebied) {
            return gebied == null ? List.of(gemeente) : van(gebied.woonplaats(), gebied.wijk());
        }

        List<Teller> van(String kern, String wijk) {
            return List.of(wijken.computeIfAbsent(List.of(kern, wijk), k -> new Teller(kern, wijk)),
                    kernen.computeIfAbsent(kern, k -> new Teller(kern, null)), gemeente);
        }
    }

    private static final class Teller {
        final String kern;
        final String wijk;
        long inwoners;
        long huishoudens;
        long metVoorziening;
        long drieOfMeer;
        long meldingen;
        long gesprekken;
        long binnenTermijn;
        long clienten;
        long centen;
        final List<Long> dagenTotStart = new ArrayList<>();

        Teller(String kern, String wijk) {
            this.kern = kern;
            this.wijk = wijk;
        }

        Wijkcijfers cijfers() {
            return new Wijkcijfers(kern, wijk, inwoners, huishoudens, metVoorziening, drieOfMeer, Stapelingsanalyse.perDuizend(drieOfMeer, huishoudens),
                    meldingen, Stapelingsanalyse.perDuizend(meldingen, inwoners), gesprekken, Stapelingsanalyse.procent(binnenTermijn, gesprekken),
                    (long) dagenTotStart.size(), Doorloop.percentiel(dagenTotStart, 50), clienten, Math.round(centen / 100.0),
                    inwoners == 0 ? null : BigDecimal.valueOf(centen).divide(BigDecimal.valueOf(inwoners * 100), 2, RoundingMode.HALF_UP), List.of());
        }
    }
}
