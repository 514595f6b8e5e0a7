package nl.dichtbij.toegang.web;

import nl.dichtbij.toegang.Intrekreden;

/** Why the resident withdraws his question, and in his own words if he likes. */
public class IntrekFormulier {

    private Intrekreden reden;
    private String toelichting;

    public Intrekreden getReden() { return reden; }
    public void setReden(Intrekreden reden) { this.reden = reden; }
    public String getToelichting() { return toelichting; }
    public void setToelichting(String toelichting) { this.toelichting = toelichting; }
}
