package nl.sociaaldossier.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Burgerservicenummer: nine digits that pass the elfproef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11); 000000000 is never issued.
 * Immutable; a {@code Bsn} that exists is valid.
 */
@Embeddable
public class Bsn implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ONGELDIG = "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.";

    @Column(name = "bsn", length = 9, nullable = false)
    private String nummer;

    protected Bsn() {
        // for JPA
    }

    public Bsn(String nummer) {
        DomainException.vereis(isGeldig(nummer), ONGELDIG);
        this.nummer = normaliseer(nummer);
    }

    /** True when the text, ignoring spaces and dots, is nine digits that pass the elfproef. */
    public static boolean isGeldig(String invoer) {
        if (invoer == null) {
            return false;
        }
        String cijfers = normaliseer(invoer);
        if (!cijfers.matches("[0-9]{9}") || cijfers.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        som -= cijfers.charAt(8) - '0';
        return som % 11 == 0;
    }

    private static String normaliseer(String invoer) {
        return invoer.replaceAll("[\\s.]", "");
    }

    public String nummer() {
        return nummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && Objects.equals(nummer, other.nummer);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(nummer);
    }

    /** Masked, so that a BSN never lands in an application log by accident; {@link #nummer()} gives it. */
    @Override
    public String toString() {
        return "BSN *****" + nummer.substring(5);
    }
}
