package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with an axe-core WCAG 2.1 AA check of every
 * page the test visits. On CI a missing browser fails the test instead of skipping it.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String basis;
    private final String naam;
    private int nummer;
    private boolean geëmuleerd;

    private Browser(WebDriver driver, String basis, String naam) {
        this.driver = driver;
        this.basis = basis;
        this.naam = naam;
    }

    static Browser start(int port, String naam) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            assertThat(System.getenv("CI")).as("CI installs chromium and chromium-driver").isNotEqualTo("true");
            Assumptions.abort("Chromium is not installed here");
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=nl-NL", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port, naam);
    }

    void telefoon() {
        geenEmulatie();
        driver.manage().window().setSize(new Dimension(412, 915));
    }

    void bureau() {
        geenEmulatie();
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /**
     * The narrowest phone WCAG 1.4.10 (reflow) asks for: 320 CSS pixels. Headless Chromium will not size a window that
     * small, so the viewport is emulated through the DevTools protocol.
     */
    void smal() {
        driver.manage().window().setSize(new Dimension(500, 900));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        geëmuleerd = true;
    }

    private void geenEmulatie() {
        if (geëmuleerd) {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            geëmuleerd = false;
        }
    }

    /** Opens a page and checks it for WCAG 2.1 AA violations. */
    Browser open(String pad) {
        driver.get(basis + pad);
        return controleer();
    }

    /** Fails when axe-core finds a WCAG 2.1 AA violation or when the page scrolls sideways (WCAG 1.4.10, reflow). */
    Browser controleer() {
        String problemen = problemen();
        assertThat(problemen).as("%s", problemen).isEmpty();
        return this;
    }

    /** What {@link #controleer()} would fail on, or an empty string; for a test that collects all pages' problems. */
    String problemen() {
        bewaarSchermafdruk();
        Results resultaten = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> overtredingen = resultaten.getViolations();
        StringBuilder problemen = new StringBuilder();
        if (!overtredingen.isEmpty()) {
            problemen.append("axe-core op ").append(driver.getCurrentUrl()).append(":\n").append(beschrijf(overtredingen));
        }
        String zijwaarts = zijwaarts();
        if (!zijwaarts.isEmpty()) {
            problemen.append(problemen.isEmpty() ? "" : "\n").append(zijwaarts);
        }
        return problemen.toString();
    }

    /**
     * The page scrolls sideways when the document is wider than the viewport. Names the widest elements that stick out
     * (outside a region that scrolls by itself), so the message tells what to fix.
     */
    private String zijwaarts() {
        @SuppressWarnings("unchecked")
        Map<String, Object> meting = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                // a mobile browser zooms out to fit a too wide page, which widens innerWidth; the layout viewport stays 320
                const breed = Math.min(window.innerWidth, document.documentElement.clientWidth);
                const totaal = document.documentElement.scrollWidth;
                if (totaal <= breed) { return {totaal: totaal, breed: breed, uitstekers: []}; }
                const eigenScroll = el => {
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { return true; }
                  }
                  return false;
                };
                const naam = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.classList.length ? '.' + [...el.classList].join('.') : '');
                const uitstekers = [...document.body.querySelectorAll('*')]
                  .map(el => ({el: el, r: el.getBoundingClientRect()}))
                  .filter(x => x.r.right > breed + 0.5 && x.r.width > 0 && !eigenScroll(x.el))
                  .filter((x, i, alle) => !alle.some(y => y.el === x.el.parentElement))
                  .sort((a, b) => b.r.right - a.r.right).slice(0, 5)
                  .map(x => naam(x.el) + ' (rechts ' + Math.round(x.r.right) + ' px, breed ' + Math.round(x.r.width) + ' px: "'
                    + (x.el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '")');
                return {totaal: totaal, breed: breed, uitstekers: uitstekers};
                """);
        long totaal = ((Number) meting.get("totaal")).longValue();
        long breed = ((Number) meting.get("breed")).longValue();
        if (totaal <= breed) {
            return "";
        }
        @SuppressWarnings("unchecked")
        List<Object> uitstekers = (List<Object>) meting.get("uitstekers");
        return "zijwaarts scrollen op " + driver.getCurrentUrl() + ": pagina " + totaal + " px breed, venster " + breed + " px; breedste: "
                + uitstekers.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static String beschrijf(List<Rule> overtredingen) {
        return overtredingen.stream().map(r -> r.getId() + ": " + r.getHelp() + " -> " + r.getNodes().stream()
                .map(n -> n.getHtml()).limit(3).collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"));
    }

    private void bewaarSchermafdruk() {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", naam, ++nummer,
                    driver.getCurrentUrl().replace(basis, "").replaceAll("[^a-zA-Z0-9]+", "_"))), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page without checking it. */
    void ga(String pad) {
        driver.get(basis + pad);
    }

    /** Shows the pages from now on as they are printed (CSS media "print"). */
    void afdrukken() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /** How many elements match the selector and are displayed (not {@code display: none}). */
    long zichtbaar(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll(arguments[0])].filter(e => getComputedStyle(e).display !== 'none').length;", css))
                .longValue();
    }

    /** The HTTP status of the current document, as the browser's navigation timing reports it. */
    String status() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;"));
    }

    /** A full HTML page with a main landmark, not a download, a JSON document or an htmx fragment. */
    boolean isHtmlPagina() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.contentType === 'text/html' && document.querySelector('main') !== null;"));
    }

    void inloggen(String gebruiker) {
        driver.get(basis + "/inloggen");
        veld("username").sendKeys(gebruiker);
        veld("password").sendKeys("demo");
        knop("Inloggen");
    }

    /** Signs in as the demo resident, asks for help for herself and signs out; returns the melding's id. */
    String vraagHulpAlsInwoner(String omschrijving, String onderwerp) {
        return vraagHulpAls("inwoner", omschrijving, onderwerp);
    }

    String vraagHulpAls(String gebruiker, String omschrijving, String onderwerp) {
        inloggen(gebruiker);
        link("Hulp vragen");
        kiesLabel("Voor mijzelf");
        typ("omschrijving", omschrijving);
        kiesLabel(onderwerp);
        kiesLabel("Bel mij");
        typ("telefoon", "06 12345678");
        knop("Vraag versturen");
        String meldingId = url().replaceAll("\\?.*$", "").replaceAll("^.*/", "");
        uitloggen();
        return meldingId;
    }

    void uitloggen() {
        navigeer(() -> driver.findElement(By.cssSelector("form[action$='/uitloggen'] button")).click());
    }

    WebElement veld(String id) {
        return driver.findElement(By.id(id));
    }

    void typ(String id, String tekst) {
        WebElement veld = veld(id);
        veld.clear();
        veld.sendKeys(tekst);
    }

    /** Sets a date field as the date picker would: typed dates depend on the browser's locale. */
    void datum(String id, java.time.LocalDate dag) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", veld(id), dag == null ? "" : dag.toString());
    }

    void kies(String id) {
        WebElement keuze = veld(id);
        if (!keuze.isSelected()) {
            keuze.click();
        }
    }

    void kiesLabel(String label) {
        driver.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
    }

    /** Clicks a button or link in the page content and waits for the next page. */
    void knop(String tekst) {
        navigeer(() -> driver.findElement(By.xpath("//main//button[normalize-space()=\"" + tekst + "\"] | //main//a[normalize-space()=\"" + tekst + "\"]")).click());
    }

    /** Waits until the element shows the text, e.g. the line an htmx request puts in it. */
    void wachtOpTekst(String id, String tekst, Duration hoelang) {
        new WebDriverWait(driver, hoelang).until(d -> d.findElement(By.id(id)).getText().contains(tekst));
    }

    void link(String tekst) {
        navigeer(() -> driver.findElement(By.partialLinkText(tekst)).click());
    }

    /** Marks the current document, clicks, and waits until a new, fully loaded document replaced it. */
    private void navigeer(Runnable klik) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__vorigePagina = true;");
        klik.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.__vorigePagina === undefined && document.readyState === 'complete';")));
    }

    void kiesOptie(String id, String zichtbareTekst) {
        new org.openqa.selenium.support.ui.Select(veld(id)).selectByVisibleText(zichtbareTekst);
    }

    /** Clicks something that loads a new page, and waits for it. */
    void volg(By selector) {
        navigeer(() -> driver.findElement(selector).click());
    }

    void klik(By selector) {
        driver.findElement(selector).click();
    }

    /** Fetches a file (a PDF letter) with the browser's session, as a download would. */
    byte[] download(String pad) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> antwoord = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(basis + pad)).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(antwoord.statusCode()).as("download %s", pad).isEqualTo(200);
        return antwoord.body();
    }

    String href(By selector) {
        return driver.findElement(selector).getAttribute("href").replace(basis, "");
    }

    String tekst() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The computed value of a CSS property of the first element the selector finds, as the browser paints it. */
    String stijl(String css, String eigenschap) {
        return driver.findElement(By.cssSelector(css)).getCssValue(eigenschap);
    }

    String titel() {
        return driver.getTitle();
    }

    /** The class of the element that has the focus. */
    String focus() {
        return driver.switchTo().activeElement().getAttribute("class");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    List<WebElement> alle(By selector) {
        return driver.findElements(selector);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
