package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The main path in a real browser: the app started as the run command starts it (Payara Micro
 * with the built WAR, PostgreSQL, Keycloak), login on Keycloak's own page, registering a melding,
 * Dutch messages at the fields, logout, and a role that may not open the page.
 */
class MeldingBrowserIT {

    @Test
    void intakerRegistreertEenMeldingEnZietHemInMijnMeldingen(@TempDir Path profiel) {
        String achternaam = TestMeldingen.uniekeAchternaam("Jansen");
        String bsnAnna = TestBsn.nieuw();
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url());
            b.logIn("intaker", "demo");
            assertEquals("Ilse Intveld", b.tekstVan("gebruikerNaam"));
            assertEquals("Intaker", b.tekstVan("gebruikerRollen"));

            b.zichtbaar(By.id("menuNieuweMelding")).click();
            b.zichtbaar(By.id("melding:registreer"));

            // First attempt: an invalid BSN, a date that does not exist, markup in a name and missing fields.
            // Messages at the fields, nothing lost, nothing changed silently.
            b.typ("melding:lid:0:voornaam", "<b>Anna</b>");
            datum(b, "melding:lid:0:geboortedatum", "31-02-1980");
            b.typ("melding:lid:0:bsn", "123456789");
            b.typ("melding:hulpvraag", "Huurachterstand en veel stress in het gezin");
            b.driver.findElement(By.id("melding:registreer")).click();
            assertTrue(bijVeld(b, "melding:lid:0:bsn").contains("Dit is geen geldig BSN"), bijVeld(b, "melding:lid:0:bsn"));
            assertEquals("Vul de straat in.", bijVeld(b, "melding:straat"));
            assertEquals("Vul de achternaam in.", bijVeld(b, "melding:lid:0:achternaam"));
            assertEquals("Kies de wijk.", bijVeld(b, "melding:wijk"));
            assertEquals("Huurachterstand en veel stress in het gezin",
                    b.driver.findElement(By.id("melding:hulpvraag")).getDomProperty("value"));
            assertEquals("De voornaam mag alleen letters, spaties, koppeltekens (-) en apostrofs (') bevatten.", bijVeld(b, "melding:lid:0:voornaam"));
            assertTrue(bijVeld(b, "melding:lid:0:geboortedatum").startsWith("Deze datum bestaat niet"), "31-02 is refused, not made 29-02");
            assertEquals("31-02-1980", b.driver.findElement(By.id("melding:lid:0:geboortedatum")).getDomProperty("value"));
            b.typ("melding:lid:0:voornaam", "Anna");
            datum(b, "melding:lid:0:geboortedatum", "01-03-1850");
            b.driver.findElement(By.id("melding:registreer")).click();
            b.wacht.until(d -> bijVeld(b, "melding:lid:0:geboortedatum").contains("1900"));
            assertEquals("Een geboortedatum ligt op of na 01-01-1900: controleer het jaar.", bijVeld(b, "melding:lid:0:geboortedatum"));

            // Corrected, with a second member.
            b.typ("melding:straat", "Grotestraat");
            String huisnummer = TestMeldingen.uniekHuisnummer();
            b.typ("melding:huisnummer", huisnummer);
            b.typ("melding:postcode", "7607cd");
            new Select(b.zichtbaar(By.id("melding:wijk"))).selectByVisibleText("Hofkamp");
            b.typ("melding:lid:0:achternaam", achternaam);
            datum(b, "melding:lid:0:geboortedatum", "01-03-1985");
            b.typ("melding:lid:0:bsn", bsnAnna);
            b.driver.findElement(By.id("melding:lidToevoegen")).click();
            b.typ("melding:lid:1:voornaam", "Bram");
            b.typ("melding:lid:1:achternaam", achternaam);
            datum(b, "melding:lid:1:geboortedatum", "09-06-2015");
            b.typ("melding:lid:1:bsn", TestBsn.nieuw());
            new Select(b.zichtbaar(By.id("melding:verwijzer"))).selectByVisibleText("Huisarts");
            new Select(b.zichtbaar(By.id("melding:onderwerp"))).selectByVisibleText("Traject schuldenspecialist");
            b.driver.findElement(By.id("melding:registreer")).click();

            b.wacht.until(ExpectedConditions.urlContains("/meldingen/index"));
            assertTrue(b.zichtbaar(By.id("meldingen:berichten")).getText().contains("De melding is geregistreerd."));
            List<WebElement> rijen = b.driver.findElements(By.xpath("//tbody[@id='meldingen:tabel_data']/tr[contains(., '" + achternaam + "')]"));
            assertEquals(1, rijen.size(), "exactly one melding for this household: the failed attempt stored nothing");
            String rij = rijen.get(0).getText();
            assertTrue(rij.contains("Anna " + achternaam + ", Bram " + achternaam), rij);
            assertTrue(rij.contains("Grotestraat " + huisnummer + ", 7607 CD Almelo"), rij);
            assertTrue(rij.contains("Hofkamp") && rij.contains("Huisarts") && rij.contains("Traject schuldenspecialist"), rij);
            assertTrue(rij.contains("Nieuw"), rij);

            // Een gezin: the next melding for these people is found by BSN and goes to the same household.
            b.zichtbaar(By.id("menuZoeken")).click();
            b.typ("zoeken:bsn", bsnAnna);
            b.klikEnWachtOp("zoeken:zoek", "Anna " + achternaam);
            b.zichtbaar(By.className("nieuwe-melding")).click();
            assertEquals("Anna " + achternaam + ", Bram " + achternaam, b.tekstVan("bekendHuishouden"));
            new Select(b.zichtbaar(By.id("melding:verwijzer"))).selectByVisibleText("School");
            new Select(b.zichtbaar(By.id("melding:onderwerp"))).selectByVisibleText("Opvoeding");
            b.typ("melding:hulpvraag", "School meldt verzuim van Bram");
            b.klikEnWachtOp("melding:registreer", "De melding is geregistreerd.");
            assertEquals(2, b.driver.findElements(By.xpath("//tbody[@id='meldingen:tabel_data']/tr[contains(., '" + achternaam + "')]")).size());

            // A new household at the same address: a warning with a link to the known one, not a block.
            b.zichtbaar(By.id("menuNieuweMelding")).click();
            b.typ("melding:straat", "Grotestraat");
            b.typ("melding:huisnummer", huisnummer);
            b.typ("melding:postcode", "7607 CD");
            new Select(b.zichtbaar(By.id("melding:wijk"))).selectByVisibleText("Hofkamp");
            b.typ("melding:lid:0:voornaam", "Kees");
            b.typ("melding:lid:0:achternaam", "van 't " + achternaam);
            datum(b, "melding:lid:0:geboortedatum", "1-3-1970");
            b.typ("melding:lid:0:bsn", TestBsn.nieuw());
            new Select(b.zichtbaar(By.id("melding:verwijzer"))).selectByVisibleText("Huisarts");
            new Select(b.zichtbaar(By.id("melding:onderwerp"))).selectByVisibleText("Traject schuldenspecialist");
            b.typ("melding:hulpvraag", "Onderhuurder met schulden");
            b.klikEnWachtOp("melding:registreer", "Op dit adres is al een huishouden bekend.");
            assertTrue(b.tekstVan("melding:opAdres").contains("Anna " + achternaam), b.tekstVan("melding:opAdres"));
            assertTrue(b.zichtbaar(By.linkText("registreer de melding bij dit huishouden")).getDomAttribute("href").contains("huishouden="));
            b.toegankelijk("nieuwe melding met adreswaarschuwing");
            b.klikEnWachtOp("melding:registreer", "De melding is geregistreerd.");
            assertEquals(1, b.driver.findElements(By.xpath("//tbody[@id='meldingen:tabel_data']/tr[contains(., 'Kees van') and contains(., '"
                    + achternaam + "')]")).size(), "a second household at the address, registered after the warning");

            // Logout ends the Keycloak session too: the next visit asks for a password again.
            b.driver.findElement(By.id("uitloggen")).click();
            b.zichtbaar(By.id("username"));
            b.driver.get(App.url());
            b.zichtbaar(By.id("username"));
        }
    }

    @Test
    void zonderRolIntakerGeenToegangTotMeldingen(@TempDir Path profiel) {
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("controller", "demo");
            assertEquals("U heeft geen toegang tot deze pagina. Uw rol staat dit niet toe.", b.tekstVan("fout"));
            assertEquals("Businesscontroller", b.tekstVan("gebruikerRollen"));
            assertTrue(b.driver.findElements(By.id("menuNieuweMelding")).isEmpty());

            b.driver.get(App.url() + "meldingen/index.xhtml");
            assertEquals("U heeft geen toegang tot deze pagina. Uw rol staat dit niet toe.", b.tekstVan("fout"));
            assertFalse(b.driver.getPageSource().contains("meldingen:tabel"));

            // The businesscontroller's own page: the indicators (IndicatorBrowserIT goes through it).
            b.zichtbaar(By.id("menuIndicatoren")).click();
            assertTrue(b.tekstVan("doeltitel").startsWith("Strategisch doel 1"));
        }
    }

    /** The text of the message shown in the same field block as the input. */
    private static String bijVeld(Browser b, String id) {
        return b.zichtbaar(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'veld')][1]"
                + "//*[contains(@class,'ui-message-error')]")).getText();
    }

    private static void datum(Browser b, String id, String waarde) {
        b.typ(id, waarde);
    }

    /** Registers a melding for a one-person household in Hofkamp from the new-melding page; returns the BSN. */
    static String registreerEenvoudigeMelding(Browser b, String achternaam) {
        String bsn = TestBsn.nieuw();
        b.zichtbaar(By.id("melding:registreer"));
        b.typ("melding:straat", "Grotestraat");
        b.typ("melding:huisnummer", TestMeldingen.uniekHuisnummer());
        b.typ("melding:postcode", "7607cd");
        new Select(b.zichtbaar(By.id("melding:wijk"))).selectByVisibleText("Hofkamp");
        b.typ("melding:lid:0:voornaam", "Ria");
        b.typ("melding:lid:0:achternaam", achternaam);
        datum(b, "melding:lid:0:geboortedatum", "01-03-1985");
        b.typ("melding:lid:0:bsn", bsn);
        b.typ("melding:hulpvraag", "Vraag om ondersteuning");
        new Select(b.zichtbaar(By.id("melding:verwijzer"))).selectByVisibleText("Huisarts");
        new Select(b.zichtbaar(By.id("melding:onderwerp"))).selectByVisibleText("Traject schuldenspecialist");
        b.driver.findElement(By.id("melding:registreer")).click();
        b.wacht.until(ExpectedConditions.urlContains("/meldingen/index"));
        return bsn;
    }
}
