/**
 * Vroegsignalering of debts (issue 20, Wet gemeentelijke schuldhulpverlening art. 3 en 5): the register of senders
 * (housing corporations, energy and water companies, health insurers), the signals of payment arrears they send by API or
 * file, the outreach task each becomes for the Wmo-team with its first-contact deadline, contact attempts and outcome, the
 * destruction of signals that did not lead to debt help after the legal term, and the person-free figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vroegsignalering")
package nl.dichtbij.vroegsignalering;
