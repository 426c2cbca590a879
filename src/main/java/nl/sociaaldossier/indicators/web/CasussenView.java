package nl.sociaaldossier.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.indicators.application.DrillDown;
import nl.sociaaldossier.indicators.query.Filter;
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
    private String soort;
    private String van;
    private String tot;
    private String peil;
    private Long wijk;
    private Long team;
    private String k1;
    private String k2;
    private Periode periode;
    private List<DrillDown.CasusRegel> casussen;

    public void laad() {
        periode = Acties.resultaat(() -> new Periode(Periode.Soort.valueOf(soort), LocalDate.parse(van), LocalDate.parse(tot),
                peil == null ? null : LocalDate.parse(peil)));
        if (periode != null) {
            casussen = Acties.resultaat(() -> drillDown.casussen(id, periode, new Filter(wijk, team), leeg(k1), leeg(k2)));
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

    public String getSoort() {
        return soort;
    }

    public void setSoort(String soort) {
        this.soort = soort;
    }

    public String getVan() {
        return van;
    }

    public void setVan(String van) {
        this.van = van;
    }

    public String getTot() {
        return tot;
    }

    public void setTot(String tot) {
        this.tot = tot;
    }

    public String getPeil() {
        return peil;
    }

    public void setPeil(String peil) {
        this.peil = peil;
    }

    public Long getWijk() {
        return wijk;
    }

    public void setWijk(Long wijk) {
        this.wijk = wijk;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
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
