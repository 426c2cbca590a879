package nl.sociaaldossier.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.sociaaldossier.logboek.Verwerkingscontext;
import nl.sociaaldossier.shared.infrastructure.Instantie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every page and servlet request: its time in the metrics ({@code sd_pagina_ms}, per page and
 * kind: a full page or an action within it) and one line in the server log with the trace id the
 * Logboek entries of that request carry. With Payara's JSON formatter (LOG_FORMAT=json) the line's
 * fields are JSON fields: {@code traceId}, {@code methode}, {@code pad}, {@code status}, {@code ms},
 * {@code gebruiker}, {@code instantie}, and nginx's {@code verzoekId}.
 *
 * <p>The trace id is never taken from the request: the Logboek writes a read once per trace, so a
 * client that could choose its trace could hide its reads.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Verzoeklog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("nl.sociaaldossier.verzoek");
    // a histogram of plain milliseconds: Payara prints a timer's (and a unit histogram's) quantiles unconverted
    // under a "seconds" name, which a dashboard would read 10^9 (10^3) times too slow
    private static final Metadata PAGINA = Metadata.builder().withName("sd.pagina.ms")
            .withDescription("Tijd per pagina in milliseconden (volledig of een actie erin)").withUnit(MetricUnits.NONE).build();

    @Inject
    private transient MetricRegistry metrics;
    @Inject
    private transient Verwerkingscontext verwerking;
    @Inject
    private transient Instantie instantie;
    @Inject
    @ConfigProperty(name = "log.verzoeken", defaultValue = "true")
    boolean loggen;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String pad = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!gemeten(pad)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            int status = response.getStatus();
            String pagina = status == 404 ? "onbekend" : pad;
            String soort = "partial/ajax".equals(request.getHeader("Faces-Request")) ? "actie" : "pagina";
            metrics.histogram(PAGINA, new Tag("pagina", pagina), new Tag("soort", soort)).update(nanos / 1_000_000);
            if (loggen) {
                log(request, pad, status, nanos);
            }
        }
    }

    private void log(HttpServletRequest request, String pad, int status, long nanos) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("traceId", verwerking.traceId());
        velden.put("methode", request.getMethod());
        velden.put("pad", pad);
        velden.put("status", status);
        velden.put("ms", nanos / 1_000_000);
        velden.put("gebruiker", request.getRemoteUser() == null ? "-" : request.getRemoteUser());
        velden.put("instantie", instantie.naam());
        String verzoekId = request.getHeader("X-Request-Id");
        if (verzoekId != null && verzoekId.matches("[0-9a-fA-F]{1,64}")) {
            velden.put("verzoekId", verzoekId);
        }
        // the fields as a Map parameter: Payara's JSON formatter makes each a JSON field (and formats no pattern)
        String tekst = request.getMethod() + " " + pad.replaceAll("[{}']", "_") + " " + status + " " + velden.get("ms")
                + " ms trace " + velden.get("traceId");
        LOG.log(status >= 500 ? Level.WARNING : Level.INFO, tekst, new Object[] {velden});
    }

    /** Pages and the app's servlets; not static resources and not the health and metrics endpoints. */
    static boolean gemeten(String pad) {
        return !pad.startsWith("/jakarta.faces.resource/") && !pad.startsWith("/health") && !pad.startsWith("/metrics")
                && !pad.equals("/favicon.ico") && !pad.startsWith("/resources/");
    }
}
