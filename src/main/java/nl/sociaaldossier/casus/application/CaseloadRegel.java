package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One row of "Mijn caseload". */
public record CaseloadRegel(Long id, String huishouden, String wijk, String status, int aveNiveau,
                            String regiehouder, boolean veiligheidsrisico, Instant geopendOp,
                            LocalDate planDeadline) implements Serializable {
}
