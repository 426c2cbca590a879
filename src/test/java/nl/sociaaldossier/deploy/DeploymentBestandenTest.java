package nl.sociaaldossier.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment files checked with what runs here (no Docker engine): the compose file against
 * docker-compose's schema, refused without a secret, every variable in the example environment;
 * the Dockerfiles linted (dockerfile-utils from npm) and holding to the house rules (non-root, a
 * health check, a JVM sized for the container); the production realm without demo users and with
 * exact redirect URIs; the nginx template accepted by nginx itself; the shell scripts by shellcheck.
 */
class DeploymentBestandenTest {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();
    private static final Path DOCKER = PROJECT.resolve("docker");

    private record Uitkomst(int code, String uitvoer) {
    }

    private static Uitkomst voerUit(Path map, Map<String, String> env, String... opdracht) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", opdracht));
        return new Uitkomst(p.exitValue(), uitvoer);
    }

    /** Every variable of docker/env.example with a made-up value. */
    private static Map<String, String> voorbeeldOmgeving() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String regel : Files.readAllLines(DOCKER.resolve("env.example"))) {
            Matcher m = Pattern.compile("^(SD_[A-Z_]+)=(.*)$").matcher(regel);
            if (m.matches()) {
                env.put(m.group(1), m.group(2).isBlank() ? "test-" + m.group(1).toLowerCase() : m.group(2));
            }
        }
        return env;
    }

    private static Path envBestand(Path map, Map<String, String> env) throws IOException {
        Path bestand = map.resolve("test.env");
        StringBuilder s = new StringBuilder();
        env.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        Files.writeString(bestand, s);
        return bestand;
    }

    @Test
    void composeBestandVoldoetAanHetSchemaEnWeigertZonderGeheim(@TempDir Path map) throws Exception {
        Map<String, String> env = voorbeeldOmgeving();
        Uitkomst goed = voerUit(PROJECT, Map.of(), "docker-compose", "-f", "docker/compose.yaml", "--env-file",
                envBestand(map, env).toString(), "config");
        assertEquals(0, goed.code(), goed.uitvoer());
        assertTrue(goed.uitvoer().contains("OIDC_PROVIDERURI: https://"), "the apps reach Keycloak over https");
        assertTrue(goed.uitvoer().contains("APP_MODUS: productie"), "production mode");
        for (String service : List.of("db:", "db-replica:", "keycloak:", "app1:", "app2:", "nginx:")) {
            assertTrue(goed.uitvoer().contains("\n  " + service), service);
        }
        env.remove("SD_OIDC_CLIENT_SECRET");
        Uitkomst zonder = voerUit(PROJECT, Map.of(), "docker-compose", "-f", "docker/compose.yaml", "--env-file",
                envBestand(map, env).toString(), "config", "-q");
        assertNotEquals(0, zonder.code());
        assertTrue(zonder.uitvoer().contains("set SD_OIDC_CLIENT_SECRET"), zonder.uitvoer());
    }

    @Test
    void elkeVariabeleVanComposeStaatInHetVoorbeeld() throws Exception {
        TreeSet<String> gebruikt = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(SD_[A-Z_]+)").matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        while (m.find()) {
            gebruikt.add(m.group(1));
        }
        TreeSet<String> voorbeeld = new TreeSet<>(voorbeeldOmgeving().keySet());
        String tekst = Files.readString(DOCKER.resolve("env.example"));
        gebruikt.removeIf(v -> tekst.contains("# " + v + "=")); // optional ones, commented out in the example
        assertTrue(voorbeeld.containsAll(gebruikt), "missing in env.example: " + gebruikt.stream().filter(v -> !voorbeeld.contains(v)).toList());
    }

    @Test
    void dockerfilesZijnSchoonEnVolgenDeHuisregels() throws Exception {
        for (Path dockerfile : List.of(DOCKER.resolve("app/Dockerfile"), DOCKER.resolve("keycloak/Dockerfile"))) {
            Uitkomst lint = voerUit(PROJECT, Map.of(), "npx", "--yes", "dockerfile-utils@0.16.3", "lint", dockerfile.toString());
            assertEquals(0, lint.code(), dockerfile + "\n" + lint.uitvoer());
            String tekst = Files.readString(dockerfile);
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(tekst);
            String laatste = null;
            while (user.find()) {
                laatste = user.group(1);
            }
            assertTrue(laatste != null && !laatste.startsWith("0") && !laatste.startsWith("root"), dockerfile + " runs as non-root");
            assertTrue(tekst.contains("HEALTHCHECK"), dockerfile + " has a health check");
        }
        Uitkomst postgres = voerUit(PROJECT, Map.of(), "npx", "--yes", "dockerfile-utils@0.16.3", "lint",
                DOCKER.resolve("postgres/Dockerfile").toString());
        assertEquals(0, postgres.code(), postgres.uitvoer());
        String app = Files.readString(DOCKER.resolve("app/Dockerfile"));
        assertTrue(app.contains("-XX:MaxRAMPercentage="), "the JVM sized by the container's memory");
        assertTrue(app.contains("APP_MODUS=productie"), "production mode by default");
        assertTrue(Files.readString(DOCKER.resolve("keycloak/Dockerfile")).contains("docker/keycloak/sociaal-dossier-realm.json"));
    }

    @Test
    void productierealmHeeftGeenDemogebruikersEnExacteRedirects() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(DOCKER.resolve("keycloak/sociaal-dossier-realm.json").toFile());
        realm.get("users").forEach(u -> {
            assertTrue(u.has("serviceAccountClientId"), "no demo users, only the system client's service account: " + u);
            assertFalse(u.has("credentials"), "no passwords");
        });
        JsonNode systeem = realm.get("clients").get(1);
        assertEquals("${SD_SYSTEEM_CLIENT_SECRET}", systeem.get("secret").asText(), "the system client's secret from the environment");
        assertTrue(systeem.get("serviceAccountsEnabled").asBoolean() && !systeem.get("standardFlowEnabled").asBoolean()
                && !systeem.get("directAccessGrantsEnabled").asBoolean(), "client credentials only");
        assertEquals("all", realm.get("sslRequired").asText());
        JsonNode client = realm.get("clients").get(0);
        assertEquals("${SD_OIDC_CLIENT_SECRET}", client.get("secret").asText(), "the secret from the environment");
        List<String> redirects = new ArrayList<>();
        client.get("redirectUris").forEach(r -> redirects.add(r.asText()));
        assertEquals(List.of("${SD_PUBLIEKE_URL}/Callback"), redirects, "one exact redirect URI");
        assertEquals("${SD_PUBLIEKE_URL}/", client.get("attributes").get("post.logout.redirect.uris").asText());
        assertFalse(client.get("directAccessGrantsEnabled").asBoolean(), "no passwords through the token endpoint");
        assertFalse(client.get("publicClient").asBoolean());
        JsonNode demo = new ObjectMapper().readTree(PROJECT.resolve("keycloak/sociaal-dossier-realm.json").toFile());
        assertEquals(demo.get("roles"), realm.get("roles"), "the same roles as the demo realm");
        assertEquals(demo.get("clients").get(0).get("protocolMappers"), client.get("protocolMappers"), "the same role mapper");
    }

    @Test
    void nginxAanvaardtHetSjabloon(@TempDir Path map) throws Exception {
        assertEquals(0, voerUit(map, Map.of(), "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-keyout", "tls.key", "-out", "tls.crt").code());
        Map<String, String> waarden = Map.of("SD_LISTEN", "127.0.0.1:18443", "SD_SERVER_NAME", "sd.test",
                "SD_APP1", "127.0.0.1:18581", "SD_APP2", "127.0.0.1:18582", "SD_KEYCLOAK_LISTEN", "127.0.0.1:18443",
                "SD_KEYCLOAK_SERVER_NAME", "login.sd.test", "SD_KEYCLOAK", "127.0.0.1:18380",
                "SD_TLS_CERT", map.resolve("tls.crt").toString(), "SD_TLS_KEY", map.resolve("tls.key").toString());
        String sjabloon = Files.readString(DOCKER.resolve("nginx/sociaal-dossier.conf.template"));
        for (Map.Entry<String, String> w : waarden.entrySet()) {
            sjabloon = sjabloon.replace("${" + w.getKey() + "}", w.getValue());
        }
        assertFalse(sjabloon.contains("${SD_"), "every variable of the template is filled in: " + sjabloon);
        Files.createDirectories(map.resolve("tmp"));
        Files.writeString(map.resolve("nginx.conf"), "pid " + map.resolve("nginx.pid") + "; error_log stderr;\nevents {}\nhttp {\n"
                + "client_body_temp_path " + map.resolve("tmp") + "; proxy_temp_path " + map.resolve("tmp") + ";\n"
                + sjabloon + "\n}\n");
        Uitkomst t = voerUit(map, Map.of(), "nginx", "-t", "-q", "-p", map.toString(), "-c", map.resolve("nginx.conf").toString());
        assertEquals(0, t.code(), t.uitvoer());
    }

    @Test
    void shellscriptsZijnSchoon() throws Exception {
        List<String> opdracht = new ArrayList<>(List.of("shellcheck", "-S", "warning"));
        for (String map : List.of("deploy", "docker", "benchmark", ".ci")) {
            try (Stream<Path> s = Files.walk(PROJECT.resolve(map))) {
                s.filter(p -> p.toString().endsWith(".sh") || p.getFileName().toString().equals("run")).sorted()
                        .forEach(p -> opdracht.add(p.toString()));
            }
        }
        assertTrue(opdracht.size() > 8, opdracht.toString());
        Uitkomst u = voerUit(PROJECT, Map.of(), opdracht.toArray(String[]::new));
        assertEquals(0, u.code(), u.uitvoer());
    }
}
