package nl.dichtbij.berichten.internal;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.berichten.Postvak;
import nl.dichtbij.berichten.Verzoek;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Schemas;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.berichten.xml.XmlSchrijver;

import org.springframework.stereotype.Component;

/** Writes and sends the antwoordbericht (JW319/WMO319) on a verzoek: rejected with a reason (WJ759), or under investigation. */
@Component
public class Antwoordberichten {

    public static final String AFGEWEZEN = "1";
    public static final String IN_ONDERZOEK = "2";
    public static final String WOONPLAATSBEGINSEL = "8";

    private final Schemas schemas;
    private final Postvak postvak;
    private final Clock clock;

    Antwoordberichten(Schemas schemas, Postvak postvak, Clock clock) {
        this.schemas = schemas;
        this.postvak = postvak;
        this.clock = clock;
    }

    /** {@code verantwoordelijkeGemeente} only for a Jeugd rejection on the woonplaatsbeginsel (OP359). */
    public long verstuur(Verzoek verzoek, String referentieAanbieder, String antwoord, String redenAfwijzing, String verantwoordelijkeGemeente) {
        Berichtsoort soort = Berichtsoort.van(verzoek.standaard(), "319");
        String identificatie = postvak.nieuweIdentificatie();
        XmlSchrijver xml = new XmlSchrijver(soort);
        xml.open("Bericht").open("Header").berichtCode()
                .veld("Afzender", verzoek.gemeenteCode()).veld("Ontvanger", verzoek.aanbiederAgb())
                .identificatie("BerichtIdentificatie", identificatie, LocalDate.now(clock))
                .xsdVersie("XsdVersie", schemas.versie(soort)).sluit();
        xml.open("Antwoord").veld("ReferentieAanbieder", referentieAanbieder).veld("VerzoekAntwoord", antwoord)
                .veld("RedenAfwijzingVerzoek", AFGEWEZEN.equals(antwoord) ? redenAfwijzing : null);
        if (verzoek.standaard() == Standaard.IJW && WOONPLAATSBEGINSEL.equals(redenAfwijzing) && verantwoordelijkeGemeente != null) {
            xml.open("Woonplaatsbeginsel").veld("Gemeente", verantwoordelijkeGemeente).sluit();
        }
        xml.sluit().sluit();
        return postvak.aanbieden(verzoek.gemeenteCode(), verzoek.aanbiederAgb(), xml, identificatie, verzoek.persoonBsn());
    }
}
