package nl.sociaaldossier.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium (Debian's chromium and chromium-driver), with no traffic to outside hosts. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wacht;

    Browser(Path profiel) {
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=nl",
                "--user-data-dir=" + profiel.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        downloads = profiel.resolve("downloads").toAbsolutePath();
        opties.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, opties);
        wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
        wacht.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Where downloads (exports) land. */
    final Path downloads;

    /** Waits for a downloaded file whose name ends with the given text and returns it. */
    Path download(String einde) {
        wacht.until(d -> {
            try (var bestanden = java.nio.file.Files.list(downloads)) {
                return bestanden.anyMatch(f -> f.getFileName().toString().endsWith(einde));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try (var bestanden = java.nio.file.Files.list(downloads)) {
            return bestanden.filter(f -> f.getFileName().toString().endsWith(einde)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Logs in on the real Keycloak login page (which must be showing, in Dutch). */
    void logIn(String gebruiker, String wachtwoord) {
        WebElement naam = zichtbaar(By.id("username"));
        WebElement knop = driver.findElement(By.id("kc-login"));
        String knopTekst = knop.getText() + knop.getDomAttribute("value");
        if (!knopTekst.contains("Inloggen")) {
            throw new AssertionError("Keycloak's login page is not in Dutch: button says " + knopTekst);
        }
        naam.sendKeys(gebruiker);
        driver.findElement(By.id("password")).sendKeys(wachtwoord);
        knop.click();
    }

    /** Waits for the element; on time-out says where the browser was and what it showed. */
    WebElement zichtbaar(By by) {
        try {
            wacht.until(d -> ajaxKlaar());
            return wacht.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError("Not shown: " + by + " on " + driver.getCurrentUrl() + ", screenshot: " + schermafdruk(), e);
        }
    }

    /** Saves what the browser shows to target/screenshots/ and returns the file. */
    Path schermafdruk() {
        try {
            Path map = Files.createDirectories(Path.of(System.getProperty("project.dir", "."), "target", "screenshots"));
            Path bestand = map.resolve("scherm-" + System.currentTimeMillis() + ".png");
            Files.write(bestand, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(map.resolve(bestand.getFileName() + ".html"), driver.getPageSource());
            return bestand;
        } catch (IOException | RuntimeException e) {
            return Path.of("(no screenshot: " + e.getMessage() + ")");
        }
    }

    void typ(String id, String tekst) {
        WebElement veld = zichtbaar(By.id(id));
        veld.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        veld.sendKeys(tekst);
        try {
            wacht.until(d -> tekst.equals(d.findElement(By.id(id)).getDomProperty("value")));
        } catch (TimeoutException e) {
            throw new AssertionError(id + " holds '" + driver.findElement(By.id(id)).getDomProperty("value")
                    + "' instead of '" + tekst + "', screenshot: " + schermafdruk(), e);
        }
    }

    /** Chooses an option of a plain select by its visible text. */
    void kies(String id, String zichtbareTekst) {
        new org.openqa.selenium.support.ui.Select(zichtbaar(By.id(id))).selectByVisibleText(zichtbareTekst);
    }

    /** Clicks a button that updates the page by Ajax and waits until the messages show the given text. */
    void klikEnWachtOp(String knopId, String tekst) {
        zichtbaar(By.id(knopId)).click();
        try {
            wacht.until(d -> ajaxKlaar() && d.findElement(By.tagName("body")).getText().contains(tekst));
            bewaak(knopId);
        } catch (TimeoutException e) {
            throw new AssertionError("No '" + tekst + "' after clicking " + knopId + ", screenshot: " + schermafdruk(), e);
        }
    }

    /** Logs out through the app, which ends the Keycloak session too, and waits for the login page. */
    void logUit() {
        bewaakt = false;
        zichtbaar(By.id("uitloggen")).click();
        zichtbaar(By.id("username"));
    }

    /** Opens a section of the casus workspace by its tab and waits until it shows. */
    void sectie(String naam) {
        WebElement tab = zichtbaar(By.cssSelector("a[data-sectie='" + naam + "']"));
        String titel = tab.getText();
        tab.click();
        try {
            wacht.until(d -> naam.equals(d.findElement(By.cssSelector("a.tab.actief")).getDomAttribute("data-sectie"))
                    && titel.equals(d.findElement(By.id("sectieKop")).getText()) && ajaxKlaar());
            bewaak("section " + naam);
        } catch (TimeoutException e) {
            throw new AssertionError("Section " + naam + " did not open, screenshot: " + schermafdruk(), e);
        }
    }

    /** No PrimeFaces Ajax request is under way. */
    boolean ajaxKlaar() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /** Marks the page in the browser's memory; {@link #zelfdePagina()} tells whether no full reload happened since. */
    void markeerPagina() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.zelfdePagina = true;");
        bewaakt = true;
    }

    /** While true, every step checks that the page was not reloaded, and names the step that did. */
    private boolean bewaakt;

    private void bewaak(String stap) {
        if (bewaakt && !zelfdePagina()) {
            bewaakt = false;
            throw new AssertionError("a full page reload after " + stap + " on " + driver.getCurrentUrl() + ", screenshot: " + schermafdruk());
        }
    }

    boolean zelfdePagina() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.zelfdePagina === true;"));
    }

    /**
     * Checks the page as it is now with axe-core against WCAG 2.1 A and AA; fails on any serious or
     * critical violation, naming the rule and where.
     */
    void toegankelijk(String waar) {
        com.deque.html.axecore.results.Results uitslag = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        java.util.List<String> ernstig = uitslag.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at " + r.getNodes().stream().limit(3)
                        .map(n -> n.getTarget() + " " + n.getHtml()).toList())
                .toList();
        if (!ernstig.isEmpty()) {
            throw new AssertionError("axe on " + waar + " (" + driver.getCurrentUrl() + "): " + String.join("\n", ernstig)
                    + "\nscreenshot: " + schermafdruk());
        }
    }

    String tekstVan(String id) {
        return zichtbaar(By.id(id)).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
