/**
 * Mijn Dichtbij across the modules: what the resident sees of the steps other modules take for him. It follows the
 * chain by its events — the plan agreed, the aanvraag, the decision, the provider's assignment, the start and stop of
 * help, the closed case — and shows each on the question he asked (toegang), so toegang need not know plan, besluit or
 * berichten and those need not know toegang (docs/decisions/0012). No module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inwoner")
package nl.dichtbij.inwoner;
