package nl.dichtbij.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The brede vraagverheldering at the kitchen table: per levensgebied what is going on and what is needed. */
@Table("onderzoek")
public class Onderzoek {

    @Id
    private Long id;
    private String gemeenteCode;
    private long meldingId;
    private long zaakId;
    private String persoonBsn;
    private LocalDate gehoudenOp;
    private String professional;
    private String professionalNaam;
    private String overigeDeelnemers;
    private Instant vastgelegdOp;
    @MappedCollection(idColumn = "onderzoek_id")
    private Set<Bevinding> bevindingen = new HashSet<>();
    @MappedCollection(idColumn = "onderzoek_id")
    private Set<Deelname> deelnames = new HashSet<>();

    /** Per levensgebied: the situation, what the resident and the network can do, what is needed. */
    public record Bevinding(Levensgebied levensgebied, String situatie, String eigenKracht, String nodig) {
    }

    record Deelname(Deelnemer deelnemer) {
    }

    Onderzoek() {
    }

    static Onderzoek vastleggen(Melding melding, LocalDate gehoudenOp, String professional, String professionalNaam,
                                Set<Bevinding> bevindingen, Set<Deelnemer> deelnemers, String overigeDeelnemers, Instant nu) {
        Onderzoek onderzoek = new Onderzoek();
        onderzoek.gemeenteCode = melding.gemeenteCode();
        onderzoek.meldingId = melding.id();
        onderzoek.zaakId = melding.zaakId();
        onderzoek.persoonBsn = melding.persoonBsn();
        onderzoek.gehoudenOp = gehoudenOp;
        onderzoek.professional = professional;
        onderzoek.professionalNaam = professionalNaam;
        onderzoek.overigeDeelnemers = overigeDeelnemers == null || overigeDeelnemers.isBlank() ? null : overigeDeelnemers.trim();
        onderzoek.vastgelegdOp = nu;
        onderzoek.bevindingen.addAll(bevindingen);
        deelnemers.forEach(d -> onderzoek.deelnames.add(new Deelname(d)));
        return onderzoek;
    }

    public Long id() { return id; }
    public long meldingId() { return meldingId; }
    public long zaakId() { return zaakId; }
    public LocalDate gehoudenOp() { return gehoudenOp; }
    public String professionalNaam() { return professionalNaam; }
    public String overigeDeelnemers() { return overigeDeelnemers; }
    public Set<Bevinding> bevindingen() { return Set.copyOf(bevindingen); }
    public Set<Deelnemer> deelnemers() {
        Set<Deelnemer> result = EnumSet.noneOf(Deelnemer.class);
        deelnames.forEach(d -> result.add(d.deelnemer()));
        return result;
    }
}
