package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of a melding worklist: what the page shows, never the entity itself. */
public record MeldingRegel(Long id, LocalDate meldingsdatum, String leden, String adres, String wijk,
                           String verwijzer, String onderwerp, String hulpvraag, String status, Long casusId)
        implements Serializable {
}
