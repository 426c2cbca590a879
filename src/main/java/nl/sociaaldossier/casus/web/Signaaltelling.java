package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
        totaal = gebruiker.isCasuswerker()
                ? werkvoorraad.tellingen(werkvoorraad.vandaag()).values().stream().mapToInt(Integer::intValue).sum() : 0;
    }

    public int getTotaal() {
        return totaal;
    }
}
