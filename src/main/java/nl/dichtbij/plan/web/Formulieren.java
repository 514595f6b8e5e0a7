package nl.dichtbij.plan.web;

/** The resident's reaction to his plan and the provider's progress note (the case page's forms are in werkplek). */
final class Formulieren {

    private Formulieren() {
    }

    public static class ReactieFormulier {
        private String tekst;
        private Integer versienummer;

        public String getTekst() { return tekst; }
        public void setTekst(String tekst) { this.tekst = tekst; }
        public Integer getVersienummer() { return versienummer; }
        public void setVersienummer(Integer versienummer) { this.versienummer = versienummer; }
    }

    /** The provider's progress note on one goal ("Voortgang doorgeven"). */
    public static class VoortgangFormulier {
        private Long doelId;
        private String tekst;
        private String goedGegaan;
        private String aandacht;

        public Long getDoelId() { return doelId; }
        public void setDoelId(Long doelId) { this.doelId = doelId; }
        public String getTekst() { return tekst; }
        public void setTekst(String tekst) { this.tekst = tekst; }
        public String getGoedGegaan() { return goedGegaan; }
        public void setGoedGegaan(String goedGegaan) { this.goedGegaan = goedGegaan; }
        public String getAandacht() { return aandacht; }
        public void setAandacht(String aandacht) { this.aandacht = aandacht; }
    }
}
