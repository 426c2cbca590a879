package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;
import nl.sociaaldossier.indicators.query.Registratie;
import nl.sociaaldossier.launcher.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The indicators in a real browser on the real WAR, over a registration built by hand in 2023 (no
 * other test registers in that year): seven inwoners with a Stadsbank traject (five in Hofkamp,
 * Wijkteam 1, two in De Riet, Wijkteam 2) and three with a schuldenspecialist (suppressed).
 */
class IndicatorBrowserIT {

    @BeforeAll
    static void registratie2023() throws SQLException {
        App.url();  // the app migrates the schema when it starts
        try (Connection db = verbinding()) {
            Registratie reg = new Registratie(db);
            for (int i = 0; i < 7; i++) {
                long h = reg.huishouden(i < 5 ? "Hofkamp" : "De Riet", "Almelo");
                reg.verwijzing(reg.casus(h), reg.lid(h, "1980-01-01"), "Stadsbank (schuldregeling, budgetbeheer)", "Wijkteam (gemeente)",
                        "Stadsbank Oost Nederland", "2022-11-01", "2022-11-15", "2022-12-01", "2023-06-30");
            }
            for (int i = 0; i < 3; i++) {
                long h = reg.huishouden("Hofkamp", "Almelo");
                reg.verwijzing(reg.casus(h), reg.lid(h, "1985-01-01"), "Traject schuldenspecialist", "Wijkteam (gemeente)", null,
                        "2023-02-01", "2023-02-10", "2023-03-01", null);
            }
        }
    }

    @Test
    void businesscontrollerZietDashboardTabelExportEnLegtDoelwaardenVast(@TempDir Path profiel) throws Exception {
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "indicatoren/index.xhtml");
            b.logIn("controller", "demo");
            b.kies("dashboard:jaar", "2023");
            b.klikEnWachtOp("dashboard:bereken", "Periode 2023");
            assertTrue(b.tekstVan("doeltitel").startsWith("Strategisch doel 1"));
            assertTrue(b.tekstVan("selectie").matches("(?s).*Stand van de registratie: \\d{1,2}-\\d{1,2}-\\d{4} \\d{2}:\\d{2}:\\d{2}.*"),
                    "the footnote says when the registration was counted: " + b.tekstVan("selectie"));
            WebElement stadsbank = b.zichtbaar(By.id("kaart-D1-1.14.2"));
            // seven cliënten, published with the noise of their cell key (-2 to +2): the same figure everywhere below
            String zeven = stadsbank.findElement(By.className("waarde")).getText();
            assertTrue(zeven.matches("[5-9]"), zeven);
            assertFalse(stadsbank.findElements(By.tagName("canvas")).isEmpty(), "a trend chart");
            assertEquals("< 5", b.zichtbaar(By.id("kaart-D1-1.14.3")).findElement(By.className("waarde")).getText(), "three persons");
            // Every indicator of goal 1 has a card, external ones too, and only those of goal 1.
            assertEquals(getal("select count(*) from indicator where doel_code = '1'"),
                    b.driver.findElements(By.cssSelector("[id^='kaart-']")).size());
            assertTrue(b.driver.findElements(By.cssSelector("[id^='kaart-D2-']")).isEmpty());
            assertTrue(stadsbank.findElement(By.tagName("canvas")).getDomAttribute("aria-label").startsWith("Verloop van D1-1.14.2: "),
                    "the chart in words");
            b.toegankelijk("dashboard, charts");

            // Wijk Hofkamp only: five Stadsbank clients, with noise of their own: Almelo minus Hofkamp is not the two outside it
            b.kies("dashboard:wijk", "Hofkamp");
            b.klikEnWachtOp("dashboard:bereken", "Wijk Hofkamp");
            String hofkamp = b.zichtbaar(By.id("kaart-D1-1.14.2")).findElement(By.className("waarde")).getText();
            assertTrue(hofkamp.equals("< 5") || hofkamp.matches("[5-7]"), hofkamp);
            b.kies("dashboard:wijk", "alle");
            b.klikEnWachtOp("dashboard:bereken", "Wijk alle");

            // The table view, and its export as CSV and Excel: the same rows, "< 5" stays "< 5".
            b.zichtbaar(By.id("dashboard:weergaveTabel")).click();
            b.wacht.until(d -> !d.findElements(By.id("dashboard:tabel")).isEmpty());
            String tabel = b.tekstVan("dashboard:tabel");
            assertTrue(tabel.contains("D1-1.14.2"), tabel);
            assertFalse(tabel.matches("(?s).*\\dE\\+\\d.*"), "no 8E+1 in the table");
            assertTrue(b.driver.findElement(By.cssSelector("#dashboard\\:tabel thead th")).getText().equals("Indicator")
                    && b.driver.findElements(By.cssSelector("#dashboard\\:tabel thead th")).get(1).getText().equals("Omschrijving"),
                    "the key columns first");
            b.toegankelijk("dashboard, table");
            b.zichtbaar(By.id("dashboard:exportCsv")).click();
            List<String> csv = Files.readAllLines(b.download(".csv"), StandardCharsets.UTF_8);
            assertTrue(csv.get(0).startsWith("\uFEFFIndicator;Beleidslijn;Code;Omschrijving;Periode"), csv.get(0));
            assertTrue(regel(csv, "D1-1.14.2;").contains(";2023;31-12-2023;alle;alle;totaal;" + zeven + ";personen;"), regel(csv, "D1-1.14.2;"));
            assertTrue(regel(csv, "D1-1.14.3;").contains(";totaal;< 5;"), regel(csv, "D1-1.14.3;"));
            assertFalse(csv.stream().anyMatch(r -> r.startsWith("D1-1.14.3;") && r.contains(";3;")), "the 3 is not in the export");
            for (String rij : csv.subList(1, csv.size())) {
                assertTrue(tabel.contains(rij.split(";")[0]), "exported row not in the table: " + rij);
            }
            b.zichtbaar(By.id("dashboard:exportExcel")).click();
            try (ZipFile excel = new ZipFile(b.download(".xlsx").toFile())) {
                String blad = new String(excel.getInputStream(excel.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(blad.contains("<t>D1-1.14.2</t>") && blad.contains("<v>" + zeven + "</v>") && blad.contains("<t>&lt; 5</t>"), blad.substring(0, 600));
                assertFalse(blad.contains("<v>3</v>"));
            }

            // The detail page: definition and source; the 0-meting and a target, with a clear message on bad input.
            b.zichtbaar(By.id("dashboard:weergaveGrafieken")).click();
            b.zichtbaar(By.cssSelector("#kaart-D1-1\\.14\\.2 a.indicator-id")).click();
            assertTrue(b.tekstVan("afleiding").contains("lopend schuldhulptraject bij de Stadsbank"));
            // 7 cliënten, published with the noise of their cell key (-2 to +2)
            int getoond = Integer.parseInt(b.tekstVan("waarde"));
            assertTrue(getoond >= 5 && getoond <= 9, "7 with cell-key noise, shown " + getoond);
            assertFalse(b.driver.getPageSource().contains("Alle casussen achter dit totaal"), "the controller never sees a dossier");
            b.kies("indicator:nulmetingJaar", "2022");
            b.typ("indicator:nulmetingWaarde", "5");
            b.typ("indicator:nulmetingBron", "Jaarverslag Stadsbank");
            b.klikEnWachtOp("indicator:legNulmetingVast", "De 0-meting is vastgelegd.");
            b.kies("indicator:streefJaar", "2023");
            b.typ("indicator:streefWaarde", "tien");
            b.klikEnWachtOp("indicator:stelStreefwaarde", "Vul een getal in, bijvoorbeeld 1234 of 12,5 (een komma voor decimalen).");
            assertEquals("tien", b.zichtbaar(By.id("indicator:streefWaarde")).getDomProperty("value"), "the input stays");
            b.typ("indicator:streefWaarde", "10");
            b.klikEnWachtOp("indicator:stelStreefwaarde", "De streefwaarde voor 2023 is vastgelegd.");
            assertTrue(b.tekstVan("indicator:nulmeting").contains("5 (2022, Jaarverslag Stadsbank)"));
            assertTrue(b.tekstVan("doelwaarden").contains("2023: 10"));
            b.zichtbaar(By.linkText("Terug naar alle indicatoren")).click();
            b.kies("dashboard:jaar", "2023");
            b.klikEnWachtOp("dashboard:bereken", "Periode 2023");
            String kaart = b.zichtbaar(By.id("kaart-D1-1.14.2")).getText();
            assertTrue(kaart.contains("0-meting 5 (2022)") && kaart.contains("streefwaarde 10"), kaart);

            // An external value for 2023 with its source; a correction keeps the history.
            b.driver.get(App.url() + "indicatoren/indicator.xhtml?id=D1-1.1.1&soort=JAAR&van=2023-01-01&tot=2023-12-31");
            b.typ("indicator:externeWaarde", "12,5");
            b.typ("indicator:externeBron", "Taalpunt Almelo");
            b.klikEnWachtOp("indicator:legExternVast", "De externe waarde voor 2023 is vastgelegd.");
            b.typ("indicator:externeWaarde", "14");
            b.typ("indicator:externeBron", "Taalpunt Almelo (gecorrigeerd)");
            b.klikEnWachtOp("indicator:legExternVast", "gecorrigeerd");
            String historie = b.tekstVan("indicator:historie");
            assertTrue(historie.indexOf("14") < historie.indexOf("12,5") && historie.contains("gecorrigeerd"), historie);
            assertTrue(b.tekstVan("indicator").contains("extern 14 (Taalpunt Almelo (gecorrigeerd))"));
        }
    }

    @Test
    void eenCoachZietAlleenDeCasussenAchterEenTellingDieHijMagOpenenEnDatWordtGelogd(@TempDir Path profiel) throws SQLException {
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "indicatoren/indicator.xhtml?id=D1-1.14.2&soort=JAAR&van=2023-01-01&tot=2023-12-31");
            b.logIn("coach", "demo");
            // 7 cliënten, published with the noise of their cell key (-2 to +2)
            int getoond = Integer.parseInt(b.tekstVan("waarde"));
            assertTrue(getoond >= 5 && getoond <= 9, "7 with cell-key noise, shown " + getoond);
            b.zichtbaar(By.id("indicator:drillTotaal")).click();
            b.wacht.until(d -> d.getCurrentUrl().contains("/indicatoren/casussen"));
            List<WebElement> rijen = b.driver.findElements(By.cssSelector("[id='drill:casussen_data'] tr"));
            assertEquals(5, rijen.size(), "the five in Hofkamp (Wijkteam 1), not the two in De Riet");
            assertTrue(rijen.stream().allMatch(r -> r.getText().contains("Hofkamp")));
        }
        assertEquals(5, getal("select count(*) from logboek where gebruiker = 'coach' and activiteit = 'INDICATOR_DRILLDOWN'"
                + " and status = 'OK' and toelichting = 'indicator D1-1.14.2 2023'"));
    }

    private static long getal(String sql) throws SQLException {
        try (Connection db = verbinding(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String regel(List<String> csv, String begin) {
        return csv.stream().filter(r -> r.startsWith(begin)).findFirst().orElse("(no row " + begin + ")");
    }

    private static Connection verbinding() throws SQLException {
        Database db = TestOmgeving.database();
        return DriverManager.getConnection(db.url(), db.gebruiker(), db.wachtwoord());
    }
}
