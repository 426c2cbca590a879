package nl.sociaaldossier.indicators.domain;

import static nl.sociaaldossier.shared.domain.DomainException.vereis;
import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldossier.indicators.query.Periode;

/** The 0-meting of an indicator: the period it was measured over, its value and where it comes from. */
@Entity
public class Nulmeting {

    @Id
    @Column(name = "indicator_id")
    private String indicatorId;
    @Version
    private long version;
    @Column(name = "periode_van")
    private LocalDate periodeVan;
    @Column(name = "periode_tot")
    private LocalDate periodeTot;
    private BigDecimal waarde;
    private String bron;
    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;
    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Nulmeting() {
        // for JPA
    }

    public Nulmeting(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    public void leg(Periode periode, BigDecimal waarde, String bron, String door, Instant op) {
        vereis(periode != null, "Kies de periode van de 0-meting.");
        vereis(waarde != null, "Vul de waarde van de 0-meting in.");
        this.periodeVan = periode.van();
        this.periodeTot = periode.tot();
        this.waarde = waarde;
        this.bron = verplicht(bron, "Vul de bron van de 0-meting in.");
        this.gewijzigdDoor = door;
        this.gewijzigdOp = op;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public long versie() {
        return version;
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
}
