package nl.dichtbij.dossier;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;

import org.springframework.stereotype.Service;

/**
 * Who may see a household's file, and on what ground. A professional of the municipality sees
 * the parts his work on it needs: the whole file for the case team (the team that holds its case,
 * the regisseur, the team of a melding the resident asked himself), a melding and who lives there for
 * the team a professional's registered melding is routed to; otherwise only the parts the resident
 * shared with him by name, or everything through emergency access. Every grant is logged. The safety records
 * ({@link Dossierdeel#VEILIGHEID}) are narrower: of the case team only the regisseur and the teamleider, never by consent.
 */
@Service
public class Dossiertoegang {

    static final String WETTELIJKE_TAAK = "Wettelijke taak: behandeling van de hulpvraag en zaak (AVG art. 6 lid 1e)";
    static final String TOESTEMMING = "Toestemming van de inwoner (AVG art. 6 lid 1a)";

    private final List<Betrokkenheid> betrokkenheden;
    private final Toestemmingen toestemmingen;
    private final Noodtoegang noodtoegang;
    private final PersonenRegister register;
    private final DossierLog log;

    Dossiertoegang(List<Betrokkenheid> betrokkenheden, Toestemmingen toestemmingen, Noodtoegang noodtoegang, PersonenRegister register,
                   DossierLog log) {
        this.betrokkenheden = betrokkenheden;
        this.toestemmingen = toestemmingen;
        this.noodtoegang = noodtoegang;
        this.register = register;
        this.log = log;
    }

    /** What a professional may see of a household, and why. */
    public record Toegang(Set<Dossierdeel> delen, String grondslag, boolean noodtoegang) {
        public boolean mag(Dossierdeel deel) {
            return delen.contains(deel);
        }
    }

    /** Decides without logging: for showing or hiding parts of a page. */
    public Toegang vanMedewerker(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        return beslis(medewerker, gemeenteCode, huishoudenId, null);
    }

    /**
     * The case team and the regisseur see the whole file on the legal task; the team a melding is routed
     * to only the parts its work needs (see {@link Betrokkenheid}); the rest takes emergency access or the
     * resident's consent. The ground is the one for the part asked for, when one is asked for.
     */
    private Toegang beslis(Gebruiker medewerker, String gemeenteCode, long huishoudenId, Dossierdeel deel) {
        if (!medewerker.isMedewerker() || !medewerker.gemeenteCode().equals(gemeenteCode)) {
            throw new NietGevondenException("Het dossier");
        }
        Set<Dossierdeel> taak = EnumSet.noneOf(Dossierdeel.class);
        for (Betrokkenheid betrokkenheid : betrokkenheden) {
            taak.addAll(betrokkenheid.delen(medewerker, gemeenteCode, huishoudenId));
            if (taak.size() == Dossierdeel.values().length) {
                return new Toegang(taak, WETTELIJKE_TAAK, false);
            }
        }
        if (deel != null && taak.contains(deel)) {
            return new Toegang(taak, WETTELIJKE_TAAK, false);
        }
        Optional<String> nood = noodtoegang.actief(medewerker, gemeenteCode, huishoudenId);
        if (nood.isPresent()) {
            return new Toegang(EnumSet.allOf(Dossierdeel.class), "Noodtoegang: " + nood.get(), true);
        }
        Set<Dossierdeel> gedeeld = toestemmingen.gedeeldMet(gemeenteCode, huishoudenId, Partijsoort.MEDEWERKER, medewerker.gebruikersnaam());
        if (!gedeeld.isEmpty()) {
            gedeeld.add(Dossierdeel.PERSONALIA);
        }
        if (taak.isEmpty() && gedeeld.isEmpty()) {
            throw new GeenToegangException(huishoudenId);
        }
        boolean opTaak = deel == null && !taak.isEmpty();
        gedeeld.addAll(taak);
        return new Toegang(gedeeld, opTaak ? WETTELIJKE_TAAK : TOESTEMMING, false);
    }

    /** Checks and logs: the professional reads or changes this part of the household's file. */
    public Toegang medewerker(Gebruiker medewerker, String gemeenteCode, long huishoudenId, Dossierdeel deel, Handeling handeling) {
        return medewerker(medewerker, gemeenteCode, huishoudenId, null, deel, handeling);
    }

    /** As above, for data about particular members of the household (a melding, a decision). */
    public Toegang medewerker(Gebruiker medewerker, String gemeenteCode, long huishoudenId, Collection<String> betrokkenen,
                              Dossierdeel deel, Handeling handeling) {
        Toegang toegang = beslis(medewerker, gemeenteCode, huishoudenId, deel);
        Collection<String> wie = betrokkenen != null ? betrokkenen
                : register.leden(gemeenteCode, huishoudenId).stream().map(Persoon::bsn).toList();
        if (!toegang.mag(deel)) {
            if (deel == Dossierdeel.VEILIGHEID) {
                // a refused look at the safety records is logged too (issue 20): the privacy officer sees who tried
                log.vastleggen(medewerker, gemeenteCode, wie, deel, Handeling.GEWEIGERD, "Geen toegang tot de veiligheidsgegevens");
            }
            throw new GeenToegangException(huishoudenId);
        }
        log.vastleggen(medewerker, gemeenteCode, wie, deel, handeling, toegang.grondslag());
        return toegang;
    }

    /**
     * Checks and logs one melding. Whoever handles it ({@code behandeltMelding}: the professional who
     * registered it, the team it is routed to, its handler) reads and changes it on the legal task, also
     * when the household's case and the rest of its file lie with another team. Any other melding of the
     * household is the household's hulpvraag: for the case team, or through emergency access.
     */
    public void melding(Gebruiker medewerker, String gemeenteCode, long huishoudenId, String persoonBsn, boolean behandeltMelding,
                        Handeling handeling) {
        if (!behandeltMelding) {
            medewerker(medewerker, gemeenteCode, huishoudenId, List.of(persoonBsn), Dossierdeel.HULPVRAAG, handeling);
            return;
        }
        if (!medewerker.isMedewerker() || !medewerker.gemeenteCode().equals(gemeenteCode)) {
            throw new NietGevondenException("De melding");
        }
        log.vastleggen(medewerker, gemeenteCode, List.of(persoonBsn), Dossierdeel.HULPVRAAG, handeling, WETTELIJKE_TAAK);
    }

    /** Whether the professional may open the household at all, for lists that link to it. */
    public boolean magMedewerker(Gebruiker medewerker, String gemeenteCode, long huishoudenId) {
        try {
            vanMedewerker(medewerker, gemeenteCode, huishoudenId);
            return true;
        } catch (GeenToegangException | NietGevondenException e) {
            return false;
        }
    }

    /** The parts of the household's file this provider may see because the resident shared them. */
    public Set<Dossierdeel> gedeeldMetAanbieder(Gebruiker aanbieder, String gemeenteCode, long huishoudenId) {
        if (aanbieder.organisatie() == null) {
            return EnumSet.noneOf(Dossierdeel.class);
        }
        return toestemmingen.gedeeldMet(gemeenteCode, huishoudenId, Partijsoort.AANBIEDER, aanbieder.organisatie());
    }

    /** Logs what a provider saw of its own client. */
    public void aanbiederZag(Gebruiker aanbieder, String gemeenteCode, Collection<String> betrokkenen, Dossierdeel deel, String grondslag) {
        log.vastleggen(aanbieder, gemeenteCode, betrokkenen, deel, Handeling.INZIEN, grondslag);
    }
}
