package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.sociaaldossier.casus.application.Werkvoorraad;
import nl.sociaaldossier.security.Gebruiker;

/** The number of signals for the badge in the menu; counted once per request, only for who works on casussen. */
@Named("signaaltelling")
@RequestScoped
public class Signaaltelling {

    @Inject
    private Werkvoorraad werkvoorraad;
    @Inject
    private Gebruiker gebruiker;

    private int totaal;

    @PostConstruct
    void tel() {
        if (!gebruiker.isCasuswerker()) {
            return;
        }
        try {
            totaal = werkvoorraad.tellingen(werkvoorraad.vandaag()).values().stream().mapToInt(Integer::intValue).sum();
        } catch (RuntimeException geenTelling) {
            // the menu of every page (also the error page, when the database is away) renders without its badge
            LOG.log(Level.WARNING, "no signal count for the menu badge", geenTelling);
        }
    }

    private static final Logger LOG = Logger.getLogger(Signaaltelling.class.getName());

    public int getTotaal() {
        return totaal;
    }
}
