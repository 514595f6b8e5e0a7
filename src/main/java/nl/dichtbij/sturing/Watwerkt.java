package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.berichten.Productcijfers;
import nl.dichtbij.interventies.Interventie;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.plan.Doelcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.Uitkomstmonitor.Groep;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What works (issue 18): per intervention of the register and per provider the outcome — the ZRM change from intake with the
 * starting scores (the monitor's figures, groups under 5 left out), goals reached, and the outflow "volgens plan" (JZ588 31) — and
 * the share of care that goes to interventions of effect level 3 or 4. Context, not a verdict: the page says so.
 */
@Service
public class Watwerkt {

    /** One intervention: its ZRM outcome (a group of the monitor), its goals, and its products' clients and outflow in the year. */
    public record PerInterventie(Interventie interventie, Groep uitkomst, Doelcijfers.Doelen doelen, long clienten, long uitstroom,
                                 long volgensPlan) {

        public BigDecimal procentVolgensPlan() {
            return procent(volgensPlan, uitstroom);
        }
    }

    /** One provider with clients scored on the ZRM: its outcome and its outflow in the year. */
    public record PerAanbieder(String agb, String naam, Groep uitkomst, Long uitstroom, BigDecimal procentVolgensPlan) {
    }

    /** Clients per product in the year, by the effect level of the intervention the product delivers. */
    public record Aandeel(long niveauDrieOfVier, long niveauNulTotTwee, long zonderInterventie) {

        public long totaal() {
            return niveauDrieOfVier + niveauNulTotTwee + zonderInterventie;
        }

        public BigDecimal procentDrieOfVier() {
            return procent(niveauDrieOfVier, totaal());
        }

        public BigDecimal procentNulTotTwee() {
            return procent(niveauNulTotTwee, totaal());
        }

        public BigDecimal procentZonder() {
            return procent(zonderInterventie, totaal());
        }
    }

    public record Overzicht(String gemeenteCode, int jaar, List<PerInterventie> interventies, List<PerAanbieder> aanbieders, Aandeel aandeel,
                            boolean zonderAanbieders) {
    }

    private final Uitkomstmonitor monitor;
    private final Interventies interventies;
    private final Doelcijfers doelcijfers;
    private final Productcijfers productcijfers;
    private final Aanbiedercijfers aanbiedercijfers;

    Watwerkt(Uitkomstmonitor monitor, Interventies interventies, Doelcijfers doelcijfers, Productcijfers productcijfers,
             Aanbiedercijfers aanbiedercijfers) {
        this.monitor = monitor;
        this.interventies = interventies;
        this.doelcijfers = doelcijfers;
        this.productcijfers = productcijfers;
        this.aanbiedercijfers = aanbiedercijfers;
    }

    /** For teamleider, beleid and beheer; the board sees the interventions and the share, not the providers one by one. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(Gebruiker gebruiker, int jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        String gemeente = gebruiker.gemeenteCode();
        List<Interventie> register = interventies.lijst(gebruiker);
        Map<String, Groep> perInterventie = perCode(monitor.groepen(gemeente, Uitkomstindeling.INTERVENTIE, false, null));
        Map<Long, Doelcijfers.Doelen> doelen = doelcijfers.perInterventie(gemeente);
        Map<String, Productcijfers.Product> producten = productcijfers.perProduct(gemeente, jaar);
        List<PerInterventie> rijen = new ArrayList<>();
        for (Interventie i : register) {
            long clienten = 0;
            long uitstroom = 0;
            long volgensPlan = 0;
            for (String code : i.productcodes()) {
                Productcijfers.Product p = producten.get(code);
                if (p != null) {
                    clienten += p.clienten();
                    uitstroom += p.uitstroom();
                    volgensPlan += p.volgensPlan();
                }
            }
            Groep uitkomst = perInterventie.getOrDefault(String.valueOf(i.id()), Uitkomstmonitor.leeg(String.valueOf(i.id()), i.naam()));
            rijen.add(new PerInterventie(i, uitkomst, doelen.getOrDefault(i.id(), new Doelcijfers.Doelen(0, 0)), clienten, uitstroom, volgensPlan));
        }
        rijen.sort(Comparator.comparing((PerInterventie r) -> -r.interventie().effectniveau().niveau())
                .thenComparing(r -> r.interventie().naam(), String.CASE_INSENSITIVE_ORDER));
        boolean zonderAanbieders = gebruiker.is(Rol.BESTUUR);
        return new Overzicht(gemeente, jaar, rijen, zonderAanbieders ? List.of() : aanbieders(gemeente, jaar), aandeel(register, producten),
                zonderAanbieders);
    }

    private List<PerAanbieder> aanbieders(String gemeente, int jaar) {
        Map<String, Aanbiedercijfers.Aanbiedercijfer> lijst = aanbiedercijfers.lijst(gemeente, jaar, null).aanbieders().stream()
                .collect(Collectors.toMap(Aanbiedercijfers.Aanbiedercijfer::aanbiederAgb, Function.identity(), (a, b) -> a));
        List<PerAanbieder> rijen = new ArrayList<>();
        for (Groep g : monitor.groepen(gemeente, Uitkomstindeling.AANBIEDER, false, null)) {
            var cijfer = lijst.get(g.code());
            var volgensPlan = cijfer == null ? null : cijfer.groep(Aanbiedercijfers.Uitstroomgroep.VOLGENS_PLAN);
            rijen.add(new PerAanbieder(g.code(), g.naam(), g, cijfer == null ? null : cijfer.uitstroomTotaal(),
                    volgensPlan == null ? null : volgensPlan.procent()));
        }
        return rijen;
    }

    static Aandeel aandeel(List<Interventie> register, Map<String, Productcijfers.Product> producten) {
        Map<String, Integer> niveauPerProduct = new HashMap<>();
        for (Interventie i : register) {
            if (i.actief()) {
                i.productcodes().forEach(code -> niveauPerProduct.merge(code, i.effectniveau().niveau(), Math::max));
            }
        }
        long hoog = 0;
        long laag = 0;
        long zonder = 0;
        for (Productcijfers.Product p : producten.values()) {
            Integer niveau = niveauPerProduct.get(p.productcode());
            if (niveau == null) {
                zonder += p.clienten();
            } else if (niveau >= 3) {
                hoog += p.clienten();
            } else {
                laag += p.clienten();
            }
        }
        return new Aandeel(hoog, laag, zonder);
    }

    private static Map<String, Groep> perCode(List<Groep> groepen) {
        return groepen.stream().collect(Collectors.toMap(Groep::code, Function.identity(), (a, b) -> a));
    }

    static BigDecimal procent(long deel, long geheel) {
        return geheel == 0 ? null : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
