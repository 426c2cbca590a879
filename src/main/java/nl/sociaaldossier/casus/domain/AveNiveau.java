package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.sociaaldossier.shared.domain.DomainException;

/** An AVE level (0 zelfredzaam ... 4 acuut) and who holds regie at that level (configuration). */
@Entity
@Table(name = "ave_niveau")
public class AveNiveau {

    public static final int OPGESCHAALD = 3;

    @Id
    private int niveau;
    private String naam;
    private String omschrijving;
    @Enumerated(EnumType.STRING)
    @Column(name = "regie_bij")
    private RegieBij regieBij;

    protected AveNiveau() {
        // reference data: rows come from migrations
    }

    public AveNiveau(int niveau, String naam, RegieBij regieBij) {
        DomainException.vereis(niveau >= 0 && niveau <= 4, "Een AVE-niveau ligt tussen 0 en 4.");
        this.niveau = niveau;
        this.naam = DomainException.verplicht(naam, "Vul de naam van het niveau in.");
        this.regieBij = Objects.requireNonNull(regieBij);
    }

    public int niveau() {
        return niveau;
    }

    public String naam() {
        return naam;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public RegieBij regieBij() {
        return regieBij;
    }

    public boolean isOpgeschaald() {
        return niveau >= OPGESCHAALD;
    }
}
