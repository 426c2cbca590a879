package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.indicators.query.Registratie;
import nl.sociaaldossier.launcher.Database;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.toegang.Toegangsregels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The role matrix over the pages, in the browser as every demo user: each area opens for the roles
 * {@link Toegangsregels#PAGINAS} names and gives the "no access" page to the others; within an area,
 * a link with a guessed id of another team's household, melding or casus (or one that does not
 * exist) is refused in the same Dutch words, and every refusal is in the Logboek.
 */
class PaginaMatrixBrowserIT {

    private static final Map<String, Set<String>> GEBRUIKERS = new LinkedHashMap<>();

    static {
        GEBRUIKERS.put("intaker", Set.of(Rol.INTAKER));
        GEBRUIKERS.put("coach", Set.of(Rol.COACH));
        GEBRUIKERS.put("coach2", Set.of(Rol.COACH));
        GEBRUIKERS.put("procesmanager", Set.of(Rol.PROCESMANAGER));
        GEBRUIKERS.put("controller", Set.of(Rol.BUSINESSCONTROLLER));
        GEBRUIKERS.put("beheerder", Set.of(Rol.BEHEERDER));
        GEBRUIKERS.put("privacy", Set.of(Rol.PRIVACYOFFICER));
    }

    private static final Map<String, String> PAGINA = Map.of("/meldingen/*", "meldingen/index.xhtml", "/casus/*", "casus/caseload.xhtml",
            "/indicatoren/*", "indicatoren/index.xhtml", "/logboek/*", "logboek/index.xhtml", "/beheer/*", "beheer/index.xhtml");

    @Test
    void elkeRolOpentAlleenZijnGebiedenEnGeenDossierVanEenAnderTeam(@TempDir Path profiel) throws Exception {
        long huishouden;
        long casus;
        long melding;
        App.url(); // the app migrates the database as it starts
        try (Connection db = eigenaar()) {
            // a household of Wijkteam 2 (De Riet) with a new melding and a casus in analysis
            Registratie reg = new Registratie(db);
            huishouden = reg.huishouden("De Riet", "Almelo");
            reg.lid(huishouden, "1980-01-01");
            casus = reg.casus(huishouden);
            reg.voerUit("update casus set status = 'IN_ANALYSE' where id = " + casus);
            reg.melding(huishouden, "leefgebied", "financien", "2026-01-05", "NIEUW", null);
            melding = reg.id("select max(id) from melding where huishouden_id = " + huishouden);
        }
        List<String> afwijkingen = new ArrayList<>();
        int i = 0;
        for (var gebruiker : GEBRUIKERS.entrySet()) {
            String naam = gebruiker.getKey();
            long geweigerdVoor = geweigerd(naam);
            int verwachtGeweigerd = 0;
            try (Browser b = new Browser(profiel.resolve("p" + i++))) {
                b.driver.get(App.url());
                b.logIn(naam, "demo");
                b.zichtbaar(By.id("gebruikerNaam"));
                b.toegankelijk("start page of " + naam);
                for (var gebied : Toegangsregels.PAGINAS.keySet()) {
                    boolean mag = Toegangsregels.magPagina(gebruiker.getValue(), gebied);
                    b.driver.get(App.url() + PAGINA.get(gebied));
                    b.zichtbaar(By.tagName("h1"));
                    boolean geweigerd = !b.driver.findElements(By.id("fout")).isEmpty();
                    if (geweigerd == mag) {
                        afwijkingen.add(naam + " " + gebied + ": " + (geweigerd ? "refused" : "opened") + ", the table says the opposite");
                    }
                    verwachtGeweigerd += mag ? 0 : 1;
                    b.toegankelijk(PAGINA.get(gebied) + " as " + naam);
                }
                for (String pagina : OOK.getOrDefault(naam, List.of())) {
                    b.driver.get(App.url() + pagina);
                    b.zichtbaar(By.tagName("h1"));
                    b.toegankelijk(pagina + " as " + naam);
                }
                // guessed ids within the areas the role may open
                if (naam.equals("intaker")) {
                    verwachtGeweigerd += melding(b, "meldingen/nieuw.xhtml?huishouden=" + huishouden, MeldingService.GEEN_HUISHOUDEN, afwijkingen);
                    verwachtGeweigerd += melding(b, "meldingen/nieuw.xhtml?huishouden=987654321", MeldingService.GEEN_HUISHOUDEN, afwijkingen);
                    verwachtGeweigerd += melding(b, "meldingen/afhandelen.xhtml?id=" + melding, MeldingService.ANDER_TEAM, afwijkingen);
                    verwachtGeweigerd += melding(b, "meldingen/afhandelen.xhtml?id=987654321", MeldingService.ANDER_TEAM, afwijkingen);
                }
                if (Set.of("intaker", "coach", "procesmanager").contains(naam)) {
                    verwachtGeweigerd += melding(b, "casus/index.xhtml?id=" + casus, CasusService.GEEN_TOEGANG, afwijkingen);
                    verwachtGeweigerd += melding(b, "casus/index.xhtml?id=987654321", CasusService.GEEN_TOEGANG, afwijkingen);
                    verwachtGeweigerd += melding(b, "casus/plan.pdf?id=" + casus, CasusService.GEEN_TOEGANG, afwijkingen);
                }
                if (naam.equals("coach2")) {
                    b.driver.get(App.url() + "casus/index.xhtml?id=" + casus);
                    if (!b.tekstVan("status").equals("In analyse")) {
                        afwijkingen.add("coach2 cannot open his own team's casus");
                    }
                }
            }
            // one refusal per guessed link: the workspace asks for the dossier once, and says so once
            assertEquals(geweigerdVoor + verwachtGeweigerd, geweigerd(naam), naam + ": every refusal is logged");
        }
        assertTrue(afwijkingen.isEmpty(), String.join("\n", afwijkingen));
    }

    /** Opens a link with a guessed id: the page shows the refusal in Dutch, once. Returns 1 (one logged refusal). */
    private static int melding(Browser b, String link, String tekst, List<String> afwijkingen) {
        b.driver.get(App.url() + link);
        String pagina = link.contains(".pdf") ? b.driver.findElement(By.tagName("body")).getText()
                : b.zichtbaar(By.tagName("h1")).findElement(By.xpath("/html/body")).getText();
        int keer = pagina.split(java.util.regex.Pattern.quote(tekst), -1).length - 1;
        if (keer != 1) {
            afwijkingen.add(link + ": '" + tekst + "' shown " + keer + " times");
        }
        return 1;
    }

    /** Further pages each role works on, checked with axe as well (the casus sections: CasusBrowserIT). */
    private static final Map<String, List<String>> OOK = Map.of(
            "intaker", List.of("meldingen/nieuw.xhtml", "meldingen/zoeken.xhtml"),
            "controller", List.of("indicatoren/indicator.xhtml?id=D1-1.14.2&soort=JAAR&van=2025-01-01&tot=2025-12-31"),
            "privacy", List.of("logboek/inzageverzoek.xhtml"),
            "beheerder", List.of("beheer/catalogus.xhtml?c=medewerkers", "beheer/catalogus.xhtml?c=contracten"));

    private static long geweigerd(String gebruiker) throws SQLException {
        try (Connection c = eigenaar(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from logboek where status = 'GEWEIGERD' and gebruiker = '" + gebruiker + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection eigenaar() throws SQLException {
        Database db = TestOmgeving.database();
        return DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord());
    }
}
