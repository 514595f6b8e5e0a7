package nl.dichtbij.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.personen.Persoon;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases are destroyed when their retention term has passed, per law, counted from the
 * day the case closed. Always first as a dry run (what would go, per part), then for real.
 * Sources of the defaults: docs/privacy.md.
 */
@Service
public class Bewaartermijnen {

    private final List<GeslotenZaken> zaken;
    private final List<Dossieronderdeel> onderdelen;
    private final PersonenRegister register;
    private final DossierLog log;
    private final Clock clock;
    private final int jeugdJaren;
    private final int wmoJaren;

    Bewaartermijnen(List<GeslotenZaken> zaken, List<Dossieronderdeel> onderdelen, PersonenRegister register, DossierLog log, Clock clock,
                    @Value("${dichtbij.bewaren.jeugd-jaren:20}") int jeugdJaren, @Value("${dichtbij.bewaren.wmo-jaren:10}") int wmoJaren) {
        this.zaken = zaken;
        this.onderdelen = onderdelen.stream().sorted(Comparator.comparingInt(Dossieronderdeel::volgorde)).toList();
        this.register = register;
        this.log = log;
        this.clock = clock;
        this.jeugdJaren = jeugdJaren;
        this.wmoJaren = wmoJaren;
    }

    public record Termijn(String wet, int jaren, String bron, String uitlegVoorInwoner) {
    }

    public List<Termijn> uitleg() {
        return List.of(new Termijn("Jeugdwet", jeugdJaren, "Jeugdwet art. 7.3.8: 20 jaar (sinds 2020)",
                        "De wet zegt hoe lang wij gegevens over jeugdhulp bewaren."),
                new Termijn("Wmo 2015 en overig sociaal domein", wmoJaren,
                        "Selectielijst gemeenten en intergemeentelijke organen 2020; termijn vast te stellen door de gemeente met haar archivaris",
                        "De gemeente heeft deze termijn samen met haar archivaris vastgesteld."));
    }

    public record Zaakregel(long zaakId, boolean jeugd, Instant geslotenOp, Map<String, Integer> perOnderdeel) {
        public int totaal() {
            return perOnderdeel.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record Rapport(boolean proef, Instant peilmoment, List<Zaakregel> zaken) {
        public int aantalRegels() {
            return zaken.stream().mapToInt(Zaakregel::totaal).sum();
        }
    }

    /** What would be destroyed today: nothing changes. */
    public Rapport proef(Gebruiker wie) {
        return uitvoeren(wie, true);
    }

    @Transactional
    public Rapport vernietigen(Gebruiker wie) {
        return uitvoeren(wie, false);
    }

    private Rapport uitvoeren(Gebruiker wie, boolean proef) {
        Correctieverzoeken.vereisPrivacy(wie);
        Instant nu = clock.instant();
        ZonedDateTime vandaag = nu.atZone(ClockConfig.AMSTERDAM);
        Instant jeugdGrens = vandaag.minusYears(jeugdJaren).toInstant();
        Instant wmoGrens = vandaag.minusYears(wmoJaren).toInstant();
        Instant ruimsteGrens = jeugdGrens.isAfter(wmoGrens) ? jeugdGrens : wmoGrens;
        List<Zaakregel> regels = new ArrayList<>();
        for (GeslotenZaken bron : zaken) {
            for (GeslotenZaken.GeslotenZaak zaak : bron.geslotenVoor(wie.gemeenteCode(), ruimsteGrens)) {
                if (!zaak.geslotenOp().isBefore(zaak.jeugd() ? jeugdGrens : wmoGrens)) {
                    continue;
                }
                List<String> betrokkenen = register.leden(wie.gemeenteCode(), zaak.huishoudenId()).stream().map(Persoon::bsn).toList();
                Map<String, Integer> perOnderdeel = new LinkedHashMap<>();
                for (Dossieronderdeel onderdeel : onderdelen) {
                    perOnderdeel.put(onderdeel.naam(), onderdeel.vernietig(wie.gemeenteCode(), zaak.zaakId(), proef));
                }
                if (!proef) {
                    log.vastleggen(wie, wie.gemeenteCode(), betrokkenen, Dossierdeel.PERSONALIA, Handeling.VERNIETIGEN,
                            "Bewaartermijn verstreken (" + (zaak.jeugd() ? jeugdJaren : wmoJaren) + " jaar), zaak " + zaak.zaakId());
                }
                regels.add(new Zaakregel(zaak.zaakId(), zaak.jeugd(), zaak.geslotenOp(), perOnderdeel));
            }
        }
        return new Rapport(proef, nu, regels);
    }
}
