package nl.dichtbij.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Inrichting;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production APIs the demo builds the municipality with (docs/decisions/0014): what the demo made through them is there,
 * and they refuse what production must not store. Only refusals here, so nothing changes the demo data other tests count on.
 */
@IntegratieTest
class InrichtingsApisIT {

    @Autowired Inrichting inrichting;
    @Autowired Gemeenten gemeenten;
    @Autowired Aanbod aanbod;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired PersonenRegister register;

    @Test
    void theDemoMunicipalityWasSetUpThroughTheApis() {
        assertThat(gemeenten.teams("0632")).extracting(t -> t.naam()).containsExactlyInAnyOrder("Jeugdteam Woerden", "Wmo-team Woerden");
        assertThat(gemeenten.medewerker("jeugdconsulent")).hasValueSatisfying(m -> assertThat(m.teamId())
                .isEqualTo(gemeenten.teamVoor("0632", Doelgroep.JEUGD).id()));
        assertThat(inrichting.accountBestaat("montfoort")).isTrue();
        assertThat(aanbod.aanbiedersVoor(aanbod.product("0335", "45A01").orElseThrow())).extracting(a -> a.agbCode()).containsExactly("42420001");
        assertThat(inschrijvingen.ingeschreven(List.of(Testpersonen.TOM_BSN, Testpersonen.GROOTVADER_BSN, "123456782")))
                .containsExactlyInAnyOrder(Testpersonen.TOM_BSN, Testpersonen.GROOTVADER_BSN);
    }

    @Test
    void accountsAndMunicipalitiesAreValidated() {
        assertThatThrownBy(() -> inrichting.accountAanmaken(new Inrichting.NieuwAccount("jeugdconsulent", "Dubbel", Rol.CONSULENT, "0632",
                Doelgroep.JEUGD, null, null), null)).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("al een account");
        assertThatThrownBy(() -> inrichting.accountAanmaken(new Inrichting.NieuwAccount("nieuwe-consulent", "Zonder Team", Rol.CONSULENT, "0632",
                null, null, null), null)).hasMessageContaining("team van de consulent");
        assertThatThrownBy(() -> inrichting.accountAanmaken(new Inrichting.NieuwAccount("nieuwe-beleid", "Met Bsn", Rol.BELEID, "0632",
                null, Testpersonen.TOM_BSN, null), null)).hasMessageContaining("BSN");
        assertThatThrownBy(() -> inrichting.accountAanmaken(new Inrichting.NieuwAccount("nieuwe-aanbieder", "Zonder Agb", Rol.AANBIEDER, "0632",
                null, null, null), null)).hasMessageContaining("AGB-code");
        assertThatThrownBy(() -> inrichting.accountAanmaken(new Inrichting.NieuwAccount("nieuw-beheer", "Leesbaar", Rol.BEHEER, "0632",
                null, null, null), "geheim")).hasMessageContaining("hash");
        assertThatThrownBy(() -> inrichting.gemeenteInrichten("UTRECHT-WEST", "Utrecht-West", "0632", "Woerden"))
                .hasMessageContaining("al ingericht");
        assertThat(inrichting.accountBestaat("nieuwe-consulent")).isFalse();
    }

    @Test
    void productsProvidersAndContractsAreValidated() {
        assertThatThrownBy(() -> aanbod.productToevoegen("0632", Wet.JEUGDWET, null, "45X01", "Zonder categorie"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("JZ020");
        assertThatThrownBy(() -> aanbod.productToevoegen("0632", Wet.SCHULDHULP, "02", "SH009", "Met categorie"))
                .hasMessageContaining("geen productcategorie");
        assertThatThrownBy(() -> aanbod.productToevoegen("0632", Wet.WMO, "01", "01A01", "Dubbel")).hasMessageContaining("al een product");
    }

    @Test
    void aDeliveryWithAnInvalidBsnIsRefusedWhole() {
        var huishouden = new Inschrijvingen.NieuwHuishouden(99_000_001L, "0632", "Rijnstraat", "99", "3441BW", "Woerden", "Binnenstad");
        assertThatThrownBy(() -> inschrijvingen.inschrijven(List.of(huishouden),
                List.of(new Inschrijvingen.Inschrijving("123456789", "0632", huishouden.id(), "Piet", null, "Fout", LocalDate.of(1980, 1, 1))),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BSN");
        assertThat(register.huishouden("0632", huishouden.id())).isEmpty();
    }

    @Test
    void residentsBornInAPeriodComeInBsnOrderInPortions() {
        LocalDate na = LocalDate.of(1950, 1, 1);
        LocalDate tot = LocalDate.of(1990, 1, 1);
        List<Persoon> eerste = register.geborenTussen("0632", na, tot, null, 5);
        List<Persoon> volgende = register.geborenTussen("0632", na, tot, eerste.getLast().bsn(), 5);
        assertThat(eerste).hasSize(5).isSortedAccordingTo((a, b) -> a.bsn().compareTo(b.bsn()));
        assertThat(volgende.getFirst().bsn()).isGreaterThan(eerste.getLast().bsn());
        assertThat(eerste).allMatch(p -> p.geboortedatum().isAfter(na) && !p.geboortedatum().isAfter(tot) && p.gemeenteCode().equals("0632"));
    }
}
