package nl.sociaaldossier.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The realm of the load profile only: the demo realm plus load-test users per role
 * (last-coach-1 .. last-coach-N, last-intaker-*, last-controller-*, password "last") and the load
 * app's address as redirect URI. Written to target/load/realm.json; the demo realm stays as it is.
 * Usage (benchmark/last.sh): LastRealm [app port] [coaches]
 */
public final class LastRealm {

    static final String WACHTWOORD = "last";

    private LastRealm() {
    }

    public static void main(String[] args) throws Exception {
        int poort = args.length > 0 ? Integer.parseInt(args[0]) : 8380;
        int coaches = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String realm = Files.readString(Path.of("keycloak/sociaal-dossier-realm.json"));
        List<String> gebruikers = new ArrayList<>();
        for (int i = 1; i <= coaches; i++) {
            gebruikers.add(gebruiker("last-coach-" + i, "coach"));
        }
        for (int i = 1; i <= 10; i++) {
            gebruikers.add(gebruiker("last-intaker-" + i, "intaker"));
            gebruikers.add(gebruiker("last-controller-" + i, "businesscontroller"));
        }
        realm = vervang(realm, "\"redirectUris\": [", "\"redirectUris\": [\n        \"http://localhost:" + poort + "/*\",");
        realm = vervang(realm, "\"users\": [", "\"users\": [\n" + String.join(",\n", gebruikers) + ",");
        Path uit = Path.of("target/load/realm.json");
        Files.createDirectories(uit.getParent());
        Files.writeString(uit, realm);
        System.out.println("Load realm with " + gebruikers.size() + " load-test users written to " + uit);
    }

    private static String vervang(String tekst, String wat, String door) {
        if (!tekst.contains(wat)) {
            throw new IllegalStateException("the demo realm has no " + wat);
        }
        return tekst.replace(wat, door);
    }

    private static String gebruiker(String naam, String rol) {
        String[] delen = naam.split("-");
        return """
                    {"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Last", "lastName": "%s %s",
                     "email": "%s@last.sociaaldossier.example",
                     "credentials": [{"type": "password", "value": "%s", "temporary": false}], "realmRoles": ["%s"]}"""
                .formatted(naam, delen[1], delen[2], naam, WACHTWOORD, rol);
    }
}
