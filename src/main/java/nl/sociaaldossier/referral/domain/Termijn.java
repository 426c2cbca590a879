package nl.sociaaldossier.referral.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** A legal term of a referral: what must happen by when, and whether (and when) it did. */
public record Termijn(String naam, LocalDate uiterlijk, LocalDate voldaanOp) implements Serializable {

    public boolean isVoldaan() {
        return voldaanOp != null;
    }

    /** Late: not done and past the date, or done after it. */
    public boolean isTeLaat(LocalDate vandaag) {
        return voldaanOp == null ? vandaag.isAfter(uiterlijk) : voldaanOp.isAfter(uiterlijk);
    }
}
