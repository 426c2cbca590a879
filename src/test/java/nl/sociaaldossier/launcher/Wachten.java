package nl.sociaaldossier.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waiting for a started process to answer over HTTP. */
final class Wachten {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Wachten() {
    }

    /**
     * Polls the URL until it answers 200; fails early when the process ends, with the end of its
     * log. On failure the process is stopped, so nothing is left running.
     */
    static void totBereikbaar(String url, Process proces, Path log, Duration maximaal) {
        try {
            wacht(url, proces, log, maximaal);
        } catch (RuntimeException e) {
            stop(proces);
            throw e;
        }
    }

    private static void wacht(String url, Process proces, Path log, Duration maximaal) {
        Instant tot = Instant.now().plus(maximaal);
        while (Instant.now().isBefore(tot)) {
            if (proces != null && !proces.isAlive()) {
                throw new IllegalStateException("Process stopped before " + url + " answered. End of " + log + ":\n" + staart(log));
            }
            if (status(url) == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + url, e);
            }
        }
        throw new IllegalStateException(url + " did not answer within " + maximaal + ". End of " + log + ":\n" + staart(log));
    }

    static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String staart(Path log) {
        try {
            List<String> regels = Files.readAllLines(log);
            return String.join("\n", regels.subList(Math.max(0, regels.size() - 40), regels.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops a process and everything it started, politely first. */
    static void stop(Process proces) {
        if (proces == null || !proces.isAlive()) {
            return;
        }
        List<ProcessHandle> kinderen = proces.descendants().toList();
        proces.destroy();
        kinderen.forEach(ProcessHandle::destroy);
        try {
            if (!proces.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proces.destroyForcibly();
        }
        kinderen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
