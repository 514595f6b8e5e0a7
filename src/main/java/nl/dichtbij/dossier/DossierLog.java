package nl.dichtbij.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import nl.dichtbij.platform.Gebruiker;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes what a user did with whose data to the {@link Logboek}, with the screen or endpoint
 * it happened on. One page often reads the same data through several services; within one
 * request every (resident, part, action) is logged once.
 */
@Component
public class DossierLog {

    private static final String GELOGD = DossierLog.class.getName() + ".gelogd";

    private final Logboek logboek;

    DossierLog(Logboek logboek) {
        this.logboek = logboek;
    }

    /** The resident (or whoever acts for him) looked at or changed his own file. */
    public void inwoner(Gebruiker inwoner, Collection<String> bsns, Dossierdeel deel, Handeling handeling) {
        String grondslag = inwoner.door() == null ? "Eigen dossier (AVG art. 15)" : inwoner.door().grond();
        vastleggen(inwoner, inwoner.gemeenteCode(), bsns, deel, handeling, grondslag);
    }

    /** A list showed these residents' names: logged as a look at their personalia. */
    public void overzicht(Gebruiker wie, String gemeenteCode, Collection<String> bsns, String grondslag) {
        vastleggen(wie, gemeenteCode, bsns, Dossierdeel.PERSONALIA, Handeling.INZIEN, grondslag);
    }

    public void vastleggen(Gebruiker wie, String gemeenteCode, Collection<String> bsns, Dossierdeel deel, Handeling handeling, String grondslag) {
        Set<String> alGelogd = gelogdInDitVerzoek();
        String bron = bron();
        String grond = afgekort(grondslag);
        List<Verwerking.Nieuw> regels = new ArrayList<>();
        for (String bsn : new java.util.LinkedHashSet<>(bsns)) {
            if (bsn != null && alGelogd.add(bsn + "|" + deel + "|" + handeling)) {
                regels.add(new Verwerking.Nieuw(gemeenteCode, wie.gebruikersnaam(), wie.actorNaam(), wie.rol().name(), bsn, deel, handeling,
                        grond, bron));
            }
        }
        logboek.vastleggen(regels);
    }

    private static String afgekort(String tekst) {
        String enkel = tekst.replaceAll("\\s+", " ").trim();
        return enkel.length() <= 300 ? enkel : enkel.substring(0, 297) + "...";
    }

    @SuppressWarnings("unchecked")
    private static Set<String> gelogdInDitVerzoek() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributen)) {
            return new HashSet<>();
        }
        HttpServletRequest request = attributen.getRequest();
        Object gelogd = request.getAttribute(GELOGD);
        if (gelogd == null) {
            gelogd = new HashSet<String>();
            request.setAttribute(GELOGD, gelogd);
        }
        return (Set<String>) gelogd;
    }

    /** "GET /werk/zaken/{zaakId}": the route, never the concrete URL, so no personal data lands in the log by accident. */
    static String bron() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributen)) {
            return "systeem";
        }
        HttpServletRequest request = attributen.getRequest();
        Object patroon = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (patroon != null ? patroon : request.getRequestURI());
    }
}
