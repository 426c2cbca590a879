package nl.sociaaldossier.casus.application;

import java.util.List;

/**
 * What the casus workspace shows of a casus' referrals. The referral part provides it
 * (VerwijzingService): referrals depend on casework, never the other way round.
 */
public interface Verwijzingsoverzicht {

    /** The referrals of the casus as the page lists them; reading them is logged as a dossier read. */
    List<? extends Verwijzingsregel> vanCasus(Long casusId);
}
