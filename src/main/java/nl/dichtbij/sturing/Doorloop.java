package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Berichtcijfers;
import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.plan.Plancijfers;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regiecijfers;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.toegang.Toegangscijfers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flow of a year: for the meldingen of that year, the days from melding to onderzoek, plan,
 * decision and start of care (followed into the next year), the share within the legal term,
 * waiting time per provider, outflow per month with reason, and the shares of procesregie, ZIN and
 * PGB and plans that combine informal and formal support. Composed from the public, person-free
 * cijfers of toegang, plan, besluit, berichten and regie. For one team, a case belongs to the team of its melding, its aanvraag
 * or its lead team in regie; the decision figures are also split per law.
 */
@Service
public class Doorloop {

    private final Toegangscijfers toegang;
    private final Plancijfers plannen;
    private final Besluitcijfers besluiten;
    private final Berichtcijfers berichten;
    private final Regiecijfers regie;
    private final Aanbod aanbod;
    private final Gemeenten gemeenten;

    Doorloop(Toegangscijfers toegang, Plancijfers plannen, Besluitcijfers besluiten, Berichtcijfers berichten, Regiecijfers regie, Aanbod aanbod,
             Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
        this.toegang = toegang;
        this.plannen = plannen;
        this.besluiten = besluiten;
        this.berichten = berichten;
        this.regie = regie;
        this.aanbod = aanbod;
    }

    /** One step of the flow: how many cases made it, and the median and 80th percentile of the days it took. */
    public record Stap(String van, String naar, long aantal, Long mediaanDagen, Long p80Dagen) {
    }

    /** A share: how many of how many, and the percentage (null when there is nothing to count). */
    public record Aandeel(String wat, long aantal, long van, BigDecimal procent) {
        static Aandeel van(String wat, long aantal, long totaal) {
            return new Aandeel(wat, aantal, totaal, totaal == 0 ? null : BigDecimal.valueOf(100.0 * aantal / totaal).setScale(1, RoundingMode.HALF_UP));
        }
    }

    public record Wachttijd(String aanbieder, long starts, Long mediaanDagen, Long p80Dagen) {
    }

    public record Uitstroom(int maand, String reden, long aantal) {
    }

    /** Decisions of the year under one law: how many were taken within the legal term, and the form of the granted ones. */
    public record PerWet(Wet wet, String naam, long besluiten, long binnenTermijn, BigDecimal procentBinnenTermijn, long zin, long pgb,
                         BigDecimal procentPgb) {
    }

    /** A team the flow can be shown for. */
    public record Teamkeuze(long id, String naam) {
    }

    /**
     * The flow of the municipality, or of one team ({@code teamId} and {@code teamNaam} null for the whole municipality).
     * A team's outflow is that under its law (Jeugdteam: Jeugdwet, Wmo-team: Wmo): a stopped delivery carries no team.
     */
    public record Overzicht(String gemeenteCode, int jaar, Long teamId, String teamNaam, List<Teamkeuze> teams, long meldingen, List<Stap> stappen,
                            List<Aandeel> aandelen, List<PerWet> perWet, List<Wachttijd> wachttijden, List<Uitstroom> uitstroom) {
    }

    /** The teams of the municipality, for the choice on the page and to check a chosen team. */
    @Transactional(readOnly = true)
    public List<Teamkeuze> teams(String gemeenteCode) {
        return gemeenten.teams(gemeenteCode).stream().map(t -> new Teamkeuze(t.id(), t.naam())).toList();
    }

    @Transactional(readOnly = true)
    public Overzicht overzicht(String gemeenteCode, int jaar) {
        return overzicht(gemeenteCode, jaar, null);
    }

    /** The flow of a year for the whole municipality ({@code teamId} null) or for one of its teams. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(String gemeenteCode, int jaar, Long teamId) {
        List<Teamkeuze> teams = teams(gemeenteCode);
        String teamNaam = teamId == null ? null : teams.stream().filter(t -> t.id() == teamId).map(Teamkeuze::naam).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("team", "Kies een team van uw gemeente."));
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        List<Toegangscijfers.Melding> meldingen = toegang.meldingen(gemeenteCode, jaar).stream()
                .filter(m -> teamId == null || m.teamId() == teamId).toList();
        List<Plancijfers.Plan> akkoord = plannen.akkoord(gemeenteCode, begin);
        List<Besluitcijfers.Besluit> genomen = besluiten.besluiten(gemeenteCode, begin).stream()
                .filter(b -> teamId == null || b.teamId() == teamId).toList();
        List<Berichtcijfers.Start> starts = berichten.starts(gemeenteCode, begin);
        if (teamId != null) {
            List<Long> zaken = new ArrayList<>();
            akkoord.forEach(p -> zaken.add(p.zaakId()));
            starts.stream().filter(s -> s.zaakId() != null).forEach(s -> zaken.add(s.zaakId()));
            Map<Long, Long> leadTeam = regie.leadTeams(gemeenteCode, zaken);
            akkoord = akkoord.stream().filter(p -> teamId.equals(leadTeam.get(p.zaakId()))).toList();
            starts = starts.stream().filter(s -> s.zaakId() != null && teamId.equals(leadTeam.get(s.zaakId()))).toList();
        }

        Map<Long, LocalDate> melding = eerste(meldingen, Toegangscijfers.Melding::zaakId, Toegangscijfers.Melding::ontvangen);
        Map<Long, LocalDate> onderzoek = eerste(meldingen.stream().filter(m -> m.onderzoek() != null).toList(), Toegangscijfers.Melding::zaakId,
                Toegangscijfers.Melding::onderzoek);
        Map<Long, LocalDate> plan = eerste(akkoord, Plancijfers.Plan::zaakId, Plancijfers.Plan::akkoord);
        Map<Long, LocalDate> besluit = eerste(genomen.stream().filter(Besluitcijfers.Besluit::toegekend).toList(), Besluitcijfers.Besluit::zaakId,
                Besluitcijfers.Besluit::genomen);
        Map<Long, LocalDate> start = eerste(starts.stream().filter(s -> s.zaakId() != null).toList(), Berichtcijfers.Start::zaakId,
                Berichtcijfers.Start::start);

        List<Stap> stappen = List.of(
                stap("Melding", "Gesprek (onderzoek)", melding, melding, onderzoek),
                stap("Gesprek (onderzoek)", "Plan met akkoord", melding, onderzoek, plan),
                stap("Plan met akkoord", "Besluit", melding, plan, besluit),
                stap("Besluit", "Start van de hulp", melding, besluit, start),
                stap("Melding", "Start van de hulp", melding, melding, start));

        List<Aandeel> aandelen = new ArrayList<>();
        List<Toegangscijfers.Melding> gesproken = meldingen.stream().filter(m -> m.onderzoek() != null).toList();
        aandelen.add(Aandeel.van("Gesprek binnen de wettelijke termijn", gesproken.stream().filter(m -> !m.onderzoek().isAfter(m.termijnEinde())).count(),
                gesproken.size()));
        List<Besluitcijfers.Besluit> vanDitJaar = genomen.stream().filter(b -> b.genomen().getYear() == jaar).toList();
        aandelen.add(Aandeel.van("Besluit binnen de wettelijke termijn", vanDitJaar.stream().filter(Besluitcijfers.Besluit::binnenTermijn).count(),
                vanDitJaar.size()));
        List<Besluitcijfers.Besluit> metVorm = vanDitJaar.stream().filter(b -> b.toegekend() && b.vorm() != null).toList();
        aandelen.add(Aandeel.van("Zorg in natura", metVorm.stream().filter(b -> b.vorm() == Leveringsvorm.ZIN).count(), metVorm.size()));
        aandelen.add(Aandeel.van("Persoonsgebonden budget", metVorm.stream().filter(b -> b.vorm() == Leveringsvorm.PGB).count(), metVorm.size()));
        List<Plancijfers.Plan> plannenDitJaar = akkoord.stream().filter(p -> p.akkoord().getYear() == jaar).toList();
        aandelen.add(Aandeel.van("Plannen met informele én formele hulp", plannenDitJaar.stream().filter(p -> p.informeel() && p.formeel()).count(),
                plannenDitJaar.size()));
        Map<Regievorm, Long> regievormen = new EnumMap<>(Regievorm.class);
        regie.zakenPerTeamEnRegievorm(gemeenteCode, jaar).forEach((team, perVorm) -> {
            if (teamId == null || teamId.equals(team)) {
                perVorm.forEach((vorm, aantal) -> regievormen.merge(vorm, aantal, Long::sum));
            }
        });
        aandelen.add(Aandeel.van("Zaken met procesregie", regievormen.getOrDefault(Regievorm.PROCESREGIE, 0L),
                regievormen.values().stream().mapToLong(Long::longValue).sum()));

        Map<String, List<Long>> perAanbieder = new TreeMap<>();
        starts.stream().filter(s -> s.start().getYear() == jaar)
                .forEach(s -> perAanbieder.computeIfAbsent(s.aanbieder(), k -> new ArrayList<>()).add(dagen(s.toegewezen(), s.start())));
        List<Wachttijd> wachttijden = new ArrayList<>();
        perAanbieder.forEach((naam, dagen) -> wachttijden.add(new Wachttijd(naam, dagen.size(), percentiel(dagen, 50), percentiel(dagen, 80))));

        Wet wetVanTeam = teamId == null ? null : wetVan(gemeenten.team(teamId).orElseThrow().doelgroep());
        Map<MaandReden, Long> perMaandEnReden = berichten.uitstroomPerWet(gemeenteCode, jaar).stream()
                .filter(u -> wetVanTeam == null || u.wet() == wetVanTeam)
                .collect(Collectors.groupingBy(u -> new MaandReden(u.maand(), reden(u.redenBeeindiging())),
                        Collectors.summingLong(Berichtcijfers.UitstroomPerWet::aantal)));
        List<Uitstroom> uitstroom = perMaandEnReden.entrySet().stream()
                .map(e -> new Uitstroom(e.getKey().maand(), e.getKey().reden(), e.getValue()))
                .sorted(Comparator.comparing(Uitstroom::maand).thenComparing(Uitstroom::reden)).toList();
        return new Overzicht(gemeenteCode, jaar, teamId, teamNaam, teams, meldingen.size(), stappen, aandelen, perWet(vanDitJaar), wachttijden,
                uitstroom);
    }

    private record MaandReden(int maand, String reden) {
    }

    /** The law of a team's care, for what carries no case: the Jeugdteam's outflow is that of Jeugdwet care. */
    static Wet wetVan(Doelgroep doelgroep) {
        return doelgroep == Doelgroep.JEUGD ? Wet.JEUGDWET : Wet.WMO;
    }

    private String reden(String code) {
        return code == null ? "Onbekend" : code + " " + aanbod.code("JZ588", code).map(c -> c.omschrijving()).orElse("");
    }

    /** Per law, in the order of {@link Wet}: decisions within the term, and ZIN and PGB among the granted ones with a form. */
    static List<PerWet> perWet(List<Besluitcijfers.Besluit> besluiten) {
        Map<Wet, List<Besluitcijfers.Besluit>> perWet = new EnumMap<>(Wet.class);
        besluiten.forEach(b -> perWet.computeIfAbsent(b.wet(), w -> new ArrayList<>()).add(b));
        List<PerWet> regels = new ArrayList<>();
        perWet.forEach((wet, lijst) -> {
            long binnen = lijst.stream().filter(Besluitcijfers.Besluit::binnenTermijn).count();
            long zin = lijst.stream().filter(b -> b.toegekend() && b.vorm() == Leveringsvorm.ZIN).count();
            long pgb = lijst.stream().filter(b -> b.toegekend() && b.vorm() == Leveringsvorm.PGB).count();
            regels.add(new PerWet(wet, wet.label(), lijst.size(), binnen, Aandeel.van("", binnen, lijst.size()).procent(), zin, pgb,
                    Aandeel.van("", pgb, zin + pgb).procent()));
        });
        return regels;
    }

    /** Days between two steps of the cases that came in this year and reached both, a later step never before the earlier. */
    static Stap stap(String van, String naar, Map<Long, LocalDate> dezeJaar, Map<Long, LocalDate> vanaf, Map<Long, LocalDate> tot) {
        List<Long> dagen = List.copyOf(dagenPerZaak(dezeJaar, vanaf, tot).values());
        return new Stap(van, naar, dagen.size(), percentiel(dagen, 50), percentiel(dagen, 80));
    }

    /** Per case that came in this year and reached both steps, the days between them; a later step never counts before the earlier. */
    static Map<Long, Long> dagenPerZaak(Map<Long, LocalDate> dezeJaar, Map<Long, LocalDate> vanaf, Map<Long, LocalDate> tot) {
        Map<Long, Long> dagen = new HashMap<>();
        for (Map.Entry<Long, LocalDate> e : vanaf.entrySet()) {
            LocalDate eind = tot.get(e.getKey());
            if (dezeJaar.containsKey(e.getKey()) && eind != null && !eind.isBefore(e.getValue())) {
                dagen.put(e.getKey(), dagen(e.getValue(), eind));
            }
        }
        return dagen;
    }

    /** Nearest-rank percentile; null for no values. */
    static Long percentiel(List<Long> waarden, int procent) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> gesorteerd = waarden.stream().sorted().toList();
        int rang = (int) Math.ceil(procent / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }

    private static long dagen(LocalDate van, LocalDate tot) {
        return ChronoUnit.DAYS.between(van, tot);
    }

    /** Per case the earliest date of these rows. */
    static <T> Map<Long, LocalDate> eerste(List<T> rijen, Function<T, Long> zaak, Function<T, LocalDate> datum) {
        Map<Long, LocalDate> eerste = new HashMap<>();
        for (T rij : rijen) {
            eerste.merge(zaak.apply(rij), datum.apply(rij), (a, b) -> a.isBefore(b) ? a : b);
        }
        return eerste;
    }
}
