package nl.dichtbij.catalogus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Regelnummers;
import nl.dichtbij.platform.Rol;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The middle of each four-digit postcode area, so the catalogue can tell a resident how far a provider's location is.
 * Functional management reads them from a CSV ({@code pc4;breedtegraad;lengtegraad}, e.g. the CBS/PDOK file of postcode
 * areas): every row checked on its own, a broken row reported with its line, the good rows kept, a file read twice adds
 * nothing and a moved middle replaces the old one.
 */
@Service
public class Postcodegebieden {

    public static final int MAX_RIJEN = 10_000;
    public static final List<String> KOLOMMEN = List.of("pc4", "breedtegraad", "lengtegraad");

    private final JdbcClient jdbc;
    private final Clock clock;

    Postcodegebieden(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One refused row: the line in the file and why. */
    public record Afwijzing(long regel, String reden) {
    }

    /** What a file did: rows read, new areas, moved middles, the refused rows, and what stopped the file as a whole (or null). */
    public record Verslag(String bestand, int gelezen, int nieuw, int gewijzigd, List<Afwijzing> afwijzingen, String bestandsfout) {
        public int ongewijzigd() {
            return gelezen - nieuw - gewijzigd - afwijzingen.size();
        }
    }

    record Gebied(String pc4, BigDecimal breedtegraad, BigDecimal lengtegraad) {
    }

    /** The middles of these areas that are known. */
    @Transactional(readOnly = true)
    public Map<String, Afstand.Punt> punten(Collection<String> pc4s) {
        Map<String, Afstand.Punt> punten = new HashMap<>();
        if (pc4s.isEmpty()) {
            return punten;
        }
        jdbc.sql("select pc4, breedtegraad, lengtegraad from postcodegebied where pc4 in (:pc4s)").param("pc4s", Set.copyOf(pc4s))
                .query((rs, i) -> punten.put(rs.getString(1), new Afstand.Punt(rs.getDouble(2), rs.getDouble(3)))).list();
        return punten;
    }

    @Transactional(readOnly = true)
    public long aantal() {
        return jdbc.sql("select count(*) from postcodegebied").query(Long.class).single();
    }

    @Transactional
    public Verslag inlezen(Gebruiker beheer, String bestandsnaam, String tekst) {
        if (!beheer.is(Rol.BEHEER)) {
            throw new AccessDeniedException("Alleen functioneel beheer leest postcodegebieden in");
        }
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bestand" : bestandsnaam.strip();
        Lezing lezing = lees(tekst);
        if (lezing.bestandsfout() != null) {
            return new Verslag(naam, 0, 0, 0, lezing.afwijzingen(), lezing.bestandsfout());
        }
        Map<String, Gebied> bekend = new HashMap<>();
        jdbc.sql("select pc4, breedtegraad, lengtegraad from postcodegebied")
                .query((rs, i) -> bekend.put(rs.getString(1), new Gebied(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))).list();
        LocalDateTime nu = LocalDateTime.now(clock);
        int nieuw = 0;
        int gewijzigd = 0;
        for (Gebied g : lezing.goed()) {
            Gebied oud = bekend.get(g.pc4());
            if (oud == null) {
                jdbc.sql("insert into postcodegebied (pc4, breedtegraad, lengtegraad, bron, gewijzigd_op) values (?, ?, ?, ?, ?)")
                        .params(g.pc4(), g.breedtegraad(), g.lengtegraad(), afgekort(naam), nu).update();
                nieuw++;
            } else if (oud.breedtegraad().compareTo(g.breedtegraad()) != 0 || oud.lengtegraad().compareTo(g.lengtegraad()) != 0) {
                jdbc.sql("update postcodegebied set breedtegraad = ?, lengtegraad = ?, bron = ?, gewijzigd_op = ? where pc4 = ?")
                        .params(g.breedtegraad(), g.lengtegraad(), afgekort(naam), nu, g.pc4()).update();
                gewijzigd++;
            }
        }
        return new Verslag(naam, lezing.gelezen(), nieuw, gewijzigd, lezing.afwijzingen(), null);
    }

    private static String afgekort(String naam) {
        return naam.length() <= 200 ? naam : naam.substring(0, 200);
    }

    record Lezing(List<Gebied> goed, List<Afwijzing> afwijzingen, int gelezen, String bestandsfout) {
    }

    /** Reads the file without the database: the good rows, and per broken row its line and the reason. */
    static Lezing lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return new Lezing(List.of(), List.of(), 0, "Het bestand is leeg.");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (tekst.indexOf('\0') >= 0) {
            return new Lezing(List.of(), List.of(), 0, "Het bestand is geen CSV-bestand.");
        }
        String eerste = tekst.lines().findFirst().orElse("");
        char scheiding = eerste.contains(";") ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        Regelnummers regelnummers = Regelnummers.van(tekst);
        List<Gebied> goed = new ArrayList<>();
        List<Afwijzing> afwijzingen = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        int gelezen = 0;
        try (CSVParser parser = formaat.parse(new StringReader(tekst))) {
            Set<String> namen = new HashSet<>();
            parser.getHeaderMap().keySet().forEach(k -> namen.add(k == null ? "" : k.trim().toLowerCase(Locale.ROOT)));
            List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !namen.contains(k)).toList();
            if (!ontbreekt.isEmpty()) {
                return new Lezing(List.of(), List.of(), 0, "De eerste regel moet de kolomnamen bevatten. Deze ontbreken: "
                        + String.join(", ", ontbreekt) + ". Verwacht: " + String.join(";", KOLOMMEN) + ".");
            }
            for (CSVRecord rij : parser) {
                if (++gelezen > MAX_RIJEN) {
                    return new Lezing(goed, afwijzingen, gelezen - 1, "Het bestand heeft meer dan " + MAX_RIJEN + " regels. De eerste " + MAX_RIJEN
                            + " zijn gelezen; splits het bestand.");
                }
                long regel = regelnummers.regel(rij.getCharacterPosition());
                List<String> fouten = new ArrayList<>();
                String pc4 = waarde(rij, "pc4");
                if (!pc4.matches("[1-9][0-9]{3}")) {
                    fouten.add("De postcode '" + kort(pc4) + "' klopt niet: schrijf de vier cijfers, bijvoorbeeld 3441.");
                } else if (!gezien.add(pc4)) {
                    fouten.add("Postcode " + pc4 + " staat al eerder in dit bestand.");
                }
                BigDecimal breedte = getal(waarde(rij, "breedtegraad"));
                BigDecimal lengte = getal(waarde(rij, "lengtegraad"));
                if (breedte == null || breedte.doubleValue() < 50.7 || breedte.doubleValue() > 53.6) {
                    fouten.add("De breedtegraad '" + kort(waarde(rij, "breedtegraad")) + "' ligt niet in Nederland (tussen 50,7 en 53,6), bijvoorbeeld 52,0856.");
                }
                if (lengte == null || lengte.doubleValue() < 3.3 || lengte.doubleValue() > 7.3) {
                    fouten.add("De lengtegraad '" + kort(waarde(rij, "lengtegraad")) + "' ligt niet in Nederland (tussen 3,3 en 7,3), bijvoorbeeld 4,8836.");
                }
                if (fouten.isEmpty()) {
                    goed.add(new Gebied(pc4, breedte.setScale(5, java.math.RoundingMode.HALF_UP), lengte.setScale(5, java.math.RoundingMode.HALF_UP)));
                } else {
                    afwijzingen.add(new Afwijzing(regel, String.join(" ", fouten)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Lezing(goed, afwijzingen, gelezen, "Het bestand is na regel " + (gelezen + 1) + " niet goed opgebouwd (bijvoorbeeld een aanhalingsteken dat niet sluit).");
        }
        return new Lezing(goed, afwijzingen, gelezen, null);
    }

    private static String waarde(CSVRecord rij, String kolom) {
        return rij.isMapped(kolom) && rij.isSet(kolom) ? rij.get(kolom).strip() : "";
    }

    private static BigDecimal getal(String tekst) {
        if (!tekst.matches("-?[0-9]{1,3}([.,][0-9]{1,8})?")) {
            return null;
        }
        return new BigDecimal(tekst.replace(',', '.'));
    }

    private static String kort(String tekst) {
        String zonder = tekst.replaceAll("\\p{Cntrl}", "");
        return zonder.length() <= 20 ? zonder : zonder.substring(0, 20) + "…";
    }
}
