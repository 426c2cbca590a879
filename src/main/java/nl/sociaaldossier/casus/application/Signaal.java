package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something that needs attention on the start page: a legal term due or late, an evaluation due,
 * an action past its date, a melding not handled within the team's norm, a casus in analysis
 * without regisseur for too long, an escalation waiting for a procesmanager.
 */
public record Signaal(Soort soort, Long casusId, Long meldingId, String huishouden, String wat, LocalDate datum, boolean teLaat)
        implements Serializable {

    public enum Soort { TERMIJN, EVALUATIE, ACTIE, MELDING, ZONDER_REGISSEUR, ESCALATIE }
}
