package nl.dichtbij.besluit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.termijnen.Bezwaartermijnen;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Objections: filed online by the resident with attachments, followed by the municipality within its term. */
@Service
public class Bezwaren {

    public static final int MAX_BIJLAGEN = 5;
    public static final int MAX_BIJLAGE_BYTES = 5 * 1024 * 1024;
    /** Objections on one decision on one day: a second thought is welcome, a flood is not. */
    public static final int MAX_BEZWAREN_PER_DAG = 3;
    /** Attachments on one decision, all objections together. */
    public static final long MAX_BYTES_PER_BESLUIT = 30L * 1024 * 1024;
    /** Attachments one account sent with all its objections. */
    public static final long MAX_BYTES_PER_INWONER = 100L * 1024 * 1024;

    private static final String BEZWAAR = "select id, gemeente_code, beschikking_id, zaak_id, ingediend_door, ingediend_op, ontvangen_datum, gronden, "
            + "tijdig, adviescommissie, verdaagd, beslissen_uiterlijk, status, beslissing from bezwaar ";

    private final JdbcClient jdbc;
    private final Besluiten besluiten;
    private final Zaken zaken;
    private final Clock clock;

    Bezwaren(JdbcClient jdbc, Besluiten besluiten, Zaken zaken, Clock clock) {
        this.jdbc = jdbc;
        this.besluiten = besluiten;
        this.zaken = zaken;
        this.clock = clock;
    }

    /** An uploaded file as it arrives: checked on size and on what it really is, not on its name. */
    public record Bijlage(String naam, byte[] inhoud) {
    }

    @Transactional
    public Bezwaar indienen(Gebruiker inwoner, long beschikkingId, String gronden, List<Bijlage> bijlagen) {
        Beschikking beschikking = besluiten.vanInwoner(inwoner, beschikkingId);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (gronden == null || gronden.isBlank()) {
            fouten.put("gronden", "Schrijf waarom u het niet eens bent met het besluit.");
        } else if (gronden.length() > 8000) {
            fouten.put("gronden", "Gebruik maximaal 8000 tekens. Langere stukken kunt u als bijlage meesturen.");
        }
        List<Bijlage> echte = bijlagen.stream().filter(b -> b.inhoud() != null && b.inhoud().length > 0).toList();
        if (echte.size() > MAX_BIJLAGEN) {
            fouten.put("bijlagen", "U kunt maximaal " + MAX_BIJLAGEN + " bijlagen meesturen.");
        }
        for (Bijlage bijlage : echte) {
            if (bijlage.inhoud().length > MAX_BIJLAGE_BYTES) {
                fouten.put("bijlagen", "Bijlage " + bijlage.naam() + " is groter dan 5 MB.");
            } else if (mediatype(bijlage.inhoud()) == null) {
                fouten.put("bijlagen", "Bijlage " + bijlage.naam() + " is geen PDF, JPG of PNG.");
            }
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (fouten.isEmpty()) {
            grenzen(inwoner, beschikking, vandaag, echte.stream().mapToLong(b -> b.inhoud().length).sum(), fouten);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Besluiten.Bezwaarmoment tegen = besluiten.bezwaarmoment(beschikking, vandaag);
        boolean tijdig = !vandaag.isAfter(tegen.bezwaarTot());
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into bezwaar (gemeente_code, beschikking_id, zaak_id, ingediend_door, ingediend_op, ontvangen_datum, gronden, tijdig,
                                             adviescommissie, verdaagd, beslissen_uiterlijk, status) values (?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, 'OPEN')""")
                .params(beschikking.gemeenteCode(), beschikkingId, beschikking.zaakId(), inwoner.gebruikersnaam(), Timestamp.from(clock.instant()),
                        vandaag, gronden.trim(), tijdig, Bezwaartermijnen.beslissenUiterlijk(tegen.bekendgemaakt(), false, false, 0))
                .update(sleutel, "id");
        long id = sleutel.getKeyAs(Number.class).longValue();
        for (Bijlage bijlage : echte) {
            jdbc.sql("insert into bezwaar_bijlage (bezwaar_id, naam, mediatype, inhoud, grootte) values (?, ?, ?, ?, ?)")
                    .params(id, veiligeNaam(bijlage.naam()), mediatype(bijlage.inhoud()), bijlage.inhoud(), bijlage.inhoud().length).update();
        }
        Bezwaar bezwaar = jdbc.sql(BEZWAAR + "where id = ?").param(id).query(Bezwaar.class).single();
        zaken.berichtAanHuishouden(beschikking.zaakId(), beschikking.persoonBsn(), "Wij hebben uw bezwaar ontvangen. U krijgt uiterlijk "
                + Formaat.lang(bezwaar.beslissenUiterlijk()) + " een beslissing." + (tijdig ? ""
                : " Let op: uw bezwaar kwam na de termijn van 6 weken binnen. Wij kijken of dat te verontschuldigen is."));
        return bezwaar;
    }

    /** Bounds on what one decision and one account may store, so repeated objections cannot fill the database. */
    private void grenzen(Gebruiker inwoner, Beschikking beschikking, LocalDate vandaag, long nieuweBytes, Map<String, String> fouten) {
        long vandaagIngediend = jdbc.sql("select count(*) from bezwaar where beschikking_id = ? and ontvangen_datum = ?")
                .params(beschikking.id(), vandaag).query(Long.class).single();
        if (vandaagIngediend >= MAX_BEZWAREN_PER_DAG) {
            fouten.put("gronden", "U heeft vandaag al " + vandaagIngediend + " keer bezwaar gemaakt tegen dit besluit. Wilt u iets aanvullen? "
                    + "Dat kan morgen weer, of bel de gemeente.");
            return;
        }
        if (nieuweBytes == 0) {
            return;
        }
        long opBesluit = jdbc.sql("select coalesce(sum(b.grootte), 0) from bezwaar_bijlage b join bezwaar z on z.id = b.bezwaar_id where z.beschikking_id = ?")
                .param(beschikking.id()).query(Long.class).single();
        long vanInwoner = jdbc.sql("""
                        select coalesce(sum(b.grootte), 0) from bezwaar_bijlage b join bezwaar z on z.id = b.bezwaar_id
                        where z.gemeente_code = ? and z.ingediend_door = ?""")
                .params(beschikking.gemeenteCode(), inwoner.gebruikersnaam()).query(Long.class).single();
        if (opBesluit + nieuweBytes > MAX_BYTES_PER_BESLUIT) {
            fouten.put("bijlagen", "Bij dit besluit zijn al bijlagen van samen " + megabytes(opBesluit) + " MB. Er kan in totaal "
                    + megabytes(MAX_BYTES_PER_BESLUIT) + " MB bij. Stuur minder of kleinere bijlagen, of bel de gemeente.");
        } else if (vanInwoner + nieuweBytes > MAX_BYTES_PER_INWONER) {
            fouten.put("bijlagen", "U heeft al bijlagen van samen " + megabytes(vanInwoner) + " MB gestuurd. Er kan in totaal "
                    + megabytes(MAX_BYTES_PER_INWONER) + " MB bij. Stuur minder of kleinere bijlagen, of bel de gemeente.");
        }
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    public List<Bezwaar> vanBeschikking(Gebruiker gebruiker, long beschikkingId) {
        if (gebruiker.isMedewerker()) {
            besluiten.beschikking(gebruiker, beschikkingId);
        } else {
            besluiten.vanInwoner(gebruiker, beschikkingId);
        }
        return jdbc.sql(BEZWAAR + "where beschikking_id = ? order by id desc").param(beschikkingId).query(Bezwaar.class).list();
    }

    public record BezwaarInZaak(long id, long aanvraagId, java.time.LocalDate ontvangenDatum, java.time.LocalDate beslissenUiterlijk, String status) {
    }

    /** The objections in a case, for the case page. */
    public List<BezwaarInZaak> vanZaak(Gebruiker medewerker, long zaakId) {
        zaken.voorMedewerker(medewerker, zaakId);
        return jdbc.sql("""
                        select z.id, b.aanvraag_id, z.ontvangen_datum, z.beslissen_uiterlijk, z.status from bezwaar z
                        join beschikking b on b.id = z.beschikking_id where z.zaak_id = ? order by z.id desc""")
                .param(zaakId).query(BezwaarInZaak.class).list();
    }

    public record BijlageInfo(long id, String naam, String mediatype) {
    }

    /** An attachment as it was sent, to open. */
    public record BijlageInhoud(String naam, String mediatype, byte[] inhoud) {
    }

    private record BijlageRij(long bezwaarId, long beschikkingId, String gemeenteCode, String naam, String mediatype, byte[] inhoud) {
    }

    /**
     * An attachment of an objection, for whom may read the objection: the professional of the municipality (logged as a
     * look at the decision's file) or the resident the decision is about and who acts for him. 404 for anyone else.
     */
    @Transactional(readOnly = true)
    public BijlageInhoud bijlage(Gebruiker gebruiker, long bijlageId) {
        BijlageRij rij = jdbc.sql("select b.bezwaar_id, z.beschikking_id, z.gemeente_code, b.naam, b.mediatype, b.inhoud from bezwaar_bijlage b "
                        + "join bezwaar z on z.id = b.bezwaar_id where b.id = ?")
                .param(bijlageId).query(BijlageRij.class).optional()
                .filter(r -> r.gemeenteCode().equals(gebruiker.gemeenteCode()))
                .orElseThrow(() -> new NietGevondenException("De bijlage"));
        if (gebruiker.isMedewerker()) {
            besluiten.beschikking(gebruiker, rij.beschikkingId());
        } else {
            besluiten.vanInwoner(gebruiker, rij.beschikkingId());
        }
        return new BijlageInhoud(rij.naam(), rij.mediatype(), rij.inhoud());
    }

    public List<BijlageInfo> bijlagen(long bezwaarId) {
        return jdbc.sql("select id, naam, mediatype from bezwaar_bijlage where bezwaar_id = ? order by id").param(bezwaarId)
                .query(BijlageInfo.class).list();
    }

    /** Advice of the committee (12 weeks) and the one extension by 6 weeks move the term. */
    @Transactional
    public Bezwaar termijn(Gebruiker medewerker, long bezwaarId, boolean adviescommissie, boolean verdagen) {
        Bezwaar bezwaar = bezwaar(medewerker, bezwaarId);
        if (verdagen && bezwaar.verdaagd()) {
            throw new OngeldigeInvoerException("verdagen", "Een bezwaar kan maar één keer met 6 weken worden verdaagd; langer alleen met instemming van de indiener.");
        }
        Beschikking beschikking = besluiten.beschikking(medewerker, bezwaar.beschikkingId());
        boolean verdaagd = bezwaar.verdaagd() || verdagen;
        LocalDate bekendgemaakt = besluiten.bezwaarmoment(beschikking, bezwaar.ontvangenDatum()).bekendgemaakt();
        LocalDate uiterlijk = Bezwaartermijnen.beslissenUiterlijk(bekendgemaakt, adviescommissie, verdaagd, 0);
        jdbc.sql("update bezwaar set adviescommissie = ?, verdaagd = ?, beslissen_uiterlijk = ? where id = ?")
                .params(adviescommissie, verdaagd, uiterlijk, bezwaarId).update();
        if (verdagen) {
            zaken.berichtAanHuishouden(bezwaar.zaakId(), beschikking.persoonBsn(), "De beslissing op uw bezwaar is verdaagd. U krijgt uiterlijk " + Formaat.lang(uiterlijk) + " een beslissing.");
        }
        return bezwaar(medewerker, bezwaarId);
    }

    @Transactional
    public Bezwaar beslissen(Gebruiker medewerker, long bezwaarId, String uitkomst, String toelichting) {
        Bezwaar bezwaar = bezwaar(medewerker, bezwaarId);
        if (uitkomst == null || !List.of("GEGROND", "ONGEGROND", "NIET_ONTVANKELIJK", "INGETROKKEN").contains(uitkomst)) {
            throw new OngeldigeInvoerException("uitkomst", "Kies: gegrond, ongegrond, niet-ontvankelijk of ingetrokken.");
        }
        if (toelichting == null || toelichting.isBlank()) {
            throw new OngeldigeInvoerException("toelichting", "Schrijf de beslissing op bezwaar toe.");
        }
        jdbc.sql("update bezwaar set status = ?, beslissing = ? where id = ?").params(uitkomst, toelichting.trim(), bezwaarId).update();
        zaken.berichtAanHuishouden(bezwaar.zaakId(), besluiten.beschikking(medewerker, bezwaar.beschikkingId()).persoonBsn(), "Er is beslist op uw bezwaar: " + uitkomst.toLowerCase().replace('_', '-') + ". " + toelichting.trim());
        return bezwaar(medewerker, bezwaarId);
    }

    public Bezwaar bezwaar(Gebruiker medewerker, long id) {
        if (!medewerker.isMedewerker()) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen medewerkers");
        }
        return jdbc.sql(BEZWAAR + "where id = ? and gemeente_code = ?").params(id, medewerker.gemeenteCode()).query(Bezwaar.class)
                .optional().orElseThrow(() -> new NietGevondenException("Het bezwaar"));
    }

    /** Recognises PDF, JPEG and PNG by their first bytes. */
    static String mediatype(byte[] inhoud) {
        if (begintMet(inhoud, "%PDF-".getBytes())) {
            return "application/pdf";
        }
        if (begintMet(inhoud, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (begintMet(inhoud, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        return null;
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        return inhoud.length >= kop.length && Arrays.equals(Arrays.copyOf(inhoud, kop.length), kop);
    }

    private static String veiligeNaam(String naam) {
        String schoon = naam == null ? "bijlage" : naam.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return schoon.length() > 200 ? schoon.substring(0, 200) : schoon;
    }
}
