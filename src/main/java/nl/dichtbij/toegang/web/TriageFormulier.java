package nl.dichtbij.toegang.web;

import nl.dichtbij.toegang.TriageStap;

public class TriageFormulier {

    private TriageStap stap;
    private String reden;
    private Long organisatieId;

    public TriageStap getStap() { return stap; }
    public void setStap(TriageStap stap) { this.stap = stap; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public Long getOrganisatieId() { return organisatieId; }
    public void setOrganisatieId(Long organisatieId) { this.organisatieId = organisatieId; }
}
