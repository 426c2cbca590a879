package nl.sociaaldossier.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.indicators.query.IndicatorCatalogus;

/** "Indicatoren": every prestatie-indicator of the Actieplan, per strategic goal and beleidslijn. */
@Named
@ViewScoped
public class IndicatorenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorCatalogus catalogus;

    private List<IndicatorCatalogus.Doel> doelen;

    public void laad() {
        doelen = catalogus.doelenboom();
    }

    public List<IndicatorCatalogus.Doel> getDoelen() {
        return doelen;
    }
}
