package nl.dichtbij.personen;

import java.time.LocalDate;
import java.time.Period;

public record Persoon(
        String bsn,
        String gemeenteCode,
        long huishoudenId,
        String voornaam,
        String tussenvoegsel,
        String achternaam,
        LocalDate geboortedatum) {

    public String naam() {
        return voornaam + " " + (tussenvoegsel == null || tussenvoegsel.isBlank() ? "" : tussenvoegsel + " ") + achternaam;
    }

    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }
}
