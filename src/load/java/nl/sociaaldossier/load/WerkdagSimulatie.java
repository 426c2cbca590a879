package nl.sociaaldossier.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A working day on the app as the run command starts it (benchmark/last.sh): professionals log in
 * through the real Keycloak page (load-test users of the load realm, one per virtual user) and work:
 * start page -> caseload -> a casus of their caseload -> sections (analyse, plan, verslagen, by
 * Ajax as the browser does) -> one change (a verslag) -> back to the caseload. Controllers open the
 * dashboard and a detail page. Scenarios (-Dlast.scenario): 1 and 16 users without think time
 * (comparable with Open Zaak's 1- and 16-user figures), 50 users with 1 s think time (48 coaches, 2
 * controllers), a ramp to saturation, and the soak (50 users for -Dlast.duur seconds).
 */
public class WerkdagSimulatie extends Simulation {

    static final String BASIS = System.getProperty("last.url", "http://localhost:8380");
    static final String SCENARIO = System.getProperty("last.scenario", "50");
    static final int DUUR = Integer.getInteger("last.duur", 120);
    static final int COACHES = Integer.getInteger("last.coaches", 60);
    static final String DB = System.getProperty("last.db", "jdbc:postgresql://localhost:54339/sociaaldossier");
    static final String VIEWSTATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    static final String PARTIELE_VIEWSTATE = "jakarta.faces.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASIS)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Sociaal Dossier load test (Gatling)");

    /** Each virtual user its own load-test user, in turn. */
    private static Iterator<Map<String, Object>> gebruikers(String rol, int aantal) {
        AtomicInteger volgende = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("gebruiker", "last-" + rol + "-" + (volgende.getAndIncrement() % aantal + 1));
            }
        };
    }

    private static final ChainBuilder INLOGGEN = exec(
            http("inloggen: Keycloak-pagina").get("/index.xhtml")
                    .check(regex("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").transform(a -> a.replace("&amp;", "&")).saveAs("kc")))
            .exec(http("inloggen: versturen").post(s -> s.getString("kc"))
                    .formParam("username", "#{gebruiker}").formParam("password", LastRealm.WACHTWOORD).formParam("credentialId", "")
                    .check(substring("Uitloggen")));

    private static HttpRequestActionBuilder ajax(String naam, String bron, String uitvoeren, String weergeven, String formulier) {
        return http(naam).post("/casus/index.xhtml")
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", bron)
                .formParam("jakarta.faces.partial.execute", uitvoeren)
                .formParam("jakarta.faces.partial.render", weergeven)
                .formParam(bron, bron)
                .formParam(formulier, formulier)
                .formParam("jakarta.faces.ViewState", "#{vs}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(substring("<partial-response"), substring("<error").notExists(),
                        regex(PARTIELE_VIEWSTATE).optional().saveAs("vs"));
    }

    private static ChainBuilder sectie(String naam) {
        return exec(ajax("sectie", "#{tab_" + naam + "}", "#{tab_" + naam + "}", "tabs sectie", "tabs")
                .check(substring("id=\"" + naam + "\"")));
    }

    private static ChainBuilder werkdag(Duration denktijd) {
        return exec(http("startpagina (werkvoorraad)").get("/index.xhtml").check(substring("Uitloggen")))
                .pause(denktijd)
                .exec(http("caseload").get("/casus/caseload.xhtml")
                        .check(regex("casus/index.xhtml\\?id=(\\d+)").findRandom().saveAs("casus")))
                .pause(denktijd)
                .exec(http("casus").get("/casus/index.xhtml?id=#{casus}")
                        .check(regex(VIEWSTATE).transform(v -> v.replace("&#58;", ":")).saveAs("vs"),
                                regex("nonce=\"([^\"]+)\"").saveAs("nonce"),
                                regex("id=\"([^\"]+)\"[^>]*data-sectie=\"analyse\"").saveAs("tab_analyse"),
                                regex("id=\"([^\"]+)\"[^>]*data-sectie=\"plan\"").saveAs("tab_plan"),
                                regex("id=\"([^\"]+)\"[^>]*data-sectie=\"verslagen\"").saveAs("tab_verslagen")))
                .pause(denktijd)
                .exec(sectie("analyse"))
                .pause(denktijd)
                .exec(sectie("plan"))
                .pause(denktijd)
                .exec(sectie("verslagen"))
                .pause(denktijd)
                .exec(ajax("actie: verslag schrijven", "verslagen:schrijfVerslag",
                        "verslagen:schrijfVerslag verslagen:soort verslagen:datum verslagen:tekst", "verslagen kop", "verslagen")
                        .formParam("verslagen:soort", "GESPREK")
                        .formParam("verslagen:datum", s -> LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                        .formParam("verslagen:tekst", "Telefonisch contact; afspraak gemaakt (load test)")
                        .check(substring("Het verslag is opgeslagen.")))
                .pause(denktijd)
                .exec(http("terug naar caseload").get("/casus/caseload.xhtml").check(substring("Uitloggen")))
                .pause(denktijd);
    }

    private static ChainBuilder cijfers(Duration denktijd) {
        return exec(http("dashboard").get("/indicatoren/index.xhtml").check(substring("Uitloggen")))
                .pause(denktijd.multipliedBy(5))
                .exec(http("indicator detail").get("/indicatoren/indicator.xhtml?id=D1-1.14.2").check(substring("Uitloggen")))
                .pause(denktijd.multipliedBy(5));
    }

    private static ScenarioBuilder coaches(Duration denktijd, int duur) {
        return scenario("coach").feed(gebruikers("coach", COACHES)).exec(INLOGGEN).during(Duration.ofSeconds(duur)).on(werkdag(denktijd));
    }

    private static ScenarioBuilder controllers(Duration denktijd, int duur) {
        return scenario("controller").feed(gebruikers("controller", 10)).exec(INLOGGEN)
                .during(Duration.ofSeconds(duur)).on(cijfers(denktijd));
    }

    {
        Duration seconde = Duration.ofSeconds(1);
        Duration geen = Duration.ZERO;
        List<PopulationBuilder> populaties = new ArrayList<>();
        switch (SCENARIO) {
            case "1" -> populaties.add(coaches(geen, DUUR).injectOpen(atOnceUsers(1)));
            case "16" -> populaties.add(coaches(geen, DUUR).injectOpen(rampUsers(16).during(10)));
            case "50", "soak" -> {
                populaties.add(coaches(seconde, DUUR).injectOpen(rampUsers(48).during(20)));
                populaties.add(controllers(seconde, DUUR).injectOpen(rampUsers(2).during(20)));
            }
            case "ramp" -> populaties.add(coaches(seconde, DUUR).injectOpen(stappen()));
            default -> throw new IllegalArgumentException("last.scenario is 1, 16, 50, ramp or soak, not " + SCENARIO);
        }
        setUp(populaties).protocols(protocol).maxDuration(Duration.ofSeconds(DUUR + 90L));
    }

    /** The ramp: ten more users every 20 seconds, up to all load-test coaches, each working with 1 s think time. */
    private static OpenInjectionStep[] stappen() {
        List<OpenInjectionStep> stappen = new ArrayList<>();
        for (int i = 0; i < COACHES / 10; i++) {
            stappen.add(rampUsers(10).during(5));
            stappen.add(io.gatling.javaapi.core.CoreDsl.nothingFor(15));
        }
        return stappen.toArray(OpenInjectionStep[]::new);
    }

    /**
     * The load-test staff: each coach in a wijkteam that has open casussen, regisseur of 15 casussen
     * in uitvoering there, so that caseloads are disjoint and no two virtual users edit one casus.
     */
    @Override
    public void before() {
        try (Connection c = DriverManager.getConnection(DB, System.getProperty("last.db.user", "postgres"),
                System.getProperty("last.db.password", "postgres"))) {
            List<Long> teams = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select team_id from casus where status = 'IN_UITVOERING' group by team_id having count(*) > 300 order by team_id")) {
                while (r.next()) {
                    teams.add(r.getLong(1));
                }
            }
            if (teams.isEmpty()) {
                throw new IllegalStateException("no team with casussen in uitvoering: is the synthetic registration loaded?");
            }
            try (PreparedStatement medewerker = c.prepareStatement("insert into medewerker (gebruikersnaam, naam, functie, team_id) "
                    + "values (?, ?, 'Gezinscoach', ?) on conflict (gebruikersnaam) do update set team_id = excluded.team_id");
                 PreparedStatement caseload = c.prepareStatement("update casus set regisseur = ? where id in (select id from casus "
                         + "where team_id = ? and status = 'IN_UITVOERING' and (regisseur is null or regisseur not like 'last-coach-%') "
                         + "order by id limit 15) and not exists (select 1 from casus where regisseur = ?)")) {
                for (int i = 1; i <= COACHES; i++) {
                    String naam = "last-coach-" + i;
                    long team = teams.get((i - 1) % teams.size());
                    medewerker.setString(1, naam);
                    medewerker.setString(2, "Lastcoach " + i);
                    medewerker.setLong(3, team);
                    medewerker.executeUpdate();
                    caseload.setString(1, naam);
                    caseload.setLong(2, team);
                    caseload.setString(3, naam);
                    caseload.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the load-test staff in " + DB, e);
        }
    }
}
