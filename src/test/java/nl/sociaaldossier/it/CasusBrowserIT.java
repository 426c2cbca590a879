package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The casus workspace in a real browser, each step as the user whose work it is: intake → casus →
 * verklarende analyse → one regisseur → uitvoering → a referral and its steps → the plan (and its
 * PDF) → escalate (a household with a child goes to the procesmanagers) → the procesmanager takes
 * over → de-escalates → the regisseur closes. Sections open without a page reload; every section
 * passes axe (WCAG 2.1 AA, no serious or critical violation).
 */
class CasusBrowserIT {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void eenDagWerkInHetWerkbladZonderHerladen(@TempDir Path profiel) throws Exception {
        String achternaam = TestMeldingen.uniekeAchternaam("Bakker");
        String casusUrl;
        try (Browser b = new Browser(profiel)) {
            // Intaker: register a melding for a parent and a child, and open its casus.
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            openCasusVoorNieuweMelding(b, achternaam);
            casusUrl = b.driver.getCurrentUrl();
            assertEquals("In analyse", b.tekstVan("status"));
            assertTrue(b.tekstVan("leden").contains("Sara " + achternaam) && b.tekstVan("leden").contains("Tim " + achternaam), b.tekstVan("leden"));
            assertTrue(b.tekstVan("volgende").contains("Leg de verklarende analyse vast"), b.tekstVan("volgende"));
            b.toegankelijk("casus overzicht");
            b.markeerPagina();

            // Verklarende analyse: two leefgebieden, so exactly one regisseur is needed before going on.
            b.sectie("analyse");
            b.klikEnWachtOp("analyse:legAnalyseVast", "Kies het leefgebied.");
            assertEquals("Kies het leefgebied.", bijVeld(b, "analyse:leefgebied"));
            b.kies("analyse:leefgebied", "Financiën");
            b.kies("analyse:score", "2 – niet zelfredzaam");
            b.typ("analyse:verklaring", "Schulden na scheiding; huurachterstand");
            b.klikEnWachtOp("analyse:legAnalyseVast", "De analyse is bijgewerkt.");
            b.kies("analyse:leefgebied", "Opvoeding");
            b.kies("analyse:score", "3 – beperkt zelfredzaam");
            b.typ("analyse:verklaring", "Moeder overbelast, schoolverzuim");
            b.klikEnWachtOp("analyse:legAnalyseVast", "Moeder overbelast");
            assertEquals(1, b.driver.findElements(By.xpath("//*[contains(@class,'bericht-info') and contains(text(),'De analyse is bijgewerkt.')]")).size(),
                    "a message once, not again after the next action");
            b.toegankelijk("casus analyse");
            b.klikEnWachtOp("analyse:startUitvoering", "wijs eerst precies één regisseur toe");
            assertEquals("In analyse", b.tekstVan("status"));
            b.sectie("regie");
            b.kies("regie:regisseur", "Cas Coenen (gezinscoach)");
            b.klikEnWachtOp("regie:wijsRegisseurToe", "De regisseur is toegewezen.");
            assertEquals("Cas Coenen", b.tekstVan("regiehouder"), "the header follows the change");
            b.toegankelijk("casus AVE en regie");
            b.sectie("analyse");
            b.klikEnWachtOp("analyse:startUitvoering", "De analyse is afgerond");
            assertEquals("In uitvoering", b.tekstVan("status"));
            b.sectie("verwijzingen");
            assertTrue(b.driver.findElements(By.id("verwijzingen:toonNieuw")).isEmpty(), "referrals are the regisseur's");
            b.sectie("overzicht");
            assertTrue(b.driver.findElements(By.id("overzicht:sluitAf")).isEmpty(), "closing is the regisseur's");
            assertTrue(b.zelfdePagina(), "sections and actions without a full page reload");
            b.logUit();

            // Coach, now the regisseur: refers, plans and escalates.
            b.driver.get(casusUrl);
            b.logIn("coach", "demo");
            b.wacht.until(d -> d.getCurrentUrl().startsWith(casusUrl) && !d.findElements(By.id("kop")).isEmpty()
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
            b.markeerPagina();

            // A referral to maatwerk under the Jeugdwet, then its decision: the legal term is met; the timeline has both steps.
            b.sectie("verwijzingen");
            b.zichtbaar(By.id("verwijzingen:toonNieuw")).click();
            b.kies("verwijzingen:client", "Tim " + achternaam);
            b.kies("verwijzingen:voorziening", "Jeugdhulp ambulant: begeleiding");
            b.kies("verwijzingen:aanbieder", "Jeugdhulp Twente");
            b.kies("verwijzingen:contractsoort", "raamcontract");
            b.kies("verwijzingen:verwijzendeVerwijzer", "Wijkteam (gemeente)");
            b.klikEnWachtOp("verwijzingen:vraagAan", "De verwijzing is vastgelegd.");
            String verwijzingen = b.tekstVan("lijst");
            assertTrue(verwijzingen.contains("Jeugdhulp ambulant: begeleiding") && verwijzingen.contains("voor Tim " + achternaam)
                    && verwijzingen.contains("Aangevraagd") && verwijzingen.contains("Beschikking (8 weken na de aanvraag)"), verwijzingen);
            assertTrue(b.tekstVan("deadline").contains("Beschikking (8 weken na de aanvraag)"), "the header shows the next deadline");
            b.zichtbaar(By.id("verwijzingen:v:0:toonStap")).click();
            b.kies("verwijzingen:v:0:stap", "Toekennen");
            b.klikEnWachtOp("verwijzingen:v:0:zetStap", "De stap is vastgelegd.");
            verwijzingen = b.tekstVan("lijst");
            String vandaag = LocalDate.now().format(DATUM);
            assertTrue(verwijzingen.contains("Toegekend") && verwijzingen.contains("voldaan"), verwijzingen);
            assertTrue(verwijzingen.contains(vandaag + " Aangevraagd — Cas Coenen") && verwijzingen.contains(vandaag + " Toegekend — Cas Coenen"),
                    "every step with its date and who took it: " + verwijzingen);
            b.toegankelijk("casus verwijzingen");

            // The plan: a goal, an action (a date in the past only after confirming it; 31-02 does not exist), the evaluation.
            String overEenMaand = LocalDate.now().plusMonths(1).format(DATUM);
            b.sectie("plan");
            b.zichtbaar(By.id("plan:toonDoel")).click();
            b.kies("plan:doelLeefgebied", "Financiën");
            b.typ("plan:doelOmschrijving", "Huurachterstand ingelopen");
            b.klikEnWachtOp("plan:stelDoelVast", "Het doel is aan het plan toegevoegd.");
            b.zichtbaar(By.id("plan:toonActie")).click();
            b.klikEnWachtOp("plan:voegActieToe", "Kies het doel.");
            assertEquals("Kies het doel.", bijVeld(b, "plan:actieDoel"), "nothing chosen says so, at the field");
            b.kies("plan:actieDoel", "Huurachterstand ingelopen");
            b.typ("plan:actieOmschrijving", "Betalingsregeling met de verhuurder");
            b.typ("plan:actieEigenaar", "Sara met de schuldenspecialist");
            b.typ("plan:actieDeadline", "31-02-2027");
            b.klikEnWachtOp("plan:voegActieToe", "Deze datum bestaat niet");
            assertTrue(bijVeld(b, "plan:actieDeadline").startsWith("Deze datum bestaat niet"), "at the field, not moved to 28-02");
            b.typ("plan:actieDeadline", "01-03-2020");
            b.klikEnWachtOp("plan:voegActieToe", "Deze datum ligt in het verleden.");
            assertEquals("Betalingsregeling met de verhuurder", b.driver.findElement(By.id("plan:actieOmschrijving")).getDomProperty("value"),
                    "nothing typed is lost");
            assertEquals(0, b.driver.findElements(By.xpath("//*[contains(@class,'bericht') and contains(., 'verleden')]")).size(),
                    "asked once, at the date, not again at the top");
            b.zichtbaar(By.cssSelector("#plan\\:verledenBevestigd .ui-chkbox-box")).click();
            b.klikEnWachtOp("plan:voegActieToe", "De actie is aan het plan toegevoegd.");
            assertTrue(b.tekstVan("plan:doelen").contains("01-03-2020"), "the confirmed date, as typed");
            b.zichtbaar(By.id("plan:toonEvaluatie")).click();
            b.typ("plan:evaluatieDatum", overEenMaand);
            b.klikEnWachtOp("plan:planEvaluatie", "De evaluatie is gepland.");
            assertEquals("Versie 3", b.tekstVan("planversie"));
            assertTrue(b.tekstVan("plan:doelen").contains("Betalingsregeling met de verhuurder"));
            String versies = b.tekstVan("plan:planversies");
            assertTrue(versies.contains("Evaluatie gepland op " + overEenMaand) && versies.contains("Cas Coenen") && !versies.contains(" coach "),
                    "dd-mm-jjjj and people, not logins: " + versies);
            b.toegankelijk("casus plan");
            // the plan for the family: a PDF from the plan section
            List<?> pdf = (List<?>) ((JavascriptExecutor) b.driver).executeAsyncScript("""
                    const klaar = arguments[arguments.length - 1];
                    fetch(document.getElementById('plan:pdf').href).then(r => r.arrayBuffer().then(b =>
                        klaar([r.status, r.headers.get('content-type'), new TextDecoder('latin1').decode(new Uint8Array(b).slice(0, 5))])));""");
            assertEquals(List.of(200L, "application/pdf", "%PDF-"), pdf);

            // Escalate to the Spoedteam level: with a child in the household regie goes to the procesmanagers.
            b.sectie("regie");
            b.kies("regie:aveNiveau", "3 – Opgeschaald");
            b.typ("regie:aveReden", "Dreigende huisuitzetting");
            b.klikEnWachtOp("regie:wijzigAve", "Het AVE-niveau is gewijzigd.");
            assertEquals("3", b.tekstVan("ave"));
            assertTrue(b.tekstVan("regiehouder").startsWith("Procesmanager (team Zorg en Veiligheid)"), b.tekstVan("regiehouder"));
            assertTrue(b.zelfdePagina(), "a day's work without a full page reload");
            String casusId = casusUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertEquals(1, getal("select count(*) from logboek where activiteit = 'DOSSIER_INZIEN' and gebruiker = 'coach' and object = 'casus:"
                    + casusId + "'"), "one dossier read logged for the page view, however many sections and actions");
            assertEquals(1, getal("select count(*) from logboek where activiteit = 'PLAN_AFDRUKKEN' and gebruiker = 'coach' and object = 'casus:"
                    + casusId + "'"), "the plan's download is a logged processing");
            b.logUit();

            // Procesmanager: sees it on his start page as waiting, takes over regie, de-escalates.
            b.driver.get(App.url());
            b.logIn("procesmanager", "demo");
            assertTrue(b.tekstVan("menuStart").startsWith("Werkvoorraad") && b.zichtbaar(By.id("signaalBadge")).isDisplayed(), "a badge in the menu");
            new org.openqa.selenium.support.ui.Select(b.zichtbaar(By.id("werkvoorraad:soort"))).selectByIndex(6);
            b.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("werkvoorraad:signalen"), "Wacht op procesmanager"));
            // other tests' escalations wait too: page through the worklist (20 a page, paged in the database) to this one
            By signaal = By.linkText("Sara " + achternaam + ", Tim " + achternaam);
            for (int pagina = 0; b.driver.findElements(signaal).isEmpty() && pagina < 50; pagina++) {
                b.zichtbaar(By.cssSelector("#werkvoorraad\\:signalen .ui-paginator-next")).click();
                b.wacht.until(d -> b.ajaxKlaar());
            }
            b.zichtbaar(signaal).click();
            assertEquals("AVE en regie", b.zichtbaar(By.id("sectieKop")).getText(), "the signal opens the section where it is dealt with");
            b.klikEnWachtOp("regie:neemRegieOver", "U voert nu de regie over deze casus.");
            assertEquals("Petra Plasman", b.tekstVan("regiehouder"));
            b.kies("regie:aveNiveau", "2 – Meervoudige problematiek");
            b.typ("regie:aveReden", "Woning behouden, betalingsregeling loopt");
            b.klikEnWachtOp("regie:wijzigAve", "De casus is niet meer in uw werkvoorraad.");
            b.wacht.until(ExpectedConditions.urlContains("/casus/caseload.xhtml"));
            assertTrue(b.driver.findElements(By.linkText("Sara " + achternaam + ", Tim " + achternaam)).isEmpty());
            b.logUit();

            // Coach, the regisseur: finds it in his caseload and closes it; the history shows every step.
            b.driver.get(App.url() + "casus/caseload.xhtml");
            b.logIn("coach", "demo");
            b.zichtbaar(By.linkText("Sara " + achternaam + ", Tim " + achternaam)).click();
            assertEquals("Cas Coenen", b.tekstVan("regiehouder"));
            assertEquals("2", b.tekstVan("ave"));
            b.sectie("verslagen");
            b.typ("verslagen:tekst", "Huisbezoek: betalingsregeling getroffen, Tim gaat weer naar school");
            b.klikEnWachtOp("verslagen:schrijfVerslag", "Het verslag is opgeslagen.");
            assertTrue(b.tekstVan("verslagen:lijst").contains("betalingsregeling getroffen") && b.tekstVan("verslagen:lijst").contains("Cas Coenen"));
            b.toegankelijk("casus verslagen");
            b.sectie("overzicht");
            b.typ("overzicht:afsluitreden", "Doelen bereikt: woning behouden, Tim weer naar school");
            b.klikEnWachtOp("overzicht:sluitAf", "Leg eerst per doel van het plan de uitkomst vast.");
            b.sectie("plan");
            b.zichtbaar(By.id("plan:toonUitkomst")).click();
            b.kies("plan:uitkomstDoel", "Huurachterstand ingelopen");
            b.kies("plan:uitkomst", "Bereikt");
            b.klikEnWachtOp("plan:legUitkomstVast", "De uitkomst is vastgelegd.");
            b.sectie("overzicht");
            b.typ("overzicht:afsluitreden", "Doelen bereikt: woning behouden, Tim weer naar school");
            b.klikEnWachtOp("overzicht:sluitAf", "De casus is afgesloten.");
            assertEquals("Afgesloten", b.tekstVan("status"));
            b.sectie("geschiedenis");
            String geschiedenis = b.tekstVan("geschiedenis:lijst");
            assertTrue(geschiedenis.contains("Opgeschaald van AVE-niveau 2 naar 3") || geschiedenis.contains("Opgeschaald van AVE-niveau 1 naar 3"), geschiedenis);
            assertTrue(geschiedenis.contains("Regie overgenomen door procesmanager Petra Plasman"), geschiedenis);
            assertTrue(geschiedenis.contains("Verwijzing naar Jeugdhulp ambulant: begeleiding toegekend op " + vandaag), geschiedenis);
            assertTrue(geschiedenis.contains("Casus afgesloten"), geschiedenis);
            b.toegankelijk("casus geschiedenis");
            b.logUit();

            // The businesscontroller never opens a dossier, nor its plan.
            b.driver.get(casusUrl);
            b.logIn("controller", "demo");
            assertEquals("U heeft geen toegang tot deze pagina. Uw rol staat dit niet toe.", b.tekstVan("fout"));
            b.driver.get(casusUrl.replace("index.xhtml", "plan.pdf"));
            assertEquals("U heeft geen toegang tot deze pagina. Uw rol staat dit niet toe.", b.tekstVan("fout"));
        }
    }

    /**
     * Intake → analyse → regisseur by keyboard only: text typed, choices made by typing in the
     * select, buttons and links pressed with Enter; the opened section gets the focus, and a closed
     * form gives it back to the button that opened it.
     */
    @Test
    void metAlleenHetToetsenbord(@TempDir Path profiel) {
        String achternaam = TestMeldingen.uniekeAchternaam("Toets");
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            toets(b, By.id("melding:straat"), "Wierdensestraat");
            toets(b, By.id("melding:huisnummer"), TestMeldingen.uniekHuisnummer());
            toets(b, By.id("melding:postcode"), "7607 GH");
            toets(b, By.id("melding:wijk"), "Hofkamp");
            toets(b, By.id("melding:lid:0:voornaam"), "Sara");
            toets(b, By.id("melding:lid:0:achternaam"), achternaam);
            toets(b, By.id("melding:lid:0:geboortedatum"), "12-04-1990");
            toets(b, By.id("melding:lid:0:bsn"), TestBsn.nieuw());
            toets(b, By.id("melding:verwijzer"), "School");
            toets(b, By.id("melding:onderwerp"), "Opvoeding");
            toets(b, By.id("melding:hulpvraag"), "Schoolverzuim en schulden");
            toets(b, By.id("melding:registreer"), Keys.ENTER);
            b.wacht.until(ExpectedConditions.urlContains("/meldingen/index"));
            toets(b, By.xpath("//tr[contains(., '" + achternaam + "')]//a[contains(@class,'afhandelen')]"), Keys.ENTER);
            toets(b, By.id("afhandelen:openCasus"), Keys.ENTER);
            b.wacht.until(ExpectedConditions.urlContains("/casus/index.xhtml"));

            toets(b, By.cssSelector("a[data-sectie='analyse']"), Keys.ENTER);
            b.wacht.until(d -> "sectieKop".equals(d.switchTo().activeElement().getDomAttribute("id")));
            toets(b, By.id("analyse:leefgebied"), "Financiën");
            toets(b, By.id("analyse:score"), "2");
            toets(b, By.id("analyse:verklaring"), "Schulden");
            toets(b, By.id("analyse:legAnalyseVast"), Keys.ENTER);
            b.wacht.until(d -> b.ajaxKlaar() && d.findElement(By.tagName("body")).getText().contains("De analyse is bijgewerkt."));
            toets(b, By.cssSelector("a[data-sectie='regie']"), Keys.ENTER);
            b.wacht.until(d -> "sectieKop".equals(d.switchTo().activeElement().getDomAttribute("id")));
            toets(b, By.id("regie:regisseur"), "Cas");
            toets(b, By.id("regie:wijsRegisseurToe"), Keys.ENTER);
            b.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("regiehouder"), "Cas Coenen"));
            String casusUrl = b.driver.getCurrentUrl();
            b.logUit();

            // the regisseur opens a plan form and closes it again: focus goes back to its button
            b.driver.get(casusUrl);
            b.logIn("coach", "demo");
            toets(b, By.cssSelector("a[data-sectie='analyse']"), Keys.ENTER);
            toets(b, By.id("analyse:startUitvoering"), Keys.ENTER);
            b.wacht.until(d -> b.ajaxKlaar() && d.findElement(By.tagName("body")).getText().contains("De analyse is afgerond"));
            toets(b, By.cssSelector("a[data-sectie='plan']"), Keys.ENTER);
            toets(b, By.id("plan:toonDoel"), Keys.ENTER);
            b.wacht.until(d -> "plan:doelLeefgebied".equals(d.switchTo().activeElement().getDomAttribute("id")));
            toets(b, By.id("plan:sluitDoel"), Keys.ENTER);
            b.wacht.until(d -> b.ajaxKlaar() && "plan:toonDoel".equals(d.switchTo().activeElement().getDomAttribute("id")));
        }
    }

    @Test
    void eenGelijktijdigeWijzigingOverschrijftNietsEnDeInvoerBlijft(@TempDir Path profielA, @TempDir Path profielB) {
        String achternaam = TestMeldingen.uniekeAchternaam("Smit");
        try (Browser a = new Browser(profielA); Browser b = new Browser(profielB)) {
            a.driver.get(App.url() + "meldingen/nieuw.xhtml");
            a.logIn("intaker", "demo");
            openCasusVoorNieuweMelding(a, achternaam);
            b.driver.get(a.driver.getCurrentUrl() + "&sectie=analyse");
            b.logIn("intaker", "demo");
            b.zichtbaar(By.id("analyse:legAnalyseVast"));
            a.sectie("analyse");

            a.kies("analyse:leefgebied", "Financiën");
            a.kies("analyse:score", "2 – niet zelfredzaam");
            a.typ("analyse:verklaring", "Versie van collega A");
            a.klikEnWachtOp("analyse:legAnalyseVast", "De analyse is bijgewerkt.");

            b.kies("analyse:leefgebied", "Financiën");
            b.kies("analyse:score", "4 – voldoende zelfredzaam");
            b.typ("analyse:verklaring", "Versie van collega B");
            b.klikEnWachtOp("analyse:legAnalyseVast", "Iemand anders heeft dit intussen gewijzigd.");
            assertTrue(b.zichtbaar(By.id("analyse:berichten")).getText().contains("De casus toont nu de laatste stand"));
            assertTrue(b.zichtbaar(By.id("analyse:leefgebieden")).getText().contains("Versie van collega A"), "B now sees what A saved");
            assertEquals("Versie van collega B", b.driver.findElement(By.id("analyse:verklaring")).getDomProperty("value"), "B's input is kept");

            b.klikEnWachtOp("analyse:legAnalyseVast", "De analyse is bijgewerkt.");
            assertTrue(b.zichtbaar(By.id("analyse:leefgebieden")).getText().contains("Versie van collega B"), "after seeing A's change B may save his");
        }
    }

    private static long getal(String sql) throws java.sql.SQLException {
        nl.sociaaldossier.launcher.Database db = TestOmgeving.database();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord());
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The app's icon answers without login. */
    @Test
    void hetIcoonVanDeApp() throws Exception {
        var antwoord = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(App.url() + "favicon.ico")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, antwoord.statusCode());
        assertEquals("image/x-icon", antwoord.headers().firstValue("Content-Type").orElse(""));
        assertTrue(antwoord.body().length > 100);
    }

    /** Sends keys to an element after giving it focus the way a keyboard user would reach it. */
    private static void toets(Browser b, By waar, CharSequence... toetsen) {
        WebElement e = b.zichtbaar(waar);
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].focus();", e);
        b.wacht.until(d -> e.equals(d.switchTo().activeElement()));
        new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(toetsen).perform();
    }

    /** The text of the message shown in the same field block as the input. */
    static String bijVeld(Browser b, String id) {
        return b.zichtbaar(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'veld')][1]"
                + "//*[contains(@class,'ui-message-error')]")).getText();
    }

    /** As the intaker (logged in, on the Nieuwe melding page): registers a parent and a child and opens their casus. */
    static void openCasusVoorNieuweMelding(Browser b, String achternaam) {
        b.typ("melding:straat", "Wierdensestraat");
        b.typ("melding:huisnummer", TestMeldingen.uniekHuisnummer());
        b.typ("melding:postcode", "7607 GH");
        b.kies("melding:wijk", "Hofkamp");
        b.typ("melding:lid:0:voornaam", "Sara");
        b.typ("melding:lid:0:achternaam", achternaam);
        b.typ("melding:lid:0:geboortedatum", "12-04-1990");
        b.typ("melding:lid:0:bsn", TestBsn.nieuw());
        b.zichtbaar(By.id("melding:lidToevoegen")).click();
        b.typ("melding:lid:1:voornaam", "Tim");
        b.typ("melding:lid:1:achternaam", achternaam);
        b.typ("melding:lid:1:geboortedatum", "03-09-2016");
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
