package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a later step of the chain on the meldingen it concerns, so the resident sees where his question stands after
 * the onderzoek (see {@link Melding#vervolg}). Called by whoever follows the chain for the resident, not by a user.
 */
@Service
public class Vraagverloop {

    private final MeldingRepository meldingen;
    private final Clock clock;

    Vraagverloop(MeldingRepository meldingen, Clock clock) {
        this.meldingen = meldingen;
        this.clock = clock;
    }

    /**
     * Adds the step to the meldingen of the case: about {@code persoonBsn} only when given (an aanvraag, a decision,
     * help), else to every melding of the case (the plan, the closing). A step already shown ({@code sleutel}) adds nothing.
     *
     * @param stap the state it moves the question to, or null for a line only
     * @param datum the day it happened, which meets the legal term when it is the step the term waits for
     */
    @Transactional
    public void stap(long zaakId, String persoonBsn, String sleutel, Vervolg stap, String tekst, LocalDate datum) {
        for (Melding melding : meldingen.findByZaakIdOrderById(zaakId)) {
            if ((persoonBsn == null || melding.hoortBij(persoonBsn)) && melding.vervolg(sleutel, stap, tekst, datum, clock.instant())) {
                meldingen.save(melding);
            }
        }
    }
}
