package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One referral as casework needs it: for whom, to what, and its legal terms not yet met. */
public interface Verwijzingsregel extends Serializable {

    String voorziening();

    String client();

    List<OpenTermijn> openTermijnen();

    /** A legal term of a referral that is not yet met. */
    record OpenTermijn(String naam, LocalDate uiterlijk) implements Serializable {

        public boolean isTeLaat(LocalDate vandaag) {
            return vandaag.isAfter(uiterlijk);
        }
    }
}
