package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of "Mijn caseload", with the household's next deadline: the earliest open legal term of
 * its referrals or date of its plan (null when none), what it is, and whether it has passed.
 */
public record CaseloadRegel(Long id, String huishouden, String wijk, String status, int aveNiveau,
                            String regiehouder, boolean veiligheidsrisico, Instant geopendOp,
                            LocalDate deadline, String wat, boolean teLaat) implements Serializable {
}
