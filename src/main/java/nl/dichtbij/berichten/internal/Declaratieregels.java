package nl.dichtbij.berichten.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import nl.dichtbij.berichten.Toewijzing;

/**
 * The technical rules of iJw/iWmo 3.2 on one prestatie of a declaration (323) against its toewijzing: pure, so
 * each rule has a fast unit test (DeclaratieregelsTest). What was booked before comes in as {@link Eerder}; the
 * totals on the toewijzing are only asked for when the volume and budget rules are reached.
 */
final class Declaratieregels {

    /** The unit "euro" (WJ756 83): the amount is the volume, no tariff to multiply. */
    static final String EENHEID_EURO = "83";

    private Declaratieregels() {
    }

    record Prestatie(String bsn, String debetCredit, LocalDate begin, LocalDate einde, long volume, String eenheid, long bedragCenten,
                     String categorie, String code, Long tariefCenten) {

        boolean debet() {
            return "D".equals(debetCredit);
        }

        boolean credit() {
            return "C".equals(debetCredit);
        }
    }

    record Periode(LocalDate begin, LocalDate einde) {
    }

    /**
     * What the contract says for the product on the day of delivery: no contract at all, a task paid from a budget (no
     * tariff per unit), or the tariff and its unit ({@code tariefCenten} null: no tariff agreed for that day).
     */
    record Afgesproken(boolean gecontracteerd, boolean taak, Long tariefCenten, String eenheid) {

        static Afgesproken geenContract() {
            return new Afgesproken(false, false, null, null);
        }

        /** Nothing per unit to compare: a task budget, a category without product code, a taken-over contract without tariff yet. */
        static Afgesproken budget() {
            return new Afgesproken(true, true, null, null);
        }

        static Afgesproken tarief(Long tariefCenten, String eenheid) {
            return new Afgesproken(true, false, tariefCenten, eenheid);
        }
    }

    /**
     * The earlier prestaties with the same product reference (debet and credit lines), and the net volume and amount
     * booked on the toewijzing so far, this message's accepted lines included.
     */
    record Eerder(long debet, long credit, LongSupplier nettoVolume, LongSupplier nettoBedragCenten) {
    }

    /** Every code the prestatie earns; empty means it is accepted. */
    static List<Retourcode> beoordeel(Prestatie p, Toewijzing t, Periode periode, Eerder eerder, Afgesproken afgesproken) {
        List<Retourcode> codes = new ArrayList<>();
        if (!t.persoonBsn().equals(p.bsn())) {
            codes.add(Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT);
        }
        if (t.verwijderd()) {
            codes.add(Retourcode.TOEWIJZING_VERWIJDERD);
        }
        if (!t.productcategorie().equals(p.categorie())) {
            codes.add(Retourcode.ANDERE_PRODUCTCATEGORIE);
        }
        if (t.productcode() != null && !t.productcode().equals(p.code())) {
            codes.add(Retourcode.ANDERE_PRODUCTCODE);
        }
        if (t.eenheid() != null && !t.eenheid().equals(p.eenheid())) {
            codes.add(Retourcode.ANDERE_EENHEID);
        }
        if (!binnenToewijzing(p.begin(), t)) {
            codes.add(Retourcode.BEGIN_BUITEN_TOEWIJZING);
        }
        if (!binnenToewijzing(p.einde(), t)) {
            codes.add(Retourcode.EINDE_BUITEN_TOEWIJZING);
        }
        if (p.begin().isBefore(periode.begin()) || p.einde().isAfter(periode.einde()) || !maand(p.begin()).equals(maand(p.einde()))) {
            codes.add(Retourcode.BUITEN_DECLARATIEPERIODE);
        }
        // TR387: from the first of the month, unless the toewijzing itself starts later in that month
        if (p.begin().getDayOfMonth() != 1 && !(maand(t.ingangsdatum()).equals(maand(p.begin())) && t.ingangsdatum().getDayOfMonth() > 1)) {
            codes.add(Retourcode.BEGIN_NIET_EERSTE_VAN_DE_MAAND);
        }
        // TR388: to the last of the month, unless the toewijzing itself ends earlier in that month
        if (!laatsteVanDeMaand(p.einde()) && !(t.einddatum() != null && maand(t.einddatum()).equals(maand(p.einde())) && !laatsteVanDeMaand(t.einddatum()))) {
            codes.add(Retourcode.EINDE_NIET_LAATSTE_VAN_DE_MAAND);
        }
        if (p.tariefCenten() != null && !EENHEID_EURO.equals(p.eenheid()) && p.tariefCenten() * p.volume() != p.bedragCenten()) {
            codes.add(Retourcode.BEDRAG_NIET_VOLUME_MAAL_TARIEF);
        }
        // a credit takes back a debet that passed this check when it was booked
        if (!p.credit() && !volgensContract(p, afgesproken)) {
            codes.add(Retourcode.TARIEF_NIET_CONTRACTUEEL);
        }
        if (p.debet() && eerder.debet() > 0) {
            codes.add(Retourcode.REFERENTIE_AL_AANGELEVERD);
        }
        if (p.credit() && eerder.debet() == 0) {
            codes.add(Retourcode.CREDIT_ZONDER_DEBET);
        } else if (p.credit() && eerder.credit() >= eerder.debet()) {
            codes.add(Retourcode.AL_GECREDITEERD);
        }
        if (p.debet() && codes.isEmpty()) {
            volumeEnBudget(p, t, eerder).ifPresent(codes::add);
        }
        return codes;
    }

    /**
     * TR418: the tariff is the contracted one for the product on the day of delivery, in the contracted unit. A task paid from
     * a budget, or an amount declared in euros, has no tariff per unit to compare; a delivery no contract covers, or on a day
     * without an agreed tariff, is refused.
     */
    static boolean volgensContract(Prestatie p, Afgesproken afgesproken) {
        if (!afgesproken.gecontracteerd()) {
            return false;
        }
        if (afgesproken.taak() || EENHEID_EURO.equals(p.eenheid())) {
            return true; // a budget, or an amount in euros (output granted in euros): nothing per unit to compare
        }
        return afgesproken.tariefCenten() != null && afgesproken.tariefCenten().equals(p.tariefCenten())
                && afgesproken.eenheid().equals(p.eenheid());
    }

    /** TR321/TR322 on the omvang, TR369 on the budget. */
    private static java.util.Optional<Retourcode> volumeEnBudget(Prestatie p, Toewijzing t, Eerder eerder) {
        if (t.volume() != null && t.frequentie() != null) {
            long dagen = ChronoUnit.DAYS.between(p.begin(), p.einde()) + 1;
            long toegestaan = switch (t.frequentie()) {
                case "1" -> t.volume() * dagen;          // per day
                case "2" -> t.volume() * ((dagen + 6) / 7); // per week, a started week counts
                case "4" -> t.volume();                 // per month
                default -> Long.MAX_VALUE;
            };
            if (p.volume() > toegestaan) {
                return java.util.Optional.of(Retourcode.VOLUME_BOVEN_TOEGEWEZEN);
            }
            // "6": for the whole period of the toewijzing
            if ("6".equals(t.frequentie()) && eerder.nettoVolume().getAsLong() + p.volume() > t.volume()) {
                return java.util.Optional.of(Retourcode.TOTAAL_VOLUME_BOVEN_TOEGEWEZEN);
            }
        }
        if (t.budgetCenten() != null && eerder.nettoBedragCenten().getAsLong() + p.bedragCenten() > t.budgetCenten()) {
            return java.util.Optional.of(Retourcode.BOVEN_BUDGET);
        }
        return java.util.Optional.empty();
    }

    private static boolean binnenToewijzing(LocalDate dag, Toewijzing t) {
        return !dag.isBefore(t.ingangsdatum()) && (t.einddatum() == null || !dag.isAfter(t.einddatum()));
    }

    private static boolean laatsteVanDeMaand(LocalDate dag) {
        return dag.equals(dag.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static LocalDate maand(LocalDate dag) {
        return dag.withDayOfMonth(1);
    }
}
