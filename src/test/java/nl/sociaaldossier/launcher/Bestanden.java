package nl.sociaaldossier.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers of the launcher. */
final class Bestanden {

    private Bestanden() {
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
