/**
 * Steering information (sturing): provisions (voorzieningen) as facts per address under the five
 * regelingen the back office counts — from decisions, from partners (FermWerk, schuldhulpverlening,
 * by form or CSV import) — and the stacking analysis (stapeling) per municipality and year, per
 * regeling, per combination, per wijk and per kern. Reads addresses only through
 * {@link nl.dichtbij.personen.PersonenRegister}.
 */
package nl.dichtbij.sturing;
