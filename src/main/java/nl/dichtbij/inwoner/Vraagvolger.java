package nl.dichtbij.inwoner;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.berichten.ToewijzingVerzonden;
import nl.dichtbij.berichten.ZorgGestart;
import nl.dichtbij.berichten.ZorgGestopt;
import nl.dichtbij.besluit.AanvraagIngediend;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingVastgesteld;
import nl.dichtbij.plan.PlanAkkoord;
import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.regie.ZaakGesloten;
import nl.dichtbij.toegang.Vervolg;
import nl.dichtbij.toegang.Vraagverloop;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the resident's question current after the onderzoek: the plan, the aanvraag, the decision, the provider's
 * assignment, the start and stop of help and the closing of the case each add a line to the melding the resident reads
 * and move its state on, and stop the countdown once the legal term is met ({@link Vraagverloop}). The modules that take
 * the steps do not know who follows them (docs/decisions/0012). A step about one person (an aanvraag, a decision, help)
 * goes to the meldingen about that person; a step of the household (the plan, the case) to every melding of the case.
 * The texts speak to the resident, in plain Dutch.
 */
@Component
class Vraagvolger {

    private final Vraagverloop verloop;
    private final Clock clock;

    Vraagvolger(Vraagverloop verloop, Clock clock) {
        this.verloop = verloop;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void planAkkoord(PlanAkkoord e) {
        volg(e.zaakId(), null, "plan:" + e.planId() + ":" + e.versienummer(), Vervolg.PLAN_AKKOORD,
                "Er is akkoord gegeven op het plan.", e.op().atZone(ClockConfig.AMSTERDAM).toLocalDate());
    }

    @ApplicationModuleListener
    void aanvraagIngediend(AanvraagIngediend e) {
        volg(e.zaakId(), e.persoonBsn(), "aanvraag:" + e.aanvraagId(), Vervolg.AANVRAAG, "Er is een aanvraag gedaan ("
                + e.wet().label() + "). U krijgt uiterlijk " + Formaat.lang(e.termijnEinde()) + " een besluit.", e.ontvangenDatum());
    }

    @ApplicationModuleListener
    void beschikkingVastgesteld(BeschikkingVastgesteld e) {
        Beschikking b = e.beschikking();
        LocalDate datum = b.verzondenDatum() != null ? b.verzondenDatum() : LocalDate.now(clock);
        volg(b.zaakId(), b.persoonBsn(), "beschikking:" + b.id(), Vervolg.BESLUIT,
                "Er is een besluit over uw aanvraag (" + b.wet().label() + "): " + b.uitkomst().label().toLowerCase() + ".", datum);
    }

    @ApplicationModuleListener
    void toewijzingVerzonden(ToewijzingVerzonden e) {
        if (e.zaakId() == null) {
            return;
        }
        String sleutel = "toewijzing:" + e.toewijzingId() + ":" + (e.redenWijziging() == null ? "nieuw" : e.redenWijziging() + ":" + e.einddatum());
        if (e.redenWijziging() == null) {
            volg(e.zaakId(), e.persoonBsn(), sleutel, Vervolg.OPDRACHT_VERSTUURD,
                    e.aanbiederNaam() + " heeft de opdracht gekregen voor " + e.product() + ".", e.ingangsdatum());
        } else if ("13".equals(e.redenWijziging())) {
            volg(e.zaakId(), e.persoonBsn(), sleutel, null, "De opdracht aan " + e.aanbiederNaam() + " is ingetrokken.", null);
        } else {
            volg(e.zaakId(), e.persoonBsn(), sleutel, null, "De opdracht aan " + e.aanbiederNaam() + " is aangepast"
                    + (e.einddatum() == null ? "." : ": de hulp loopt tot en met " + Formaat.lang(e.einddatum()) + "."), null);
        }
    }

    @ApplicationModuleListener
    void zorgGestart(ZorgGestart e) {
        if (e.zaakId() == null) {
            return;
        }
        volg(e.zaakId(), e.persoonBsn(), "start:" + e.toewijzingId() + ":" + e.begindatum(), Vervolg.HULP_GESTART,
                e.aanbiederNaam() + " is op " + Formaat.lang(e.begindatum()) + " begonnen met de hulp (" + e.product() + ").", e.begindatum());
    }

    @ApplicationModuleListener
    void zorgGestopt(ZorgGestopt e) {
        if (e.zaakId() == null) {
            return;
        }
        String sleutel = "stop:" + e.toewijzingId() + ":" + e.einddatum();
        if (e.tijdelijk()) {
            volg(e.zaakId(), e.persoonBsn(), sleutel, null,
                    e.aanbiederNaam() + " heeft de hulp tijdelijk stilgezet op " + Formaat.lang(e.einddatum()) + ".", e.einddatum());
        } else {
            volg(e.zaakId(), e.persoonBsn(), sleutel, Vervolg.HULP_GESTOPT,
                    e.aanbiederNaam() + " is op " + Formaat.lang(e.einddatum()) + " gestopt met de hulp (" + e.product() + ").", e.einddatum());
        }
    }

    @ApplicationModuleListener
    void zaakGesloten(ZaakGesloten e) {
        volg(e.zaakId(), null, "zaak:" + e.zaakId() + ":gesloten", Vervolg.AFGEROND, "Uw zaak is afgesloten.",
                e.op().atZone(ClockConfig.AMSTERDAM).toLocalDate());
    }

    private void volg(long zaakId, String persoonBsn, String sleutel, Vervolg stap, String tekst, LocalDate datum) {
        verloop.stap(zaakId, persoonBsn, sleutel, stap, tekst, datum);
    }
}
