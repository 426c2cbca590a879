package nl.sociaaldossier.casus.application;

import java.io.Serializable;

/** A household found by the intake search: who, where, and what is already registered for it. */
public record HuishoudenRegel(Long id, String leden, String adres, String wijk, long meldingen, Long openCasusId)
        implements Serializable {
}
