package nl.dichtbij.personen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dichtbij.platform.Pagina;

/**
 * Persons and households as the BRP knows them. Every call is scoped to one municipality:
 * a person registered elsewhere does not exist for the caller.
 */
public interface PersonenRegister {

    Optional<Persoon> persoon(String gemeenteCode, String bsn);

    /** Several persons at once, for lists; unknown or foreign BSNs are left out. */
    Map<String, Persoon> personen(String gemeenteCode, Collection<String> bsns);

    Optional<Huishouden> huishouden(String gemeenteCode, long huishoudenId);

    Optional<Adres> adres(String gemeenteCode, long huishoudenId);

    /** The persons living in this household. */
    List<Persoon> leden(String gemeenteCode, long huishoudenId);

    /** Parents registered with this child, oldest first. */
    List<Persoon> ouders(String gemeenteCode, String kindBsn);

    /** Children registered with this parent (any age). */
    List<Persoon> kinderen(String gemeenteCode, String ouderBsn);

    /** Persons of these households born after {@code geborenNa} and on or before {@code geborenUiterlijk}. */
    List<Persoon> wordenVolwassenTussen(String gemeenteCode, Collection<Long> huishoudens, LocalDate geborenNa, LocalDate geborenUiterlijk);

    /**
     * Residents born after {@code geborenNa} and on or before {@code geborenUiterlijk}, in birth date order, about
     * {@code ongeveer} at a time: always whole days, so the next portion starts after the last one's birth date.
     * Fewer than {@code ongeveer} means there are no more.
     */
    List<Persoon> geborenOpHeleDagen(String gemeenteCode, LocalDate geborenNa, LocalDate geborenUiterlijk, int ongeveer);

    /** The addresses of these households; unknown or foreign ones are left out. Looks them up in batches, not one by one. */
    Map<Long, Adres> adressen(String gemeenteCode, Collection<Long> huishoudens);

    /**
     * Residents whose surname starts with {@code achternaam} and, when given, whose first name starts with {@code voornaam}
     * (both ignoring case), by surname, first name and BSN: the staff search. Prefixes, so the database's index serves it.
     * The total is counted up to 501 only: more than 500 means "make the name more precise".
     */
    Pagina<Persoon> zoekOpNaam(String gemeenteCode, String voornaam, String achternaam, int pagina, int grootte);

    long aantalInwoners(String gemeenteCode);

    /**
     * Residents born after {@code geborenNa} and on or before {@code geborenUiterlijk}, in BSN order, {@code aantal} at a time
     * from the first BSN after {@code naBsn} ({@code null}: from the start): a list by age group, for instance everyone who
     * turns 75 this year for a preventive home visit, read in portions however large the municipality.
     */
    List<Persoon> geborenTussen(String gemeenteCode, LocalDate geborenNa, LocalDate geborenUiterlijk, String naBsn, int aantal);

    long aantalHuishoudens(String gemeenteCode);

    /** Households per woonplaats (kern) and wijk, for figures per area. */
    List<Wijktelling> huishoudensPerWijk(String gemeenteCode);

    /** Households and inhabitants per woonplaats (kern) and wijk, counted in the database. */
    List<Bevolking> bevolkingPerWijk(String gemeenteCode);

    /** The area of each of these households; unknown or foreign ones are left out. Looks them up in batches, not one by one. */
    Map<Long, Woongebied> woongebieden(String gemeenteCode, Collection<Long> huishoudens);

    /**
     * Hands over the household each of these persons lives in now, one call per person found; unknown or foreign BSNs are left
     * out. Looks them up in batches, or for a large part of a large municipality in one pass over its residents, without
     * keeping them: the caller sums what it needs (for a million clients a map of who lives where is the costly part).
     */
    void huishoudensVanPersonen(String gemeenteCode, java.util.Set<String> bsns, java.util.function.BiConsumer<String, Long> huishoudenVan);

    /** The members of each of these households, oldest first; unknown or foreign households are left out. In batches. */
    Map<Long, List<Persoon>> leden(String gemeenteCode, Collection<Long> huishoudens);

    /** The area each of these persons lives in; unknown or foreign BSNs are left out. Looks them up in batches. */
    Map<String, Woongebied> woongebiedenVanPersonen(String gemeenteCode, Collection<String> bsns);

    /** Every household's area, size and youngest member's birth date, ordered by id, without names or BSNs: for figures per area. */
    List<Woonadres> woonadressen(String gemeenteCode);

    /** The households registered at this postcode (any spacing or case) and house number; usually one. */
    List<Long> huishoudensOpAdres(String gemeenteCode, String postcode, String huisnummer);
}
