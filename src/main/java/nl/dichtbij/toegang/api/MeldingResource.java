package nl.dichtbij.toegang.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Melding;
import nl.dichtbij.toegang.MeldingStatus;
import nl.dichtbij.toegang.TriageStap;
import nl.dichtbij.toegang.Urgentie;

/** A melding as the API shows it, with where its legal term stands today. */
public record MeldingResource(
        long id,
        MeldingStatus status,
        String statusOmschrijving,
        String volgendeStap,
        Instant ontvangenOp,
        LocalDate ontvangstdatum,
        Kanaal kanaal,
        Urgentie urgentie,
        List<String> levensgebieden,
        String omschrijving,
        long teamId,
        long zaakId,
        long huishoudenId,
        String behandelaar,
        TriageStap triageStap,
        String triageReden,
        Instant intakeOp,
        String intakeLocatie,
        Termijn termijn,
        List<Gebeurtenis> tijdlijn) {

    public record Termijn(String code, String wettelijkeGrondslag, String uitleg, LocalDate einddatum, long dagenOver,
                          boolean inGevaar, boolean verlopen) {
    }

    public record Gebeurtenis(Instant tijdstip, String tekst) {
    }

    static MeldingResource van(Melding m, LocalDate vandaag) {
        Termijnbewaking bewaking = new Termijnbewaking(m.ontvangenDatum(), m.termijnEinde(), vandaag);
        return new MeldingResource(m.id(), m.status(), m.status().label(), m.status().volgendeStap(), m.ontvangenOp(),
                m.ontvangenDatum(), m.kanaal(), m.urgentie(), m.levensgebieden().stream().map(Levensgebied::code).toList(),
                m.omschrijving(), m.teamId(), m.zaakId(), m.huishoudenId(), m.behandelaarNaam(), m.triageStap(), m.triageReden(),
                m.intakeOp() == null ? null : m.intakeOp().atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toInstant(),
                m.intakeLocatie(),
                new Termijn(m.termijn().name(), m.termijn().wettelijkeGrondslag(), m.termijn().uitleg(), m.termijnEinde(),
                        bewaking.dagenOver(), bewaking.inGevaar(), bewaking.verlopen()),
                m.gebeurtenissen().stream().map(g -> new Gebeurtenis(g.tijdstip(), g.tekst())).toList());
    }
}
