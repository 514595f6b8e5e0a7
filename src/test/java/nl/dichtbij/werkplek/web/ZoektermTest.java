package nl.dichtbij.werkplek.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the one search field of the staff search is read. */
class ZoektermTest {

    @Test
    void nineDigitsThatPassTheElevenTestAreABsn() {
        assertThat(Zoekterm.lees(" 999900006 ")).isEqualTo(new Zoekterm.Bsn("999900006"));
        assertThat(Zoekterm.lees("9999.00.006")).as("as often written").isEqualTo(new Zoekterm.Bsn("999900006"));
        assertThat(Zoekterm.lees("999900007")).isInstanceOf(Zoekterm.Onbruikbaar.class);
    }

    @Test
    void aPostcodeWithAHouseNumberIsAnAddress() {
        assertThat(Zoekterm.lees("3441 ab 12")).isEqualTo(new Zoekterm.Adres("3441AB", "12"));
        assertThat(Zoekterm.lees("3441AB12a")).isEqualTo(new Zoekterm.Adres("3441AB", "12A"));
        assertThat(Zoekterm.lees("3441 AB")).isEqualTo(new Zoekterm.Onbruikbaar("Vul ook het huisnummer in, bijvoorbeeld 3441 AB 12."));
    }

    @Test
    void wordsAreASurnameAndPerhapsAFirstNameWithoutTheTussenvoegsel() {
        assertThat(Zoekterm.lees("Jansen")).isEqualTo(new Zoekterm.Naam(null, "Jansen"));
        assertThat(Zoekterm.lees("de Vries")).isEqualTo(new Zoekterm.Naam(null, "Vries"));
        assertThat(Zoekterm.lees("Anna  van der Berg")).isEqualTo(new Zoekterm.Naam("Anna", "Berg"));
        assertThat(Zoekterm.lees("Anna Jans")).isEqualTo(new Zoekterm.Naam("Anna", "Jans"));
        assertThat(Zoekterm.lees("Anna Le")).as("the last word is the surname, even if it could be a tussenvoegsel")
                .isEqualTo(new Zoekterm.Naam("Anna", "Le"));
        assertThat(Zoekterm.lees("d'Ancona")).isEqualTo(new Zoekterm.Naam(null, "d'Ancona"));
        assertThat(Zoekterm.lees("Kroon, Levi")).as("surname first, as lists write it").isEqualTo(new Zoekterm.Naam("Levi", "Kroon"));
        assertThat(Zoekterm.lees("Vries, Anna de")).isEqualTo(new Zoekterm.Naam("Anna", "Vries"));
    }

    @Test
    void tooLittleOrAMixIsExplained() {
        assertThat(Zoekterm.lees(" ")).isInstanceOf(Zoekterm.Onbruikbaar.class);
        assertThat(Zoekterm.lees("J")).isEqualTo(new Zoekterm.Onbruikbaar("Typ minstens de eerste twee letters van de achternaam."));
        assertThat(Zoekterm.lees("van")).as("a surname of three letters is searched").isEqualTo(new Zoekterm.Naam(null, "van"));
        assertThat(Zoekterm.lees("%%")).as("no wildcards").isInstanceOf(Zoekterm.Onbruikbaar.class);
        assertThat(Zoekterm.lees("__")).isInstanceOf(Zoekterm.Onbruikbaar.class);
        assertThat(Zoekterm.lees("Jansen 12")).isInstanceOf(Zoekterm.Onbruikbaar.class);
    }
}
