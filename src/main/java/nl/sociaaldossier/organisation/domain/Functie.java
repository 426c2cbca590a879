package nl.sociaaldossier.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.Geldig;

/** A function of staff (wijkcoach, intaker, ...), and whether someone in it may hold regie as regisseur. */
@Entity
public class Functie extends Geldig {

    @Id
    private String code;
    private String naam;
    @Column(name = "mag_regie")
    private boolean magRegie;

    protected Functie() {
        // catalogue: rows come from beheer
    }

    public Functie(String code, String naam, boolean magRegie) {
        this.code = DomainException.verplicht(code, "Vul de code van de functie in.");
        this.naam = DomainException.verplicht(naam, "Vul de naam van de functie in.");
        this.magRegie = magRegie;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public boolean magRegie() {
        return magRegie;
    }
}
