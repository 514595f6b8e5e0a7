/**
 * Safety (issue 20): the steps of the Wet verplichte meldcode huiselijk geweld en kindermishandeling on a case, risk
 * assessments, referrals to Veilig Thuis with their outcome, and child protection measures with the gecertificeerde instelling
 * (GI) as a party of the case. Read and written as {@code Dossierdeel.VEILIGHEID}: narrower than the rest of the file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Veiligheid")
package nl.dichtbij.veiligheid;
