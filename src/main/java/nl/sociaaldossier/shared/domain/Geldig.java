package nl.sociaaldossier.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * A catalogue entry valid from and to a day (both included). No start: valid since ever; no end:
 * valid until further notice. Entries are ended, never deleted: old casussen and figures keep what
 * they refer to, while forms offer only what is valid. The beheerder sets the days (beheer).
 */
@MappedSuperclass
public abstract class Geldig {

    @Column(name = "geldig_van")
    private LocalDate geldigVan;
    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    public boolean isGeldigOp(LocalDate dag) {
        return (geldigVan == null || !dag.isBefore(geldigVan)) && (geldigTot == null || !dag.isAfter(geldigTot));
    }

    public LocalDate geldigVan() {
        return geldigVan;
    }

    public LocalDate geldigTot() {
        return geldigTot;
    }

    /** For tests and in-memory catalogues; the app's entries get their days from the database. */
    public void stelGeldigheidIn(LocalDate van, LocalDate tot) {
        DomainException.vereis(van == null || tot == null || !tot.isBefore(van), "De einddatum ligt voor de begindatum.");
        this.geldigVan = van;
        this.geldigTot = tot;
    }
}
