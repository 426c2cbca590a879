package nl.sociaaldossier.beheer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.sociaaldossier.beheer.application.Catalogus;

/** The beheer start page: every catalogue the beheerder maintains. */
@Named
@RequestScoped
public class CatalogusOverzicht {

    public List<Catalogus> getCatalogi() {
        return List.of(Catalogus.values());
    }
}
