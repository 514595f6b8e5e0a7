package nl.dichtbij.programma.web;

import nl.dichtbij.programma.NieuweRapportage;
import nl.dichtbij.programma.Stoplicht;

/** The form for a monthly report; keeps what was typed when something is refused. */
public class RapportageFormulier {

    private Integer jaar;
    private Integer maand;
    private Stoplicht resultaten;
    private Stoplicht planning;
    private Stoplicht financien;
    private Stoplicht personeel;
    private String behaaldeResultaten;
    private String knelpunten;
    private String maatregelen;

    NieuweRapportage naarRapportage() {
        return new NieuweRapportage(jaar, maand, resultaten, planning, financien, personeel, behaaldeResultaten, knelpunten, maatregelen);
    }

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Integer getMaand() { return maand; }
    public void setMaand(Integer maand) { this.maand = maand; }
    public Stoplicht getResultaten() { return resultaten; }
    public void setResultaten(Stoplicht resultaten) { this.resultaten = resultaten; }
    public Stoplicht getPlanning() { return planning; }
    public void setPlanning(Stoplicht planning) { this.planning = planning; }
    public Stoplicht getFinancien() { return financien; }
    public void setFinancien(Stoplicht financien) { this.financien = financien; }
    public Stoplicht getPersoneel() { return personeel; }
    public void setPersoneel(Stoplicht personeel) { this.personeel = personeel; }
    public String getBehaaldeResultaten() { return behaaldeResultaten; }
    public void setBehaaldeResultaten(String behaaldeResultaten) { this.behaaldeResultaten = behaaldeResultaten; }
    public String getKnelpunten() { return knelpunten; }
    public void setKnelpunten(String knelpunten) { this.knelpunten = knelpunten; }
    public String getMaatregelen() { return maatregelen; }
    public void setMaatregelen(String maatregelen) { this.maatregelen = maatregelen; }
}
