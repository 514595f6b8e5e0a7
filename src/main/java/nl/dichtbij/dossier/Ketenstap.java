package nl.dichtbij.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The chaining step without the database: seals lines that wait for the chain onto a municipality's
 * head, in the order of their id, each with the HMAC of its content and of the hash before it. The
 * content is the format of the first sealed chains, so chains written before lines were chained
 * afterwards stay valid and are simply continued.
 */
final class Ketenstap {

    static final String BEGIN = "0".repeat(64);

    private Ketenstap() {
    }

    /** The last chained line of a municipality: its volgnummer and hash ({@code 0} and {@link #BEGIN} for an empty chain). */
    record Kop(long volgnummer, String hash) {
    }

    /** What the step writes into one waiting line. */
    record Schakel(long id, long volgnummer, String vorigeHash, String hash) {
    }

    record Uitkomst(List<Schakel> schakels, Kop kop) {
    }

    static Uitkomst keten(String gemeente, Kop kop, List<Verwerking> wachtend, UnaryOperator<String> zegel) {
        List<Verwerking> opVolgorde = new ArrayList<>(wachtend);
        opVolgorde.sort(Comparator.comparingLong(Verwerking::id));
        List<Schakel> schakels = new ArrayList<>(opVolgorde.size());
        long volgnummer = kop.volgnummer();
        String vorige = kop.hash();
        for (Verwerking regel : opVolgorde) {
            if (!regel.gemeenteCode().equals(gemeente)) {
                throw new IllegalArgumentException("Regel " + regel.id() + " hoort bij gemeente " + regel.gemeenteCode() + ", niet bij " + gemeente);
            }
            if (regel.geketend()) {
                throw new IllegalArgumentException("Regel " + regel.id() + " zit al in de keten (volgnummer " + regel.volgnummer() + ")");
            }
            volgnummer++;
            String hash = zegel.apply(inhoud(vorige, volgnummer, regel));
            schakels.add(new Schakel(regel.id(), volgnummer, vorige, hash));
            vorige = hash;
        }
        return new Uitkomst(List.copyOf(schakels), new Kop(volgnummer, vorige));
    }

    /**
     * Lines sealed as they are written (docs/decisions/0039): onto the head of one of the municipality's parallel chains
     * ({@code keten} 1 and up), in the order given; a {@link Schakel}'s id is the line's place in that list.
     */
    static Uitkomst verzegel(String gemeente, int keten, Kop kop, List<Verwerking> nieuw, UnaryOperator<String> zegel) {
        if (keten < 1) {
            throw new IllegalArgumentException("Keten 0 is de keten van het nachtelijk ketenen; regels worden verzegeld in keten 1 en hoger");
        }
        List<Schakel> schakels = new ArrayList<>(nieuw.size());
        long volgnummer = kop.volgnummer();
        String vorige = kop.hash();
        for (int i = 0; i < nieuw.size(); i++) {
            Verwerking regel = nieuw.get(i);
            if (!regel.gemeenteCode().equals(gemeente)) {
                throw new IllegalArgumentException("Regel " + i + " hoort bij gemeente " + regel.gemeenteCode() + ", niet bij " + gemeente);
            }
            volgnummer++;
            String hash = zegel.apply(inhoud(vorige, keten, volgnummer, regel));
            schakels.add(new Schakel(i, volgnummer, vorige, hash));
            vorige = hash;
        }
        return new Uitkomst(List.copyOf(schakels), new Kop(volgnummer, vorige));
    }

    /** The sealed content of a line at a place in the chain of the chaining step (keten 0). */
    static String inhoud(String vorige, long volgnummer, Verwerking r) {
        return inhoud(vorige, 0, volgnummer, r);
    }

    /** The sealed content of a line at a place in one of the chains; keten 0 keeps the format of the first chains. */
    static String inhoud(String vorige, int keten, long volgnummer, Verwerking r) {
        return inhoud(vorige, keten == 0 ? r.gemeenteCode() : r.gemeenteCode() + "/" + keten, volgnummer, r.tijdstip(), r.actor(), r.actorNaam(),
                r.actorRol(), r.betrokkeneBsn(), r.categorie().name(), r.handeling().name(), r.grondslag(), r.bron());
    }

    static String inhoud(String vorige, String gemeente, long volgnummer, Instant tijdstip, String... velden) {
        StringBuilder inhoud = new StringBuilder(vorige).append('|').append(gemeente).append('|').append(volgnummer)
                .append('|').append(tijdstip.toEpochMilli());
        for (String veld : velden) {
            inhoud.append('|').append(veld == null ? "" : veld.replace("|", "¦"));
        }
        return inhoud.toString();
    }
}
