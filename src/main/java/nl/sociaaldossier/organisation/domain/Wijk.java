package nl.sociaaldossier.organisation.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.sociaaldossier.shared.domain.DomainException;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A wijk (or village) of the municipality, served by one wijkteam. */
@Entity
public class Wijk extends Geldig {

    @Id
    private Long id;
    private String naam;
    /** The stable code: never changes, made from the first name (V17); imports, the API and the derivations use it. */
    private String code;
    private String toelichting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    protected Wijk() {
        // reference data: rows come from migrations
    }

    public Wijk(Long id, String naam, Team team) {
        this.id = id;
        this.naam = DomainException.verplicht(naam, "Vul de naam van de wijk in.");
        DomainException.vereis(team != null, "Kies het wijkteam van de wijk.");
        this.team = team;
    }

    public Long id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public String code() {
        return code;
    }

    public Team team() {
        return team;
    }
}
