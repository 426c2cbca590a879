package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main path of casework in a real browser, each step as the user whose work it is:
 * intake → casus → verklarende analyse → one regisseur → uitvoering → escalate (a household with a
 * child goes to the procesmanagers) → the procesmanager takes over → de-escalates → the regisseur closes.
 */
class CasusBrowserIT {

    @Test
    void vanMeldingTotAfsluitingMetOpschalingNaarDeProcesmanager(@TempDir Path profiel) {
        String achternaam = "Bakker-" + UUID.randomUUID().toString().substring(0, 6);
        String casusUrl;
        try (Browser b = new Browser(profiel)) {
            // Intaker: register a melding for a parent and a child, and open its casus.
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            openCasusVoorNieuweMelding(b, achternaam);
            casusUrl = b.driver.getCurrentUrl();
            assertEquals("In analyse", b.tekstVan("status"));

            // Verklarende analyse: two leefgebieden, so exactly one regisseur is needed before going on.
            b.kies("casus:leefgebied", "Financiën");
            b.kies("casus:score", "2 – niet zelfredzaam");
            b.typ("casus:verklaring", "Schulden na scheiding; huurachterstand");
            b.klikEnWachtOp("casus:legAnalyseVast", "De analyse is bijgewerkt.");
            b.kies("casus:leefgebied", "Opvoeding");
            b.kies("casus:score", "3 – beperkt zelfredzaam");
            b.typ("casus:verklaring", "Moeder overbelast, schoolverzuim");
            b.klikEnWachtOp("casus:legAnalyseVast", "Moeder overbelast");
            b.klikEnWachtOp("casus:startUitvoering", "wijs eerst precies één regisseur toe");
            assertEquals("In analyse", b.tekstVan("status"));
            b.kies("casus:regisseur", "Cas Coenen (gezinscoach)");
            b.klikEnWachtOp("casus:wijsRegisseurToe", "De regisseur is toegewezen.");
            assertEquals("Cas Coenen", b.tekstVan("regie"));
            b.klikEnWachtOp("casus:startUitvoering", "De analyse is afgerond");
            assertEquals("In uitvoering", b.tekstVan("status"));
            assertTrue(b.driver.findElements(By.id("casus:vraagAan")).isEmpty() && b.driver.findElements(By.id("casus:wijzigAve")).isEmpty()
                    && b.driver.findElements(By.id("casus:sluitAf")).isEmpty(), "referrals, AVE and closing are the regisseur's");
            b.logUit();

            // Coach, now the regisseur: refers, plans and escalates.
            b.driver.get(casusUrl);
            b.logIn("coach", "demo");

            // A referral to maatwerk under the Jeugdwet, then its decision: the legal term is met.
            b.kies("casus:client", "Tim " + achternaam);
            b.kies("casus:voorziening", "Jeugdhulp ambulant: begeleiding");
            b.kies("casus:aanbieder", "Jeugdhulp Twente");
            b.kies("casus:contractsoort", "raamcontract");
            b.kies("casus:verwijzendeVerwijzer", "Wijkteam (gemeente)");
            b.klikEnWachtOp("casus:vraagAan", "De verwijzing is vastgelegd.");
            String verwijzingen = b.zichtbaar(By.id("casus:verwijzingen")).getText();
            assertTrue(verwijzingen.contains("Jeugdhulp ambulant: begeleiding") && verwijzingen.contains("voor Tim " + achternaam)
                    && verwijzingen.contains("Aangevraagd")
                    && verwijzingen.contains("Beschikking (8 weken na de aanvraag)"), verwijzingen);
            b.kies("casus:stapVerwijzing", "Jeugdhulp ambulant: begeleiding (Aangevraagd)");
            b.kies("casus:stap", "Toekennen");
            b.klikEnWachtOp("casus:zetStap", "De stap is vastgelegd.");
            verwijzingen = b.zichtbaar(By.id("casus:verwijzingen")).getText();
            assertTrue(verwijzingen.contains("Toegekend") && verwijzingen.contains("voldaan"), verwijzingen);

            // The plan: a goal on a leefgebied of the analysis, an action with owner and date, the next evaluation.
            String overEenMaand = java.time.LocalDate.now().plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            b.kies("casus:doelLeefgebied", "Financiën");
            b.typ("casus:doelOmschrijving", "Huurachterstand ingelopen");
            b.klikEnWachtOp("casus:stelDoelVast", "Het doel is aan het plan toegevoegd.");
            b.kies("casus:actieDoel", "Huurachterstand ingelopen");
            b.typ("casus:actieOmschrijving", "Betalingsregeling met de verhuurder");
            b.typ("casus:actieEigenaar", "Sara met de schuldenspecialist");
            b.typ("casus:actieDeadline_input", overEenMaand);
            b.klikEnWachtOp("casus:voegActieToe", "De actie is aan het plan toegevoegd.");
            b.typ("casus:evaluatieDatum_input", overEenMaand);
            b.klikEnWachtOp("casus:planEvaluatie", "De evaluatie is gepland.");
            assertEquals("Versie 3", b.tekstVan("planversie"));
            assertTrue(b.zichtbaar(By.id("casus:doelen")).getText().contains("Betalingsregeling met de verhuurder"));

            // Escalate to the Spoedteam level: with a child in the household regie goes to the procesmanagers.
            b.kies("casus:aveNiveau", "3 – Opgeschaald");
            b.typ("casus:aveReden", "Dreigende huisuitzetting");
            b.klikEnWachtOp("casus:wijzigAve", "Het AVE-niveau is gewijzigd.");
            assertEquals("3", b.tekstVan("ave"));
            assertTrue(b.tekstVan("regie").startsWith("Procesmanager (team Zorg en Veiligheid)"), b.tekstVan("regie"));
            b.logUit();

            // Procesmanager: sees it among the escalated casussen, takes over regie, de-escalates.
            b.driver.get(App.url() + "casus/caseload.xhtml");
            b.logIn("procesmanager", "demo");
            b.zichtbaar(By.linkText("Sara " + achternaam + ", Tim " + achternaam)).click();
            b.klikEnWachtOp("casus:neemRegieOver", "U voert nu de regie over deze casus.");
            assertEquals("Petra Plasman", b.tekstVan("regie"));
            b.kies("casus:aveNiveau", "2 – Meervoudige problematiek");
            b.typ("casus:aveReden", "Woning behouden, betalingsregeling loopt");
            b.klikEnWachtOp("casus:wijzigAve", "De casus is niet meer in uw werkvoorraad.");
            b.wacht.until(ExpectedConditions.urlContains("/casus/caseload.xhtml"));
            assertTrue(b.driver.findElements(By.linkText("Sara " + achternaam + ", Tim " + achternaam)).isEmpty());
            b.logUit();

            // Coach, the regisseur: finds it in his caseload and closes it; the history shows every step.
            b.driver.get(App.url() + "casus/caseload.xhtml");
            b.logIn("coach", "demo");
            b.zichtbaar(By.linkText("Sara " + achternaam + ", Tim " + achternaam)).click();
            assertEquals("Cas Coenen", b.tekstVan("regie"));
            assertEquals("2", b.tekstVan("ave"));
            b.typ("casus:verslagTekst", "Huisbezoek: betalingsregeling getroffen, Tim gaat weer naar school");
            b.klikEnWachtOp("casus:schrijfVerslag", "Het verslag is opgeslagen.");
            assertTrue(b.zichtbaar(By.id("casus:verslagen")).getText().contains("betalingsregeling getroffen"));
            b.typ("casus:afsluitreden", "Doelen bereikt: woning behouden, Tim weer naar school");
            b.klikEnWachtOp("casus:sluitAf", "Leg eerst per doel van het plan de uitkomst vast.");
            b.kies("casus:uitkomstDoel", "Huurachterstand ingelopen");
            b.kies("casus:uitkomst", "Bereikt");
            b.klikEnWachtOp("casus:legUitkomstVast", "De uitkomst is vastgelegd.");
            b.typ("casus:afsluitreden", "Doelen bereikt: woning behouden, Tim weer naar school");
            b.klikEnWachtOp("casus:sluitAf", "De casus is afgesloten.");
            assertEquals("Afgesloten", b.tekstVan("status"));
            String geschiedenis = b.zichtbaar(By.id("casus:geschiedenis")).getText();
            assertTrue(geschiedenis.contains("Opgeschaald van AVE-niveau 2 naar 3") || geschiedenis.contains("Opgeschaald van AVE-niveau 1 naar 3"), geschiedenis);
            assertTrue(geschiedenis.contains("Regie overgenomen door procesmanager Petra Plasman"), geschiedenis);
            assertTrue(geschiedenis.contains("Casus afgesloten"), geschiedenis);
            b.logUit();

            // The businesscontroller never opens a dossier.
            b.driver.get(casusUrl);
            b.logIn("controller", "demo");
            assertEquals("U heeft geen toegang tot deze pagina. Uw rol staat dit niet toe.", b.tekstVan("fout"));
        }
    }

    @Test
    void eenGelijktijdigeWijzigingOverschrijftNietsEnDeInvoerBlijft(@TempDir Path profielA, @TempDir Path profielB) {
        String achternaam = "Smit-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser a = new Browser(profielA); Browser b = new Browser(profielB)) {
            a.driver.get(App.url() + "meldingen/nieuw.xhtml");
            a.logIn("intaker", "demo");
            openCasusVoorNieuweMelding(a, achternaam);
            b.driver.get(a.driver.getCurrentUrl());
            b.logIn("intaker", "demo");
            b.zichtbaar(By.id("casus:legAnalyseVast"));

            a.kies("casus:leefgebied", "Financiën");
            a.kies("casus:score", "2 – niet zelfredzaam");
            a.typ("casus:verklaring", "Versie van collega A");
            a.klikEnWachtOp("casus:legAnalyseVast", "De analyse is bijgewerkt.");

            b.kies("casus:leefgebied", "Financiën");
            b.kies("casus:score", "4 – voldoende zelfredzaam");
            b.typ("casus:verklaring", "Versie van collega B");
            b.klikEnWachtOp("casus:legAnalyseVast", "Iemand anders heeft dit intussen gewijzigd.");
            assertTrue(b.zichtbaar(By.id("casus:berichten")).getText().contains("De casus toont nu de laatste stand"));
            assertTrue(b.zichtbaar(By.id("casus:analyse")).getText().contains("Versie van collega A"), "B now sees what A saved");
            assertEquals("Versie van collega B", b.driver.findElement(By.id("casus:verklaring")).getDomProperty("value"), "B's input is kept");

            b.klikEnWachtOp("casus:legAnalyseVast", "De analyse is bijgewerkt.");
            assertTrue(b.zichtbaar(By.id("casus:analyse")).getText().contains("Versie van collega B"), "after seeing A's change B may save his");
        }
    }

    /** As the intaker (logged in, on the Nieuwe melding page): registers a parent and a child and opens their casus. */
    private static void openCasusVoorNieuweMelding(Browser b, String achternaam) {
        b.typ("melding:straat", "Wierdensestraat");
        b.typ("melding:huisnummer", "40");
        b.typ("melding:postcode", "7607 GH");
        b.kies("melding:wijk", "Hofkamp");
        b.typ("melding:lid:0:voornaam", "Sara");
        b.typ("melding:lid:0:achternaam", achternaam);
        b.typ("melding:lid:0:geboortedatum_input", "12-04-1990");
        b.typ("melding:lid:0:bsn", TestBsn.nieuw());
        b.zichtbaar(By.id("melding:lidToevoegen")).click();
        b.typ("melding:lid:1:voornaam", "Tim");
        b.typ("melding:lid:1:achternaam", achternaam);
        b.typ("melding:lid:1:geboortedatum_input", "03-09-2016");
        b.typ("melding:lid:1:bsn", TestBsn.nieuw());
        b.kies("melding:verwijzer", "School");
        b.kies("melding:onderwerp", "Opvoeding");
        b.typ("melding:hulpvraag", "Tim verzuimt veel; moeder heeft schulden en is overbelast");
        b.klikEnWachtOp("melding:registreer", "De melding is geregistreerd.");
        b.zichtbaar(By.xpath("//tr[contains(., '" + achternaam + "')]//a[contains(@class,'afhandelen')]")).click();
        b.klikEnWachtOp("afhandelen:openCasus", "De melding is opgenomen in de casus");
        b.wacht.until(ExpectedConditions.urlContains("/casus/index.xhtml"));
    }
}
