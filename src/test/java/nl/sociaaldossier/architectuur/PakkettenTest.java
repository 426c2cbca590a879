package nl.sociaaldossier.architectuur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parts of the domain depend on each other in one direction only: no cycle between the top-level
 * packages, read from the sources (imports and fully qualified names). Left out are the adapters that
 * sit on top of everything (api) and the shared page helpers (web), which pages of several parts use.
 */
class PakkettenTest {

    private static final Path BRON = Path.of("src/main/java/nl/sociaaldossier");
    private static final Set<String> BUITEN_BESCHOUWING = Set.of("api", "web");
    private static final Pattern VERWIJZING = Pattern.compile("nl\\.sociaaldossier\\.(\\w+)\\.");

    static Map<String, Set<String>> afhankelijkheden() throws IOException {
        Map<String, Set<String>> graaf = new TreeMap<>();
        try (Stream<Path> bestanden = Files.walk(BRON)) {
            for (Path p : bestanden.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relatief = BRON.relativize(p);
                if (relatief.getNameCount() < 2) {
                    continue;
                }
                String eigen = relatief.getName(0).toString();
                Matcher m = VERWIJZING.matcher(Files.readString(p));
                while (m.find()) {
                    if (!m.group(1).equals(eigen) && !BUITEN_BESCHOUWING.contains(m.group(1)) && !BUITEN_BESCHOUWING.contains(eigen)) {
                        graaf.computeIfAbsent(eigen, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        return graaf;
    }

    @Test
    void geenKringTussenDeDelenVanHetDomein() throws IOException {
        Map<String, Set<String>> graaf = afhankelijkheden();
        List<String> kringen = new ArrayList<>();
        for (String a : graaf.keySet()) {
            for (String b : graaf.get(a)) {
                if (bereikbaar(graaf, b).contains(a)) {
                    kringen.add(a + " -> " + b + " -> ... -> " + a);
                }
            }
        }
        assertEquals(List.of(), kringen, "the dependencies: " + graaf);
    }

    @Test
    void casusEnVerwijzingenHangenSamenAlleenViaDeCatalogus() throws IOException {
        Map<String, Set<String>> graaf = afhankelijkheden();
        assertTrue(!graaf.getOrDefault("casus", Set.of()).contains("referral"), "casework does not depend on referrals: " + graaf.get("casus"));
        assertTrue(graaf.get("casus").contains("catalogus") && graaf.get("referral").contains("catalogus"), "both use the catalogue");
        assertTrue(java.util.Collections.disjoint(graaf.get("catalogus"), Set.of("casus", "referral", "household", "indicators", "migratie")),
                "the catalogue depends on no part of the casework: " + graaf.get("catalogus"));
    }

    private static Set<String> bereikbaar(Map<String, Set<String>> graaf, String van) {
        Set<String> gezien = new TreeSet<>();
        Deque<String> rij = new ArrayDeque<>(List.of(van));
        while (!rij.isEmpty()) {
            for (String volgende : graaf.getOrDefault(rij.pop(), Set.of())) {
                if (gezien.add(volgende)) {
                    rij.push(volgende);
                }
            }
        }
        return gezien;
    }
}
