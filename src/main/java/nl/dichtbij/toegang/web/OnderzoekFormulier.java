package nl.dichtbij.toegang.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.toegang.Deelnemer;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.Onderzoek;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.format.annotation.DateTimeFormat;

/** The kitchen-table report: eight levensgebieden, who took part, and the ZRM by both sides. */
public class OnderzoekFormulier {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate gehoudenOp;
    private List<Regel> bevindingen = new ArrayList<>();
    private Set<Deelnemer> deelnemers = EnumSet.noneOf(Deelnemer.class);
    private String overigeDeelnemers;
    /** Per domain name "1" to "5", or NIET_VAN_TOEPASSING or ONBEKEND (a {@link ZrmMeting.GeenScore}). */
    private Map<String, String> zrmProfessional = new HashMap<>();
    private Map<String, String> zrmInwoner = new HashMap<>();

    public static class Regel {
        private Levensgebied levensgebied;
        private String situatie;
        private String eigenKracht;
        private String nodig;

        boolean ingevuld() {
            return !leeg(situatie) || !leeg(eigenKracht) || !leeg(nodig);
        }

        public Levensgebied getLevensgebied() { return levensgebied; }
        public void setLevensgebied(Levensgebied levensgebied) { this.levensgebied = levensgebied; }
        public String getSituatie() { return situatie; }
        public void setSituatie(String situatie) { this.situatie = situatie; }
        public String getEigenKracht() { return eigenKracht; }
        public void setEigenKracht(String eigenKracht) { this.eigenKracht = eigenKracht; }
        public String getNodig() { return nodig; }
        public void setNodig(String nodig) { this.nodig = nodig; }
    }

    static OnderzoekFormulier leeg(LocalDate vandaag, Set<Levensgebied> gemeld) {
        OnderzoekFormulier formulier = new OnderzoekFormulier();
        formulier.gehoudenOp = vandaag;
        formulier.deelnemers.add(Deelnemer.INWONER);
        for (Levensgebied gebied : Levensgebied.values()) {
            Regel regel = new Regel();
            regel.levensgebied = gebied;
            formulier.bevindingen.add(regel);
        }
        formulier.bevindingen.sort((a, b) -> Boolean.compare(!gemeld.contains(a.levensgebied), !gemeld.contains(b.levensgebied)));
        return formulier;
    }

    Meldingen.OnderzoekVerslag naarVerslag() {
        Set<Onderzoek.Bevinding> ingevuld = new HashSet<>();
        for (Regel regel : bevindingen) {
            if (regel.levensgebied != null && regel.ingevuld()) {
                ingevuld.add(new Onderzoek.Bevinding(regel.levensgebied, schoon(regel.situatie), schoon(regel.eigenKracht), schoon(regel.nodig)));
            }
        }
        Zrm.Ingevuld professional = Zrm.Ingevuld.uit(zrmProfessional);
        Zrm.Ingevuld inwoner = Zrm.Ingevuld.uit(zrmInwoner);
        return new Meldingen.OnderzoekVerslag(gehoudenOp, ingevuld, deelnemers == null ? Set.of() : deelnemers,
                overigeDeelnemers, professional.scores(), inwoner.scores(), professional.geen(), inwoner.geen());
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static String schoon(String tekst) {
        return leeg(tekst) ? null : tekst.trim();
    }

    public LocalDate getGehoudenOp() { return gehoudenOp; }
    public void setGehoudenOp(LocalDate gehoudenOp) { this.gehoudenOp = gehoudenOp; }
    public List<Regel> getBevindingen() { return bevindingen; }
    public void setBevindingen(List<Regel> bevindingen) { this.bevindingen = bevindingen; }
    public Set<Deelnemer> getDeelnemers() { return deelnemers; }
    public void setDeelnemers(Set<Deelnemer> deelnemers) { this.deelnemers = deelnemers; }
    public String getOverigeDeelnemers() { return overigeDeelnemers; }
    public void setOverigeDeelnemers(String overigeDeelnemers) { this.overigeDeelnemers = overigeDeelnemers; }
    public Map<String, String> getZrmProfessional() { return zrmProfessional; }
    public void setZrmProfessional(Map<String, String> zrmProfessional) { this.zrmProfessional = zrmProfessional; }
    public Map<String, String> getZrmInwoner() { return zrmInwoner; }
    public void setZrmInwoner(Map<String, String> zrmInwoner) { this.zrmInwoner = zrmInwoner; }
}
