package nl.sociaaldossier.organisation.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.sociaaldossier.shared.domain.DomainException;

/** A professional: which team a user (from Keycloak) works in, and as what. */
@Entity
public class Medewerker extends Geldig {

    @Id
    private String gebruikersnaam;
    private String naam;
    @ManyToOne(optional = false)
    @JoinColumn(name = "functie_code")
    private Functie functie;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    protected Medewerker() {
        // for JPA
    }

    public Medewerker(String gebruikersnaam, String naam, Functie functie, Team team) {
        this.gebruikersnaam = DomainException.verplicht(gebruikersnaam, "Vul de gebruikersnaam in.");
        this.naam = DomainException.verplicht(naam, "Vul de naam in.");
        DomainException.vereis(functie != null, "Kies de functie.");
        this.functie = functie;
        DomainException.vereis(team != null, "Kies het team.");
        this.team = team;
    }

    /** Whether the function may hold regie (wijkcoaches, gezinscoaches, schuldenspecialisten: the beheerder decides). */
    public boolean kanRegisseurZijn() {
        return functie.magRegie();
    }

    public String gebruikersnaam() {
        return gebruikersnaam;
    }

    public String naam() {
        return naam;
    }

    /** The function's name, as users read it. */
    public String functie() {
        return functie.naam();
    }

    public Team team() {
        return team;
    }
}
