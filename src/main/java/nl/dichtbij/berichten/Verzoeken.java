package nl.dichtbij.berichten;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.berichten.internal.Antwoordberichten;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.dossier.DossierLog;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Handeling;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.termijnen.Feestdagen;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regisseur's answer to a provider's verzoek: a toewijzing (a new 301), a rejection or
 * "in onderzoek" (a 319). A VOT is answered per product, a VOW as a whole (OP344), within five
 * working days, or eight weeks once it is under investigation (OP274, OP346).
 */
@Service
public class Verzoeken {

    private static final String SELECT = "select " + Verzoek.KOLOMMEN + " from verzoek ";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String GRONDSLAG = "Verzoek van de aanbieder beantwoorden (Jeugdwet art. 2.3, Wmo 2015 art. 2.3.5)";
    private static final String DOOR_AANBIEDER = "12";

    private final JdbcClient jdbc;
    private final Toewijzingen toewijzingen;
    private final Toewijzingberichten toewijzingberichten;
    private final Antwoordberichten antwoorden;
    private final Aanbod aanbod;
    private final Gemeenten gemeenten;
    private final DossierLog dossierLog;
    private final Clock clock;
    private final nl.dichtbij.personen.PersonenRegister register;

    Verzoeken(JdbcClient jdbc, Toewijzingen toewijzingen, Toewijzingberichten toewijzingberichten, Antwoordberichten antwoorden, Aanbod aanbod,
              Gemeenten gemeenten, DossierLog dossierLog, Clock clock, nl.dichtbij.personen.PersonenRegister register) {
        this.register = register;
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.toewijzingberichten = toewijzingberichten;
        this.antwoorden = antwoorden;
        this.aanbod = aanbod;
        this.gemeenten = gemeenten;
        this.dossierLog = dossierLog;
        this.clock = clock;
    }

    /** What the regisseur may change when honouring a VOT product; null keeps what the provider asked for. */
    public record Aanpassing(LocalDate ingangsdatum, LocalDate einddatum, Integer volume) {
        public static final Aanpassing ZOALS_GEVRAAGD = new Aanpassing(null, null, null);
    }

    /** Unanswered verzoeken for this employee's team (Jeugd: the youth team, Wmo: the Wmo team; a teamleider sees all), oldest first. */
    public Pagina<Verzoek> open(Gebruiker medewerker, int pagina, int grootte) {
        Optional<Standaard> standaard = standaardVan(medewerker);
        String waar = "where gemeente_code = :g and status in ('OPEN', 'IN_ONDERZOEK')" + (standaard.isPresent() ? " and standaard = :s" : "");
        Map<String, Object> params = standaard.<Map<String, Object>>map(s -> Map.of("g", medewerker.gemeenteCode(), "s", s.name()))
                .orElse(Map.of("g", medewerker.gemeenteCode()));
        long totaal = jdbc.sql("select count(*) from verzoek " + waar).params(params).query(Long.class).single();
        List<Verzoek> inhoud = jdbc.sql(SELECT + waar + " order by ontvangen_op, id limit :grootte offset :offset").params(params)
                .param("grootte", grootte).param("offset", (long) pagina * grootte).query(Verzoek.class).list();
        dossierLog.overzicht(medewerker, medewerker.gemeenteCode(), inhoud.stream().map(Verzoek::persoonBsn).toList(), GRONDSLAG);
        return new Pagina<>(inhoud, pagina, grootte, totaal);
    }

    /** The verzoek with its products and the client's toewijzingen at that provider; empty when this employee may not handle it. */
    public Optional<Verzoek.Dossier> dossier(Gebruiker medewerker, long id) {
        return verzoek(medewerker, id).map(v -> {
            dossierLog.vastleggen(medewerker, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.INZIEN, GRONDSLAG);
            return new Verzoek.Dossier(v, producten(v.id()),
                    toewijzingen.vanClient(v.gemeenteCode(), v.standaard(), v.persoonBsn(), v.aanbiederAgb()));
        });
    }

    private static final java.util.regex.Pattern GEBOORTEDATUM =
            java.util.regex.Pattern.compile("Geboortedatum>\\s*<(?:[A-Za-z0-9_]+:)?Datum>(\\d{4}-\\d{2}-\\d{2})<");

    /**
     * The Geboortedatum the provider gave in its 315, read from the message as received; empty for a
     * 317, which has none. The retour did not say whether it fits (docs/privacy.md); the regisseur sees it.
     */
    public Optional<LocalDate> opgegevenGeboortedatum(Verzoek verzoek) {
        return jdbc.sql("select i.xml from inkomend_bericht i join verzoek v on v.inkomend_bericht_id = i.id where v.id = ?").param(verzoek.id())
                .query(String.class).optional().flatMap(xml -> {
                    java.util.regex.Matcher m = GEBOORTEDATUM.matcher(xml);
                    return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
                });
    }

    /** Five working days after receipt; eight weeks once it is under investigation (OP274, OP346). */
    public LocalDate antwoordUiterlijk(Verzoek verzoek) {
        LocalDate ontvangen = verzoek.ontvangenOp().atZone(NEDERLAND).toLocalDate();
        if (verzoek.status() == Verzoek.Status.IN_ONDERZOEK) {
            return ontvangen.plusWeeks(8);
        }
        LocalDate dag = ontvangen;
        for (int werkdagen = 0; werkdagen < 5; ) {
            dag = dag.plusDays(1);
            if (Feestdagen.isWerkdag(dag)) {
                werkdagen++;
            }
        }
        return dag;
    }

    /** "Aanvraag in onderzoek" (VerzoekAntwoord 2): for a VOT one 319 per open product. */
    @Transactional
    public void inOnderzoek(Gebruiker medewerker, long id) {
        Verzoek v = teBeantwoorden(medewerker, id);
        if (v.status() != Verzoek.Status.OPEN) {
            throw ongeldig("status", "Dit verzoek is al in onderzoek.");
        }
        if (v.perProduct()) {
            producten(id).stream().filter(Verzoek.Product::open)
                    .forEach(p -> antwoorden.verstuur(v, p.referentieAanbieder(), Antwoordberichten.IN_ONDERZOEK, null, null));
        } else {
            antwoorden.verstuur(v, v.referentieAanbieder(), Antwoordberichten.IN_ONDERZOEK, null, null);
        }
        jdbc.sql("update verzoek set status = 'IN_ONDERZOEK' where id = ?").param(id).update();
        dossierLog.vastleggen(medewerker, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN, GRONDSLAG);
    }

    /**
     * Rejects one product of a VOT, or the whole VOW ({@code productId} is ignored there). For a
     * Jeugd rejection on the woonplaatsbeginsel the responsible municipality goes along (OP359).
     */
    @Transactional
    public void afwijzen(Gebruiker medewerker, long id, Long productId, String reden, String verantwoordelijkeGemeente) {
        Verzoek v = teBeantwoorden(medewerker, id);
        if (reden == null || aanbod.code("WJ759", reden).isEmpty()) {
            throw ongeldig("reden", "Kies de reden van de afwijzing.");
        }
        String gemeente = verantwoordelijkeGemeente == null || verantwoordelijkeGemeente.isBlank() ? null : verantwoordelijkeGemeente.strip();
        if (Antwoordberichten.WOONPLAATSBEGINSEL.equals(reden) && v.standaard() == Standaard.IJW
                && (gemeente == null || !gemeente.matches("\\d{4}") || gemeente.equals(v.gemeenteCode()))) {
            throw ongeldig("gemeente", "Vul de viercijferige code in van de gemeente die volgens het woonplaatsbeginsel verantwoordelijk is.");
        }
        if (v.perProduct()) {
            Verzoek.Product p = openProduct(id, productId);
            antwoorden.verstuur(v, p.referentieAanbieder(), Antwoordberichten.AFGEWEZEN, reden, gemeente);
            jdbc.sql("update verzoek_product set status = 'AFGEWEZEN', reden_afwijzing = ? where id = ?").params(reden, p.id()).update();
        } else {
            antwoorden.verstuur(v, v.referentieAanbieder(), Antwoordberichten.AFGEWEZEN, reden, gemeente);
            jdbc.sql("update verzoek_product set status = 'AFGEWEZEN', reden_afwijzing = ? where verzoek_id = ? and status = 'OPEN'")
                    .params(reden, id).update();
        }
        beantwoord(medewerker, v);
    }

    /** Honours one product of a VOT (with the regisseur's adjustments), or the whole VOW as asked (IV093). */
    @Transactional
    public void toewijzen(Gebruiker medewerker, long id, Long productId, Aanpassing aanpassing) {
        Verzoek v = teBeantwoorden(medewerker, id);
        if (register.persoon(v.gemeenteCode(), v.persoonBsn()).isEmpty()) {
            // the provider was not told (no oracle in the retour); the municipality answers on the woonplaatsbeginsel (OP359)
            throw ongeldig("verzoek", "Dit BSN staat niet ingeschreven in uw gemeente. Wijs het verzoek af op het woonplaatsbeginsel.");
        }
        if (v.perProduct()) {
            Verzoek.Product p = openProduct(id, productId);
            Toewijzing t = nieuweToewijzing(v, p, p.referentieAanbieder(), aanpassing == null ? Aanpassing.ZOALS_GEVRAAGD : aanpassing,
                    p.verwijzer().orElse(null));
            jdbc.sql("update verzoek_product set status = 'TOEGEWEZEN', toewijzing_id = ? where id = ?").params(t.id(), p.id()).update();
            toewijzingberichten.verstuur(t);
        } else {
            wijzigingToewijzen(v);
        }
        beantwoord(medewerker, v);
    }

    private void wijzigingToewijzen(Verzoek v) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Toewijzing> actueel = toewijzingen.vanClient(v.gemeenteCode(), v.standaard(), v.persoonBsn(), v.aanbiederAgb()).stream()
                .filter(t -> !t.verwijderd() && (t.einddatum() == null || !t.einddatum().isBefore(vandaag))).toList();
        List<Long> gewijzigd = new ArrayList<>();
        Set<Long> genoemd = new HashSet<>();
        for (Verzoek.Product p : producten(v.id())) {
            if (!p.open()) {
                continue;
            }
            Toewijzing resultaat;
            if (p.wijziging()) {
                Toewijzing huidig = actueel.stream().filter(t -> t.toewijzingNummer() == p.toewijzingNummer()).findFirst()
                        .map(t -> toewijzingen.vastzetten(t.id()))
                        .orElseThrow(() -> ongeldig("verzoek", "Toewijzing " + p.toewijzingNummer() + " is niet meer actueel; wijs dit verzoek af."));
                genoemd.add(huidig.id());
                resultaat = wijzig(v, huidig, p, gewijzigd);
            } else {
                // a 317 names no referrer: a new product follows the referral of the care the client already has there
                Verwijzer verwijzer = actueel.stream().map(t -> toewijzingen.verwijzer(t.id())).flatMap(Optional::stream).findFirst().orElse(null);
                resultaat = nieuweToewijzing(v, p, v.referentieAanbieder(), Aanpassing.ZOALS_GEVRAAGD, verwijzer);
            }
            gewijzigd.add(resultaat.id());
            jdbc.sql("update verzoek_product set status = 'TOEGEWEZEN', toewijzing_id = ? where id = ?").params(resultaat.id(), p.id()).update();
        }
        for (Toewijzing ongewijzigd : actueel) {
            if (!genoemd.contains(ongewijzigd.id())) {
                jdbc.sql("update toewijzing set referentie_aanbieder = ?, reden_wijziging = null where id = ?")
                        .params(v.referentieAanbieder(), ongewijzigd.id()).update();
            }
        }
        if (!gewijzigd.isEmpty()) {
            toewijzingberichten.verstuur(toewijzingen.toewijzing(gewijzigd.getFirst()).orElseThrow(), gewijzigd);
        }
    }

    /**
     * The same toewijzing with a new end date, budget or total volume when OP257/OP380 allow it;
     * otherwise the current one ends the day before the wished start and a new one follows.
     */
    private Toewijzing wijzig(Verzoek v, Toewijzing huidig, Verzoek.Product p, List<Long> gewijzigd) {
        boolean zelfdeOmvang = p.volume() == null || (Objects.equals(p.volume(), huidig.volume()) && Objects.equals(p.eenheid(), huidig.eenheid())
                && Objects.equals(p.frequentie(), huidig.frequentie()));
        boolean totaalBinnenGeldigheidsduur = "6".equals(huidig.frequentie()) && (p.frequentie() == null || "6".equals(p.frequentie()));
        Timestamp nu = Timestamp.from(clock.instant());
        if (zelfdeOmvang || totaalBinnenGeldigheidsduur) {
            jdbc.sql("""
                            update toewijzing set einddatum = ?, volume = ?, budget_centen = ?, referentie_aanbieder = ?, reden_wijziging = ?,
                                toegewezen_op = ? where id = ?""")
                    .params(p.einddatum(), p.volume() == null ? huidig.volume() : p.volume(),
                            p.budgetCenten() == null ? huidig.budgetCenten() : p.budgetCenten(), v.referentieAanbieder(), DOOR_AANBIEDER, nu, huidig.id())
                    .update();
            return toewijzingen.toewijzing(huidig.id()).orElseThrow();
        }
        LocalDate ingang = p.ingangsdatum().isBefore(huidig.ingangsdatum()) ? huidig.ingangsdatum() : p.ingangsdatum();
        jdbc.sql("update toewijzing set einddatum = ?, referentie_aanbieder = ?, reden_wijziging = ?, toegewezen_op = ? where id = ?")
                .params(ingang.minusDays(1), v.referentieAanbieder(), DOOR_AANBIEDER, nu, huidig.id()).update();
        gewijzigd.add(huidig.id());
        long nieuw = toewijzingen.nieuw(new Toewijzingen.Nieuw(v.gemeenteCode(), v.standaard(), huidig.beschikkingId(), huidig.zaakId(),
                v.persoonBsn(), v.aanbiederAgb(), huidig.aanbiederNaam(), huidig.productcategorie(), huidig.productcode(),
                huidig.productOmschrijving(), ingang, p.einddatum(), p.volume(), p.eenheid() == null ? huidig.eenheid() : p.eenheid(),
                p.frequentie() == null ? huidig.frequentie() : p.frequentie(), p.budgetCenten(), v.referentieAanbieder(),
                toewijzingen.verwijzer(huidig.id()).orElse(null)));
        return toewijzingen.toewijzing(nieuw).orElseThrow();
    }

    private Toewijzing nieuweToewijzing(Verzoek v, Verzoek.Product p, String referentie, Aanpassing aanpassing, Verwijzer verwijzer) {
        var product = p.productcode() == null ? Optional.<Product>empty() : aanbod.product(v.gemeenteCode(), p.productcode());
        String categorie = p.productcategorie() != null ? p.productcategorie() : product.map(Product::categorie).orElse(null);
        if (categorie == null) {
            throw ongeldig("product", "Dit verzoek noemt geen productcategorie. Wijs het af met een reden, of leg een besluit vast met een product.");
        }
        LocalDate ingang = aanpassing.ingangsdatum() != null ? aanpassing.ingangsdatum() : p.ingangsdatum();
        LocalDate einde = aanpassing.einddatum() != null ? aanpassing.einddatum() : p.einddatum();
        Integer volume = aanpassing.volume() != null ? aanpassing.volume() : p.volume();
        if (ingang == null) {
            throw ongeldig("ingangsdatum", "Vul de ingangsdatum in.");
        }
        if (einde != null && einde.isBefore(ingang)) {
            throw ongeldig("einddatum", "De einddatum ligt voor de ingangsdatum.");
        }
        if (volume != null && volume <= 0) {
            throw ongeldig("volume", "Vul een omvang groter dan 0 in.");
        }
        String naam = aanbod.aanbiederMetAgb(v.aanbiederAgb()).map(Aanbieder::naam).orElse("AGB " + v.aanbiederAgb());
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw(v.gemeenteCode(), v.standaard(), null, null, v.persoonBsn(), v.aanbiederAgb(), naam,
                categorie, p.productcode(), product.map(Product::omschrijving).orElse(null), ingang, einde, volume,
                volume == null ? null : p.eenheid(), volume == null ? null : p.frequentie(), p.budgetCenten(), referentie, verwijzer));
        return toewijzingen.toewijzing(id).orElseThrow();
    }

    private void beantwoord(Gebruiker medewerker, Verzoek v) {
        long open = jdbc.sql("select count(*) from verzoek_product where verzoek_id = ? and status = 'OPEN'").param(v.id()).query(Long.class).single();
        if (open == 0) {
            jdbc.sql("update verzoek set status = 'BEANTWOORD', beantwoord_door = ?, beantwoord_op = ? where id = ?")
                    .params(medewerker.naam(), Timestamp.from(clock.instant()), v.id()).update();
        }
        dossierLog.vastleggen(medewerker, v.gemeenteCode(), List.of(v.persoonBsn()), Dossierdeel.BESLUITEN, Handeling.WIJZIGEN, GRONDSLAG);
    }

    private Verzoek teBeantwoorden(Gebruiker medewerker, long id) {
        Verzoek v = verzoek(medewerker, id).orElseThrow(() -> new NietGevondenException("Het verzoek"));
        if (v.afgehandeld()) {
            throw ongeldig("status", "Dit verzoek is al beantwoord.");
        }
        // the version is the guard: a second answer given at the same moment waits for the first, then finds the version changed
        if (jdbc.sql("update verzoek set versie = versie + 1 where id = ? and versie = ?").params(v.id(), v.versie()).update() != 1) {
            throw ongeldig("status", "Iemand anders heeft dit verzoek intussen (deels) beantwoord. Vernieuw de pagina en kijk wat nog open staat.");
        }
        return v;
    }

    private Verzoek.Product openProduct(long verzoekId, Long productId) {
        return producten(verzoekId).stream().filter(p -> productId != null && p.id() == productId && p.open()).findFirst()
                .orElseThrow(() -> ongeldig("product", "Dit product is al beantwoord of hoort niet bij dit verzoek."));
    }

    private Optional<Verzoek> verzoek(Gebruiker medewerker, long id) {
        return jdbc.sql(SELECT + "where id = ? and gemeente_code = ?").params(id, medewerker.gemeenteCode()).query(Verzoek.class).optional()
                .filter(v -> standaardVan(medewerker).map(s -> s == v.standaard()).orElse(true));
    }

    private List<Verzoek.Product> producten(long verzoekId) {
        return jdbc.sql("select " + Verzoek.Product.KOLOMMEN + " from verzoek_product where verzoek_id = ? order by id").param(verzoekId)
                .query(Verzoek.Product.class).list();
    }

    /** Empty for a teamleider (all verzoeken of the municipality); otherwise the law of the employee's team. */
    private Optional<Standaard> standaardVan(Gebruiker medewerker) {
        if (medewerker.is(Rol.TEAMLEIDER)) {
            return Optional.empty();
        }
        Doelgroep doelgroep = medewerker.teamId() == null ? null : gemeenten.team(medewerker.teamId()).map(t -> t.doelgroep()).orElse(null);
        if (doelgroep == null) {
            throw new NietGevondenException("Uw team");
        }
        return Optional.of(doelgroep == Doelgroep.JEUGD ? Standaard.IJW : Standaard.IWMO);
    }

    private static OngeldigeInvoerException ongeldig(String veld, String melding) {
        return new OngeldigeInvoerException(Map.of(veld, melding));
    }
}
