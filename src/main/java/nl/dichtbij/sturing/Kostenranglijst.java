package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.berichten.Kostencijfers;
import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaken;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The households ranked by what their care cost in a year (care in kind granted on declarations plus PGB, of everyone
 * who lives in the household now), for the teamleider only, like the stacking drill-down: the figures are for everyone
 * who steers, the names only for the manager who acts on them, and every name shown is written to the Logboek
 * dataverwerkingen. A resident no longer in the register (moved away, died) counts under no household.
 */
@Service
public class Kostenranglijst {

    static final String GRONDSLAG = "Kosten per huishouden: regie op de huishoudens met de hoogste kosten (AVG art. 6 lid 1e)";

    /** One household in the ranking: its place, where it lives, the residents whose care cost money, and its share of the spend. */
    public record Huishouden(long rang, long huishoudenId, String adres, List<String> clienten, List<Wet> wetten, long euro,
                             BigDecimal procent, BigDecimal cumulatiefProcent, Long zaakId, String regisseur) {

        public String wettenTekst() {
            return String.join(", ", wetten.stream().map(Wet::label).toList());
        }
    }

    private final Kostencijfers kosten;
    private final Besluitcijfers besluiten;
    private final PersonenRegister register;
    private final Zaken zaken;
    private final DossierLog dossierLog;

    Kostenranglijst(Kostencijfers kosten, Besluitcijfers besluiten, PersonenRegister register, Zaken zaken, DossierLog dossierLog) {
        this.kosten = kosten;
        this.besluiten = besluiten;
        this.register = register;
        this.zaken = zaken;
        this.dossierLog = dossierLog;
    }

    /** The spread of the spend over households, without names: for everyone who steers. */
    Concentratie concentratie(String gemeente, List<Kostencijfers.Persoonkosten> natura, List<Besluitcijfers.PgbVanPersoon> pgb) {
        return Concentratie.van(perHuishouden(gemeente, natura, pgb).values().stream()
                .map(h -> new Concentratie.Huishoudkosten(h.huishoudenId, h.centen)).toList());
    }

    /** A page of the teamleider's municipality's households, most expensive first. */
    @Transactional(readOnly = true)
    public Pagina<Huishouden> lijst(Gebruiker teamleider, int jaar, int pagina) {
        if (teamleider == null || !teamleider.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen de teamleider ziet welke huishoudens het zijn");
        }
        String gemeente = teamleider.gemeenteCode();
        Map<Long, Som> perHuishouden = perHuishouden(gemeente, kosten.perPersoon(gemeente, jaar), besluiten.pgbPerPersoon(gemeente, jaar));
        List<Som> gerangschikt = perHuishouden.values().stream().filter(s -> s.centen > 0)
                .sorted((a, b) -> Concentratie.RANGORDE.compare(a.kosten(), b.kosten())).toList();
        long totaal = gerangschikt.stream().mapToLong(s -> s.centen).sum();
        int grootte = Pagina.STANDAARD_GROOTTE;
        // a page past the end shows the last one
        int laatste = Math.max(0, (gerangschikt.size() - 1) / grootte);
        pagina = Math.clamp(pagina, 0, laatste);
        int van = pagina * grootte;
        List<Som> deze = gerangschikt.subList(van, Math.min(gerangschikt.size(), van + grootte));
        long ervoor = gerangschikt.subList(0, van).stream().mapToLong(s -> s.centen).sum();

        List<Long> ids = deze.stream().map(s -> s.huishoudenId).toList();
        Map<Long, Adres> adressen = register.adressen(gemeente, ids);
        Map<String, Persoon> personen = register.personen(gemeente, deze.stream().flatMap(s -> s.bsns.stream()).toList());
        Map<Long, Zaken.Lopend> open = zaken.lopendVanHuishoudens(gemeente, ids);
        List<Huishouden> inhoud = new ArrayList<>();
        long cumulatief = ervoor;
        for (int i = 0; i < deze.size(); i++) {
            Som s = deze.get(i);
            cumulatief += s.centen;
            Zaken.Lopend zaak = open.get(s.huishoudenId);
            inhoud.add(new Huishouden(van + i + 1L, s.huishoudenId, adressen.containsKey(s.huishoudenId) ? adressen.get(s.huishoudenId).regel() : "Adres onbekend",
                    s.bsns.stream().filter(personen::containsKey).map(b -> personen.get(b).naam()).sorted().toList(), List.copyOf(s.wetten),
                    Kostenoverzicht.euro(s.centen), Stapelingsanalyse.procent(s.centen, totaal), Stapelingsanalyse.procent(cumulatief, totaal),
                    zaak == null ? null : zaak.id(), zaak == null ? null : zaak.regisseurNaam()));
        }
        dossierLog.overzicht(teamleider, gemeente, deze.stream().flatMap(s -> s.bsns.stream()).toList(), GRONDSLAG);
        return new Pagina<>(inhoud, pagina, grootte, gerangschikt.size());
    }

    /** Each resident's money under the household he lives in now, looked up in batches. */
    private Map<Long, Som> perHuishouden(String gemeente, List<Kostencijfers.Persoonkosten> natura, List<Besluitcijfers.PgbVanPersoon> pgb) {
        Set<String> bsns = new HashSet<>();
        natura.forEach(k -> bsns.add(k.bsn()));
        pgb.forEach(p -> bsns.add(p.bsn()));
        Map<String, Long> huishoudenVan = register.huishoudensVanPersonen(gemeente, bsns);
        Map<Long, Som> perHuishouden = new HashMap<>();
        natura.forEach(k -> tel(perHuishouden, huishoudenVan.get(k.bsn()), k.bsn(), k.wet(), k.centen()));
        pgb.forEach(p -> tel(perHuishouden, huishoudenVan.get(p.bsn()), p.bsn(), p.wet(), p.centen()));
        return perHuishouden;
    }

    private static void tel(Map<Long, Som> perHuishouden, Long huishouden, String bsn, Wet wet, long centen) {
        if (huishouden == null) {
            return;
        }
        Som som = perHuishouden.computeIfAbsent(huishouden, Som::new);
        som.centen += centen;
        som.bsns.add(bsn);
        som.wetten.add(wet);
    }

    private static final class Som {
        final long huishoudenId;
        final Set<String> bsns = new HashSet<>();
        final Set<Wet> wetten = EnumSet.noneOf(Wet.class);
        long centen;

        Som(long huishoudenId) {
            this.huishoudenId = huishoudenId;
        }

        Concentratie.Huishoudkosten kosten() {
            return new Concentratie.Huishoudkosten(huishoudenId, centen);
        }
    }
}
