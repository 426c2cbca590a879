package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** A note on a casus: what was discussed in a conversation, a call or a consultation. Never changed afterwards. */
@Entity
public class Verslag extends CasusRegistratie {

    public enum Soort { GESPREK, TELEFONISCH, OVERLEG }

    @Enumerated(EnumType.STRING)
    private Soort soort;
    private LocalDate datum;
    private String tekst;

    protected Verslag() {
        // for JPA
    }

    Verslag(Casus casus, Soort soort, LocalDate datum, String tekst, String door, Instant op) {
        super(casus, door, op);
        this.soort = soort;
        this.datum = datum;
        this.tekst = tekst;
    }

    public Soort soort() {
        return soort;
    }

    public LocalDate datum() {
        return datum;
    }

    public String tekst() {
        return tekst;
    }

}
