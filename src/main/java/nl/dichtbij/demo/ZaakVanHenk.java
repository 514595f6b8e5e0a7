package nl.dichtbij.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.NieuweActie;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.plan.Uitvoerder;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Deelnemer;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.Meldingovername;
import nl.dichtbij.toegang.Meldingovername.Opgepakt;
import nl.dichtbij.toegang.Meldingovername.OvergenomenMelding;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Onderzoek;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Henk de Wit's Wmo case, directed by the {@code wmoconsulent} (Willem Visser), so the Wmo consulent has a case of his own in
 * *Mijn zaken* and can start a marketplace request from it (issue 19): since his wife died Henk (82, alone) no longer keeps up
 * with his post and bills, eats irregularly and sees few people. His question was taken over from the previous system three
 * weeks ago and picked up by Willem; Willem recorded the kitchen-table talk (Henk and his daughter Sanne, his mantelzorger) with
 * both ZRM scorings, which makes him the regisseur; the plan holds three goals, one with the network and one for a provider,
 * and Henk agreed to it. Everything through the public APIs of regie, toegang and plan; done when the melding is there.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class ZaakVanHenk implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(ZaakVanHenk.class);
    static final String BRON = "demo-henk";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Zaakovername zaken;
    private final Meldingovername overname;
    private final Meldingen meldingen;
    private final Plannen plannen;
    private final PersonenRegister register;
    private final Gemeenten gemeenten;
    private final TransactionTemplate transactie;
    private final Clock clock;

    ZaakVanHenk(Zaakovername zaken, Meldingovername overname, Meldingen meldingen, Plannen plannen, PersonenRegister register, Gemeenten gemeenten,
                TransactionTemplate transactie, Clock clock) {
        this.zaken = zaken;
        this.overname = overname;
        this.meldingen = meldingen;
        this.plannen = plannen;
        this.register = register;
        this.gemeenten = gemeenten;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "zaak-henk";
    }

    @Override
    public void vullen() {
        if (overname.overgenomenUit(Demoverloop.GEMEENTE, BRON)) {
            return;
        }
        Persoon henk = register.persoon(Demoverloop.GEMEENTE, Testpersonen.GROOTVADER_BSN).orElse(null);
        if (henk == null) {
            return;
        }
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> maak(henk));
        log.info("Demo: de Wmo-zaak van Henk de Wit met Willem Visser als regisseur ({} ms)", (System.nanoTime() - begin) / 1_000_000);
    }

    private void maak(Persoon henk) {
        long wmoteam = gemeenten.teamVoor(Demoverloop.GEMEENTE, Doelgroep.WMO).id();
        Gebruiker willem = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, Demoverloop.GEMEENTE, wmoteam, null);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate gemeld = vandaag.minusDays(24);
        Instant ontvangen = gemeld.atTime(10, 0).atZone(NEDERLAND).toInstant();
        var zaak = zaken.overnemen(new OvergenomenZaak(Demoverloop.GEMEENTE, henk.huishoudenId(), wmoteam, Regievorm.CASUSREGIE, ontvangen));
        if (zaak.isEmpty()) {
            return; // the household has another open case: its history is that case's
        }
        NieuweMelding vraag = new NieuweMelding(henk.bsn(), henk.geboortedatum(), BRON, null,
                "Sinds mijn vrouw overleed red ik het thuis niet meer. De post stapelt zich op en ik eet vaak niet.",
                Set.of(Levensgebied.FINANCIEN, Levensgebied.PRAKTISCH_FUNCTIONEREN), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON,
                "06 12345678", null, Kanaal.TELEFOON, null);
        long melding = overname.overnemen(new OvergenomenMelding(vraag, Demoverloop.GEMEENTE, henk.huishoudenId(), wmoteam, zaak.get(), ontvangen,
                new Opgepakt(willem.gebruikersnaam(), willem.naam(), ontvangen.plusSeconds(24 * 3600)), null, List.of()));

        Map<ZrmDomein, Integer> professional = new EnumMap<>(ZrmDomein.class);
        Map<ZrmDomein, Integer> inwoner = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            if (domein != ZrmDomein.WERK_OPLEIDING) { // retired: not applicable
                professional.put(domein, 4);
                inwoner.put(domein, 4);
            }
        }
        Map<ZrmDomein, ZrmMeting.GeenScore> nvt = Map.of(ZrmDomein.WERK_OPLEIDING, ZrmMeting.GeenScore.NIET_VAN_TOEPASSING);
        professional.putAll(Map.of(ZrmDomein.FINANCIEN, 2, ZrmDomein.INSTRUMENTELE_ADL, 2, ZrmDomein.SOCIAAL_NETWERK, 2, ZrmDomein.TIJDSBESTEDING, 3,
                ZrmDomein.GEESTELIJKE_GEZONDHEID, 3));
        inwoner.putAll(Map.of(ZrmDomein.FINANCIEN, 3, ZrmDomein.INSTRUMENTELE_ADL, 3, ZrmDomein.SOCIAAL_NETWERK, 2, ZrmDomein.TIJDSBESTEDING, 3));
        meldingen.onderzoekVastleggen(willem, melding, new Meldingen.OnderzoekVerslag(gemeld.plusDays(7), Set.of(
                new Onderzoek.Bevinding(Levensgebied.FINANCIEN, "De post blijft ongeopend liggen; twee rekeningen zijn niet betaald. Zijn vrouw deed dit altijd.",
                        "Hij wil het zelf weer leren; zijn dochter helpt één keer per week.", "Iemand die een paar maanden elke week met hem de post en de bank doet."),
                new Onderzoek.Bevinding(Levensgebied.PRAKTISCH_FUNCTIONEREN, "Hij kookt bijna niet meer en slaat maaltijden over. Het huis is nog op orde.",
                        "Hij kan zichzelf verzorgen en doet kleine boodschappen.", "Vaste momenten om te eten, en hulp om het huishouden te plannen."),
                new Onderzoek.Bevinding(Levensgebied.SOCIAAL_FUNCTIONEREN, "Hij komt weinig buiten en ziet behalve zijn dochter bijna niemand.",
                        "Hij ging vroeger graag naar de biljartclub.", "Weer een vaste plek in de week met andere mensen.")),
                Set.of(Deelnemer.INWONER, Deelnemer.MANTELZORGER), null, professional, inwoner, nvt, nvt));

        long zaakId = zaak.get();
        long geld = plannen.doelToevoegen(willem, zaakId, new NieuwDoel("Zelf weer overzicht over post en rekeningen", henk.bsn(),
                Levensgebied.FINANCIEN, ZrmDomein.FINANCIEN, 4, Regeling.WMO, 3));
        plannen.actieToevoegen(willem, zaakId, geld, new NieuweActie("Elke week samen de post en de bank doen", Uitvoerder.AANBIEDER,
                "nog te kiezen", vandaag.plusDays(14), null));
        long eten = plannen.doelToevoegen(willem, zaakId, new NieuwDoel("Elke dag een warme maaltijd", henk.bsn(), Levensgebied.PRAKTISCH_FUNCTIONEREN,
                ZrmDomein.INSTRUMENTELE_ADL, 4, Regeling.GEEN, 3));
        plannen.actieToevoegen(willem, zaakId, eten, new NieuweActie("Dochter regelt maaltijden voor drie dagen per week", Uitvoerder.NETWERK, "dochter",
                vandaag.minusDays(10), null));
        long mensen = plannen.doelToevoegen(willem, zaakId, new NieuwDoel("Eén vaste middag per week onder de mensen", henk.bsn(),
                Levensgebied.SOCIAAL_FUNCTIONEREN, ZrmDomein.SOCIAAL_NETWERK, 3, Regeling.GEEN, 6));
        plannen.actieToevoegen(willem, zaakId, mensen, new NieuweActie("Weer naar de biljartclub in het buurthuis", Uitvoerder.INWONER, null,
                vandaag.minusDays(7), null));
        Gebruiker alsHenk = new Gebruiker("mantelzorger", null, Testpersonen.GROOTVADER_NAAM, Rol.INWONER, Demoverloop.GEMEENTE, null, henk.bsn());
        plannen.vanInwoner(alsHenk).ifPresent(plan -> plannen.akkoord(alsHenk, plan.versienummer()));
    }
}
