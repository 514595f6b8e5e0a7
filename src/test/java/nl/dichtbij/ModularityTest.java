package nl.dichtbij;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DichtbijApplication.class);

    /**
     * Which module may use which (docs/decisions/0001, 0011 and 0012). A new dependency is a design decision: add it here
     * with its reason in a decision record, or publish an event instead. The case pages and the werkbak compose
     * several modules in {@code werkplek}, so the capability modules need not know each other for a page. The demo
     * municipality is built in {@code demo}, which may use what it needs and which no module may use (docs/decisions/0014).
     */
    private static final Map<String, Set<String>> TOEGESTAAN = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("termijnen", Set.of()),
            Map.entry("aanbod", Set.of("gemeente", "platform")), // the region of a regional contract (docs/decisions/0025)
            Map.entry("personen", Set.of("platform")),
            // the statutory client experience survey invites the residents with a Wmo or Jeugdwet decision in the year and
            // logs that look in the Logboek (issue 21, docs/decisions/0034)
            Map.entry("programma", Set.of("besluit", "dossier", "platform")),
            // the providers and products an intervention names (issue 18)
            Map.entry("interventies", Set.of("aanbod", "platform")),
            Map.entry("gemeente", Set.of("personen", "platform")),
            Map.entry("dossier", Set.of("aanbod", "gemeente", "personen", "platform")),
            Map.entry("socialekaart", Set.of("gemeente", "platform")),
            // the provider an escalation names (issue 17); the closing ZRM a case needs before it closes (issue 18)
            Map.entry("regie", Set.of("aanbod", "dossier", "gemeente", "personen", "platform", "zrm")),
            Map.entry("zrm", Set.of("dossier")),
            Map.entry("besluit", Set.of("aanbod", "dossier", "gemeente", "personen", "platform", "regie", "termijnen")),
            Map.entry("toegang", Set.of("dossier", "gemeente", "personen", "platform", "regie", "socialekaart", "termijnen", "zrm")),
            Map.entry("berichten", Set.of("aanbod", "besluit", "dossier", "gemeente", "personen", "platform", "regie", "termijnen")),
            Map.entry("plan", Set.of("besluit", "dossier", "gemeente", "interventies", "personen", "platform", "regie", "zrm")),
            Map.entry("sturing", Set.of("aanbod", "berichten", "besluit", "dossier", "gemeente", "personen", "plan", "platform", "programma",
                    "interventies", "regie", "toegang", "veiligheid", "zrm")), // the outcome monitor keeps its read model from the ZRM events (docs/decisions/0030)
            // and the CBS Beleidsinformatie Jeugd reads the child protection measures of veiligheid (issue 21, docs/decisions/0032)
            // and beleid's werkbak: the follow-ups of talks with providers (docs/decisions/0026); the care referred by others on
            // the case page (docs/decisions/0027)
            // and the household's provisions at partners (work and income, debt help) on the case page (issue 20)
            // and the summary of the safety records on the case page (issue 20)
            Map.entry("werkplek", Set.of("aanbod", "berichten", "besluit", "dossier", "gemeente", "interventies", "participatie", "partners", "personen", "plan",
                    "platform", "regie", "sturing", "toegang", "veiligheid", "vroegsignalering", "zrm")),
            Map.entry("participatie", Set.of("dossier", "personen", "platform")),
            // a referral names a case, a household member and, with consent, the plan's goals and the latest ZRM; FermWerk's
            // report back may record a step on the participatieladder (issue 20)
            Map.entry("partners", Set.of("dossier", "gemeente", "participatie", "personen", "plan", "platform", "regie", "zrm")),
            // the marketplace for complex cases (issue 19): composes its request from the case, the onderzoek, the ZRM and the plan,
            // qualifies providers by their contracts, and awards through an ordinary decision
            Map.entry("marktplaats", Set.of("aanbod", "besluit", "dossier", "personen", "plan", "platform", "regie", "toegang", "zrm")),
            // the safety records of a case (issue 20): the case's household through regie, access and the log through dossier,
            // the plan's goals about the child for the gecertificeerde instelling through plan
            Map.entry("veiligheid", Set.of("dossier", "personen", "plan", "platform", "regie")),
            // signals of debts (issue 20): the household from the BRP, the Wmo-team, the Wgs terms, logged in the Logboek
            Map.entry("vroegsignalering", Set.of("dossier", "gemeente", "personen", "platform", "termijnen")),
            // follows the chain by its events for the resident (docs/decisions/0012)
            // and notes that there is news for the residents who asked to be told and may read it (docs/decisions/0020, 0024)
            Map.entry("inwoner", Set.of("berichten", "besluit", "dossier", "personen", "plan", "platform", "regie", "toegang")),
            // the provider catalogue and the experience stories (issue 19, docs/decisions/0035): contracts, register and products
            // from aanbod, the interventions' effect level, the resident's toewijzingen from berichten, the Logboek through dossier
            Map.entry("catalogus", Set.of("aanbod", "berichten", "dossier", "gemeente", "interventies", "platform")),
            // builds the demo municipality through the modules' public APIs (docs/decisions/0014); no module uses it
            Map.entry("demo", Set.of("aanbod", "berichten", "besluit", "catalogus", "dossier", "gemeente", "interventies", "participatie", "partners", "personen", "plan", "platform", "programma", "regie",
                    "socialekaart", "sturing", "toegang", "veiligheid", "vroegsignalering", "zrm")));

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void everyModuleUsesOnlyTheModulesItIsAllowedTo() {
        Set<String> namen = new TreeSet<>();
        modules.forEach(module -> namen.add(naam(module)));
        assertThat(namen).as("every module has its line in TOEGESTAAN").isEqualTo(new TreeSet<>(TOEGESTAAN.keySet()));
        modules.forEach(module -> assertThat(gebruikt(module)).as("what %s uses", naam(module)).isSubsetOf(TOEGESTAAN.get(naam(module))));
    }

    @Test
    void accessDoesNotKnowThePlanOrTheDecisionsAndNoModuleKnowsTheWorkplaceOrTheResidentsView() {
        assertThat(gebruikt(modules.getModuleByName("toegang").orElseThrow())).doesNotContain("plan", "besluit", "berichten");
        modules.forEach(module -> assertThat(gebruikt(module)).as("what %s uses", naam(module)).doesNotContain("werkplek", "inwoner"));
    }

    @Test
    void noModuleUsesTheDemo() {
        modules.forEach(module -> assertThat(gebruikt(module)).as("what %s uses", naam(module)).doesNotContain("demo"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private Set<String> gebruikt(ApplicationModule module) {
        return module.getDirectDependencies(modules).uniqueModules().map(this::naam).collect(Collectors.toSet());
    }

    private String naam(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
