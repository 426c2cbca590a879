package nl.sociaaldossier.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the figures of the latest Gatling run per request type, read from its report's statistics
 * table (target/gatling/.../index.html): count, errors, p50, p95, p99 and throughput, with the
 * targets beside them.
 */
public final class LastRapport {

    /** Target p95 in ms per request type (the targets on 2 cores). */
    private static final Map<String, Integer> DOELEN = Map.of("casus", 100, "actie: verslag schrijven", 150, "dashboard", 1000);
    private static final Pattern RIJ = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAAM = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CEL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private LastRapport() {
    }

    public static void main(String[] args) throws Exception {
        Path laatste;
        try (Stream<Path> mappen = Files.list(Path.of("target/gatling"))) {
            laatste = mappen.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in target/gatling"));
        }
        String html = Files.readString(laatste.resolve("index.html"));
        System.out.println("Report: " + laatste.resolve("index.html"));
        System.out.printf("%-34s %7s %6s %7s %7s %7s %7s  %s%n", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s", "target");
        Matcher rij = RIJ.matcher(html);
        while (rij.find()) {
            Matcher naam = NAAM.matcher(rij.group(1));
            if (!naam.find()) {
                continue;
            }
            Map<Integer, String> cellen = new HashMap<>();
            Matcher cel = CEL.matcher(rij.group(1));
            while (cel.find()) {
                cellen.put(Integer.parseInt(cel.group(1)), cel.group(2).strip());
            }
            String wat = naam.group(1).replace("&amp;", "&");
            int fouten = getal(cellen.get(4));
            int p95 = getal(cellen.get(10));
            Integer doel = DOELEN.get(wat);
            String oordeel = doel == null ? "" : "p95 < " + doel + " ms, 0 errors: " + (p95 < doel && fouten == 0 ? "met" : "NOT met");
            System.out.printf("%-34s %7s %6d %7s %7s %7s %7s  %s%n", wat, cellen.get(2), fouten, cellen.get(8), cellen.get(10),
                    cellen.get(11), cellen.get(6), oordeel);
        }
    }

    private static int getal(String tekst) {
        return tekst == null || tekst.equals("-") ? 0 : Integer.parseInt(tekst.replace(",", "").replace(".", ""));
    }
}
