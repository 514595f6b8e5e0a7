package nl.dichtbij.werkplek.web;

import java.time.LocalDate;

import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.NieuweActie;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of the case page. */
final class Formulieren {

    private Formulieren() {
    }

    /** A message to the household. */
    public static class BerichtFormulier {
        private String bericht;
        private String betreft;

        public String getBericht() { return bericht; }
        public void setBericht(String bericht) { this.bericht = bericht; }
        public String getBetreft() { return betreft; }
        public void setBetreft(String betreft) { this.betreft = betreft; }
    }

    public static class DoelFormulier {
        private String omschrijving;
        private String persoonBsn;
        private Levensgebied levensgebied;
        private ZrmDomein zrmDomein;
        private Integer doelscore;
        private Regeling regeling = Regeling.GEEN;
        private int evaluatieMaanden = 3;

        NieuwDoel naarDoel() {
            return new NieuwDoel(omschrijving, persoonBsn, levensgebied, zrmDomein, doelscore, regeling, evaluatieMaanden);
        }

        public String getOmschrijving() { return omschrijving; }
        public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
        public String getPersoonBsn() { return persoonBsn; }
        public void setPersoonBsn(String persoonBsn) { this.persoonBsn = persoonBsn; }
        public Levensgebied getLevensgebied() { return levensgebied; }
        public void setLevensgebied(Levensgebied levensgebied) { this.levensgebied = levensgebied; }
        public ZrmDomein getZrmDomein() { return zrmDomein; }
        public void setZrmDomein(ZrmDomein zrmDomein) { this.zrmDomein = zrmDomein; }
        public Integer getDoelscore() { return doelscore; }
        public void setDoelscore(Integer doelscore) { this.doelscore = doelscore; }
        public Regeling getRegeling() { return regeling; }
        public void setRegeling(Regeling regeling) { this.regeling = regeling; }
        public int getEvaluatieMaanden() { return evaluatieMaanden; }
        public void setEvaluatieMaanden(int evaluatieMaanden) { this.evaluatieMaanden = evaluatieMaanden; }
    }

    public static class ActieFormulier {
        private Long doelId;
        private String omschrijving;
        private Uitvoerder uitvoerder;
        private String uitvoerderNaam;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate vanaf;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate tot;
        private Long interventieId;

        NieuweActie naarActie() {
            return new NieuweActie(omschrijving, uitvoerder, uitvoerderNaam, vanaf, tot, interventieId);
        }

        public Long getInterventieId() { return interventieId; }
        public void setInterventieId(Long interventieId) { this.interventieId = interventieId; }

        public Long getDoelId() { return doelId; }
        public void setDoelId(Long doelId) { this.doelId = doelId; }
        public String getOmschrijving() { return omschrijving; }
        public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
        public Uitvoerder getUitvoerder() { return uitvoerder; }
        public void setUitvoerder(Uitvoerder uitvoerder) { this.uitvoerder = uitvoerder; }
        public String getUitvoerderNaam() { return uitvoerderNaam; }
        public void setUitvoerderNaam(String uitvoerderNaam) { this.uitvoerderNaam = uitvoerderNaam; }
        public LocalDate getVanaf() { return vanaf; }
        public void setVanaf(LocalDate vanaf) { this.vanaf = vanaf; }
        public LocalDate getTot() { return tot; }
        public void setTot(LocalDate tot) { this.tot = tot; }
    }

    public static class EvaluatieFormulier {
        private Long doelId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        private String voortgang;
        private Integer zrmProfessional;
        private Integer zrmInwoner;

        public Long getDoelId() { return doelId; }
        public void setDoelId(Long doelId) { this.doelId = doelId; }
        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public String getVoortgang() { return voortgang; }
        public void setVoortgang(String voortgang) { this.voortgang = voortgang; }
        public Integer getZrmProfessional() { return zrmProfessional; }
        public void setZrmProfessional(Integer zrmProfessional) { this.zrmProfessional = zrmProfessional; }
        public Integer getZrmInwoner() { return zrmInwoner; }
        public void setZrmInwoner(Integer zrmInwoner) { this.zrmInwoner = zrmInwoner; }
    }

    public static class OverdrachtFormulier {
        private String naar;
        private String notitie;

        public String getNaar() { return naar; }
        public void setNaar(String naar) { this.naar = naar; }
        public String getNotitie() { return notitie; }
        public void setNotitie(String notitie) { this.notitie = notitie; }
    }

    public static class SluitFormulier {
        private nl.dichtbij.regie.Sluitreden sluitreden;
        private String toelichting;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate waakvlamDatum;

        public nl.dichtbij.regie.Sluitreden getSluitreden() { return sluitreden; }
        public void setSluitreden(nl.dichtbij.regie.Sluitreden sluitreden) { this.sluitreden = sluitreden; }
        public String getToelichting() { return toelichting; }
        public void setToelichting(String toelichting) { this.toelichting = toelichting; }
        public LocalDate getWaakvlamDatum() { return waakvlamDatum; }
        public void setWaakvlamDatum(LocalDate waakvlamDatum) { this.waakvlamDatum = waakvlamDatum; }
    }

    public static class RegievormFormulier {
        private Regievorm regievorm;
        private String reden;

        public Regievorm getRegievorm() { return regievorm; }
        public void setRegievorm(Regievorm regievorm) { this.regievorm = regievorm; }
        public String getReden() { return reden; }
        public void setReden(String reden) { this.reden = reden; }
    }

    public static class EscalatieFormulier {
        private String partij;
        private String aanbiederAgb;
        private String besluit;
        private String waarom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate uiterlijk;

        public String getPartij() { return partij; }
        public void setPartij(String partij) { this.partij = partij; }
        public String getAanbiederAgb() { return aanbiederAgb; }
        public void setAanbiederAgb(String aanbiederAgb) { this.aanbiederAgb = aanbiederAgb; }
        public String getBesluit() { return besluit; }
        public void setBesluit(String besluit) { this.besluit = besluit; }
        public String getWaarom() { return waarom; }
        public void setWaarom(String waarom) { this.waarom = waarom; }
        public LocalDate getUiterlijk() { return uiterlijk; }
        public void setUiterlijk(LocalDate uiterlijk) { this.uiterlijk = uiterlijk; }
    }

    public static class ReactieFormulier {
        private String tekst;
        private Integer versienummer;

        public String getTekst() { return tekst; }
        public void setTekst(String tekst) { this.tekst = tekst; }
        public Integer getVersienummer() { return versienummer; }
        public void setVersienummer(Integer versienummer) { this.versienummer = versienummer; }
    }
}
