package nl.dichtbij.berichten;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeschikkingGewijzigd;
import nl.dichtbij.besluit.BeschikkingVastgesteld;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.besluit.Uitvoering;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Wet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Toewijzingen follow ZIN decisions: a decision with a provider becomes a toewijzing and a 301;
 * a change or withdrawal becomes a new 301 with the right RedenWijziging (JZ002). Reached
 * through the event publication registry, so a decision is never left without its toewijzing.
 */
@Service
public class Toewijzingen implements Uitvoering {

    private static final String SELECT = "select " + Toewijzing.KOLOMMEN + " from toewijzing ";

    private final JdbcClient jdbc;
    private final Aanbod aanbod;
    private final Toewijzingberichten berichten;
    private final Clock clock;

    Toewijzingen(JdbcClient jdbc, Aanbod aanbod, Toewijzingberichten berichten, Clock clock) {
        this.jdbc = jdbc;
        this.aanbod = aanbod;
        this.berichten = berichten;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void vastgesteld(BeschikkingVastgesteld event) {
        Beschikking b = event.beschikking();
        if (b.vorm() != Leveringsvorm.ZIN || b.aanbiederId() == null || b.uitkomst() == Uitkomst.AFWIJZING
                || (b.wet() != Wet.JEUGDWET && b.wet() != Wet.WMO) || b.productcategorie() == null) {
            return;
        }
        Aanbieder aanbieder = aanbod.aanbieder(b.aanbiederId()).orElseThrow();
        Standaard standaard = Standaard.voor(b.wet());
        // the event may come twice (resubmitted after a node died mid-way): the unique key lets only one through
        invoegen(new Nieuw(b.gemeenteCode(), standaard, b.id(), b.zaakId(), b.persoonBsn(), aanbieder.agbCode(), aanbieder.naam(),
                b.productcategorie(), b.productcode(), b.productOmschrijving(), b.ingangsdatum(), b.einddatum(), b.volume(), b.eenheid(),
                b.frequentie(), centen(b.budget()), null, Verwijzer.GEMEENTE), b.id())
                .ifPresent(id -> berichten.verstuur(toewijzing(id).orElseThrow()));
    }

    @ApplicationModuleListener
    public void gewijzigd(BeschikkingGewijzigd event) {
        Beschikking b = event.beschikking();
        for (Toewijzing gelezen : vanBeschikking(b.gemeenteCode(), b.id())) {
            // a start message for it may be under way: decide on what it holds once that is done
            Toewijzing t = vastzetten(gelezen.id());
            if (t.verwijderd()) {
                continue;
            }
            boolean intrekken = event.wijziging() == Besluiten.Wijziging.INTREKKEN;
            // ended because the contract ended (the bulk transfer, Overdrachten): a later end is the successor's; a withdrawal or
            // an end before the day the old provider stops goes to the old provider too
            boolean contractGeeindigd = "03".equals(t.redenWijziging());
            if (contractGeeindigd && !intrekken && (b.einddatum() == null || !b.einddatum().isBefore(t.einddatum()))) {
                continue;
            }
            LocalDate einde;
            String reden;
            if (intrekken || (b.einddatum() != null && b.einddatum().isBefore(t.ingangsdatum()))) {
                // withdrawn, or the decision now ends before this toewijzing begins (the successor's, after a transfer)
                boolean ongebruikt = t.levering() == Levering.NIET_GESTART && !heeftDeclaraties(t.id());
                einde = ongebruikt ? t.ingangsdatum() : later(t.ingangsdatum(), LocalDate.now(clock));
                if (t.einddatum() != null && einde.isAfter(t.einddatum())) {
                    einde = t.einddatum(); // already ended (the old provider after a transfer): never longer than it was
                }
                reden = event.redenWijziging() != null ? event.redenWijziging() : ongebruikt ? "13" : "05";
            } else {
                einde = b.einddatum();
                boolean langer = t.einddatum() == null || (einde != null && einde.isAfter(t.einddatum()));
                reden = event.redenWijziging() != null ? event.redenWijziging() : langer ? "04" : "05";
            }
            if (contractGeeindigd && Objects.equals(einde, t.einddatum())) {
                continue; // the old provider stops on that day anyway: nothing changes for it
            }
            if (Objects.equals(einde, t.einddatum()) && reden.equals(t.redenWijziging())) {
                continue; // this change was already sent (the event came twice)
            }
            jdbc.sql("update toewijzing set einddatum = ?, reden_wijziging = ?, toegewezen_op = ? where id = ?")
                    .params(einde, reden, Timestamp.from(clock.instant()), t.id()).update();
            berichten.verstuur(toewijzing(t.id()).orElseThrow());
        }
    }

    /**
     * What a new toewijzing needs; the number is drawn from the sequence (unique per municipality and law, OP275). The referrer
     * is null when it is not known.
     */
    public record Nieuw(String gemeenteCode, Standaard standaard, Long beschikkingId, Long zaakId, String persoonBsn, String aanbiederAgb,
                        String aanbiederNaam, String productcategorie, String productcode, String productOmschrijving, LocalDate ingangsdatum,
                        LocalDate einddatum, Integer volume, String eenheid, String frequentie, Long budgetCenten, String referentieAanbieder,
                        Verwijzer verwijzer) {

        /** Without a known referrer. */
        public Nieuw(String gemeenteCode, Standaard standaard, Long beschikkingId, Long zaakId, String persoonBsn, String aanbiederAgb,
                     String aanbiederNaam, String productcategorie, String productcode, String productOmschrijving, LocalDate ingangsdatum,
                     LocalDate einddatum, Integer volume, String eenheid, String frequentie, Long budgetCenten, String referentieAanbieder) {
            this(gemeenteCode, standaard, beschikkingId, zaakId, persoonBsn, aanbiederAgb, aanbiederNaam, productcategorie, productcode,
                    productOmschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, budgetCenten, referentieAanbieder, null);
        }
    }

    @Transactional
    public long nieuw(Nieuw n) {
        return invoegen(n, null).orElseThrow();
    }

    /** Inserts unless the decision {@code uitBeschikking} already has its toewijzing; then nothing is written. */
    private Optional<Long> invoegen(Nieuw n, Long uitBeschikking) {
        long nummer = jdbc.sql("select nextval('toewijzing_nummer_seq')").query(Long.class).single();
        var sleutel = new GeneratedKeyHolder();
        int ingevoegd = jdbc.sql("""
                        insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, beschikking_id, zaak_id, persoon_bsn, aanbieder_agb,
                            aanbieder_naam, productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie,
                            budget_centen, referentie_aanbieder, toegewezen_op, levering, uit_beschikking_id, verwijzer_type, verwijzer_code,
                            verwijzer_naam)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NIET_GESTART', ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(n.gemeenteCode(), n.standaard().name(), nummer, n.beschikkingId(), n.zaakId(), n.persoonBsn(), n.aanbiederAgb(),
                        n.aanbiederNaam(), n.productcategorie(), n.productcode(), n.productOmschrijving(), n.ingangsdatum(), n.einddatum(),
                        n.volume(), n.eenheid(), n.frequentie(), n.budgetCenten(), n.referentieAanbieder(), Timestamp.from(clock.instant()),
                        uitBeschikking, n.verwijzer() == null ? null : n.verwijzer().typeCode(),
                        n.verwijzer() == null ? null : n.verwijzer().zorgverlenerCode(), n.verwijzer() == null ? null : n.verwijzer().naam())
                .update(sleutel, "id");
        return ingevoegd == 0 ? Optional.empty() : Optional.of(sleutel.getKeyAs(Number.class).longValue());
    }

    /**
     * Claims a toewijzing for a change in the running transaction and reads it as it stands: of two transactions that
     * change the same toewijzing (two start or stop messages, a message and an answer to a verzoek) the second waits
     * for the first and then sees what it wrote. Messages are not refused for this, they wait (docs/decisions/0019).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Toewijzing vastzetten(long id) {
        jdbc.sql("update toewijzing set versie = versie + 1 where id = ?").param(id).update();
        return toewijzing(id).orElseThrow();
    }

    /** Who referred the client for this toewijzing; empty when not known (taken over without one). */
    public Optional<Verwijzer> verwijzer(long id) {
        return jdbc.sql("select verwijzer_type, verwijzer_code, verwijzer_naam from toewijzing where id = ?").param(id)
                .query((rs, i) -> Verwijzer.van(rs.getString(1), rs.getString(2), rs.getString(3))).optional().flatMap(v -> v);
    }

    public Optional<Toewijzing> toewijzing(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Toewijzing.RIJ).optional();
    }

    public Optional<Toewijzing> metNummer(String gemeenteCode, Standaard standaard, long nummer) {
        return jdbc.sql(SELECT + "where gemeente_code = ? and standaard = ? and toewijzing_nummer = ?")
                .params(gemeenteCode, standaard.name(), nummer).query(Toewijzing.RIJ).optional();
    }

    public List<Toewijzing> vanBeschikking(String gemeenteCode, long beschikkingId) {
        return jdbc.sql(SELECT + "where beschikking_id = ? and gemeente_code = ? order by id").params(beschikkingId, gemeenteCode)
                .query(Toewijzing.RIJ).list();
    }

    /** The client's toewijzingen at this provider under one law. */
    public List<Toewijzing> vanClient(String gemeenteCode, Standaard standaard, String bsn, String aanbiederAgb) {
        return jdbc.sql(SELECT + "where gemeente_code = ? and persoon_bsn = ? and aanbieder_agb = ? and standaard = ? order by toewijzing_nummer")
                .params(gemeenteCode, bsn, aanbiederAgb, standaard.name()).query(Toewijzing.RIJ).list();
    }

    public List<Toewijzing> vanClienten(String gemeenteCode, Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where gemeente_code = :g and persoon_bsn in (:bsns) order by toewijzing_nummer")
                .param("g", gemeenteCode).param("bsns", bsns).query(Toewijzing.RIJ).list();
    }

    @Override
    public List<String> voortgang(String gemeenteCode, long beschikkingId, boolean voorInwoner) {
        List<String> zinnen = new ArrayList<>();
        List<Toewijzing> lijst = vanBeschikking(gemeenteCode, beschikkingId);
        // the toewijzingen a bulk transfer made for a successor (Overdrachten), and which of those were undone before the successor knew
        java.util.Map<Long, String> overgenomen = new java.util.HashMap<>();
        if (voorInwoner && !lijst.isEmpty()) {
            jdbc.sql("""
                            select r.nieuwe_toewijzing_id, o.status, o.aanbieder_naam from overdracht_regel r join overdracht o on o.id = r.overdracht_id
                            where r.nieuwe_toewijzing_id in (:ids)""")
                    .param("ids", lijst.stream().map(Toewijzing::id).toList())
                    .query(rs -> {
                        overgenomen.put(rs.getLong(1), rs.getString(2) + ":" + rs.getString(3));
                    });
        }
        for (Toewijzing t : lijst) {
            String overdracht = overgenomen.get(t.id());
            if (voorInwoner && overdracht != null && overdracht.startsWith("ONGEDAAN:")) {
                // never sent: the successor did not hear of it, the household read that the change was undone
                zinnen.add("De overstap naar " + t.aanbiederNaam() + " gaat niet door. " + overdracht.substring("ONGEDAAN:".length())
                        + " blijft de hulp geven.");
                continue;
            }
            if (voorInwoner) {
                // every sentence says until when the provider helps: after an undone transfer the old end date shows again, as it
                // stands on the toewijzing (Overdrachten puts it back), not only the last day of the contract it read before
                String tot = t.einddatum() == null ? "." : " tot en met " + Formaat.lang(t.einddatum()) + ".";
                zinnen.add(overdracht != null ? "Wij hebben " + t.aanbiederNaam() + " gevraagd de hulp over te nemen vanaf "
                        + Formaat.lang(t.ingangsdatum()) + (t.einddatum() == null ? "." : " tot en met " + Formaat.lang(t.einddatum()) + ".")
                        : "03".equals(t.redenWijziging()) ? "Het contract van de gemeente met " + t.aanbiederNaam() + " stopt. "
                        + t.aanbiederNaam() + " geeft de hulp tot en met " + Formaat.lang(t.einddatum()) + "."
                        : t.redenWijziging() == null ? "Wij hebben " + t.aanbiederNaam() + " gevraagd de hulp te geven" + tot
                        : "Wij hebben de opdracht aan " + t.aanbiederNaam() + " aangepast" + (t.einddatum() == null || t.verwijderd() ? "."
                        : ". De hulp loopt nu tot en met " + Formaat.lang(t.einddatum()) + "."));
            } else {
                zinnen.add("Toegewezen aan " + t.aanbiederNaam() + " (toewijzing " + t.toewijzingNummer() + ")"
                        + (t.redenWijziging() == null ? "." : ", gewijzigd: " + aanbod.code("JZ002", t.redenWijziging())
                        .map(c -> c.omschrijving().toLowerCase()).orElse(t.redenWijziging()) + "."));
            }
            switch (t.levering()) {
                case NIET_GESTART -> zinnen.add(t.verwijderd() ? (voorInwoner ? "Die opdracht is ingetrokken." : "De toewijzing is ingetrokken.")
                        : "De aanbieder heeft nog niet gemeld dat de hulp is begonnen.");
                case GESTART -> zinnen.add("De aanbieder is met de hulp begonnen op " + Formaat.lang(t.leveringBegindatum()) + ".");
                case TIJDELIJK_GESTOPT -> zinnen.add("De hulp is tijdelijk gestopt op " + Formaat.lang(t.leveringEinddatum()) + ".");
                case GESTOPT -> zinnen.add("De hulp is gestopt op " + Formaat.lang(t.leveringEinddatum()) + ": "
                        + aanbod.code("JZ588", t.redenBeeindiging()).map(c -> c.omschrijving().toLowerCase()).orElse("reden " + t.redenBeeindiging()) + ".");
            }
        }
        return zinnen;
    }

    private boolean heeftDeclaraties(long toewijzingId) {
        return jdbc.sql("select count(*) from declaratie_regel where toewijzing_id = ?").param(toewijzingId).query(Long.class).single() > 0;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Long centen(BigDecimal euro) {
        return euro == null ? null : euro.movePointRight(2).longValueExact();
    }
}
