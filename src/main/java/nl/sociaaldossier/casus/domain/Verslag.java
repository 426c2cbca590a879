package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A note on a casus: what was discussed in a conversation, a call or a consultation. Never changed afterwards. */
@Entity
public class Verslag {

    public enum Soort { GESPREK, TELEFONISCH, OVERLEG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    @Enumerated(EnumType.STRING)
    private Soort soort;
    private LocalDate datum;
    private String tekst;
    private String door;
    private Instant op;

    protected Verslag() {
        // for JPA
    }

    Verslag(Casus casus, Soort soort, LocalDate datum, String tekst, String door, Instant op) {
        this.casus = casus;
        this.soort = soort;
        this.datum = datum;
        this.tekst = tekst;
        this.door = door;
        this.op = op;
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

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }
}
