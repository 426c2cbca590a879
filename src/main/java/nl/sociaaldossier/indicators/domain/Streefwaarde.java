package nl.sociaaldossier.indicators.domain;

import static nl.sociaaldossier.shared.domain.DomainException.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The target of an indicator for one year. */
@Entity
@IdClass(Streefwaarde.Sleutel.class)
public class Streefwaarde {

    /** Indicator and year. */
    public static class Sleutel implements Serializable {

        private static final long serialVersionUID = 1L;

        private String indicatorId;
        private int jaar;

        public Sleutel() {
        }

        public Sleutel(String indicatorId, int jaar) {
            this.indicatorId = indicatorId;
            this.jaar = jaar;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && s.jaar == jaar && Objects.equals(s.indicatorId, indicatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorId, jaar);
        }
    }

    @Id
    @Column(name = "indicator_id")
    private String indicatorId;
    @Id
    private int jaar;
    @Version
    private long version;
    private BigDecimal waarde;
    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;
    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Streefwaarde() {
        // for JPA
    }

    public Streefwaarde(String indicatorId, Integer jaar) {
        vereis(jaar != null && jaar >= 2000 && jaar <= 2100, "Vul een jaar tussen 2000 en 2100 in.");
        this.indicatorId = indicatorId;
        this.jaar = jaar;
    }

    public void stel(BigDecimal waarde, String door, Instant op) {
        vereis(waarde != null, "Vul de streefwaarde in.");
        this.waarde = waarde;
        this.gewijzigdDoor = door;
        this.gewijzigdOp = op;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public int jaar() {
        return jaar;
    }

    public long versie() {
        return version;
    }

    public BigDecimal waarde() {
        return waarde;
    }
}
