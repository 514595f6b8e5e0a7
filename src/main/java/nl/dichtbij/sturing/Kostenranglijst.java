package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
            return String.join(", ", wetten.stream().map(Wet::kort).toList());
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

    /**
     * The spread of the spend over households, without names: for everyone who steers. Only a sum per household, so that a
     * municipality of hundreds of thousands of clients is counted without keeping who is who.
     */
    Concentratie concentratie(String gemeente, Sommen perPersoon) {
        return Concentratie.vanBedragen(perHuishouden(gemeente, perPersoon).bedragen());
    }

    /**
     * What each resident cost in the year, care in kind and PGB together, and under which laws: read as sums, one number per
     * resident in a table of primitive numbers (never a row object or a map entry per resident).
     */
    Sommen perPersoon(String gemeente, int jaar, List<Besluitcijfers.PgbVanPersoon> pgb) {
        return perPersoon(gemeente, jaar, pgb, 1 << 12);
    }

    /**
     * As {@link #perPersoon(String, int, List)} with a table sized for {@code verwacht} residents at once (the year sums'
     * rows are an upper bound): growing it step by step to a million moves every resident about once more.
     */
    Sommen perPersoon(String gemeente, int jaar, List<Besluitcijfers.PgbVanPersoon> pgb, long verwacht) {
        // rows are residents times their laws and categories, so an upper bound; past four million the table grows as needed
        Sommen perPersoon = new Sommen(Math.clamp(verwacht, 16, 1 << 22));
        kosten.bedragPerPersoon(gemeente, jaar, perPersoon::telOp);
        pgb.forEach(p -> perPersoon.telOp(p.bsn(), p.wet(), p.centen()));
        return perPersoon;
    }

    /**
     * Every household with spend, most expensive first: each resident's money summed under the household he lives in now;
     * what the list and the concentration start from. Only sums are kept, per resident and per household, never a map of who
     * lives where: for a million clients that map is what costs the time.
     */
    List<Concentratie.Huishoudkosten> rangschikking(String gemeente, Sommen perPersoon) {
        Sommen perHuishouden = perHuishouden(gemeente, perPersoon);
        List<Concentratie.Huishoudkosten> kosten = new ArrayList<>(perHuishouden.grootte());
        perHuishouden.elk((huishouden, som) -> {
            if (som > 0) {
                kosten.add(new Concentratie.Huishoudkosten(huishouden, som));
            }
        });
        kosten.sort(Concentratie.RANGORDE);
        return kosten;
    }

    /** Each resident's sum added to the household he lives in now; a resident no longer in the register counts under none. */
    private Sommen perHuishouden(String gemeente, Sommen perPersoon) {
        Sommen perHuishouden = new Sommen(Math.max(16, perPersoon.grootte() / 2));
        register.huishoudensVanPersonen(gemeente, perPersoon.bsns(), (bsn, huishouden) -> perHuishouden.telOp(huishouden, perPersoon.van(bsn)));
        return perHuishouden;
    }

    /** The clients' names in order; two with the same name get their year of birth, so the teamleider can tell them apart. */
    static List<String> namen(List<Persoon> wie) {
        Map<String, Long> keer = wie.stream().collect(Collectors.groupingBy(Persoon::naam, Collectors.counting()));
        return wie.stream().map(p -> keer.get(p.naam()) > 1 && p.geboortedatum() != null ? p.naam() + " (geboren in " + p.geboortedatum().getYear() + ")"
                : p.naam()).sorted().toList();
    }

    /** A page of the teamleider's municipality's households, most expensive first. */
    @Transactional(readOnly = true)
    public Pagina<Huishouden> lijst(Gebruiker teamleider, int jaar, int pagina) {
        if (teamleider == null || !teamleider.is(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("Alleen de teamleider ziet welke huishoudens het zijn");
        }
        String gemeente = teamleider.gemeenteCode();
        List<Besluitcijfers.PgbVanPersoon> pgb = besluiten.pgbPerPersoon(gemeente, jaar);
        List<Concentratie.Huishoudkosten> gerangschikt = rangschikking(gemeente, perPersoon(gemeente, jaar, pgb));
        long totaal = gerangschikt.stream().mapToLong(Concentratie.Huishoudkosten::centen).sum();
        int grootte = Pagina.STANDAARD_GROOTTE;
        // a page past the end shows the last one
        int laatste = Math.max(0, (gerangschikt.size() - 1) / grootte);
        pagina = Math.clamp(pagina, 0, laatste);
        int van = pagina * grootte;
        List<Concentratie.Huishoudkosten> deze = gerangschikt.subList(van, Math.min(gerangschikt.size(), van + grootte));
        long ervoor = gerangschikt.subList(0, van).stream().mapToLong(Concentratie.Huishoudkosten::centen).sum();

        // who and under which laws, only for the households on this page: their members with money in the year
        List<Long> ids = deze.stream().map(Concentratie.Huishoudkosten::huishoudenId).toList();
        Map<Long, List<Persoon>> leden = register.leden(gemeente, ids);
        Map<String, Set<Wet>> wettenVan = new HashMap<>();
        Set<String> opPagina = new HashSet<>();
        leden.values().forEach(l -> l.forEach(p -> opPagina.add(p.bsn())));
        kosten.vanPersonen(gemeente, jaar, opPagina)
                .forEach(k -> wettenVan.computeIfAbsent(k.bsn(), b -> EnumSet.noneOf(Wet.class)).add(k.wet()));
        pgb.stream().filter(p -> opPagina.contains(p.bsn()))
                .forEach(p -> wettenVan.computeIfAbsent(p.bsn(), b -> EnumSet.noneOf(Wet.class)).add(p.wet()));
        Map<Long, List<Persoon>> clienten = new HashMap<>();
        leden.forEach((h, l) -> clienten.put(h, l.stream().filter(p -> wettenVan.containsKey(p.bsn())).toList()));
        List<String> bsns = clienten.values().stream().flatMap(l -> l.stream().map(Persoon::bsn)).toList();
        Map<Long, Adres> adressen = register.adressen(gemeente, ids);
        Map<Long, Zaken.Lopend> open = zaken.lopendVanHuishoudens(gemeente, ids);
        List<Huishouden> inhoud = new ArrayList<>();
        long cumulatief = ervoor;
        for (int i = 0; i < deze.size(); i++) {
            Concentratie.Huishoudkosten h = deze.get(i);
            cumulatief += h.centen();
            Zaken.Lopend zaak = open.get(h.huishoudenId());
            List<Persoon> wie = clienten.getOrDefault(h.huishoudenId(), List.of());
            Set<Wet> wetten = EnumSet.noneOf(Wet.class);
            wie.forEach(p -> wetten.addAll(wettenVan.get(p.bsn())));
            inhoud.add(new Huishouden(van + i + 1L, h.huishoudenId(), adressen.containsKey(h.huishoudenId()) ? adressen.get(h.huishoudenId()).regel() : "Adres onbekend",
                    namen(wie), List.copyOf(wetten), Kostenoverzicht.euro(h.centen()), Stapelingsanalyse.procent(h.centen(), totaal),
                    Stapelingsanalyse.procent(cumulatief, totaal), zaak == null ? null : zaak.id(), zaak == null ? null : zaak.regisseurNaam()));
        }
        dossierLog.overzicht(teamleider, gemeente, bsns, GRONDSLAG);
        return new Pagina<>(inhoud, pagina, grootte, gerangschikt.size());
    }
}
