package nl.sociaaldossier.indicators.web;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.shared.domain.DomainException;

/** The period as the user picks it: a year, a quarter, a month or a range of months, and a peildatum. */
public class PeriodeKeuze implements Serializable {

    private static final long serialVersionUID = 1L;

    private Periode.Soort soort = Periode.Soort.JAAR;
    private Integer jaar;
    private Integer kwartaal = 1;
    private Integer maand = 1;
    private String vanMaand;
    private String totMaand;
    private LocalDate peildatum;

    public PeriodeKeuze(int jaar) {
        this.jaar = jaar;
    }

    /** The chosen period; a Dutch message when the choice is incomplete. */
    public Periode periode() {
        DomainException.vereis(soort != null, "Kies het soort periode.");
        Periode periode = switch (soort) {
            case JAAR -> Periode.jaar(vereisJaar());
            case KWARTAAL -> Periode.kwartaal(vereisJaar(), kwartaal == null ? 0 : kwartaal);
            case MAAND -> {
                DomainException.vereis(maand != null && maand >= 1 && maand <= 12, "Kies de maand.");
                yield Periode.maand(YearMonth.of(vereisJaar(), maand));
            }
            case VAN_TOT -> {
                DomainException.vereis(vanMaand != null && totMaand != null, "Kies de eerste en de laatste maand van de periode.");
                yield Periode.vanTot(YearMonth.parse(vanMaand), YearMonth.parse(totMaand));
            }
        };
        return peildatum == null ? periode : periode.metPeildatum(peildatum);
    }

    /** Takes over a period (from a link) so that the form shows it. */
    public void neem(Periode p) {
        soort = p.soort();
        jaar = p.van().getYear();
        kwartaal = (p.van().getMonthValue() + 2) / 3;
        maand = p.van().getMonthValue();
        vanMaand = YearMonth.from(p.van()).toString();
        totMaand = YearMonth.from(p.tot()).toString();
        peildatum = p.peildatum().equals(p.tot()) ? null : p.peildatum();
    }

    private int vereisJaar() {
        DomainException.vereis(jaar != null && jaar >= 2000 && jaar <= 2100, "Kies het jaar.");
        return jaar;
    }

    public Periode.Soort getSoort() {
        return soort;
    }

    public void setSoort(Periode.Soort soort) {
        this.soort = soort;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public Integer getKwartaal() {
        return kwartaal;
    }

    public void setKwartaal(Integer kwartaal) {
        this.kwartaal = kwartaal;
    }

    public Integer getMaand() {
        return maand;
    }

    public void setMaand(Integer maand) {
        this.maand = maand;
    }

    public String getVanMaand() {
        return vanMaand;
    }

    public void setVanMaand(String vanMaand) {
        this.vanMaand = vanMaand;
    }

    public String getTotMaand() {
        return totMaand;
    }

    public void setTotMaand(String totMaand) {
        this.totMaand = totMaand;
    }

    /** The months to choose a range from: the last seven years, newest first, as "2025-03" with a Dutch label. */
    public static List<SelectItem> maanden(LocalDate vandaag) {
        List<SelectItem> maanden = new ArrayList<>();
        for (YearMonth m = YearMonth.from(vandaag); !m.isBefore(YearMonth.from(vandaag).minusYears(7)); m = m.minusMonths(1)) {
            maanden.add(new SelectItem(m.toString(), Periode.maand(m).label()));
        }
        return maanden;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum;
    }
}
