package nl.dichtbij.toegang;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Identiteitscontrole;
import nl.dichtbij.personen.Bsn;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.zrm.ZrmDomein;

import org.springframework.stereotype.Component;

/** Checks what comes in and says, per field and in plain Dutch, what to change. */
@Component
class MeldingValidatie {

    private static final String TELEFOON = "\\+?[0-9][0-9 \\-]{8,14}";

    private final Identiteitscontrole identiteit;

    MeldingValidatie(Identiteitscontrole identiteit) {
        this.identiteit = identiteit;
    }

    Persoon doorInwoner(NieuweMelding nieuw, List<Persoon> toegestaan) {
        Map<String, String> fouten = vraag(nieuw);
        Persoon persoon = toegestaan.stream().filter(p -> p.bsn().equals(nieuw.persoonBsn())).findFirst().orElse(null);
        if (persoon == null) {
            fouten.put("persoonBsn", "Kies voor wie u hulp vraagt: uzelf of uw kind.");
        }
        klaar(fouten);
        return persoon;
    }

    /**
     * The BSN with the birth date is the proof of who the melding is about. Whatever does not fit
     * gets one message ({@link Identiteitscontrole}), so the form tells nothing about a BSN or a
     * birth date; failed checks are limited and logged there.
     */
    Persoon doorMedewerker(NieuweMelding nieuw, Gebruiker medewerker, LocalDate vandaag) {
        Map<String, String> fouten = vraag(nieuw);
        if (nieuw.kanaal() == null || nieuw.kanaal() == Kanaal.ONLINE) {
            fouten.put("kanaal", "Kies hoe de melding binnenkwam: telefoon, balie of een signaal van een vindplaats.");
        } else if (nieuw.kanaal() == Kanaal.VINDPLAATS && nieuw.vindplaats() == null) {
            fouten.put("vindplaats", "Kies van welke vindplaats het signaal komt.");
        }
        Persoon persoon = null;
        if (nieuw.geboortedatum() == null) {
            fouten.put("geboortedatum", "Vul de geboortedatum in.");
        } else if (nieuw.geboortedatum().isAfter(vandaag)) {
            fouten.put("geboortedatum", "De geboortedatum ligt in de toekomst. Controleer de datum.");
        }
        String bsn = nieuw.persoonBsn() == null ? "" : nieuw.persoonBsn().replaceAll("[\\s.]", "");
        if (!Bsn.isGeldig(bsn)) {
            fouten.put("persoonBsn", "Dit BSN klopt niet. Een BSN heeft 9 cijfers en voldoet aan de elfproef.");
        } else if (!fouten.containsKey("geboortedatum")) {
            Identiteitscontrole.Controle controle = identiteit.controleer(medewerker, medewerker.gemeenteCode(), bsn, nieuw.geboortedatum(),
                    "melding registreren");
            if (controle.bruikbaar()) {
                persoon = controle.persoon();
            } else {
                fouten.put("persoonBsn", controle.melding());
            }
        }
        klaar(fouten);
        return persoon;
    }

    /** The checks on the question itself, the same for every way it comes in (also a melding taken over, {@link Meldingovername}). */
    static Map<String, String> vraag(NieuweMelding nieuw) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (nieuw.omschrijving() == null || nieuw.omschrijving().isBlank()) {
            fouten.put("omschrijving", "Vertel in een paar zinnen wat er aan de hand is.");
        } else if (nieuw.omschrijving().length() > 4000) {
            fouten.put("omschrijving", "Uw verhaal is te lang. Gebruik maximaal 4000 tekens; in het gesprek kunt u meer vertellen.");
        }
        if (nieuw.levensgebieden() == null || nieuw.levensgebieden().isEmpty()) {
            fouten.put("levensgebieden", "Kies minstens één onderwerp waar uw vraag over gaat.");
        }
        if (nieuw.urgentie() == null) {
            fouten.put("urgentie", "Kies hoe snel u hulp nodig heeft.");
        }
        if (nieuw.dreiging() && !nieuw.schulden()) {
            fouten.put("schulden", "Kruis ook aan dat het om geldzorgen of schulden gaat.");
        }
        if (nieuw.contactvoorkeur() == null) {
            fouten.put("contactvoorkeur", "Kies hoe wij contact met u opnemen.");
        } else if (nieuw.contactvoorkeur() == Contactvoorkeur.TELEFOON
                && (nieuw.telefoon() == null || !nieuw.telefoon().trim().matches(TELEFOON))) {
            fouten.put("telefoon", "Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.");
        } else if (nieuw.contactvoorkeur() == Contactvoorkeur.EMAIL
                && (nieuw.email() == null || !nl.dichtbij.platform.Emailadres.isGeldig(nieuw.email().trim()))) {
            fouten.put("email", "Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
        }
        if (nieuw.vertegenwoordiger() != null && nieuw.vertegenwoordiger().length() > 300) {
            fouten.put("vertegenwoordiger", "Gebruik maximaal 300 tekens.");
        }
        return fouten;
    }

    void onderzoek(Meldingen.OnderzoekVerslag verslag, LocalDate ontvangen, LocalDate vandaag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (verslag.gehoudenOp() == null) {
            fouten.put("gehoudenOp", "Vul de datum van het gesprek in.");
        } else if (verslag.gehoudenOp().isAfter(vandaag)) {
            fouten.put("gehoudenOp", "Het gesprek ligt in de toekomst. Leg het vast nadat het gehouden is.");
        } else if (verslag.gehoudenOp().isBefore(ontvangen)) {
            fouten.put("gehoudenOp", "Het gesprek kan niet vóór de melding zijn gehouden.");
        }
        if (verslag.bevindingen().isEmpty()) {
            fouten.put("bevindingen", "Beschrijf minstens één levensgebied: de situatie, wat de inwoner en het netwerk kunnen, en wat nodig is.");
        }
        if (verslag.deelnemers().isEmpty()) {
            fouten.put("deelnemers", "Kies wie aan het gesprek deelnamen.");
        }
        if (!nl.dichtbij.zrm.Zrm.volledig(verslag.zrmProfessional(), verslag.geenScoreProfessional())) {
            fouten.put("zrmProfessional", "Geef voor alle 13 domeinen van de ZRM uw score, of kies n.v.t. of onbekend.");
        }
        boolean inwonerScoorde = !verslag.zrmInwoner().isEmpty() || !verslag.geenScoreInwoner().isEmpty();
        if (inwonerScoorde && !nl.dichtbij.zrm.Zrm.volledig(verslag.zrmInwoner(), verslag.geenScoreInwoner())) {
            fouten.put("zrmInwoner", "Vul de score van de inwoner in voor alle 13 domeinen (of n.v.t. of onbekend), "
                    + "of laat ze allemaal leeg als de inwoner zelf niet scoorde.");
        }
        boolean buitenSchaal = verslag.zrmProfessional().values().stream().anyMatch(s -> s < 1 || s > 5)
                || verslag.zrmInwoner().values().stream().anyMatch(s -> s < 1 || s > 5);
        if (buitenSchaal) {
            fouten.put("zrm", "Een ZRM-score is 1, 2, 3, 4 of 5.");
        }
        klaar(fouten);
    }

    private static void klaar(Map<String, String> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
