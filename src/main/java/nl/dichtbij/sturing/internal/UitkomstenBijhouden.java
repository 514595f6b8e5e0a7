package nl.dichtbij.sturing.internal;

import java.time.LocalDate;

import java.util.List;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.ZorgGestart;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.interventies.Interventie;
import nl.dichtbij.interventies.Interventies;
import nl.dichtbij.plan.Doelcijfers;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingVastgesteld;
import nl.dichtbij.personen.Adres;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.zrm.ZrmVastgelegd;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the outcome monitor's read model (issue 18, decision 0030) from the events: every ZRM scoring moves the resident's
 * baseline or latest scoring; a decision and the start of care tell under which law, regeling, provider and intervention (a
 * product of the register's) his support falls, and at every scoring so do the interventions his plan's actions name.
 * Through the event publication registry, so none is missed; a failed update is tried again.
 */
@Component
class UitkomstenBijhouden {

    private final Uitkomstopslag opslag;
    private final Zaken zaken;
    private final PersonenRegister register;
    private final Toewijzingen toewijzingen;
    private final Besluiten besluiten;
    private final Doelcijfers doelcijfers;
    private final Interventies interventies;

    UitkomstenBijhouden(Uitkomstopslag opslag, Zaken zaken, PersonenRegister register, Toewijzingen toewijzingen, Besluiten besluiten,
                        Doelcijfers doelcijfers, Interventies interventies) {
        this.opslag = opslag;
        this.zaken = zaken;
        this.register = register;
        this.toewijzingen = toewijzingen;
        this.besluiten = besluiten;
        this.doelcijfers = doelcijfers;
        this.interventies = interventies;
    }

    /**
     * A scoring moves the baseline or the latest scoring of its side, after the resident's laws, regelingen and providers in the
     * case are looked up once more (so care taken over from a previous system, which sends no events, counts too). Only this
     * side's row is locked and its copies rebuilt: the other side's scoring may run at the same time.
     */
    @ApplicationModuleListener
    public void gescoord(ZrmVastgelegd e) {
        Uitkomstverloop.Stand stand = new Uitkomstverloop.Stand(e.datum(), e.moment(), e.scores());
        for (Toewijzing t : toewijzingen.vanClienten(e.gemeenteCode(), List.of(e.persoonBsn()))) {
            if (Long.valueOf(e.zaakId()).equals(t.zaakId()) && t.leveringBegindatum() != null) {
                aanbieder(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), t.aanbiederAgb(), t.aanbiederNaam());
                opslag.kenmerk(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), "WET", t.wet().name(), t.wet().label());
            }
        }
        for (Beschikking b : besluiten.vastgesteldVan(e.gemeenteCode(), e.zaakId(), e.persoonBsn())) {
            beschikking(b);
        }
        for (Long id : doelcijfers.interventiesVan(e.gemeenteCode(), e.zaakId(), e.persoonBsn())) {
            interventies.interventie(e.gemeenteCode(), id).ifPresent(i -> interventie(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), i));
        }
        opslag.meting(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), e.door(), stand, () -> kenmerken(e));
        opslag.herbouwIndelingen(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), e.door()); // its own row is locked by now
    }

    private Uitkomstopslag.Kenmerken kenmerken(ZrmVastgelegd e) {
        Long team = zaken.leadTeamVan(e.gemeenteCode(), e.zaakId()).orElse(null);
        Persoon persoon = register.persoon(e.gemeenteCode(), e.persoonBsn()).orElse(null);
        if (persoon == null) {
            return new Uitkomstopslag.Kenmerken(team, null, null);
        }
        String wijk = register.adres(e.gemeenteCode(), persoon.huishoudenId()).map(Adres::wijk).orElse(null);
        return new Uitkomstopslag.Kenmerken(team, wijk, Leeftijdsklasse.van(persoon.geboortedatum(), e.datum()));
    }

    @ApplicationModuleListener
    public void zorgGestart(ZorgGestart e) {
        if (e.zaakId() == null || e.persoonBsn() == null) {
            return;
        }
        boolean nieuw = aanbieder(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), e.aanbiederAgb(), e.aanbiederNaam());
        nieuw |= e.wet() != null && opslag.kenmerk(e.gemeenteCode(), e.zaakId(), e.persoonBsn(), "WET", e.wet().name(), e.wet().label());
        herbouw(nieuw, e.gemeenteCode(), e.zaakId(), e.persoonBsn());
    }

    @ApplicationModuleListener
    public void besloten(BeschikkingVastgesteld event) {
        Beschikking b = event.beschikking();
        herbouw(beschikking(b), b.gemeenteCode(), b.zaakId(), b.persoonBsn());
    }

    /** The provider by its AGB code (its name when a previous system gave none); true when it was new for this resident. */
    private boolean aanbieder(String gemeente, long zaakId, String bsn, String agb, String naam) {
        String code = agb != null && !agb.isBlank() ? agb : naam;
        return code != null && opslag.kenmerk(gemeente, zaakId, bsn, "AANBIEDER", code, naam != null && !naam.isBlank() ? naam : code);
    }

    /** The law and regeling of a granting decision (a rejection is no support); true when one was new for this resident. */
    private boolean beschikking(Beschikking b) {
        var regeling = RegelingVanBeschikking.van(b);
        if (regeling.isEmpty()) {
            return false;
        }
        boolean nieuw = opslag.kenmerk(b.gemeenteCode(), b.zaakId(), b.persoonBsn(), "WET", b.wet().name(), b.wet().label());
        nieuw |= b.productcode() != null && interventies.voorProduct(b.gemeenteCode(), b.productcode())
                .map(i -> interventie(b.gemeenteCode(), b.zaakId(), b.persoonBsn(), i)).orElse(false);
        return opslag.kenmerk(b.gemeenteCode(), b.zaakId(), b.persoonBsn(), "REGELING", regeling.get().name(), regeling.get().label()) || nieuw;
    }

    /** An intervention of the register the resident's support names: through a product of his decision or an action in his plan. */
    private boolean interventie(String gemeente, long zaakId, String bsn, Interventie i) {
        return opslag.kenmerk(gemeente, zaakId, bsn, "INTERVENTIE", String.valueOf(i.id()), i.naam());
    }

    private void herbouw(boolean nodig, String gemeente, long zaakId, String bsn) {
        if (nodig) {
            opslag.vergrendel(gemeente, zaakId, bsn);
            opslag.herbouwIndelingen(gemeente, zaakId, bsn, null);
        }
    }

    /** The age bands of the monitor: children, teenagers, young adults, adults, the elderly. */
    static final class Leeftijdsklasse {

        private Leeftijdsklasse() {
        }

        static String van(LocalDate geboren, LocalDate op) {
            if (geboren == null || op == null) {
                return null;
            }
            int jaren = java.time.Period.between(geboren, op).getYears();
            return jaren < 12 ? "0 tot 12 jaar" : jaren < 18 ? "12 tot 18 jaar" : jaren < 27 ? "18 tot 27 jaar" : jaren < 67 ? "27 tot 67 jaar"
                    : "67 jaar en ouder";
        }
    }
}
