package nl.dichtbij.berichten;

import java.time.LocalDate;
import java.util.List;

/** Messages as a provider's system writes them, for the tests and the benchmark. */
public final class Aanbiedersberichten {

    private Aanbiedersberichten() {
    }

    private static String header(String soort, int code, String agb, String gemeente, String id, LocalDate dagtekening) {
        String basis = soort.startsWith("wmo") ? "iwmo" : "ijw";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%1$s:Bericht xmlns:%1$s="http://www.istandaarden.nl/%6$s/3_2/%1$s/schema" xmlns:b="http://www.istandaarden.nl/%6$s/3_2/basisschema/schema">
                  <%1$s:Header>
                    <%1$s:BerichtCode>%2$d</%1$s:BerichtCode><%1$s:BerichtVersie>3</%1$s:BerichtVersie><%1$s:BerichtSubversie>2</%1$s:BerichtSubversie>
                    <%1$s:Afzender>%3$s</%1$s:Afzender><%1$s:Ontvanger>%4$s</%1$s:Ontvanger>
                    <%1$s:BerichtIdentificatie><b:Identificatie>%5$s</b:Identificatie><b:Dagtekening>%7$s</b:Dagtekening></%1$s:BerichtIdentificatie>
                    <%1$s:XsdVersie><b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie></%1$s:XsdVersie>
                  </%1$s:Header>
                """.formatted(soort, code, agb, gemeente, id, basis, dagtekening);
    }

    private static String client(String p, String bsn) {
        return """
                  <%1$s:Client>
                    <%1$s:Bsn>%2$s</%1$s:Bsn>
                    <%1$s:Geboortedatum><b:Datum>2010-02-14</b:Datum></%1$s:Geboortedatum>
                    <%1$s:Geslacht>0</%1$s:Geslacht>
                    <%1$s:Naam><b:Geslachtsnaam><b:Achternaam>Client</b:Achternaam></b:Geslachtsnaam><b:Voornamen>Test</b:Voornamen></%1$s:Naam>
                """.formatted(p, bsn);
    }

    public static String jw305(String agb, String gemeente, String id, LocalDate dagtekening, String bsn, long toewijzing, String categorie,
                               String code, LocalDate begin, String status) {
        return header("jw305", 438, agb, gemeente, id, dagtekening) + client("jw305", bsn) + """
                    <jw305:StartProducten><jw305:StartProduct>
                      <jw305:ToewijzingNummer>%d</jw305:ToewijzingNummer>
                      <jw305:Product><b:Categorie>%s</b:Categorie><b:Code>%s</b:Code></jw305:Product>
                      <jw305:Begindatum>%s</jw305:Begindatum>
                      <jw305:StatusAanlevering>%s</jw305:StatusAanlevering>
                    </jw305:StartProduct></jw305:StartProducten>
                  </jw305:Client>
                </jw305:Bericht>
                """.formatted(toewijzing, categorie, code, begin, status);
    }

    public static String jw307(String agb, String gemeente, String id, LocalDate dagtekening, String bsn, long toewijzing, String categorie,
                               String code, LocalDate begin, String reden, LocalDate einde) {
        return header("jw307", 440, agb, gemeente, id, dagtekening) + client("jw307", bsn) + """
                    <jw307:StopProducten><jw307:StopProduct>
                      <jw307:ToewijzingNummer>%d</jw307:ToewijzingNummer>
                      <jw307:Product><b:Categorie>%s</b:Categorie><b:Code>%s</b:Code></jw307:Product>
                      <jw307:Begindatum>%s</jw307:Begindatum>
                      <jw307:RedenBeeindiging>%s</jw307:RedenBeeindiging>
                      <jw307:Einddatum>%s</jw307:Einddatum>
                      <jw307:StatusAanlevering>1</jw307:StatusAanlevering>
                    </jw307:StopProduct></jw307:StopProducten>
                  </jw307:Client>
                </jw307:Bericht>
                """.formatted(toewijzing, categorie, code, begin, reden, einde);
    }

    /** A declaration with one prestatie; tarief in cents per eenheid, amount = volume x tarief. */
    public static String jw323(String agb, String gemeente, String id, LocalDate dagtekening, String declaratieNummer, String bsn, long toewijzing,
                               String categorie, String code, String referentie, LocalDate begin, LocalDate einde, long volume, String eenheid,
                               long tarief) {
        long bedrag = volume * tarief;
        return header("jw323", 490, agb, gemeente, id, dagtekening) + """
                  <jw323:Declaratie>
                    <jw323:DeclaratieNummer>%s</jw323:DeclaratieNummer>
                    <jw323:DeclaratiePeriode><b:Begindatum>%s</b:Begindatum><b:Einddatum>%s</b:Einddatum></jw323:DeclaratiePeriode>
                    <jw323:DeclaratieDagtekening>%s</jw323:DeclaratieDagtekening>
                    <jw323:TotaalIngediendBedrag><b:TotaalBedrag>%d</b:TotaalBedrag><b:DebetCredit>D</b:DebetCredit></jw323:TotaalIngediendBedrag>
                    <jw323:Clienten><jw323:Client>
                      <jw323:Bsn>%s</jw323:Bsn>
                      <jw323:Prestaties><jw323:Prestatie>
                        <jw323:ProductReferentie><b:ReferentieNummer>%s</b:ReferentieNummer></jw323:ProductReferentie>
                        <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
                        <jw323:ProductCategorie>%s</jw323:ProductCategorie>
                        <jw323:ProductCode>%s</jw323:ProductCode>
                        <jw323:ProductPeriode><b:Begindatum>%s</b:Begindatum><b:Einddatum>%s</b:Einddatum></jw323:ProductPeriode>
                        <jw323:GeleverdVolume>%d</jw323:GeleverdVolume>
                        <jw323:Eenheid>%s</jw323:Eenheid>
                        <jw323:ProductTarief>%d</jw323:ProductTarief>
                        <jw323:IngediendBedrag><b:Bedrag>%d</b:Bedrag><b:DebetCredit>D</b:DebetCredit></jw323:IngediendBedrag>
                      </jw323:Prestatie></jw323:Prestaties>
                    </jw323:Client></jw323:Clienten>
                  </jw323:Declaratie>
                </jw323:Bericht>
                """.formatted(declaratieNummer, begin.withDayOfMonth(1), begin.withDayOfMonth(begin.lengthOfMonth()), dagtekening, bedrag, bsn,
                referentie, toewijzing, categorie, code, begin, einde, volume, eenheid, tarief, bedrag);
    }

    /** The referrer of a product in a 315 (CDT_Verwijzer): Type from COD327, and the referrer's name and/or AGB code (ZorgverlenerCode). */
    public record Verwijzing(String type, String naam, String zorgverlenerCode) {

        /** A GP known by AGB code only: what the 315s of the tests carried before referrers were kept. */
        public static final Verwijzing HUISARTS = new Verwijzing("02", null, "01012345");

        String xml() {
            return "<jw315:Verwijzer><b:Type>" + type + "</b:Type>" + (naam == null ? "" : "<b:Naam>" + naam + "</b:Naam>")
                    + (zorgverlenerCode == null ? "" : "<b:ZorgverlenerCode>" + zorgverlenerCode + "</b:ZorgverlenerCode>") + "</jw315:Verwijzer>";
        }
    }

    /** A product asked for in a 315: own reference, category and code, period, weekly volume in hours and the referrer. */
    public record Gevraagd(String referentie, String categorie, String code, LocalDate ingang, LocalDate einde, int uurPerWeek, Verwijzing verwijzer) {

        /** Referred by a GP known by AGB code ({@link Verwijzing#HUISARTS}). */
        public Gevraagd(String referentie, String categorie, String code, LocalDate ingang, LocalDate einde, int uurPerWeek) {
            this(referentie, categorie, code, ingang, einde, uurPerWeek, Verwijzing.HUISARTS);
        }
    }

    public static String jw315(String agb, String gemeente, String id, LocalDate dagtekening, String bsn, List<Gevraagd> producten) {
        StringBuilder xml = new StringBuilder(header("jw315", 446, agb, gemeente, id, dagtekening)).append(client("jw315", bsn))
                .append("    <jw315:AangevraagdeProducten>\n");
        for (Gevraagd p : producten) {
            xml.append("""
                          <jw315:AangevraagdProduct>
                            <jw315:ReferentieAanbieder>%s</jw315:ReferentieAanbieder>
                            <jw315:Product><b:Categorie>%s</b:Categorie><b:Code>%s</b:Code></jw315:Product>
                            <jw315:ToewijzingIngangsdatum>%s</jw315:ToewijzingIngangsdatum>
                            <jw315:ToewijzingEinddatum>%s</jw315:ToewijzingEinddatum>
                            <jw315:Omvang><b:Volume>%d</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></jw315:Omvang>
                            %s
                          </jw315:AangevraagdProduct>
                    """.formatted(p.referentie(), p.categorie(), p.code(), p.ingang(), p.einde(), p.uurPerWeek(), p.verwijzer().xml()));
        }
        return xml.append("""
                    </jw315:AangevraagdeProducten>
                  </jw315:Client>
                </jw315:Bericht>
                """).toString();
    }

    /** A 317 asking to change one toewijzing to another weekly volume from a wished date, keeping the end date. */
    public static String jw317(String agb, String gemeente, String id, LocalDate dagtekening, String bsn, String referentie, long toewijzing,
                               LocalDate vanaf, LocalDate einde, int uurPerWeek) {
        return header("jw317", 486, agb, gemeente, id, dagtekening) + """
                  <jw317:Client>
                    <jw317:Bsn>%s</jw317:Bsn>
                    <jw317:Verzoek>
                      <jw317:ReferentieAanbieder>%s</jw317:ReferentieAanbieder>
                      <jw317:RedenVerzoek>1</jw317:RedenVerzoek>
                      <jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>
                        <jw317:ToewijzingNummer>%d</jw317:ToewijzingNummer>
                        <jw317:GewensteIngangsdatum>%s</jw317:GewensteIngangsdatum>
                        <jw317:Einddatum>%s</jw317:Einddatum>
                        <jw317:Omvang><b:Volume>%d</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></jw317:Omvang>
                      </jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>
                    </jw317:Verzoek>
                  </jw317:Client>
                </jw317:Bericht>
                """.formatted(bsn, referentie, toewijzing, vanaf, einde, uurPerWeek);
    }
}
