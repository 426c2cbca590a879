package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The beheerder in a real browser: next year's aanbieder added from the beheer pages, the refusal at
 * its field with nothing lost, the list's status, and the history of the entry.
 */
class BeheerBrowserIT {

    @Test
    void deBeheerderZetEenAanbiederVoorVolgendJaarKlaar(@TempDir Path profiel) {
        String naam = "Aanbieder " + Long.toString(System.nanoTime(), 36);
        String volgendJaar = "01-01-" + (LocalDate.now().getYear() + 1);
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url());
            b.logIn("beheerder", "demo");
            b.zichtbaar(By.id("menuBeheer")).click();
            b.zichtbaar(By.linkText("Aanbieders")).click();
            b.zichtbaar(By.id("lijst:nieuw")).click();
            b.zichtbaar(By.id("formulier:opslaan"));
            b.typ("formulier:velden:1:datum", volgendJaar);
            b.klikEnWachtOp("formulier:opslaan", "Naam is verplicht.");
            assertEquals("Naam is verplicht.", b.tekstVan("formulier:velden:0:fout"), "the message at the field");
            assertEquals(volgendJaar, b.driver.findElement(By.id("formulier:velden:1:datum")).getDomProperty("value"), "nothing lost");
            b.toegankelijk("a refused beheer form");

            b.typ("formulier:velden:0:tekst", naam);
            b.klikEnWachtOp("formulier:opslaan", naam.toLowerCase().replace(' ', '-') + " is toegevoegd.");
            b.typ("lijst:zoek", naam);
            b.wacht.until(d -> d.findElement(By.id("lijst:regels_data")).getText().contains("vanaf " + volgendJaar));
            String historie = b.zichtbaar(By.id("historie")).getText();
            assertTrue(historie.contains("toegevoegd") && historie.contains("Naam: (leeg) → '" + naam + "'")
                    && historie.contains("beheerder"), historie);
        }
    }
}
