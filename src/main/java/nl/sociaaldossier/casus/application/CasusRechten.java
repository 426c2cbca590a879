package nl.sociaaldossier.casus.application;

import java.io.Serializable;

/**
 * What the user may do in one casus now, computed by the service from the access rules and the
 * casus's state; the dossier page asks this (never a status string), the service enforces the same.
 *
 * @param uitkomstVastleggen record outcomes of goals (also while closing: an open casus with a plan)
 */
public record CasusRechten(boolean analyseren, boolean regisseurToewijzen, boolean regieOverdragen, boolean regieOvernemen,
                           boolean aveWijzigen, boolean uitvoeringStarten, boolean plannen, boolean uitkomstVastleggen,
                           boolean verwijzen, boolean verslagSchrijven, boolean afsluiten, boolean heropenen) implements Serializable {
}
