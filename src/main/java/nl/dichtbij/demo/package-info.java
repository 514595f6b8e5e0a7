/**
 * The demo municipality: Woerden and Montfoort with their population, teams, accounts, sociale kaart, products, cases and
 * figures, built in one clear order by {@link nl.dichtbij.demo.Demogemeente} only when {@code dichtbij.demo.enabled} is on
 * (the {@code demo} profile). It uses the other modules; no module uses it (docs/decisions/0014).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package nl.dichtbij.demo;
