package nl.dichtbij.besluit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request for a decision under one law; its term runs from the day it was received. An aggregate: it guards its
 * own changes (deferred once, decided once) and carries a version, so two professionals who act on the same
 * aanvraag at once cannot both succeed (docs/decisions/0019).
 */
@Table("aanvraag")
public record Aanvraag(@Id long id, String gemeenteCode, long zaakId, long teamId, String persoonBsn, Wet wet, String omschrijving,
                       String ingediendDoor, LocalDate ontvangenDatum, LocalDate termijnEinde, LocalDate verdaagdTot,
                       String verdagingReden, boolean besloten, @Version Long versie) {

    /** A new aanvraag received today; its legal term follows from the law. */
    static Aanvraag indienen(String gemeenteCode, long zaakId, long teamId, String persoonBsn, Wet wet, String omschrijving,
                             String ingediendDoor, LocalDate vandaag) {
        return new Aanvraag(0, gemeenteCode, zaakId, teamId, persoonBsn, wet, omschrijving.trim(), ingediendDoor, vandaag,
                termijn(wet).einde(vandaag), null, null, false, null);
    }

    public LocalDate uiterlijk() {
        return verdaagdTot != null ? verdaagdTot : termijnEinde;
    }

    /** Verdaging (Awb 4:14): once, by 1 to 8 weeks, with a reason the resident reads. */
    Aanvraag verdagen(int weken, String reden) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (besloten) {
            fouten.put("weken", "Op deze aanvraag is al besloten.");
        } else if (verdaagdTot != null) {
            fouten.put("weken", "Deze aanvraag is al eens verdaagd.");
        }
        if (weken < 1 || weken > 8) {
            fouten.put("weken", "Verdaag met 1 tot 8 weken.");
        }
        if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Schrijf waarom er meer tijd nodig is; de inwoner krijgt deze reden te lezen.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return new Aanvraag(id, gemeenteCode, zaakId, teamId, persoonBsn, wet, omschrijving, ingediendDoor, ontvangenDatum, termijnEinde,
                WettelijkeTermijn.verdaagd(termijnEinde, weken), reden.trim(), false, versie);
    }

    /** One decision per aanvraag. */
    Aanvraag besluiten() {
        if (besloten) {
            throw new OngeldigeInvoerException("uitkomst", "Op deze aanvraag is al besloten.");
        }
        return new Aanvraag(id, gemeenteCode, zaakId, teamId, persoonBsn, wet, omschrijving, ingediendDoor, ontvangenDatum, termijnEinde,
                verdaagdTot, verdagingReden, true, versie);
    }

    AanvraagIngediend ingediend() {
        return new AanvraagIngediend(id, gemeenteCode, zaakId, persoonBsn, wet, ontvangenDatum, uiterlijk());
    }

    public static WettelijkeTermijn termijn(Wet wet) {
        return switch (wet) {
            case WMO -> WettelijkeTermijn.WMO_BESCHIKKING;
            case JEUGDWET -> WettelijkeTermijn.JEUGD_BESCHIKKING;
            case PARTICIPATIEWET -> WettelijkeTermijn.PARTICIPATIEWET_BESCHIKKING;
            case SCHULDHULP -> WettelijkeTermijn.SCHULDHULP_BESCHIKKING;
        };
    }
}
