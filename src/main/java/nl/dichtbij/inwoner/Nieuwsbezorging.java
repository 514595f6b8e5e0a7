package nl.dichtbij.inwoner;

import java.util.function.Predicate;

import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.PlanGewijzigd;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.kennisgeving.Kennisgevingen;
import nl.dichtbij.platform.kennisgeving.Ontvanger;
import nl.dichtbij.regie.BerichtVoorHuishouden;
import nl.dichtbij.toegang.MeldingBijgewerkt;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notes that there is news in Mijn Dichtbij for the members of a household who may read it and asked to be told
 * (docs/decisions/0020, 0024): a message on their case, a changed plan that waits for their agreement, a new step on
 * their question. {@link Kennisgevingen} sends one notification for what comes within a few minutes, without the news.
 * Through the event registry: a failure leaves the event open and it is offered again.
 */
@Component
class Nieuwsbezorging {

    private final PersonenRegister register;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final Kennisgevingen kennisgevingen;

    Nieuwsbezorging(PersonenRegister register, Vertegenwoordigingen vertegenwoordigingen, Kennisgevingen kennisgevingen) {
        this.register = register;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.kennisgevingen = kennisgevingen;
    }

    /** A message on the case: for whom may read about the member it concerns (a 16- or 17-year-old's is his). */
    @ApplicationModuleListener
    void nieuws(BerichtVoorHuishouden bericht) {
        teMelden(bericht.gemeenteCode(), bericht.huishoudenId(), lid -> vertegenwoordigingen.magTekstLezenOver(lid, bericht.betreftBsn()));
    }

    /** A changed plan asks for agreement: the household, or for a goal about one member whom may read it. */
    @ApplicationModuleListener
    void planGewijzigd(PlanGewijzigd plan) {
        teMelden(plan.gemeenteCode(), plan.huishoudenId(), lid -> vertegenwoordigingen.magTekstLezenOver(lid, plan.betreftBsn()));
    }

    /**
     * A new step on a question: for the members of the household who see that question in Mijn Dichtbij (himself, a parent
     * of a child under 16, a member he authorised). A representative outside the household is not told (yet).
     */
    @ApplicationModuleListener
    void vraagBijgewerkt(MeldingBijgewerkt melding) {
        teMelden(melding.gemeenteCode(), melding.huishoudenId(), lid -> vertegenwoordigingen.magInzienVan(lid, melding.persoonBsn()));
    }

    private void teMelden(String gemeenteCode, long huishoudenId, Predicate<Gebruiker> magLezen) {
        java.util.List<Persoon> leden = register.leden(gemeenteCode, huishoudenId);
        java.util.Set<String> metAdres = kennisgevingen.inwonersMetAdres(gemeenteCode, leden.stream().map(Persoon::bsn).toList());
        for (Persoon lid : leden) {
            if (!metAdres.contains(lid.bsn())) {
                continue;
            }
            Gebruiker inwoner = new Gebruiker("nieuwsbezorging", null, lid.naam(), Rol.INWONER, lid.gemeenteCode(), null, lid.bsn());
            if (magLezen.test(inwoner)) {
                kennisgevingen.nieuws(Ontvanger.inwoner(gemeenteCode, lid.bsn()));
            }
        }
    }
}
