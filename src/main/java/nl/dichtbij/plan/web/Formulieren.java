package nl.dichtbij.plan.web;

/** The resident's reaction to his plan (the case page's forms are in werkplek). */
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
}
