package nl.sociaaldossier.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.indicators.application.DrillDown;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.web.Acties;

/** The casussen behind a count, for the roles that may open dossiers (each one listed is logged). */
@Named
@ViewScoped
public class CasussenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DrillDown drillDown;

    private String id;
    private final Selectie selectie = new Selectie();
    private String k1;
    private String k2;
    private Periode periode;
    private List<DrillDown.CasusRegel> casussen;

    public void laad() {
        periode = Acties.resultaat(() -> {
            Periode uitLink = selectie.periode();
            nl.sociaaldossier.shared.domain.DomainException.vereis(uitLink != null, "Kies eerst een indicator en periode.");
            return uitLink;
        });
        if (periode != null) {
            casussen = Acties.resultaat(() -> drillDown.casussen(id, periode, selectie.filter(), leeg(k1), leeg(k2)));
        }
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isEmpty() ? null : tekst;
    }

    public int getMaximum() {
        return DrillDown.MAXIMUM;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Selectie getSelectie() {
        return selectie;
    }

    public String getK1() {
        return k1;
    }

    public void setK1(String k1) {
        this.k1 = k1;
    }

    public String getK2() {
        return k2;
    }

    public void setK2(String k2) {
        this.k2 = k2;
    }

    public Periode getPeriode() {
        return periode;
    }

    public List<DrillDown.CasusRegel> getCasussen() {
        return casussen;
    }
}
