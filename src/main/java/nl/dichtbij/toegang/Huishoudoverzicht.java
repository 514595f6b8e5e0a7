package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Dossiertoegang;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Team;
import nl.dichtbij.personen.Huishouden;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.GeenToegangException;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.regie.Zaken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole household at a glance: who lives there, the case, and every melding so far. */
@Service
public class Huishoudoverzicht {

    private final PersonenRegister register;
    private final JdbcClient jdbc;
    private final Gemeenten gemeenten;
    private final Zaken zaken;
    private final Clock clock;

    private final Dossiertoegang dossiertoegang;

    Huishoudoverzicht(PersonenRegister register, JdbcClient jdbc, Gemeenten gemeenten, Zaken zaken, Clock clock,
                      Dossiertoegang dossiertoegang) {
        this.dossiertoegang = dossiertoegang;
        this.zaken = zaken;
        this.register = register;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    public record Lid(String bsn, String naam, LocalDate geboortedatum, int leeftijd) {
    }

    public record EerdereMelding(long id, String persoonBsn, LocalDate ontvangenDatum, MeldingStatus status, String omschrijving,
                                 String behandelaarNaam) {
    }

    public record ZaakInfo(long id, String leadTeam, String regievorm, String regisseurNaam, boolean open) {
    }

    public record Overzicht(long huishoudenId, String adres, String wijk, List<Lid> leden, List<EerdereMelding> meldingen,
                            List<ZaakInfo> zaken) {
    }

    /**
     * The whole household: who lives there, its cases and all its meldingen. That is the household's file,
     * for the case team or through emergency access; the page of one melding uses {@link #voorMelding}.
     */
    @Transactional(readOnly = true)
    public Overzicht van(Gebruiker medewerker, long huishoudenId) {
        Huishouden huishouden = register.huishouden(medewerker.gemeenteCode(), huishoudenId)
                .orElseThrow(() -> new NietGevondenException("Het huishouden"));
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.HULPVRAAG, Handeling.INZIEN);
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.PERSONALIA, Handeling.INZIEN);
        List<EerdereMelding> meldingen = jdbc.sql("""
                        select id, persoon_bsn, ontvangen_datum, status, omschrijving, behandelaar_naam from melding
                        where gemeente_code = ? and huishouden_id = ? order by ontvangen_op desc, id desc limit 50""")
                .params(medewerker.gemeenteCode(), huishoudenId).query(EerdereMelding.class).list();
        List<ZaakInfo> zaken = this.zaken.vanHuishouden(medewerker.gemeenteCode(), huishoudenId).stream()
                .map(z -> new ZaakInfo(z.id(), gemeenten.team(z.leadTeamId()).map(Team::naam).orElse(""), z.regievorm().label(),
                        z.regisseurNaam(), z.isOpen())).toList();
        return overzicht(huishouden, meldingen, zaken);
    }

    /**
     * The meldingen of one case, newest first, for its case page: the way back from the case to the questions that
     * opened it. Only for who may read the household's questions; logged as such.
     */
    @Transactional(readOnly = true)
    public List<EerdereMelding> vanZaak(Gebruiker medewerker, long huishoudenId, long zaakId) {
        if (!dossiertoegang.vanMedewerker(medewerker, medewerker.gemeenteCode(), huishoudenId).mag(Dossierdeel.HULPVRAAG)) {
            return List.of();
        }
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.HULPVRAAG, Handeling.INZIEN);
        return jdbc.sql("""
                        select id, persoon_bsn, ontvangen_datum, status, omschrijving, behandelaar_naam from melding
                        where gemeente_code = ? and zaak_id = ? and huishouden_id = ? order by ontvangen_op desc, id desc limit 20""")
                .params(medewerker.gemeenteCode(), zaakId, huishoudenId).query(EerdereMelding.class).list();
    }

    /**
     * The household as the page of one melding shows it: everything for the case team; who lives there
     * for the team the melding is routed to (without the case and the other meldingen); nothing for
     * the professional who only registered it.
     */
    @Transactional(readOnly = true)
    public Optional<Overzicht> voorMelding(Gebruiker medewerker, long huishoudenId) {
        Dossiertoegang.Toegang toegang;
        try {
            toegang = dossiertoegang.vanMedewerker(medewerker, medewerker.gemeenteCode(), huishoudenId);
        } catch (GeenToegangException e) {
            return Optional.empty();
        }
        if (toegang.mag(Dossierdeel.HULPVRAAG)) {
            return Optional.of(van(medewerker, huishoudenId));
        }
        if (!toegang.mag(Dossierdeel.PERSONALIA)) {
            return Optional.empty();
        }
        Huishouden huishouden = register.huishouden(medewerker.gemeenteCode(), huishoudenId)
                .orElseThrow(() -> new NietGevondenException("Het huishouden"));
        dossiertoegang.medewerker(medewerker, medewerker.gemeenteCode(), huishoudenId, Dossierdeel.PERSONALIA, Handeling.INZIEN);
        return Optional.of(overzicht(huishouden, List.of(), List.of()));
    }

    private Overzicht overzicht(Huishouden huishouden, List<EerdereMelding> meldingen, List<ZaakInfo> zaken) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Lid> leden = huishouden.leden().stream()
                .map(p -> new Lid(p.bsn(), p.naam(), p.geboortedatum(), p.leeftijdOp(vandaag))).toList();
        return new Overzicht(huishouden.id(), huishouden.adres().regel(), huishouden.adres().wijk(), leden, meldingen, zaken);
    }

    public String adresVan(Gebruiker medewerker, long huishoudenId) {
        return register.adres(medewerker.gemeenteCode(), huishoudenId).map(a -> a.regel()).orElse("Onbekend adres");
    }

    public Optional<String> naamVan(Gebruiker gebruiker, String bsn) {
        return register.persoon(gebruiker.gemeenteCode(), bsn).map(p -> p.naam());
    }
}
