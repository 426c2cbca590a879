package nl.sociaaldossier.indicators.web;

import java.io.Serializable;
import java.time.LocalDate;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The period, peildatum, wijk and team as they travel in a link between the indicator pages
 * (soort, van, tot, peil, wijk, team), so that a detail page or a drill-down shows what was chosen.
 */
public class Selectie implements Serializable {

    private static final long serialVersionUID = 1L;

    private String soort;
    private String van;
    private String tot;
    private String peil;
    private Long wijk;
    private Long team;

    /** The period of the link, or null when the link has none; a Dutch message when it is not a valid one. */
    public Periode periode() {
        if (soort == null) {
            return null;
        }
        try {
            return new Periode(Periode.Soort.valueOf(soort), LocalDate.parse(van), LocalDate.parse(tot),
                    peil == null || peil.isEmpty() ? null : LocalDate.parse(peil));
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new DomainException("De periode in de link naar deze pagina is onvolledig of ongeldig; kies de periode opnieuw.");
        }
    }

    public Filter filter() {
        return new Filter(wijk, team);
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
}
