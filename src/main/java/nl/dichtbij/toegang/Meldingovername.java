package nl.dichtbij.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Overname;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking over meldingen from the municipality's previous system, received on the moment they were received there, with who
 * picked them up and the gesprek if it was held (docs/decisions/0021). The melding goes through its own aggregate, so its
 * legal term, risk date, state and timeline are what they would have been; history is not news, so no event is published.
 * A conversion takes over one source ({@code ingediendDoor} of the melding) in one transaction: when any melding of that
 * source is there, the source is there.
 */
@Service
public class Meldingovername {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /**
     * A melding as the previous system knew it. {@code opgepakt} and {@code gesprek} are null when that step was not reached;
     * {@code verder} are the later steps of the chain the resident reads on his question (plan, aanvraag, decision, help),
     * in their order, so the question stands where it stood.
     */
    public record OvergenomenMelding(NieuweMelding melding, String gemeenteCode, long huishoudenId, long teamId, long zaakId, Instant ontvangenOp,
                                     Opgepakt opgepakt, Gesprek gesprek, List<Verder> verder) {
    }

    /** A later step of the chain on its day, with the line the resident reads. */
    public record Verder(Vervolg stap, String tekst, LocalDate op) {
    }

    /** Who picked the melding up, and when. */
    public record Opgepakt(String gebruikersnaam, String naam, Instant op) {
    }

    /** The gesprek (onderzoek) held on the day, recorded by the professional at the moment given. */
    public record Gesprek(LocalDate gehoudenOp, Instant vastgelegdOp) {
    }

    private final MeldingRepository meldingen;
    private final OnderzoekRepository onderzoeken;
    private final Gemeenten gemeenten;
    private final PersonenRegister register;
    private final Zaakovername zaken;
    private final JdbcClient jdbc;
    private final Clock clock;

    Meldingovername(MeldingRepository meldingen, OnderzoekRepository onderzoeken, Gemeenten gemeenten, PersonenRegister register, Zaakovername zaken,
                    JdbcClient jdbc, Clock clock) {
        this.meldingen = meldingen;
        this.onderzoeken = onderzoeken;
        this.gemeenten = gemeenten;
        this.register = register;
        this.zaken = zaken;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether meldingen of this source were taken over before in this municipality. */
    @Transactional(readOnly = true)
    public boolean overgenomenUit(String gemeenteCode, String bron) {
        return jdbc.sql("select count(*) from melding where gemeente_code = ? and ingediend_door = ?").params(gemeenteCode, bron)
                .query(Long.class).single() > 0;
    }

    /** @return the melding's id */
    @Transactional
    public long overnemen(OvergenomenMelding o) {
        controleer(o);
        NieuweMelding nieuw = o.melding();
        LocalDate dag = LocalDate.ofInstant(o.ontvangenOp(), NEDERLAND);
        Melding melding = Melding.ontvangen(nieuw, o.gemeenteCode(), o.huishoudenId(), o.teamId(), o.zaakId(), termijn(nieuw, dag), o.ontvangenOp(), dag);
        if (o.opgepakt() != null) {
            melding.oppakken(o.opgepakt().gebruikersnaam(), o.opgepakt().naam(), o.opgepakt().op());
        }
        if (o.gesprek() != null) {
            melding.gesprekGehouden(o.gesprek().gehoudenOp(), o.gesprek().vastgelegdOp());
            for (int i = 0; i < o.verder().size(); i++) {
                Verder stap = o.verder().get(i);
                Instant middag = stap.op().atTime(12, 0).atZone(NEDERLAND).toInstant();
                melding.vervolg("overname:" + i, stap.stap(), stap.tekst(), stap.op(), middag.isAfter(clock.instant()) ? clock.instant() : middag);
            }
        }
        melding.gemeld();
        melding = meldingen.save(melding);
        if (o.gesprek() != null) {
            onderzoeken.save(Onderzoek.vastleggen(melding, o.gesprek().gehoudenOp(), o.opgepakt().gebruikersnaam(), o.opgepakt().naam(), Set.of(),
                    Set.of(), null, o.gesprek().vastgelegdOp()));
        }
        return melding.id();
    }

    private void controleer(OvergenomenMelding o) {
        NieuweMelding nieuw = o.melding();
        Instant nu = clock.instant();
        Opgepakt opgepakt = o.opgepakt();
        Gesprek gesprek = o.gesprek();
        Overname check = new Overname().verplicht(nieuw, "melding", "De melding")
                .verplicht(o.gemeenteCode(), "gemeente", "De gemeente")
                .verplicht(o.ontvangenOp(), "ontvangenOp", "Het moment van ontvangst")
                .nietNa(o.ontvangenOp(), nu, "ontvangenOp", "Het moment van ontvangst")
                .als(o.verder() == null, "verder", "De verdere stappen ontbreken; geef een lege lijst als er geen zijn.")
                .als(gesprek != null && opgepakt == null, "gesprek", "Een gesprek is gehouden door wie de melding oppakte; die ontbreekt.");
        check.weigerBijFouten();
        Map<String, String> vraag = MeldingValidatie.vraag(nieuw);
        vraag.forEach((veld, fout) -> check.als(true, veld, fout));
        check.verplicht(nieuw.persoonBsn(), "persoonBsn", "Het BSN")
                .verplicht(nieuw.geboortedatum(), "geboortedatum", "De geboortedatum")
                .verplicht(nieuw.ingediendDoor(), "ingediendDoor", "De bron")
                .verplicht(nieuw.urgentie(), "urgentie", "De urgentie")
                .verplicht(nieuw.kanaal(), "kanaal", "Het kanaal")
                .als(gemeenten.team(o.teamId()).filter(t -> t.gemeenteCode().equals(o.gemeenteCode())).isEmpty(), "teamId",
                        "Dit team hoort niet bij deze gemeente.")
                .als(register.persoon(o.gemeenteCode(), nieuw.persoonBsn() == null ? "" : nieuw.persoonBsn())
                        .filter(p -> p.huishoudenId() == o.huishoudenId()).isEmpty(), "persoonBsn", "Deze inwoner woont niet in dit huishouden van deze gemeente.")
                .als(!zaken.hoortBij(o.gemeenteCode(), o.zaakId(), o.huishoudenId()), "zaakId", "Deze zaak is niet van dit huishouden in deze gemeente.");
        if (opgepakt != null) {
            check.verplicht(opgepakt.gebruikersnaam(), "opgepakt", "Wie de melding oppakte")
                    .verplicht(opgepakt.naam(), "opgepakt", "De naam van wie de melding oppakte")
                    .verplicht(opgepakt.op(), "opgepakt", "Het moment van oppakken")
                    .als(opgepakt.op() != null && o.ontvangenOp() != null && opgepakt.op().isBefore(o.ontvangenOp()), "opgepakt",
                            "Het oppakken ligt voor de ontvangst.")
                    .nietNa(opgepakt.op(), nu, "opgepakt", "Het oppakken");
        }
        if (gesprek != null) {
            check.verplicht(gesprek.gehoudenOp(), "gesprek", "De dag van het gesprek")
                    .verplicht(gesprek.vastgelegdOp(), "gesprek", "Het moment van vastleggen")
                    .nietVoor(gesprek.gehoudenOp(), opgepakt == null || opgepakt.op() == null ? null : LocalDate.ofInstant(opgepakt.op(), NEDERLAND),
                            "gesprek", "Het gesprek")
                    .als(gesprek.vastgelegdOp() != null && gesprek.gehoudenOp() != null
                            && LocalDate.ofInstant(gesprek.vastgelegdOp(), NEDERLAND).isBefore(gesprek.gehoudenOp()), "gesprek",
                            "Het gesprek is vastgelegd voor het gehouden werd.")
                    .nietNa(gesprek.vastgelegdOp(), nu, "gesprek", "Het vastleggen van het gesprek");
        }
        check.weigerBijFouten();
        Overname verder = new Overname().als(!o.verder().isEmpty() && gesprek == null, "verder", "Verdere stappen komen na het gesprek; dat ontbreekt.");
        LocalDate vorige = gesprek == null ? null : gesprek.gehoudenOp();
        for (Verder stap : o.verder()) {
            verder.verplicht(stap.stap(), "verder", "De stap").verplicht(stap.tekst(), "verder", "De tekst van een stap")
                    .verplicht(stap.op(), "verder", "De datum van een stap")
                    .nietVoor(stap.op(), vorige, "verder", "Een verdere stap")
                    .nietNa(stap.op(), LocalDate.ofInstant(nu, NEDERLAND), "verder", "Een verdere stap");
            vorige = stap.op() == null ? vorige : stap.op();
        }
        verder.weigerBijFouten();
    }

    private static WettelijkeTermijn termijn(NieuweMelding nieuw, LocalDate dag) {
        return Meldingen.termijn(Period.between(nieuw.geboortedatum(), dag).getYears(), nieuw);
    }
}
