/**
 * The professional's workplace: the pages that show the work of several modules together — the werkbak and daily
 * digest, and the case page with its regie, plan, decisions and objections. It only composes: every rule stays in the
 * module that owns it (toegang, regie, plan, besluit, dossier), reached through that module's public API, so those
 * modules need not know each other for a page (docs/decisions/0011).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Werkplek")
package nl.dichtbij.werkplek;
