package nl.sociaaldossier.indicators.domain;

import static nl.sociaaldossier.shared.domain.DomainException.vereis;
import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldossier.indicators.query.Periode;

/**
 * A value of an external indicator for a period, with its source (CBS, GGD, Steunpunt Mantelzorg,
 * ...). Entries are never changed: a correction is a new entry, the latest counts, the others are its history.
 */
@Entity
@Table(name = "externe_waarde")
public class ExterneWaarde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "periode_van")
    private LocalDate periodeVan;
    @Column(name = "periode_tot")
    private LocalDate periodeTot;
    private BigDecimal waarde;
    private String bron;
    private String toelichting;
    @Column(name = "ingevoerd_door")
    private String ingevoerdDoor;
    @Column(name = "ingevoerd_op")
    private Instant ingevoerdOp;

    protected ExterneWaarde() {
        // for JPA
    }

    public ExterneWaarde(String indicatorId, boolean extern, Periode periode, BigDecimal waarde, String bron, String toelichting,
                         String door, Instant op) {
        vereis(extern, "Deze indicator komt alleen uit de registratie; er is geen externe waarde in te voeren.");
        vereis(periode != null, "Kies de periode waarover de waarde gaat.");
        vereis(waarde != null, "Vul de waarde in.");
        this.indicatorId = indicatorId;
        this.periodeVan = periode.van();
        this.periodeTot = periode.tot();
        this.waarde = waarde;
        this.bron = verplicht(bron, "Vul de bron in (bijvoorbeeld CBS, GGD of Steunpunt Mantelzorg).");
        this.toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        this.ingevoerdDoor = door;
        this.ingevoerdOp = op;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public LocalDate periodeVan() {
        return periodeVan;
    }

    public LocalDate periodeTot() {
        return periodeTot;
    }

    public BigDecimal waarde() {
        return waarde;
    }

    public String bron() {
        return bron;
    }

    public String toelichting() {
        return toelichting;
    }

    public String ingevoerdDoor() {
        return ingevoerdDoor;
    }

    public Instant ingevoerdOp() {
        return ingevoerdOp;
    }
}
