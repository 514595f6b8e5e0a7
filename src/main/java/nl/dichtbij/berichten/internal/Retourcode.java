package nl.dichtbij.berichten.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The return codes (WJ001, iJw 3.2; iWmo uses the same numbers) the platform gives in a retour, with the
 * technical rule (TR) behind each and the code list's own wording. One type instead of bare strings, so a
 * rule says what it means and a test can name every code a policy can give.
 */
enum Retourcode {
    TECHNISCH_AFGEKEURD("0001", null, "Bericht is afgekeurd om technische redenen."),
    GEEN_OPMERKING("0200", null, "Geen opmerking over deze berichtklasse."),
    /** The only code the 316 allows for a client that was not looked at (the limit on identity checks was reached). */
    NIET_BEOORDEELD("0233", null, "Berichtklasse is niet beoordeeld."),
    TARIEF_NIET_CONTRACTUEEL("0611", "TR418", "Het ingediende tarief komt niet overeen met het contractuele tarief."),
    DECLARATIE_VOLLEDIG_TOEGEKEND("8001", null, "Declaratie is volledig toegewezen."),
    CREDIT_ZONDER_DEBET("8017", "TR323", "Van deze credit prestatie is geen debet prestatie bekend."),
    REFERENTIE_AL_AANGELEVERD("8021", "TR314", "Referentienummer prestatie is reeds aangeleverd."),
    PRESTATIE_HOORT_NIET_BIJ_CLIENT("8187", "TR304", "De prestatie hoort niet bij deze cliënt."),
    DAGTEKENING_IN_DE_TOEKOMST("8848", "TR135", "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen."),
    GEEN_TOEWIJZING_BIJ_REGIEBERICHT("9019", "TR019", "Het regiebericht kan niet gekoppeld worden aan een toewijzing."),
    GEEN_EERDER_BERICHT("9063", "TR063", "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is"),
    GEEN_ACTUEEL_STARTBERICHT("9069", "TR069", "Er is geen actueel startbericht met dezelfde sleutel."),
    ZORG_AL_BEEINDIGD("9071", "TR071", "Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beeindigd is."),
    ZELFDE_SLEUTEL_AL_ONTVANGEN("9074", "TR074", "Er is al een eerder bericht ontvangen met dezelfde sleutel."),
    BEGIN_BUITEN_TOEWIJZING("9307", "TR307", "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing."),
    EINDE_BUITEN_TOEWIJZING("9308", "TR308", "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing."),
    BUITEN_DECLARATIEPERIODE("9319", "TR319", "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode."),
    VOLUME_BOVEN_TOEGEWEZEN("9321", "TR321", "Het ingediende volume overschrijdt het toegewezen volume."),
    TOTAAL_VOLUME_BOVEN_TOEGEWEZEN("9322", "TR322", "De som van de ingediende volumes overschrijdt het toegewezen volume."),
    LEVERING_NIET_GESTOPT("9326", "TR326", "De actuele levering is nog niet gestopt met een Stopbericht."),
    DECLARATIENUMMER_NIET_UNIEK("9333", "TR333", "Declaratienummer is niet uniek."),
    PRESTATIE_ZONDER_TOEWIJZING("9338", "TR338", "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer."),
    ANDERE_PRODUCTCATEGORIE("9339", "TR339", "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct."),
    ANDERE_PRODUCTCODE("9340", "TR340", "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct."),
    ANDERE_EENHEID("9341", "TR341", "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct."),
    BEDRAG_NIET_VOLUME_MAAL_TARIEF("9346", "TR346", "Eenheid is ongelijk is aan waarde 83 (Euro’s), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief."),
    REFERENTIE_AANBIEDER_NIET_UNIEK("9347", "TR347", "ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein."),
    NIET_ALLE_ACTUELE_PRODUCTEN("9349", "TR349", "Het VOW bericht bevat niet alle actuele toegewezen producten van de cliënt, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct."),
    ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING("9350", "TR350", "OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer."),
    TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING("9351", "TR351", "TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer."),
    BOVEN_BUDGET("9369", "TR369", "Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget."),
    VERZOEK_AL_ONDERHANDEN("9374", "TR374", "Er is al een verzoek onderhanden."),
    TOEWIJZING_VERWIJDERD("9384", "TR384", "Declaratie op toewijzing met RedenWijziging “13” (Verwijderd)."),
    BEGIN_NIET_EERSTE_VAN_DE_MAAND("9387", "TR387", "Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand."),
    EINDE_NIET_LAATSTE_VAN_DE_MAAND("9388", "TR388", "Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand."),
    AL_GECREDITEERD("9390", "TR390", "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit."),
    AL_GESTOPT_MET_REDEN_20("9413", "TR413", "StatusAanlevering is waarde 1 of 2 en RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is."),
    EINDDATUM_VOOR_EERDERE_STOP("9414", "TR414", "Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum."),
    AL_GESTOPT("9415", "TR415", "Er is al een StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20 en StatusAanlevering heeft waarde 1 of 2."),
    GEMEENTECODE_ONGELDIG("S300", "TR378", "Gemeentecode ongeldig."),
    PRODUCTCODE_ONGELDIG("S329", "TR381", "ProductCode ongeldig.");

    private static final Map<String, Retourcode> OP_CODE = Arrays.stream(values()).collect(Collectors.toMap(Retourcode::code, Function.identity()));

    private final String code;
    private final String regel;
    private final String omschrijving;

    Retourcode(String code, String regel, String omschrijving) {
        this.code = code;
        this.regel = regel;
        this.omschrijving = omschrijving;
    }

    String code() {
        return code;
    }

    /** The technical rule (e.g. TR338), or null for the general codes. */
    String regel() {
        return regel;
    }

    String omschrijving() {
        return omschrijving;
    }

    static Retourcode van(String code) {
        Retourcode gevonden = OP_CODE.get(code);
        if (gevonden == null) {
            throw new IllegalArgumentException("Onbekende retourcode " + code);
        }
        return gevonden;
    }
}
