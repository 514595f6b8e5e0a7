package nl.dichtbij.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.dichtbij.programma.Aspect;
import nl.dichtbij.programma.Programmaovername;
import nl.dichtbij.programma.Programmaovername.OvergenomenEnquete;
import nl.dichtbij.programma.Programmaovername.OvergenomenProject;
import nl.dichtbij.programma.Programmaovername.OvergenomenRapportage;
import nl.dichtbij.programma.Stoplicht;
import nl.dichtbij.programma.Vraag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Woerden's programme "Begeleiding Dichtbij" from the progress report of October 2018 (seed 002):
 * the seven projects with their goals and planned results, and four monthly reports before the
 * current month; and the client survey: a closed 2025 survey with 412 respondents (the same
 * answers on every start) and, from 2026 on, an open survey of the current year. Taken over as from where the municipality
 * kept them before ({@link Programmaovername}).
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ProgrammaBegeleidingDichtbij implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(ProgrammaBegeleidingDichtbij.class);
    static final String WOERDEN = "0632";
    static final int GESLOTEN_JAAR = 2025;

    /** One month: the four lights (O op schema, K knelpunt, N niet gehaald: resultaten, planning, financiën, personeel) and the texts. */
    record Maand(String lichten, String behaald, String knelpunten, String maatregelen) {
    }

    record DemoProject(String code, String naam, String doelen, String beoogd, List<Maand> maanden) {
    }

    static final List<DemoProject> PROJECTEN = List.of(
            new DemoProject("casemanagement", "Casemanagement en toegang (Begeleiding Dichtbij)", """
                    Inwoners beter begeleiden, dichtbij in hun eigen leefomgeving.
                    Minimaal 85% van de inwoners weet waar zij naartoe moeten met een hulpvraag (2019); ambitie 90% in 2022.
                    Het percentage inwoners dat zegt dat er samen gezocht is naar oplossingen stijgt naar 85% (2019; 82% in 2017); ambitie 90% in 2022.
                    Het percentage inwoners dat zegt dat de kwaliteit van ondersteuning goed is stijgt naar minimaal 90% (2019; 88% in 2017).
                    Het percentage beschikkingen met een arrangement van informele en formele zorg stijgt in 2020 ten opzichte van 2019.
                    De gemeente werkt integraal vanuit Jeugdwet, Wmo en Participatiewet, zodat inwoners hun verhaal niet opnieuw hoeven te doen.""", """
                    Vaststellen wat de gemeente onder casemanagement verstaat.
                    Model en organisatievorm bepalen voor de nieuwe toegang tot zorg in het sociaal domein.
                    Casemanagement invoeren.
                    Efficiëntie: betere begeleiding leidt tot een besparing van € 0,5 miljoen in 2019 en € 1 miljoen in 2020.""",
                    List.of(new Maand("OOOO", "Fase I gestart: wat is casemanagement, welke partijen en expertises zijn nodig.", null, null),
                            new Maand("OOOK", "Drie expertmeetings en een infosessie met WoerdenWijzer en FermWerk gehouden.",
                                    "Capaciteit projectleiding casemanagement is te krap.", "Projectleiding tijdelijk versterkt vanuit het programmateam."),
                            new Maand("OOKK", """
                                    Betere termen gekozen: "Begeleiding Dichtbij", met casusregie en procesregie.
                                    Meer draagvlak voor het nieuwe model bij WoerdenWijzer en FermWerk.""",
                                    "Is de besparing voor 2019 te halen? Er is expertise nodig voor de formatie van het sociaal team.",
                                    "Quick wins bepalen en inzetten. In het programmateam bespreken welke expertise nodig is."),
                            new Maand("OOKK", """
                                    Concept kadernotitie Begeleiding Dichtbij ligt voor aan het college en WoerdenWijzer.
                                    Capaciteitsprobleem projectleiding casemanagement is opgelost binnen het programmateam.""",
                                    "Besparing voor 2019 nog onzeker. Expertise nodig voor de formatie van het sociaal team.",
                                    "Quick wins bepalen en inzetten. In het programmateam bespreken welke expertise nodig is om deze taak op te pakken."))),
            new DemoProject("inkoop", "Inkoop", """
                    Goede afspraken met zorgaanbieders die bijdragen aan het coalitieakkoord.
                    De aanbesteding volgt, ondersteunt en faciliteert het casemanagement.
                    De aanbesteding maakt een bredere Woerdense samenwerking tussen voorliggende en maatwerkvoorzieningen mogelijk.
                    Intensiever samenwerken met minder zorgaanbieders, tegen hogere kwaliteit.""", """
                    Bestuurlijk draagvlak in de regio voor het aanbestedingsmodel (eerste kwartaal).
                    Start aanbesteding (eerste kwartaal).
                    Gunning van de aanbesteding (derde kwartaal).""",
                    List.of(new Maand("OKOO", "Inventarisatie per gemeente en inkoopcategorie gestart met Berenschot.",
                                    "Nog geen regionale trekker.", "Onderwerp geagendeerd in het regionale overleg."),
                            new Maand("KNKK", "Eerste brainstormsessies georganiseerd.",
                                    "Geen regionale trekker: de regionale planning is onzeker. Er is geen team met de juiste expertise.",
                                    "Projectleider sluit aan bij het regionale programmateam."),
                            new Maand("KNKK", "Input van Woerden geleverd aan Berenschot.", """
                                    Planning en resultaten: er is nog geen regionale trekker. Het tijdpad voor de aanbesteding dreigt onuitvoerbaar te worden.
                                    Personeel en financiën: er moet een team komen, maar de juiste expertise is moeilijk te vinden.""",
                                    "In oktober duidelijkheid over wie de aanbesteding uitvoert en wie de trekker is (regionaal overleg)."),
                            new Maand("KKKK", "Analyse van de overlap tussen Jeugdwet, Participatiewet en Wmo is klaar.",
                                    "Regionale planning sluit nog niet aan op de lokale planning. Team voor de aanbesteding nog niet compleet.", """
                                    Projectleider vertegenwoordigt de belangen van Woerden in het regionale programmateam.
                                    Directeur en wethouders hebben de onderhandelingspositie van Woerden scherp voor ogen."""))),
            new DemoProject("voorliggend", "Voorliggende voorzieningen", """
                    De inzet van voorliggende voorzieningen sluit aan op de toegang en op wensen en behoeften in de wijk.
                    Er wordt meer gebruikgemaakt van voorliggende voorzieningen en minder van maatwerk.
                    Het aanbod van voorliggende voorzieningen neemt toe.""", """
                    Nieuwe subsidietender voor strategisch partnerschap afgerond.
                    Voorliggende functies geïntegreerd in de toegang.
                    Verschuiving van middelen van maatwerk naar voorliggend.
                    Betere monitoring van voorliggende voorzieningen.""",
                    List.of(new Maand("OOOK", "Subsidieproces uitgelegd aan partijen.", "Geen projectleider voor de subsidies.", "Werving projectleider subsidies gestart."),
                            new Maand("OOOK", "Belacties met partijen gehouden.", "Projectleider subsidies nog niet gestart.", "Tijdelijke invulling vanuit het programmateam."),
                            new Maand("OOOO", "Projectleider subsidies aangesteld en gestart. Interne projectgroep subsidies gestart.", null,
                                    "Capaciteitsproblemen projectleiding subsidies opgelost."),
                            new Maand("OOOO", "Wekelijks strak accounthouderschap op de omzetting van Welzijn Woerden.", null, null))),
            new DemoProject("wijk", "Werken in de wijk", """
                    De locaties steunen op draagvlak van inwoners en maatschappelijke instellingen.
                    De locaties sluiten aan op de ondersteuningsbehoefte van inwoners.
                    Enkele locaties zijn geschikt als pilot voor het werken in de wijk.""", """
                    Wijkanalyses laten zien wat de ondersteuningsbehoefte per wijk is.
                    Locaties bepalen die passen bij wijken en dorpen (De Plint, Meulmansweg, Molenvliet, Milandhof, Schulenburg, Dorpshuis Harmelen).
                    Buurtbewoners dragen de locaties actief.
                    Pilotlocaties zijn gereed.""",
                    List.of(new Maand("OOOO", "Wijkanalyses gestart met dorps- en wijkplatforms.", null, null),
                            new Maand("OKOO", "Gebruikersoverleg De Plint gestart.", "Het tempo van overstijgend beleid past niet bij de dynamiek in de wijken.",
                                    "Ontwikkeling en programmering in overleg met partijen op de locaties."),
                            new Maand("KKOO", "Focus aangebracht in beheermodellen.",
                                    "Het beheer van de pilotlocaties (zoals De Plint) moet geregeld worden; de huidige constructies zijn niet toekomstbestendig.",
                                    "Mogelijkheden in kaart brengen en voorleggen aan het college."),
                            new Maand("KKOO", "Scherpte aangebracht in de visie op sociaal werken in de wijk.", """
                                    Beheer van de pilotlocaties is nog niet geregeld.
                                    Partijen die op meer locaties actief zijn hebben wisselende behoeften aan informatie en betrokkenheid.""", """
                                    Frictie tussen beleid en sociaal domein vastleggen en voorstellen doen aan directie en college.
                                    Wijkanalyses bespreken in de wijken."""))),
            new DemoProject("participatie", "Participatie", """
                    Bevordering van participatie is integraal onderdeel van de ondersteuning van inwoners.
                    Er is één duidelijke toegang voor zorg, inkomensondersteuning en bevordering van participatie.
                    Er is ontschotting tussen voorzieningen op basis van de Wmo en de Participatiewet.""", """
                    Duidelijkheid over doelen, doelgroepen, instrumenten en financiën van participatie.
                    Duidelijkheid over de rol en positie van FermWerk in Woerden.
                    Onderzoek hoe de uitvoering van Participatiewet en Wmo op elkaar afgestemd kan worden.
                    Uitkomsten vertaald in een uitvoeringsplan van FermWerk en gemeente.""",
                    List.of(new Maand("OOKO", "Gespreksnotitie over participatie voor de raad afgerond.",
                                    "Geen gemeentelijke middelen gereserveerd voor participatie.", "Punt meenemen in de begroting 2020."),
                            new Maand("OOKO", "De raad heeft over participatie gesproken.",
                                    "Geen gemeentelijke middelen gereserveerd voor participatie.", "Gesprek met FermWerk gepland."),
                            new Maand("OKKO", "Aanzet gemaakt voor een kadernota Participatie.", """
                                    Los van de bekostiging van FermWerk zijn er geen gemeentelijke middelen voor participatie.
                                    Samenwerken met FermWerk vraagt om zorgvuldigheid.""",
                                    "Gesprek met FermWerk over casemanagement, samenwerking en mogelijkheden om te in- en extensiveren."),
                            new Maand("OKKO", "Consulenten van WoerdenWijzer en FermWerk experimenteren samen met een integrale aanpak.", """
                                    Geen gemeentelijke middelen voor de bevordering van participatie: ambitie is lastig om te zetten in resultaten.
                                    Samenwerken met FermWerk vraagt om zorgvuldigheid.""",
                                    "De uitkomsten van de discussie worden input voor het plan voor de herstructurering van het sociaal domein en de begroting 2020."))),
            new DemoProject("communicatie", "Communicatie", """
                    Eenduidige communicatie door programmateam en opgaventeams over subsidies, casemanagement, werken in de wijk, inkoop en participatie.
                    Een communicatieplan dat integraliteit, overzicht en samenhang geeft.
                    Afstemming met en draagvlak bij maatschappelijke partners, stakeholders, MT-SD en medewerkers.""", """
                    Communicatieplan opgesteld.
                    Voortgang van de communicatie bewaakt.
                    Draagvlak door afstemming met interne en externe stakeholders.
                    Partners, stakeholders en medewerkers hebben genoeg informatie om mee te werken aan de transformatie.""",
                    List.of(new Maand("OOOO", "Bijeenkomst met maatschappelijke partners gehouden.", null, null),
                            new Maand("OKOK", "Kernboodschappen Transformatie Sociaal Domein en subsidies gemaakt.",
                                    "Te weinig uren voor ondersteuning en advies. Planning nog uit te werken met de opgaveteams.",
                                    "Benodigde uren in kaart gebracht."),
                            new Maand("OKOK", "Belactie maatschappelijke partners over subsidies. Meedenkgroep stakeholders in oprichting.",
                                    "Te weinig uren en capaciteit voor ondersteuning en advies.",
                                    "Overleg met teammanagers over verdeling van communicatiewerk en eventuele extra capaciteit."),
                            new Maand("OKOK", """
                                    Meedenkgroepen per onderwerp, bijpraatmomenten bij beleid en uitvoering, PIM-groep op intranet.
                                    Wijkanalyses samen met dorps- en wijkplatforms.""", """
                                    Uren en capaciteit in ondersteuning en advies.
                                    Planning nog uit te werken met de opgaveteams.""",
                                    "Afspraken met de aanvoerders van de opgaveteams over communicatieactiviteiten en planning."))),
            new DemoProject("programmateam", "Programmateam", """
                    De organisatie van het sociaal domein is ingericht en toegerust om het coalitieakkoord uit te voeren.
                    Het programmateam ondersteunt de opgaventeams en zorgt voor integraliteit, overzicht en samenhang.
                    Afstemming met en draagvlak bij raad, college, directie, MT-SD, medewerkers en externe stakeholders.""", """
                    Tijdige besluitvorming door raad en college.
                    Voortgang bewaakt.
                    Knelpunten in de capaciteit bij het MT-SD gesignaleerd.
                    Communicatie over het programma.""",
                    List.of(new Maand("OOOK", "Dashboard voor MT en college opgezet.", "Twee projectleiders ontbreken.", "Werving gestart."),
                            new Maand("OOOK", "Medewerkersbijeenkomst gehouden.", "Projectleider subsidies nog niet gestart.", "Tijdelijke invulling binnen het programmateam."),
                            new Maand("OOOO", "Kaders casemanagement vastgesteld.", null, null),
                            new Maand("OOOO", """
                                    Voortgangsrapportage aan college en raad.
                                    Knelpunten in capaciteit opgelost door een subsidieprojectleider aan te stellen en de projectleider casemanagement te herstellen.""",
                                    null, null))));

    private final Programmaovername overname;
    private final Clock clock;

    ProgrammaBegeleidingDichtbij(Programmaovername overname, Clock clock) {
        this.overname = overname;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "programma";
    }

    @Override
    @Transactional
    public void vullen() {
        if (!overname.heeftProjecten(WOERDEN)) {
            projecten();
        }
        if (!overname.heeftEnquetes(WOERDEN)) {
            enquetes();
        }
    }

    private void projecten() {
        YearMonth deze = YearMonth.now(clock);
        overname.projectenOvernemen(WOERDEN, PROJECTEN.stream().map(p -> {
            List<OvergenomenRapportage> rapportages = new ArrayList<>();
            for (int i = 0; i < p.maanden().size(); i++) {
                Maand m = p.maanden().get(i);
                YearMonth maand = deze.minusMonths(p.maanden().size() - i);
                LocalDateTime vastgelegd = maand.plusMonths(1).atDay(3).atTime(9, 0);
                LocalDateTime nu = LocalDateTime.now(clock);
                rapportages.add(new OvergenomenRapportage(maand, lichten(m.lichten()), m.behaald(), m.knelpunten(), m.maatregelen(),
                        "Programmateam Sociaal Domein", vastgelegd.isAfter(nu) ? nu : vastgelegd));
            }
            return new OvergenomenProject(p.code(), p.naam(), p.doelen(), p.beoogd(), rapportages);
        }).toList());
        log.info("Programma Begeleiding Dichtbij: {} projecten met maandrapportages voor Woerden", PROJECTEN.size());
    }

    /** The four letters in the order resultaten, planning, financiën, personeel. */
    private static Map<Aspect, Stoplicht> lichten(String letters) {
        Map<Aspect, Stoplicht> lichten = new EnumMap<>(Aspect.class);
        Aspect[] aspecten = {Aspect.RESULTATEN, Aspect.PLANNING, Aspect.FINANCIEN, Aspect.PERSONEEL};
        for (int i = 0; i < aspecten.length; i++) {
            lichten.put(aspecten[i], switch (letters.charAt(i)) {
                case 'K' -> Stoplicht.KNELPUNT;
                case 'N' -> Stoplicht.NIET_GEHAALD;
                default -> Stoplicht.OP_SCHEMA;
            });
        }
        return lichten;
    }

    /** Per question: how many answered "weet ik niet", and how many of the others agree (84.0%, 86.0%, 88.9%). */
    static final int RESPONDENTEN = 412;
    static final int[][] VERDELING = {
            {12, 336}, // WEET_WAARHEEN: 336 of 400
            {20, 337}, // SAMEN_GEZOCHT: 337 of 392
            {15, 353}, // KWALITEIT_GOED: 353 of 397
    };
    private static final Vraag[] VRAGEN = {Vraag.WEET_WAARHEEN, Vraag.SAMEN_GEZOCHT, Vraag.KWALITEIT_GOED};

    private void enquetes() {
        LocalDateTime nu = LocalDateTime.now(clock);
        Random random = new Random(632);
        List<Map<Vraag, Integer>> respondenten = new ArrayList<>();
        for (int r = 0; r < RESPONDENTEN; r++) {
            respondenten.add(new EnumMap<>(Vraag.class));
        }
        for (int v = 0; v < VRAGEN.length; v++) {
            List<Integer> scores = scores(VERDELING[v][0], VERDELING[v][1], random);
            for (int r = 0; r < RESPONDENTEN; r++) {
                respondenten.get(r).put(VRAGEN[v], scores.get(r));
            }
        }
        // the demo respondents are made up: they have no BSN, so nobody is recorded as having taken part
        overname.enqueteOvernemen(WOERDEN, new OvergenomenEnquete(GESLOTEN_JAAR, LocalDateTime.of(GESLOTEN_JAAR, 3, 1, 9, 0),
                LocalDateTime.of(GESLOTEN_JAAR, 5, 31, 17, 0), respondenten));
        if (nu.getYear() > GESLOTEN_JAAR) {
            overname.enqueteOvernemen(WOERDEN, new OvergenomenEnquete(nu.getYear(), nu.minusDays(14), null, List.of()));
        }
        log.info("Cliëntervaringsonderzoek {} van Woerden met {} respondenten aangemaakt", GESLOTEN_JAAR, RESPONDENTEN);
    }

    /** Exactly so many "weet ik niet" (null) and agreeing answers, the rest spread over neutral and disagree, shuffled. */
    private static List<Integer> scores(int weetNiet, int eens, Random random) {
        List<Integer> scores = new ArrayList<>(RESPONDENTEN);
        for (int i = 0; i < weetNiet; i++) {
            scores.add(null);
        }
        for (int i = 0; i < eens; i++) {
            scores.add(i % 5 < 2 ? 5 : 4);
        }
        int rest = RESPONDENTEN - weetNiet - eens;
        for (int i = 0; i < rest; i++) {
            scores.add(i % 4 == 0 ? 1 : i % 4 == 1 ? 2 : 3);
        }
        Collections.shuffle(scores, random);
        return scores;
    }
}
