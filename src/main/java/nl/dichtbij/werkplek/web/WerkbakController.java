package nl.dichtbij.werkplek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Termijnbord;
import nl.dichtbij.gemeente.Dienstrooster;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.partners.Doorverwijzingen;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.regie.Werklijst;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.toegang.Wachtrij;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The professional's werkbak and daily digest: his meldingen and his team's queue (toegang), his cases and tasks
 * (regie), the evaluations due (plan) and the deadlines (besluit), composed from each module's public API.
 */
@Controller
@RequestMapping("/werk")
class WerkbakController {

    private final Wachtrij wachtrij;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final Zaken zaken;
    private final Werklijst werklijst;
    private final Plannen plannen;
    private final Termijnbord termijnbord;
    private final Besluiten besluiten;
    private final Dienstrooster dienstrooster;
    private final Doorverwijzingen doorverwijzingen;
    private final Clock clock;
    private final nl.dichtbij.vroegsignalering.Vroegsignalen vroegsignalen;
    private final nl.dichtbij.dossier.DossierLog dossierLog;

    WerkbakController(Wachtrij wachtrij, PersonenRegister register, Gemeenten gemeenten, Zaken zaken, Werklijst werklijst, Plannen plannen,
                      Termijnbord termijnbord, Besluiten besluiten, Dienstrooster dienstrooster, Doorverwijzingen doorverwijzingen, Clock clock,
                      nl.dichtbij.vroegsignalering.Vroegsignalen vroegsignalen, nl.dichtbij.dossier.DossierLog dossierLog) {
        this.dossierLog = dossierLog;
        this.doorverwijzingen = doorverwijzingen;
        this.vroegsignalen = vroegsignalen;
        this.besluiten = besluiten;
        this.dienstrooster = dienstrooster;
        this.wachtrij = wachtrij;
        this.register = register;
        this.gemeenten = gemeenten;
        this.zaken = zaken;
        this.werklijst = werklijst;
        this.plannen = plannen;
        this.termijnbord = termijnbord;
        this.clock = clock;
    }

    /** Each list that asks for action (second signatures, residents' messages, withdrawn questions) shows this many at most. */
    static final int REGELS = Pagina.STANDAARD_GROOTTE;

    /**
     * The long lists (the team's queue, his cases, the week's deadlines) show their first ten on the werkbak, each with a link to
     * the whole list: every resident named is read and logged, and a start page naming 135 residents when the professional acts on
     * a few is more processing than the work needs (docs/decisions/0042).
     */
    static final int WERKBAK_LIJST = 10;

    @GetMapping
    String werkbak(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(required = false) String na,
                   @RequestParam(required = false) String volgorde, @RequestParam(required = false) String toon, Model model) {
        model.addAttribute("team", medewerker.teamId() == null ? null : gemeenten.team(medewerker.teamId()).orElseThrow());
        model.addAttribute("dienstVandaag", medewerker.teamId() != null && dienstrooster.op(medewerker.teamId(), LocalDate.now(clock))
                .filter(d -> d.gebruikersnaam().equals(medewerker.gebruikersnaam())).isPresent());
        List<Wachtrij.Regel> mijn = wachtrij.vanBehandelaar(medewerker);
        MijnMeldingenWeergave.Volgorde gekozenVolgorde = keuze(MijnMeldingenWeergave.Volgorde.class, volgorde, MijnMeldingenWeergave.Volgorde.TERMIJN);
        MijnMeldingenWeergave.Filter gekozenFilter = keuze(MijnMeldingenWeergave.Filter.class, toon, MijnMeldingenWeergave.Filter.ALLE);
        model.addAttribute("mijnAantal", mijn.size());
        // only a full list can have more behind it: one count then, none otherwise
        model.addAttribute("mijnTotaal", mijn.size() < Wachtrij.EIGEN_ZICHTBAAR ? mijn.size() : wachtrij.aantalVanBehandelaar(medewerker));
        model.addAttribute("mijn", MijnMeldingenWeergave.toon(mijn, gekozenVolgorde, gekozenFilter));
        model.addAttribute("volgorden", MijnMeldingenWeergave.Volgorde.values());
        model.addAttribute("filters", MijnMeldingenWeergave.Filter.values());
        model.addAttribute("volgorde", gekozenVolgorde);
        model.addAttribute("toon", gekozenFilter);
        model.addAttribute("wachtrij", medewerker.teamId() == null ? null
                : wachtrij.vanTeam(medewerker, medewerker.teamId(), true, na, WERKBAK_LIJST));
        model.addAttribute("dringend", medewerker.teamId() == null ? List.of() : wachtrij.dringend(medewerker, medewerker.teamId()));
        model.addAttribute("mijnZaken", zaakregels(medewerker, 0, WERKBAK_LIJST));
        List<Long> mijnZaken = zaken.idsVanRegisseur(medewerker);
        Werklijst.Werkbak werkbak = werklijst.werkbak(medewerker);
        model.addAttribute("taken", werkbak.taken());
        // the Wmo-team's open signals of debts (issue 20): one count, nothing for other teams
        model.addAttribute("schuldsignalen", vroegsignalen.telling(medewerker));
        model.addAttribute("meerTransities", werkbak.meerTransities());
        model.addAttribute("evaluaties", plannen.evaluatiesTeDoen(medewerker, mijnZaken));
        model.addAttribute("herindicaties", termijnbord.herindicaties(medewerker, mijnZaken));
        model.addAttribute("terugmeldingen", doorverwijzingen.terugmeldingTeLaat(medewerker, mijnZaken));
        model.addAttribute("partnernieuws", doorverwijzingen.nieuws(medewerker, mijnZaken));
        List<Termijnbord.Regel> termijnen = termijnbord.dezeWeek(medewerker, medewerker.teamId(), WERKBAK_LIJST + 1);
        List<Termijnbord.Regel> getoond = termijnen.size() > WERKBAK_LIJST ? termijnen.subList(0, WERKBAK_LIJST) : termijnen;
        model.addAttribute("termijnen", getoond);
        model.addAttribute("termijnnamen", termijnbord.namen(medewerker, getoond));
        model.addAttribute("meerTermijnen", termijnen.size() > WERKBAK_LIJST);
        model.addAttribute("tweedeHandtekening", besluiten.wachtenOpTweede(medewerker, REGELS));
        model.addAttribute("berichten", zaken.onbeantwoord(medewerker, REGELS));
        model.addAttribute("ingetrokken", wachtrij.ingetrokkenBij(medewerker, REGELS));
        return "werk/werkbak";
    }

    /** A choice from the address; anything else is the default, never an error page. */
    private static <E extends Enum<E>> E keuze(Class<E> soort, String waarde, E standaard) {
        for (E e : soort.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(waarde == null ? "" : waarde.strip())) {
                return e;
            }
        }
        return standaard;
    }

    /** All open cases this professional directs, a page at a time: the werkbak shows the first page. */
    @GetMapping("/zaken")
    String mijnZaken(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("mijnZaken", zaakregels(medewerker, Math.max(0, pagina), REGELS));
        return "werk/zaken";
    }

    /** All of his own open meldingen, a page at a time, the earliest term first: the werkbak shows the first hundred. */
    @GetMapping("/meldingen")
    String mijnMeldingen(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("meldingen", wachtrij.vanBehandelaar(medewerker, Math.max(0, pagina), Pagina.STANDAARD_GROOTTE));
        return "werk/meldingen";
    }

    /** The 18-/18+ transitions of the team, the youth who turns 18 first on top; {@code na}: after this birth date. */
    @GetMapping("/transities")
    String transities(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate na, Model model) {
        model.addAttribute("transities", werklijst.transities(medewerker, na, 50));
        return "werk/transities";
    }

    /** A page of cases named by who lives there and where: the addresses and the members read in two queries, not two per case. */
    private Pagina<ZaakRegel> zaakregels(Gebruiker medewerker, int pagina, int grootte) {
        Pagina<Zaken.Regel> regels = zaken.vanRegisseur(medewerker, pagina, grootte);
        List<Long> huishoudens = regels.inhoud().stream().map(Zaken.Regel::huishoudenId).toList();
        Map<Long, Adres> adressen = register.adressen(medewerker.gemeenteCode(), huishoudens);
        Map<Long, List<Persoon>> leden = register.leden(medewerker.gemeenteCode(), huishoudens);
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), leden.values().stream().flatMap(l -> genoemd(l).stream()).map(Persoon::bsn).toList(),
                REGISSEUR);
        return regels.map(z -> new ZaakRegel(z.id(), namen(leden.getOrDefault(z.huishoudenId(), List.of())),
                adressen.containsKey(z.huishoudenId()) ? adressen.get(z.huishoudenId()).regel() : "Onbekend adres", z.regievorm().label()));
    }

    private static final String REGISSEUR = "Regisseur van het huishouden: wettelijke taak (AVG art. 6 lid 1e)";

    /** The members a case line names: the oldest two. */
    private static List<Persoon> genoemd(List<Persoon> leden) {
        return leden.stream().sorted(java.util.Comparator.comparing(Persoon::geboortedatum)).limit(2).toList();
    }

    /** The oldest two members by name, and how many more: "Sanne de Wit, Tom de Wit en 1 ander". */
    static String namen(List<Persoon> leden) {
        String eerste = String.join(", ", genoemd(leden).stream().map(Persoon::naam).toList());
        int meer = leden.size() - 2;
        return meer <= 0 ? eerste : eerste + " en " + meer + (meer == 1 ? " ander" : " anderen");
    }

    record ZaakRegel(long id, String namen, String adres, String regievorm) {
    }

    /** The daily digest of one professional: his own deadlines, tasks and meldingen at risk, on one printable page. */
    @GetMapping("/dagoverzicht")
    String dagoverzicht(@AuthenticationPrincipal Gebruiker medewerker, Model model) {
        List<Long> mijnZaken = zaken.idsVanRegisseur(medewerker);
        model.addAttribute("vandaag", Formaat.datum(LocalDate.now(clock)));
        List<Termijnbord.Regel> termijnen = termijnbord.binnenEenWeek(medewerker, mijnZaken);
        model.addAttribute("termijnen", termijnen);
        model.addAttribute("termijnnamen", termijnbord.namen(medewerker, termijnen));
        model.addAttribute("meldingen", wachtrij.vanBehandelaar(medewerker).stream().filter(r -> r.inGevaar()).toList());
        Werklijst.Werkbak werkbak = werklijst.werkbak(medewerker);
        model.addAttribute("taken", werkbak.taken());
        model.addAttribute("meerTransities", werkbak.meerTransities());
        model.addAttribute("herindicaties", termijnbord.herindicaties(medewerker, mijnZaken));
        model.addAttribute("evaluaties", plannen.evaluatiesTeDoen(medewerker, mijnZaken));
        return "werk/dagoverzicht";
    }

    @PostMapping("/transities")
    String transitieAfgerond(@AuthenticationPrincipal Gebruiker medewerker, @RequestParam String persoonBsn) {
        werklijst.transitieAfgerond(medewerker, persoonBsn);
        return "redirect:/werk?transitie";
    }
}
