package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Medewerker;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.socialekaart.Organisatie;
import nl.dichtbij.socialekaart.SocialeKaart;
import nl.dichtbij.termijnen.WettelijkeTermijn;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The melding from receipt to onderzoek. Every method takes the signed-in user and refuses
 * what is not his: another resident's melding or another municipality's case does not exist.
 */
@Service
public class Meldingen {

    private final MeldingRepository meldingen;
    private final Zaken zaken;
    private final OnderzoekRepository onderzoeken;
    private final Zrm zrm;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final SocialeKaart socialeKaart;
    private final MeldingValidatie validatie;
    private final Dossiertoegang dossiertoegang;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final DossierLog dossierLog;
    private final Clock clock;

    Meldingen(MeldingRepository meldingen, Zaken zaken, OnderzoekRepository onderzoeken,
              Zrm zrm, PersonenRegister register, Gemeenten gemeenten, SocialeKaart socialeKaart,
              MeldingValidatie validatie, Dossiertoegang dossiertoegang, Vertegenwoordigingen vertegenwoordigingen,
              DossierLog dossierLog, Clock clock) {
        this.dossiertoegang = dossiertoegang;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.dossierLog = dossierLog;
        this.meldingen = meldingen;
        this.zaken = zaken;
        this.onderzoeken = onderzoeken;
        this.zrm = zrm;
        this.register = register;
        this.gemeenten = gemeenten;
        this.socialeKaart = socialeKaart;
        this.validatie = validatie;
        this.clock = clock;
    }

    /** The persons a resident may ask for: himself and his children under 18 (see docs/decisions). */
    public List<Persoon> voorWieMagIkVragen(Gebruiker inwoner) {
        Persoon zelf = register.persoon(inwoner.gemeenteCode(), inwoner.bsn())
                .orElseThrow(() -> new NietGevondenException("Uw inschrijving"));
        LocalDate vandaag = LocalDate.now(clock);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(zelf),
                register.kinderen(inwoner.gemeenteCode(), inwoner.bsn()).stream().filter(k -> k.leeftijdOp(vandaag) < 18))
                .toList();
    }

    @Transactional
    public Melding indienen(Gebruiker gebruiker, NieuweMelding nieuw) {
        LocalDate vandaag = LocalDate.now(clock);
        Persoon persoon = switch (gebruiker.rol()) {
            case INWONER -> validatie.doorInwoner(nieuw, voorWieMagIkVragen(gebruiker));
            case CONSULENT, TEAMLEIDER -> validatie.doorMedewerker(nieuw, gebruiker, vandaag);
            default -> throw new AccessDeniedException("Alleen inwoners en het sociaal team");
        };
        NieuweMelding melding = new NieuweMelding(persoon.bsn(), persoon.geboortedatum(), gebruiker.gebruikersnaam(),
                nieuw.vertegenwoordiger(), nieuw.omschrijving(), nieuw.levensgebieden(), nieuw.urgentie(), nieuw.schulden(),
                nieuw.dreiging(), nieuw.contactvoorkeur(), nieuw.telefoon(), nieuw.email(),
                gebruiker.is(Rol.INWONER) ? Kanaal.ONLINE : nieuw.kanaal(), nieuw.vindplaats());
        Team team = gemeenten.teamVoor(persoon.gemeenteCode(), Doelgroep.voorLeeftijd(persoon.leeftijdOp(vandaag)));
        Instant nu = clock.instant();
        Zaak zaak = zaken.voorHuishouden(persoon.gemeenteCode(), persoon.huishoudenId(), team.id());
        return meldingen.save(Melding.ontvangen(melding, persoon.gemeenteCode(), persoon.huishoudenId(), team.id(), zaak.id(),
                termijn(persoon, melding, vandaag), nu, vandaag));
    }

    /**
     * The resident a professional found with the staff search, to register a melding for: his name and birth date stand on the
     * form, so the professional checks he has the right person instead of typing the birth date again. Logged as a look at
     * his personalia; empty for a BSN that does not live in the professional's municipality.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Persoon> inwonerVoorMelding(Gebruiker medewerker, String bsn) {
        vereisMedewerker(medewerker);
        java.util.Optional<Persoon> persoon = register.persoon(medewerker.gemeenteCode(), bsn);
        persoon.ifPresent(p -> dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), List.of(p.bsn()),
                "Melding registreren voor de gevonden inwoner (Wmo 2015 art. 2.3.2, Jeugdwet art. 7.3.1)"));
        return persoon;
    }

    private static void vereisMedewerker(Gebruiker gebruiker) {
        if (!gebruiker.isMedewerker()) {
            throw new AccessDeniedException("Alleen medewerkers van het sociaal team");
        }
    }

    static WettelijkeTermijn termijn(Persoon persoon, NieuweMelding melding, LocalDate vandaag) {
        return termijn(persoon.leeftijdOp(vandaag), melding);
    }

    static WettelijkeTermijn termijn(int leeftijd, NieuweMelding melding) {
        if (melding.schulden()) {
            return melding.dreiging() ? WettelijkeTermijn.SCHULDHULP_DREIGING : WettelijkeTermijn.SCHULDHULP_EERSTE_GESPREK;
        }
        return leeftijd < 18 ? WettelijkeTermijn.JEUGD_BESLISSING : WettelijkeTermijn.WMO_ONDERZOEK;
    }

    /**
     * A melding as the signed-in user may see it; 404 for anything else. A resident sees what he
     * submitted and what is about himself or someone he acts for (docs/decisions/0006).
     */
    @Transactional(readOnly = true)
    public Melding bekijk(Gebruiker gebruiker, long id) {
        return bekijk(gebruiker, id, Handeling.INZIEN);
    }

    private Melding teWijzigen(Gebruiker medewerker, long id) {
        return bekijk(medewerker, id, Handeling.WIJZIGEN);
    }

    private Melding bekijk(Gebruiker gebruiker, long id, Handeling handeling) {
        Melding melding = meldingen.findById(id).orElseThrow(() -> new NietGevondenException("De melding"));
        switch (gebruiker.rol()) {
            case INWONER -> {
                boolean mag = melding.gemeenteCode().equals(gebruiker.gemeenteCode())
                        && (gebruiker.gebruikersnaam().equals(melding.ingediendDoor()) && !gebruiker.handeltNamensIemand()
                            || vertegenwoordigingen.magInzienVan(gebruiker, melding.persoonBsn()));
                if (!mag) {
                    throw new NietGevondenException("De melding");
                }
                dossierLog.inwoner(gebruiker, List.of(melding.persoonBsn()), Dossierdeel.HULPVRAAG, handeling);
            }
            case CONSULENT, TEAMLEIDER -> {
                if (!melding.gemeenteCode().equals(gebruiker.gemeenteCode())) {
                    throw new NietGevondenException("De melding");
                }
                dossiertoegang.melding(gebruiker, melding.gemeenteCode(), melding.huishoudenId(), melding.persoonBsn(),
                        behandelt(gebruiker, melding, handeling), handeling);
            }
            default -> throw new NietGevondenException("De melding");
        }
        return melding;
    }

    /**
     * Whether the professional works on this melding: it is routed to his team, he handles it, or he is a
     * teamleider who leads every team; the professional who registered it may read it and its routing.
     * That gives him this melding, not the rest of the household's file (docs/privacy.md).
     */
    static boolean behandelt(Gebruiker medewerker, Melding melding, Handeling handeling) {
        return medewerker.teamId() == null
                || medewerker.teamId().equals(melding.teamId())
                || medewerker.gebruikersnaam().equals(melding.behandelaar())
                || handeling == Handeling.INZIEN && medewerker.gebruikersnaam().equals(melding.ingediendDoor());
    }

    @Transactional
    public Melding oppakken(Gebruiker medewerker, long id) {
        vereisMedewerker(medewerker);
        Melding melding = teWijzigen(medewerker, id);
        melding.oppakken(medewerker.gebruikersnaam(), medewerker.naam(), clock.instant());
        // whoever takes the first melding of a household directs its case until a handover
        zaken.intakeGedaan(medewerker, melding.zaakId());
        return meldingen.save(melding);
    }

    /**
     * The resident (or who acts for him, not only to look) withdraws a question before the gesprek: it leaves the queue,
     * its term stops, and a case that held only this question and was not taken up yet closes.
     */
    @Transactional
    public Melding intrekken(Gebruiker inwoner, long id, Intrekreden reden, String toelichting) {
        if (!inwoner.is(Rol.INWONER)) {
            throw new AccessDeniedException("Alleen de inwoner trekt zijn vraag in");
        }
        if (inwoner.handeltNamensIemand() && inwoner.door().alleenInzien()) {
            throw new AccessDeniedException("U mag alleen meekijken");
        }
        Melding melding = bekijk(inwoner, id, Handeling.WIJZIGEN);
        melding.intrekken(reden, toelichting, clock.instant());
        meldingen.save(melding);
        zaken.vraagIngetrokken(melding.gemeenteCode(), melding.zaakId(),
                () -> meldingen.findByZaakIdOrderById(melding.zaakId()).stream().allMatch(Melding::ingetrokken));
        return melding;
    }

    @Transactional
    public Melding overdragen(Gebruiker medewerker, long id, String aanGebruikersnaam) {
        vereisMedewerker(medewerker);
        Melding melding = teWijzigen(medewerker, id);
        Medewerker ander = gemeenten.medewerker(aanGebruikersnaam)
                .filter(m -> m.gemeenteCode().equals(medewerker.gemeenteCode()))
                .orElseThrow(() -> new OngeldigeInvoerException("behandelaar",
                        "Deze medewerker werkt niet in het sociaal team van uw gemeente."));
        melding.oppakken(ander.gebruikersnaam(), ander.naam(), clock.instant());
        return meldingen.save(melding);
    }

    @Transactional
    public Melding triage(Gebruiker medewerker, long id, TriageStap stap, String reden, Long organisatieId) {
        vereisMedewerker(medewerker);
        Melding melding = teWijzigen(medewerker, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (stap == null) {
            fouten.put("stap", "Kies welke trede van de viertrapsraket past.");
        }
        if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Schrijf kort op waarom deze trede past.");
        }
        Organisatie organisatie = null;
        if (organisatieId != null) {
            organisatie = socialeKaart.organisatie(medewerker.gemeenteCode(), organisatieId).orElse(null);
            if (organisatie == null) {
                fouten.put("organisatieId", "Deze organisatie staat niet op de sociale kaart van uw gemeente.");
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (melding.behandelaar() == null) {
            melding.oppakken(medewerker.gebruikersnaam(), medewerker.naam(), clock.instant());
        }
        melding.triage(stap, reden, organisatieId, organisatie == null ? null : organisatie.naam(), clock.instant());
        return meldingen.save(melding);
    }

    @Transactional
    public Melding planIntake(Gebruiker medewerker, long id, LocalDateTime moment, String locatie) {
        vereisMedewerker(medewerker);
        Melding melding = teWijzigen(medewerker, id);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (moment == null) {
            fouten.put("intakeOp", "Vul de datum en het tijdstip van het gesprek in.");
        } else if (moment.isBefore(LocalDateTime.now(clock).minusDays(1))) {
            fouten.put("intakeOp", "Het gesprek kan niet in het verleden gepland worden.");
        }
        if (locatie == null || locatie.isBlank()) {
            fouten.put("intakeLocatie", "Vul in waar het gesprek is, bijvoorbeeld 'bij de inwoner thuis'.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (melding.behandelaar() == null) {
            melding.oppakken(medewerker.gebruikersnaam(), medewerker.naam(), clock.instant());
        }
        melding.planIntake(moment, locatie, clock.instant());
        return meldingen.save(melding);
    }

    /** Records the kitchen-table study with both ZRM scorings; the intake professional becomes the contact person. */
    @Transactional
    public Onderzoek onderzoekVastleggen(Gebruiker medewerker, long id, OnderzoekVerslag verslag) {
        vereisMedewerker(medewerker);
        Melding melding = teWijzigen(medewerker, id);
        validatie.onderzoek(verslag, melding.ontvangenDatum(), LocalDate.now(clock));
        Instant nu = clock.instant();
        Onderzoek onderzoek = onderzoeken.save(Onderzoek.vastleggen(melding, verslag.gehoudenOp(), medewerker.gebruikersnaam(),
                medewerker.naam(), verslag.bevindingen(), verslag.deelnemers(), verslag.overigeDeelnemers(), nu));
        zrm.vastleggen(melding.gemeenteCode(), melding.persoonBsn(), melding.zaakId(), onderzoek.id(), ZrmMeting.Door.PROFESSIONAL,
                ZrmMeting.Moment.INTAKE, verslag.gehoudenOp(), medewerker.gebruikersnaam(), verslag.zrmProfessional(), verslag.geenScoreProfessional());
        if (!verslag.zrmInwoner().isEmpty() || !verslag.geenScoreInwoner().isEmpty()) {
            zrm.vastleggen(melding.gemeenteCode(), melding.persoonBsn(), melding.zaakId(), onderzoek.id(), ZrmMeting.Door.INWONER,
                    ZrmMeting.Moment.INTAKE, verslag.gehoudenOp(), medewerker.gebruikersnaam(), verslag.zrmInwoner(), verslag.geenScoreInwoner());
        }
        if (!medewerker.gebruikersnaam().equals(melding.behandelaar())) {
            melding.oppakken(medewerker.gebruikersnaam(), medewerker.naam(), nu);
        }
        melding.onderzoekAfgerond(onderzoek, nu);
        meldingen.save(melding);
        zaken.intakeGedaan(medewerker, melding.zaakId());
        return onderzoek;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Onderzoek> onderzoek(Gebruiker gebruiker, long meldingId) {
        bekijk(gebruiker, meldingId);
        return onderzoeken.findFirstByMeldingIdOrderByIdDesc(meldingId);
    }

    @Transactional(readOnly = true)
    public List<ZrmMeting> zrm(Onderzoek onderzoek) {
        return zrm.vanOnderzoek(onderzoek.id());
    }

    @Transactional(readOnly = true)
    public Zaak zaak(Gebruiker gebruiker, Melding melding) {
        return zaken.voorMedewerker(gebruiker, melding.zaakId());
    }

    /**
     * The kitchen-table report. Per side of the ZRM a domain has a score (1-5) or, in {@code geenScoreProfessional} /
     * {@code geenScoreInwoner}, why it has none (not applicable, unknown); the professional covers all 13, the resident all 13
     * or none (he did not score).
     */
    public record OnderzoekVerslag(
            LocalDate gehoudenOp,
            Set<Onderzoek.Bevinding> bevindingen,
            Set<Deelnemer> deelnemers,
            String overigeDeelnemers,
            Map<ZrmDomein, Integer> zrmProfessional,
            Map<ZrmDomein, Integer> zrmInwoner,
            Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreProfessional,
            Map<ZrmDomein, ZrmMeting.GeenScore> geenScoreInwoner) {

        /** Every domain scored 1-5. */
        public OnderzoekVerslag(LocalDate gehoudenOp, Set<Onderzoek.Bevinding> bevindingen, Set<Deelnemer> deelnemers, String overigeDeelnemers,
                                Map<ZrmDomein, Integer> zrmProfessional, Map<ZrmDomein, Integer> zrmInwoner) {
            this(gehoudenOp, bevindingen, deelnemers, overigeDeelnemers, zrmProfessional, zrmInwoner, Map.of(), Map.of());
        }
    }
}
