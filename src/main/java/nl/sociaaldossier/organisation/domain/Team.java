package nl.sociaaldossier.organisation.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Objects;
import nl.sociaaldossier.shared.domain.DomainException;

/** A team of the uitvoeringsorganisatie: one of the four wijkteams or a specialised team (Spoedteam, ...). */
@Entity
public class Team extends Geldig {

    public enum Soort { WIJKTEAM, SPECIALISTISCH }

    @Id
    private Long id;
    private String naam;
    @Enumerated(EnumType.STRING)
    private Soort soort;
    private String toelichting;
    private String telefoon;

    protected Team() {
        // reference data: rows come from migrations
    }

    public Team(Long id, String naam, Soort soort) {
        this.id = id;
        this.naam = DomainException.verplicht(naam, "Vul de naam van het team in.");
        this.soort = Objects.requireNonNull(soort);
    }

    public Long id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public Soort soort() {
        return soort;
    }

    public String toelichting() {
        return toelichting;
    }

    /** How residents reach the team. */
    public String telefoon() {
        return telefoon;
    }
}
