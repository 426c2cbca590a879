package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;

/**
 * Every text field of the app's forms, with every hostile value of {@link VijandigeInvoer}: the form
 * is filled (all its text fields at once, as a crafted request could) and sent. The answer is a
 * clear message, or the change is stored as typed; never an error page, never a script run, and
 * never half-stored (what the form stores changes completely or not at all).
 */
class VijandigeFormulierenBrowserIT {

    /**
     * A form: who fills it, where, what to do first (open an inline form, choose from lists), the
     * button that sends it, and a query over what it stores (null for a search).
     */
    record Formulier(String naam, String gebruiker, String pagina, Consumer<Browser> voorbereiding, String knop, String formulier,
                     String opgeslagen) {
        @Override
        public String toString() {
            return naam;
        }
    }

    private static final Map<String, Browser> BROWSERS = new HashMap<>();
    private static Path profielen;
    private static String casus;

    static Stream<Formulier> formulieren() {
        return Stream.of(
                new Formulier("huishouden zoeken", "intaker", "meldingen/zoeken.xhtml", b -> { }, "zoeken:zoek", "zoeken", null),
                new Formulier("nieuwe melding", "intaker", "meldingen/nieuw.xhtml", b -> {
                    b.kies("melding:wijk", "Hofkamp");
                    b.kies("melding:verwijzer", "School");
                    b.kies("melding:onderwerp", "Opvoeding");
                }, "melding:registreer", "melding", "select (select count(*) from huishouden) || '/' || (select count(*) from gezinslid)"
                        + " || '/' || (select count(*) from melding)"),
                new Formulier("verslag", "intaker", "casus", b -> b.sectie("verslagen"), "verslagen:schrijfVerslag", "verslagen",
                        "select count(*) || '/' || coalesce(max(length(tekst)), 0) from verslag where casus_id = %s"),
                new Formulier("verklarende analyse", "intaker", "casus", b -> {
                    b.sectie("analyse");
                    b.kies("analyse:leefgebied", "Financiën");
                    b.kies("analyse:score", "2 – niet zelfredzaam");
                }, "analyse:legAnalyseVast", "analyse", "select version from casus where id = %s"),
                new Formulier("doel in het plan", "coach", "casus", b -> {
                    b.sectie("plan");
                    b.zichtbaar(By.id("plan:toonDoel")).click();
                    b.zichtbaar(By.id("plan:stelDoelVast"));
                    b.kies("plan:doelLeefgebied", "Opvoeding");
                }, "plan:stelDoelVast", "plan", "select version from casus where id = %s"),
                new Formulier("regie overdragen", "coach", "casus", b -> b.sectie("regie"), "regie:draagRegieOver", "regie",
                        "select version from casus where id = %s"),
                new Formulier("logboek zoeken", "privacy", "logboek/index.xhtml", b -> { }, "logboek:zoek", "logboek", null),
                new Formulier("inzageverzoek", "privacy", "logboek/inzageverzoek.xhtml", b -> { }, "inzage:beantwoord", "inzage", null),
                new Formulier("externe waarde", "controller", "indicatoren/indicator.xhtml?id=D1-1.1.1", b -> { }, "indicator:legExternVast",
                        "indicator", "select count(*) from externe_waarde"),
                new Formulier("nulmeting", "controller", "indicatoren/indicator.xhtml?id=D1-1.1.1", b -> { }, "indicator:legNulmetingVast",
                        "indicator", "select count(*) || '/' || coalesce(sum(version), 0) from nulmeting"));
    }

    /** A casus of the intaker's team in uitvoering, with coach as its regisseur and one leefgebied analysed. */
    @BeforeAll
    static void casus() throws Exception {
        profielen = Files.createTempDirectory("vijandig");
        Browser intaker = browser("intaker");
        intaker.driver.get(App.url() + "meldingen/nieuw.xhtml");
        CasusBrowserIT.openCasusVoorNieuweMelding(intaker, TestMeldingen.uniekeAchternaam("Vijand"));
        casus = intaker.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        intaker.sectie("analyse");
        intaker.kies("analyse:leefgebied", "Opvoeding");
        intaker.kies("analyse:score", "2 – niet zelfredzaam");
        intaker.typ("analyse:verklaring", "Schoolverzuim");
        intaker.klikEnWachtOp("analyse:legAnalyseVast", "De analyse is bijgewerkt.");
        intaker.sectie("regie");
        intaker.kies("regie:regisseur", "Cas Coenen (gezinscoach)");
        intaker.klikEnWachtOp("regie:wijsRegisseurToe", "De regisseur is toegewezen.");
        intaker.sectie("analyse");
        intaker.klikEnWachtOp("analyse:startUitvoering", "De analyse is afgerond");
    }

    @AfterAll
    static void sluit() {
        BROWSERS.values().forEach(Browser::close);
    }

    private static Browser browser(String gebruiker) {
        return BROWSERS.computeIfAbsent(gebruiker, g -> {
            Browser b = new Browser(profielen.resolve(g));
            b.driver.get(App.url());
            b.logIn(g, "demo");
            b.zichtbaar(By.id("gebruikerNaam"));
            return b;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulieren")
    void elkeVijandigeWaardeInElkTekstveldGeeftEenMeldingOfWordtZoAlsGetyptBewaard(Formulier formulier) throws Exception {
        Browser b = browser(formulier.gebruiker());
        String url = App.url() + (formulier.pagina().equals("casus") ? "casus/index.xhtml?id=" + casus : formulier.pagina());
        String opgeslagen = formulier.opgeslagen() == null ? null : formulier.opgeslagen().formatted(casus);
        List<String> fout = new ArrayList<>();
        for (VijandigeInvoer.Waarde waarde : VijandigeInvoer.WAARDEN) {
            b.driver.get(url);
            formulier.voorbereiding().accept(b);
            String voor = opgeslagen == null ? null : sql(opgeslagen);
            long velden = (Long) ((JavascriptExecutor) b.driver).executeScript("""
                    const velden = [...document.getElementById(arguments[0]).querySelectorAll('input[type=text], textarea')]
                        .filter(v => v.offsetParent !== null && !v.disabled && !v.readOnly);
                    velden.forEach(v => { v.value = arguments[1]; v.dispatchEvent(new Event('input', {bubbles: true})); });
                    return velden.length;""", formulier.formulier(), waarde.tekst());
            try {
                b.zichtbaar(By.id(formulier.knop())).click();
                b.wacht.until(d -> b.ajaxKlaar());
                String pagina = b.driver.getPageSource();
                String na = opgeslagen == null ? null : sql(opgeslagen);
                List<String> meldingen = b.driver.findElements(By.cssSelector(".ui-message-error, .bericht-fout, .bericht-waarschuwing"))
                        .stream().map(e -> e.getText()).toList();
                boolean melding = !meldingen.isEmpty();
                String nietNederlands = meldingen.stream().filter(t -> t.isBlank() || t.matches("(?is).*(error|conversion|validation|\\{\\d\\}).*"))
                        .findFirst().orElse(null);
                if (velden == 0) {
                    fout.add(waarde + ": no text field found");
                } else if (b.driver.getCurrentUrl().contains("/fout/") || !b.driver.findElements(By.id("fout")).isEmpty()) {
                    fout.add(waarde + ": error page " + b.driver.getCurrentUrl() + " " + b.schermafdruk());
                } else if (b.driver.findElements(By.id(formulier.formulier())).isEmpty() && !b.driver.getCurrentUrl().contains("/meldingen/index")) {
                    fout.add(waarde + ": the form is gone " + b.schermafdruk());
                } else if (pagina.contains(VijandigeInvoer.SCRIPT) || pagina.contains(VijandigeInvoer.AFBEELDING)) {
                    fout.add(waarde + ": markup shown unescaped");
                } else if (nietNederlands != null) {
                    fout.add(waarde + ": a message that is not clear Dutch: '" + nietNederlands + "'");
                } else if (opgeslagen != null && voor.equals(na) && !melding) {
                    fout.add(waarde + ": nothing stored and no message " + b.schermafdruk());
                } else if (opgeslagen != null && !voor.equals(na) && melding) {
                    fout.add(waarde + ": a message, yet something was stored (" + voor + " -> " + na + ") " + b.schermafdruk());
                }
            } catch (UnhandledAlertException e) {
                fout.add(waarde + ": a script ran (alert)");
                b.driver.switchTo().alert().dismiss();
            }
        }
        assertEquals(List.of(), fout, formulier.naam());
    }

    private static String sql(String vraag) throws Exception {
        return TestOmgeving.vraag(vraag);
    }
}
