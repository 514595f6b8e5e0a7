/**
 * The second circle (issue 20): the partners of a municipality (work and income, debt help, GPs, Veilig Thuis, the
 * gecertificeerde instellingen, the housing corporation, ...) and the warm referral from a case to one of them, with the
 * resident's consent for what the partner may see, the partner's answer and its report back by a date the regisseur watches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package nl.dichtbij.partners;
