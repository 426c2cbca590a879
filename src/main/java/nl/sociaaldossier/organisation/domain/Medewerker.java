package nl.sociaaldossier.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Set;
import nl.sociaaldossier.shared.domain.DomainException;

/** A professional: which team a user (from Keycloak) works in, and as what. */
@Entity
public class Medewerker {

    /** Functions that may hold regie as regisseur: wijkcoaches, gezinscoaches, schuldenspecialisten. */
    private static final Set<String> REGISSEUR_FUNCTIES = Set.of("Wijkcoach", "Gezinscoach", "Schuldenspecialist");

    @Id
    private String gebruikersnaam;
    private String naam;
    private String functie;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    protected Medewerker() {
        // for JPA
    }

    public Medewerker(String gebruikersnaam, String naam, String functie, Team team) {
        this.gebruikersnaam = DomainException.verplicht(gebruikersnaam, "Vul de gebruikersnaam in.");
        this.naam = DomainException.verplicht(naam, "Vul de naam in.");
        this.functie = DomainException.verplicht(functie, "Vul de functie in.");
        DomainException.vereis(team != null, "Kies het team.");
        this.team = team;
    }

    public boolean kanRegisseurZijn() {
        return REGISSEUR_FUNCTIES.contains(functie);
    }

    public String gebruikersnaam() {
        return gebruikersnaam;
    }

    public String naam() {
        return naam;
    }

    public String functie() {
        return functie;
    }

    public Team team() {
        return team;
    }
}
