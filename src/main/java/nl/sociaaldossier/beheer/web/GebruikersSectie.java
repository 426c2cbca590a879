package nl.sociaaldossier.beheer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.beheer.application.Gebruikers;
import nl.sociaaldossier.web.Acties;

/** The section "users" of the staff page: the Keycloak accounts, and who of them has no staff record yet. */
@Named
@ViewScoped
public class GebruikersSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Gebruikers gebruikers;
    @Inject
    private CatalogusLijst medewerkers;

    private List<Gebruikers.Gebruiker> lijst;

    public void laad() {
        lijst = Acties.resultaat(gebruikers::alle);
    }

    /** Null until read (or when Keycloak could not be read: the message says so). */
    public List<Gebruikers.Gebruiker> getZonderMedewerker() {
        return lijst == null ? null : lijst.stream().filter(g -> !medewerkers.bevat(g.gebruikersnaam())).toList();
    }

    public List<Gebruikers.Gebruiker> getAlle() {
        return lijst;
    }

    public String rollen(Gebruikers.Gebruiker g) {
        return String.join(", ", g.rollen());
    }

    public boolean heeftAccount(String gebruikersnaam) {
        return lijst == null || lijst.stream().anyMatch(g -> g.gebruikersnaam().equals(gebruikersnaam));
    }
}
