package nl.sociaaldossier.logboek.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldossier.logboek.LogboekInzage;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Csv;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The answer to an inzageverzoek (AVG art. 15) for one BSN: a printable page and a CSV export. The
 * BSN is posted, never put in a link (it would land in browser history and server logs).
 */
@Named
@ViewScoped
public class InzageverzoekView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject
    private LogboekInzage inzage;

    private String bsn;
    private List<LogboekInzage.Regel> regels;

    public void beantwoord() {
        regels = Acties.resultaat(() -> inzage.inzageverzoek(bsn));
    }

    /**
     * Who: the function and team; an employee's name is not part of the art. 15 answer (CJEU C-579/21).
     * A connected system (a Keycloak service account: the migration import, the export) is named as such.
     */
    public static String wie(LogboekInzage.Regel r) {
        if (r.functie() == null && r.gebruiker() != null && r.gebruiker().startsWith("service-account-")) {
            return "systeemkoppeling (" + r.gebruiker().substring("service-account-".length()) + ")";
        }
        return r.functie() == null ? "medewerker" : r.functie() + (r.team() == null ? "" : ", " + r.team());
    }

    public String tijd(LogboekInzage.Regel r) {
        return TIJD.format(r.start());
    }

    public String wieVan(LogboekInzage.Regel r) {
        return wie(r);
    }

    public StreamedContent getCsv() {
        List<List<Object>> rijen = new ArrayList<>();
        for (LogboekInzage.Regel r : regels == null ? List.<LogboekInzage.Regel>of() : regels) {
            rijen.add(List.of(TIJD.format(r.start()), wie(r), r.activiteitNaam(), r.doel(), r.grondslag()));
        }
        byte[] inhoud = Csv.csv(List.of("Wanneer", "Wie (functie, team)", "Verwerking", "Doel", "Grondslag"), rijen);
        return DefaultStreamedContent.builder().name("inzageverzoek.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(inhoud)).build();
    }

    public List<LogboekInzage.Regel> getRegels() {
        return regels;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }
}
