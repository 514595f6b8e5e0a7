package nl.dichtbij.socialekaart;

import java.util.Set;
import java.util.TreeSet;

import nl.dichtbij.platform.Levensgebied;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation or algemene voorziening on the sociale kaart. */
@Table("organisatie")
public record Organisatie(
        @Id Long id,
        String gemeenteCode,
        String naam,
        String omschrijving,
        String kern,
        String adres,
        String telefoon,
        String email,
        String website,
        boolean actief,
        @MappedCollection(idColumn = "organisatie_id") Set<OrganisatieLevensgebied> gebieden) {

    public record OrganisatieLevensgebied(Levensgebied levensgebied) {
    }

    public Set<Levensgebied> levensgebieden() {
        Set<Levensgebied> result = new TreeSet<>();
        gebieden.forEach(g -> result.add(g.levensgebied()));
        return result;
    }
}
