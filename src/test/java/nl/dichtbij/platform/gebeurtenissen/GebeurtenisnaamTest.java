package nl.dichtbij.platform.gebeurtenissen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GebeurtenisnaamTest {

    @Test
    void eventTypeBecomesWordsWithItsModule() {
        assertThat(Gebeurtenisnaam.vanType("nl.dichtbij.besluit.BeschikkingVastgesteld"))
                .isEqualTo(new Gebeurtenisnaam("Beschikking vastgesteld", "besluit"));
        assertThat(Gebeurtenisnaam.vanType("nl.dichtbij.berichten.JW301Verstuurd"))
                .isEqualTo(new Gebeurtenisnaam("JW301 verstuurd", "berichten"));
        assertThat(Gebeurtenisnaam.vanType("nl.dichtbij.platform.gebeurtenissen.Proefverwerking$Proefgebeurtenis"))
                .isEqualTo(new Gebeurtenisnaam("Proefgebeurtenis", "platform"));
        assertThat(Gebeurtenisnaam.vanType("org.example.IetsGebeurd")).isEqualTo(new Gebeurtenisnaam("Iets gebeurd", ""));
    }

    @Test
    void listenerBecomesClassAndMethodWithItsModule() {
        assertThat(Gebeurtenisnaam.vanVerwerker("nl.dichtbij.berichten.Toewijzingen.vastgesteld(nl.dichtbij.besluit.BeschikkingVastgesteld)"))
                .isEqualTo(new Gebeurtenisnaam("Toewijzingen: vastgesteld", "berichten"));
        assertThat(Gebeurtenisnaam.vanVerwerker("nl.dichtbij.sturing.internal.BeschikkingenAlsVoorziening.vastgesteld(nl.dichtbij.besluit.BeschikkingVastgesteld)"))
                .isEqualTo(new Gebeurtenisnaam("BeschikkingenAlsVoorziening: vastgesteld", "sturing"));
        assertThat(Gebeurtenisnaam.vanVerwerker("een-eigen-id")).isEqualTo(new Gebeurtenisnaam("een-eigen-id", ""));
    }
}
