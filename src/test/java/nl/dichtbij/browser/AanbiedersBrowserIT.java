package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.sturing.AanbiedersIT;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Providers in figures (issue 17) in the browser, with the data of {@link AanbiedersIT}: beleid chooses a year and law on the
 * 80/20 list and opens a provider, the board sees "< 5", and the provider finds its own figures from its message page. Every
 * page passes axe-core, also at 320 px without scrolling sideways.
 */
@IntegratieTest
class AanbiedersBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    @Test
    void beleidTheBoardAndTheProviderReadTheProviderFigures() throws Exception {
        AanbiedersIT gegevens = new AanbiedersIT();
        context.getAutowireCapableBeanFactory().autowireBean(gegevens);
        gegevens.gegevens();
        String jaar = String.valueOf(AanbiedersIT.jaar(clock));
        try (Browser browser = Browser.start(port, "aanbieders")) {
            browser.bureau();
            browser.inloggen("beleid-aanbiedersdorp");
            browser.link("Aanbieders in cijfers");
            browser.controleer();
            browser.kiesOptie("jaar", jaar);
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("2 van de 4 aanbieders (50,0%) hadden samen 80,0% van de uitgaven").contains("Zorg Groot B.V.");
            browser.kiesOptie("wet", "Wmo");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("2 van de 2 aanbieders").doesNotContain("Zorg Groot B.V.");
            browser.volg(By.xpath("//table[@id='tabel-lijst']//th/a[normalize-space()='Thuishulp Klein']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Thuishulp Klein").contains("Plaats 1 van 2 in de 80/20-lijst");
            browser.kiesOptie("wet", "Jeugdwet");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).as("in the register, without Jeugdwet figures").contains("Thuishulp Klein")
                    .contains("Er zijn geen cijfers van deze aanbieder in " + jaar + " (Jeugdwet).");
            browser.smal();
            browser.controleer();
            browser.bureau();
            browser.link("Terug naar de 80/20-lijst");
            browser.kiesOptie("wet", "Jeugdwet en Wmo");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.volg(By.xpath("//table[@id='tabel-lijst']//th/a[normalize-space()='Zorg Groot B.V.']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Plaats 1 van 4 in de 80/20-lijst").contains("nee, langer dan de norm")
                    .contains("Voortijdig afgesloten, door aanbieder");
            browser.smal();
            browser.controleer();
            browser.open("/sturing/aanbieders?jaar=" + jaar);
            browser.bureau();
            browser.uitloggen();

            browser.inloggen("bestuur-aanbiedersdorp");
            browser.open("/sturing/aanbieders?jaar=" + jaar);
            assertThat(browser.tekst()).contains("< 5").contains("Aantallen van 1 tot en met 4 laten we weg");
            browser.volg(By.xpath("//table[@id='tabel-lijst']//th/a[normalize-space()='Jeugdhulp Midden']"));
            browser.controleer();
            browser.uitloggen();

            browser.inloggen("aanbieder-aanbiedersdorp");
            browser.link("Berichten");
            browser.controleer();
            browser.link("Mijn cijfers");
            browser.controleer();
            browser.kiesOptie("jaar", jaar);
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw plaats in de lijst van de gemeente: 1 van 4 aanbieders")
                    .doesNotContain("Jeugdhulp Midden").doesNotContain("Thuishulp Klein").doesNotContain("Begeleiding Mini");
            browser.smal();
            browser.controleer();
        }
    }
}
