package nl.dichtbij.berichten.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.xml.Berichtsoort;
import nl.dichtbij.berichten.xml.Knoop;
import nl.dichtbij.dossier.Identiteitscontrole;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Verzoek om toewijzing (315) and verzoek om wijziging (317): checked (TR347, TR349-351,
 * TR374, TR381) and, when accepted, put before the regisseur, who answers with a 319 or a new 301.
 */
@Component
class Verzoekverwerking implements Verwerker {

    private final JdbcClient jdbc;
    private final Toewijzingen toewijzingen;
    private final Aanbod aanbod;
    private final Identiteitscontrole identiteit;
    private final Clock clock;

    Verzoekverwerking(JdbcClient jdbc, Toewijzingen toewijzingen, Aanbod aanbod, Identiteitscontrole identiteit, Clock clock) {
        this.identiteit = identiteit;
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    @Override
    public boolean verwerkt(Berichtsoort soort) {
        return soort.nummer().equals("315") || soort.nummer().equals("317");
    }

    @Override
    public void verwerk(Ontvangen bericht, Beoordeling beoordeling) {
        Knoop client = bericht.wortel().kind("Client");
        String bsn = client.waarde("Bsn");
        if (openVerzoek(bericht, bsn)) {
            beoordeling.afkeuren(client, Retourcode.VERZOEK_AL_ONDERHANDEN);
            return;
        }
        if (bericht.soort().nummer().equals("315")) {
            verzoekOmToewijzing(bericht, client, bsn, beoordeling);
        } else {
            verzoekOmWijziging(bericht, client, bsn, beoordeling);
        }
    }

    private void verzoekOmToewijzing(Ontvangen bericht, Knoop client, String bsn, Beoordeling beoordeling) {
        if (!persoonGecontroleerd(bericht, client, bsn)) {
            beoordeling.afkeuren(client, Retourcode.NIET_BEOORDEELD);
            return;
        }
        List<Knoop> producten = client.pad("AangevraagdeProducten").kinderen("AangevraagdProduct");
        Set<String> referenties = new HashSet<>();
        for (Knoop product : producten) {
            String referentie = product.waarde("ReferentieAanbieder");
            if (!referenties.add(referentie) || referentieBestaat(bericht, referentie)) {
                beoordeling.afkeuren(product, Retourcode.REFERENTIE_AANBIEDER_NIET_UNIEK);
            }
            if (onbekendProduct(bericht, product)) {
                beoordeling.afkeuren(product, Retourcode.PRODUCTCODE_ONGELDIG);
            }
        }
        if (beoordeling.ietsAfgekeurdOnder(client)) {
            return;
        }
        long verzoek = verzoek(bericht, "TOEWIJZING", bsn, producten.getFirst().waarde("ReferentieAanbieder"), null);
        for (Knoop product : producten) {
            product(verzoek, "NIEUW", product.waarde("ReferentieAanbieder"), null, product, "ToewijzingIngangsdatum", "ToewijzingEinddatum");
        }
    }

    private void verzoekOmWijziging(Ontvangen bericht, Knoop client, String bsn, Beoordeling beoordeling) {
        Knoop verzoek = client.kind("Verzoek");
        String referentie = verzoek.waarde("ReferentieAanbieder");
        if (referentieBestaat(bericht, referentie)) {
            beoordeling.afkeuren(verzoek, Retourcode.REFERENTIE_AANBIEDER_NIET_UNIEK);
        }
        Set<Long> actueel = toewijzingen.vanClient(bericht.gemeente(), bericht.soort().standaard(), bsn, bericht.afzender()).stream()
                .filter(t -> Verzoekregels.actueel(t, bericht.vandaag())).map(Toewijzing::toewijzingNummer).collect(Collectors.toSet());
        Set<Long> genoemd = new HashSet<>();
        List<Knoop> ongewijzigd = verzoek.pad("OngewijzigdeProducten") == null ? List.of() : verzoek.pad("OngewijzigdeProducten").kinderen();
        List<Knoop> teWijzigen = verzoek.pad("TeWijzigenProducten") == null ? List.of() : verzoek.pad("TeWijzigenProducten").kinderen();
        List<Knoop> nieuw = verzoek.pad("NieuweProducten") == null ? List.of() : verzoek.pad("NieuweProducten").kinderen();
        for (Knoop product : ongewijzigd) {
            Long nummer = product.getal("ToewijzingNummer");
            Verzoekregels.ongewijzigdProduct(actueel, nummer).ifPresent(code -> beoordeling.afkeuren(product, code));
            genoemd.add(nummer);
        }
        for (Knoop product : teWijzigen) {
            Long nummer = product.getal("ToewijzingNummer");
            Verzoekregels.teWijzigenProduct(actueel, nummer).ifPresent(code -> beoordeling.afkeuren(product, code));
            genoemd.add(nummer);
        }
        for (Knoop product : nieuw) {
            if (onbekendProduct(bericht, product)) {
                beoordeling.afkeuren(product, Retourcode.PRODUCTCODE_ONGELDIG);
            }
        }
        Verzoekregels.alleActueleProducten(actueel, genoemd).ifPresent(code -> beoordeling.afkeuren(verzoek, code));
        if (beoordeling.ietsAfgekeurdOnder(client)) {
            return;
        }
        long id = verzoek(bericht, "WIJZIGING", bsn, referentie, verzoek.waarde("RedenVerzoek"));
        for (Knoop product : teWijzigen) {
            product(id, "WIJZIGEN", null, product.getal("ToewijzingNummer"), product, "GewensteIngangsdatum", "Einddatum");
        }
        for (Knoop product : nieuw) {
            product(id, "NIEUW", null, null, product, "GewensteIngangsdatum", "Einddatum");
        }
    }

    /**
     * The BSN with the Geboortedatum of a 315 is checked against the register ({@link Identiteitscontrole}),
     * but the outcome never shows in the retour: a right and a wrong birth date, an unknown BSN or
     * someone of another municipality all get the same 316, and the verzoek goes to the regisseur,
     * who answers with a 319 or 301 himself. A mismatch is a line in the Logboek and counts toward
     * the provider's and the person's limit; once a limit is reached every further 315 of that
     * provider (or for that person) is refused with 0233 without being checked, whether its data
     * are right or wrong, so the refusal tells nothing either.
     */
    private boolean persoonGecontroleerd(Ontvangen bericht, Knoop client, String bsn) {
        Gebruiker aanbieder = new Gebruiker("aanbieder-" + bericht.afzender(), null,
                aanbod.aanbiederMetAgb(bericht.afzender()).map(Aanbieder::naam).orElse("AGB " + bericht.afzender()), Rol.AANBIEDER,
                bericht.gemeente(), null, null, bericht.afzender(), null);
        Identiteitscontrole.Controle controle = identiteit.controleer(aanbieder, bericht.gemeente(), bsn, client.datum("Geboortedatum/Datum"),
                "verzoek om toewijzing " + bericht.soort());
        return controle.uitkomst() != Identiteitscontrole.Uitkomst.TE_VAAK;
    }

    /** TR381: a product code this municipality does not have under this law. */
    private boolean onbekendProduct(Ontvangen bericht, Knoop product) {
        String code = product.waarde("Product/Code");
        return code != null && aanbod.product(bericht.gemeente(), code).filter(p -> p.wet() == bericht.soort().standaard().wet()).isEmpty();
    }

    private boolean openVerzoek(Ontvangen bericht, String bsn) {
        return jdbc.sql("select count(*) from verzoek where gemeente_code = ? and persoon_bsn = ? and aanbieder_agb = ? and standaard = ? "
                        + "and status in ('OPEN', 'IN_ONDERZOEK')")
                .params(bericht.gemeente(), bsn, bericht.afzender(), bericht.soort().standaard().name()).query(Long.class).single() > 0;
    }

    private boolean referentieBestaat(Ontvangen bericht, String referentie) {
        return jdbc.sql("""
                        select count(*) from verzoek v where v.aanbieder_agb = ? and v.standaard = ? and (v.referentie_aanbieder = ?
                            or exists (select 1 from verzoek_product p where p.verzoek_id = v.id and p.referentie_aanbieder = ?))""")
                .params(bericht.afzender(), bericht.soort().standaard().name(), referentie, referentie).query(Long.class).single() > 0;
    }

    private long verzoek(Ontvangen bericht, String soort, String bsn, String referentie, String reden) {
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into verzoek (gemeente_code, standaard, inkomend_bericht_id, soort, persoon_bsn, aanbieder_agb, referentie_aanbieder,
                            reden_verzoek, ontvangen_op, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(bericht.gemeente(), bericht.soort().standaard().name(), bericht.id(), soort, bsn, bericht.afzender(), referentie, reden,
                        Timestamp.from(clock.instant()))
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /** One product asked for; a 315 names its referrer per product (Verwijzer: Type from COD327, Naam and/or ZorgverlenerCode), a 317 none. */
    private void product(long verzoekId, String soort, String referentie, Long toewijzingNummer, Knoop product, String ingang, String einde) {
        Long budget = product.getal("Budget");
        jdbc.sql("""
                        insert into verzoek_product (verzoek_id, soort, referentie_aanbieder, toewijzing_nummer, productcategorie, productcode, ingangsdatum,
                            einddatum, volume, eenheid, frequentie, budget_centen, verwijzer_type, verwijzer_code, verwijzer_naam)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(verzoekId, soort, referentie, toewijzingNummer, product.waarde("Product/Categorie"), product.waarde("Product/Code"),
                        product.datum(ingang), product.datum(einde), product.getal("Omvang/Volume") == null ? null : product.getal("Omvang/Volume").intValue(),
                        product.waarde("Omvang/Eenheid"), product.waarde("Omvang/Frequentie"), budget, product.waarde("Verwijzer/Type"),
                        product.waarde("Verwijzer/ZorgverlenerCode"), product.waarde("Verwijzer/Naam"))
                .update();
    }
}
