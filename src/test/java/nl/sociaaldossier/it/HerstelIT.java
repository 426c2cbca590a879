package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldossier.launcher.Database;
import nl.sociaaldossier.launcher.PayaraMicro;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Backup and restore as an operator does them (deploy/backup.sh, deploy/restore.sh) on a real
 * PostgreSQL server (Debian's PostgreSQL 15: its pg_dump must match the server, which zonky's
 * server-only binaries do not bring): a registration with the demo data and a synthetic
 * registration is dumped, restored into a new database, every table has the same content, the
 * restore refuses to overwrite an existing database, and the app starts on the restored database
 * (Flyway validates the schema history) and shows a coach their caseload from it.
 */
class HerstelIT {

    private static final int POORT_PG = 55452;
    private static final int POORT_APP = 18093; // registered as a redirect URI of the local realm
    private static final String EIGENAAR_WW = "eigenaar-herstel";
    private static final String APP_WW = "app-herstel";

    @Test
    void eenDumpTeruggezetInEenNieuweDatabaseGeeftDeAppDezelfdeGegevens(@TempDir Path profiel) throws Exception {
        Path project = Path.of(System.getProperty("project.dir"));
        Path map = project.resolve("target/it/herstel");
        Path cluster = map.resolve("pg");
        bash(project, "source deploy/lib.sh && pg_stop " + cluster + "; rm -rf " + map);
        Files.createDirectories(map);
        bash(project, "source deploy/lib.sh && pg_start " + cluster + " " + POORT_PG + " < /dev/null");
        try {
            bash(project, "source deploy/lib.sh && pg_psql " + cluster + " " + POORT_PG + " -d postgres"
                    + " -c \"create role sociaaldossier login password '" + EIGENAAR_WW + "'\""
                    + " -c \"create role sociaaldossier_app login password '" + APP_WW + "'\""
                    + " -c \"create database sociaaldossier owner sociaaldossier\"");
            String bron = "jdbc:postgresql://127.0.0.1:" + POORT_PG + "/sociaaldossier";
            Flyway.configure().dataSource(bron, "sociaaldossier", EIGENAAR_WW)
                    .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/synthetisch")
                    .placeholders(Map.of("synthetische_huishoudens", "300", "app_rol", "sociaaldossier_app"))
                    .load().migrate();
            Map<String, String> voor = inhoud(bron);
            assertTrue(Integer.parseInt(voor.get("huishouden").split(" ")[0]) > 300, "demo and synthetic households: " + voor.get("huishouden"));

            String libpq = "PGHOST=" + map.resolve("sock-" + POORT_PG) + " PGPORT=" + POORT_PG + " PGUSER=postgres ";
            Path dump = map.resolve("backups/sd.dump");
            bash(project, libpq + "deploy/backup.sh " + dump);
            assertTrue(Files.size(dump) > 10_000, "a dump was written");
            bash(project, libpq + "deploy/restore.sh " + dump + " sociaaldossier_hersteld");
            String hersteld = "jdbc:postgresql://127.0.0.1:" + POORT_PG + "/sociaaldossier_hersteld";
            assertEquals(voor, inhoud(hersteld), "every table restored with the same rows");
            Uitkomst nogmaals = bashUitkomst(project, libpq + "deploy/restore.sh " + dump + " sociaaldossier_hersteld");
            assertEquals(2, nogmaals.code(), "never restores over an existing database: " + nogmaals.uitvoer());

            // the app on the restored database: Flyway validates the history, a coach sees their caseload from it
            Database db = Database.bestaand(hersteld, "sociaaldossier_app", APP_WW, "sociaaldossier", EIGENAAR_WW);
            try (PayaraMicro app = PayaraMicro.start(Path.of(System.getProperty("payara.jar")), Path.of(System.getProperty("war.file")),
                    POORT_APP, db, TestOmgeving.keycloak(), map.resolve("payara"), project.resolve("target/logs/it-herstel-payara.log"),
                    true, List.of("-Ddemo.synthetisch=300"));
                 Browser b = new Browser(profiel)) {
                b.driver.get(app.url() + "casus/caseload.xhtml");
                b.logIn("coach", "demo");
                b.zichtbaar(By.id("caseload"));
                TreeSet<String> opPagina = new TreeSet<>();
                Matcher m = Pattern.compile("casus/index.xhtml\\?id=(\\d+)").matcher(b.driver.getPageSource());
                while (m.find()) {
                    opPagina.add(m.group(1));
                }
                assertFalse(opPagina.isEmpty(), "the coach's caseload from the restored database");
                TreeSet<String> vanCoach = new TreeSet<>(lijst(bron, "select id from casus where regisseur = 'coach'"));
                assertTrue(vanCoach.containsAll(opPagina), "every casus shown is the coach's in the original: " + opPagina + " " + vanCoach);
            }
            assertEquals(voor.get("casus"), inhoud(hersteld).get("casus"), "the app changed nothing by starting");
        } finally {
            bash(project, "source deploy/lib.sh && pg_stop " + cluster);
        }
    }

    /** Per table of the schema: its row count and a checksum of all its rows. */
    private static Map<String, String> inhoud(String url) throws SQLException {
        Map<String, String> inhoud = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sociaaldossier", EIGENAAR_WW)) {
            for (String tabel : lijst(c, "select tablename from pg_tables where schemaname = 'public'")) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|'"
                        + " order by t::text)), '-') from \"" + tabel + "\" t")) {
                    r.next();
                    inhoud.put(tabel, r.getString(1));
                }
            }
        }
        return inhoud;
    }

    private static List<String> lijst(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sociaaldossier", EIGENAAR_WW)) {
            return lijst(c, sql);
        }
    }

    private static List<String> lijst(Connection c, String sql) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rijen.add(r.getString(1));
            }
        }
        return rijen;
    }

    private record Uitkomst(int code, String uitvoer) {
    }

    private static void bash(Path map, String opdracht) throws IOException, InterruptedException {
        Uitkomst u = bashUitkomst(map, opdracht);
        assertEquals(0, u.code(), opdracht + "\n" + u.uitvoer());
    }

    private static Uitkomst bashUitkomst(Path map, String opdracht) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", opdracht).directory(map.toFile()).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Timed out: " + opdracht);
        }
        System.out.print(uitvoer);
        return new Uitkomst(p.exitValue(), uitvoer);
    }
}
