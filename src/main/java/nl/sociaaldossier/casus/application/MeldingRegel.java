package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of a melding worklist: what the page shows, never the entity itself.
 *
 * @param teamVanOpenCasus the other team whose open casus this household has (the melding is then
 *                         handed over, not added); null when there is none or it is the own team's
 * @param onderwerpCode    the stable code of the voorziening or leefgebied asked about; with
 *                         {@code wijkCode} and {@code verwijzerCode} what a connected system matches on
 */
public record MeldingRegel(Long id, LocalDate meldingsdatum, String leden, String adres, String wijk,
                           String verwijzer, String onderwerp, String hulpvraag, String status, Long casusId,
                           String teamVanOpenCasus, String wijkCode, String verwijzerCode, String onderwerpCode)
        implements Serializable {

    public MeldingRegel metTeamVanOpenCasus(String team) {
        return new MeldingRegel(id, meldingsdatum, leden, adres, wijk, verwijzer, onderwerp, hulpvraag, status, casusId, team, wijkCode, verwijzerCode,
                onderwerpCode);
    }
}
